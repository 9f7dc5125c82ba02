"""Wordings first met in the tenth unseen set: designations declined, not sought or only
discussed, approvals still expected, and products named in headings or by INN."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "TORONTO, June 9, 2027 -- Quillmoor Bio Inc. today announced an update.\n"
PUBLISHED = dt.date(2027, 6, 9)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type) for d in _run(text).designations}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def test_a_designation_not_yet_sought_is_no_grant() -> None:
    text = (
        "QMB-101 is an oral kinase inhibitor. QMB-101 was designated as an orphan drug by "
        "the MFDS for the treatment of glioma in 2025. The Company has not yet sought orphan "
        "drug designation from the FDA."
    )
    assert _des(text) == {("QMB-101", "MFDS", "orphan_drug")}


def test_a_declined_designation_is_no_grant() -> None:
    text = (
        "QMB-101 is an oral kinase inhibitor. QMB-101 holds Orphan Drug Designation from the "
        "FDA for glioma. In 2025 the FDA declined to grant QMB-101 Breakthrough Therapy "
        "designation."
    )
    assert _des(text) == {("QMB-101", "FDA", "orphan_drug")}


def test_a_designation_only_hoped_for_in_a_list_is_no_grant() -> None:
    text = (
        "QMB-101 is an oral kinase inhibitor. The Company believes QMB-101 could be eligible "
        "for Fast Track and, ultimately, priority review in glioma, though no request has "
        "been made."
    )
    assert _des(text) == set()


def test_a_designation_under_discussion_is_no_grant() -> None:
    text = (
        "QMB-101 is a gene therapy. The FDA lifted the hold in May 2027. The Company has not "
        "yet opened U.S. sites and is in discussions with the FDA regarding potential Rare "
        "Pediatric Disease designation."
    )
    assert _des(text) == set()


def test_an_approval_still_expected_is_no_clearance() -> None:
    text = (
        "QMB-202 is a bispecific antibody; the Company filed the IND application with the "
        "MFDS in March, and approval is expected in the coming weeks."
    )
    assert _ind(text) == {("QMB-202", "MFDS", "submitted")}


def test_a_country_in_another_products_clause_names_no_agency() -> None:
    text = (
        "QMB-101 is the Company's autologous CD19 CAR-T. The Biologics License Application "
        "for QMB-101 was accepted by the NMPA in the first quarter, and in March 2027 the NMPA "
        "included the application in its priority review procedure.\n\n"
        '"With QMB-101 under priority review and QMB-303 now cleared in the U.S., we are '
        'ready," said the CEO.'
    )
    assert _des(text) == {("QMB-101", "NMPA", "priority_review")}


def test_an_inn_described_as_the_companys_drug_is_a_product() -> None:
    text = (
        "Ravoltamab in psoriasis\n"
        "The agency approved the Phase 2 study of ravoltamab, the Company's fully human "
        "monoclonal antibody against IL-36R, in May 2027."
    )
    assert [p.code for p in _run(text).products] == ["ravoltamab"]


def test_an_inn_in_the_brackets_of_a_code_described_as_the_companys_drug_is_its_alias() -> None:
    text = (
        "Orvane Bio today announced that the FDA cleared the IND for ORV-212 (development "
        "code; nonproprietary name: lomivaltamab), the company's second bispecific antibody."
    )
    products = _run(text).products
    assert [p.code for p in products] == ["ORV-212"]


def test_a_code_heading_a_pipeline_item_is_a_product_despite_its_trial() -> None:
    text = (
        "Pipeline\n\n"
        "QMB-330 - in vivo CD20 CAR-T (targeted lentiviral vector)\n"
        "- The FDA lifted the hold on the QMB-330 trial in May.\n\n"
        "QMB-415 - CAR-Treg program\n"
        "- IND-enabling studies are ongoing.\n"
    )
    assert sorted(p.code for p in _run(text).products) == ["QMB-330", "QMB-415"]


def test_a_target_named_before_blocking_is_no_product() -> None:
    text = "QMB-22 is its complement C1s-blocking antibody, now in a Phase 1 study."
    assert [p.code for p in _run(text).products] == ["QMB-22"]


def test_a_confirmed_classification_as_an_atmp_is_a_designation() -> None:
    text = (
        "QMB-707 is an autologous gene-modified stem cell product. The EMA's Committee for "
        "Advanced Therapies confirmed the classification of QMB-707 as an advanced therapy "
        "medicinal product (ATMP) in 2025."
    )
    assert _des(text) == {("QMB-707", "EMA", "other")}


def test_an_approved_application_to_add_sites_is_a_clearance() -> None:
    text = (
        "QMB-66 is an oral KRAS inhibitor. In January, Taiwan's Food and Drug Administration "
        "(TFDA) approved the company's application to add Taiwanese sites to the Phase 2 "
        "study of QMB-66."
    )
    assert _ind(text) == {("QMB-66", "TFDA", "cleared")}


def test_a_filing_for_a_trial_named_in_capitals_is_the_last_products() -> None:
    text = (
        "Quillmoor gave an update on the Phase 2 TIDEPOOL study of QMB-210, its peptide "
        "agonist, in children with hypothalamic obesity.\n\n## Regulatory progress\n\n"
        "In Australia, Quillmoor submitted a Clinical Trial Notification for TIDEPOOL to the "
        "Therapeutic Goods Administration (TGA) in September, following approval by the lead "
        "Human Research Ethics Committee."
    )
    assert _ind(text) == {("QMB-210", "TGA", "submitted")}


def test_sites_to_run_under_an_ind_cleared_before_tell_the_clearance() -> None:
    text = (
        "QMB-210 is a peptide agonist. U.S. sites will operate under the Investigational New "
        "Drug application the U.S. Food and Drug Administration (FDA) cleared for QMB-210 in "
        "February 2027."
    )
    assert _ind(text) == {("QMB-210", "FDA", "cleared")}


def _ind_dated(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_bare_month_opening_the_sentence_dates_the_event() -> None:
    text = (
        "QMB-66 is an oral KRAS inhibitor. In January, the UK Medicines and Healthcare "
        "products Regulatory Agency (MHRA) approved the clinical trial application for QMB-66."
    )
    assert _ind_dated(text) == {("QMB-66", "MHRA", "cleared", "2027-01")}


def test_an_expected_decisions_quarter_does_not_date_the_filing() -> None:
    text = (
        "QMB-66 is an oral KRAS inhibitor. Quillmoor submitted a clinical trial application "
        "for QMB-66 to Singapore's Health Sciences Authority (HSA), and a decision is expected "
        "in the third quarter."
    )
    assert _ind_dated(text) == {("QMB-66", "HSA", "submitted", None)}


def test_a_letter_for_the_companys_application_is_one_filing() -> None:
    text = (
        "QMB-66 is an oral KRAS inhibitor. Health Canada issued a No Objection Letter for the "
        "Company's clinical trial application in June."
    )
    assert _ind_dated(text) == {("QMB-66", "HC", "cleared", "2027-06")}


def test_the_date_of_an_ind_cleared_before_sites_will_run_under_it() -> None:
    text = (
        "QMB-210 is a peptide agonist. U.S. sites will operate under the Investigational New "
        "Drug application the U.S. Food and Drug Administration (FDA) cleared for QMB-210 in "
        "February 2027."
    )
    assert _ind_dated(text) == {("QMB-210", "FDA", "cleared", "2027-02")}


def _ind_indications(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.indication) for e in _run(text).ind_events}


def test_a_study_allowed_to_begin_ends_the_indication() -> None:
    text = (
        "QMB-501 is a cell therapy. Quillmoor submitted a clinical trial notification for "
        "QMB-501 to the PMDA in 2026, allowing the Phase 1/2 study in patients with moderate "
        "Parkinson's disease to begin in Japan."
    )
    assert _ind_indications(text) == {
        ("QMB-501", "PMDA", "submitted", "moderate Parkinson's disease")
    }


def test_a_second_indication_named_in_apposition_is_the_indication() -> None:
    text = (
        "QMB-101 is a CAR-T.\n\n- The FDA cleared the Company's IND for QMB-101 for a second "
        "indication, diffuse cutaneous systemic sclerosis, in the first quarter of 2027."
    )
    assert _ind_indications(text) == {
        ("QMB-101", "FDA", "cleared", "diffuse cutaneous systemic sclerosis")
    }


def test_a_product_being_prepared_for_a_study_names_its_use_not_its_targets() -> None:
    text = (
        "Its second candidate, QMB-7730, a bispecific antibody targeting Claudin 18.2 and "
        "4-1BB, is being prepared for a Phase 1 study in gastric cancer; the Company filed the "
        "IND application with the MFDS in March."
    )
    assert _ind_indications(text) == {("QMB-7730", "MFDS", "submitted", "gastric cancer")}


def test_a_study_population_ends_before_approximately_n_sites() -> None:
    text = (
        "QMB-88 is the Company's monoclonal antibody. In January, the MHRA approved the "
        "clinical trial application for the Phase 2 study of QMB-88, which will enroll adults "
        "with moderate-to-severe hidradenitis suppurativa at approximately 60 sites."
    )
    assert _ind_indications(text) == {
        ("QMB-88", "MHRA", "cleared", "moderate-to-severe hidradenitis suppurativa")
    }


def test_a_filing_for_a_named_trial_takes_the_population_it_was_presented_with() -> None:
    text = (
        "Quillmoor gave an update on the Phase 2 TIDEPOOL study of QMB-210, its peptide "
        "agonist, in children and adolescents with hypothalamic obesity.\n\n"
        "## Regulatory progress\n\n"
        "In Australia, Quillmoor submitted a Clinical Trial Notification for TIDEPOOL to the "
        "Therapeutic Goods Administration (TGA) in September."
    )
    assert _ind_indications(text) == {("QMB-210", "TGA", "submitted", "hypothalamic obesity")}


def test_a_date_in_a_relative_clause_before_the_filing_is_not_its_date() -> None:
    text = (
        "QMB-501 is a cell therapy. In Korea, Hanra Bio, which licensed rights to QMB-501 from "
        "Quillmoor in 2024, submitted an IND application for QMB-501 to the MFDS earlier this "
        "month."
    )
    assert _ind_dated(text) == {("QMB-501", "MFDS", "submitted", "2027-06")}
