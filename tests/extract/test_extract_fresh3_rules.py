"""Rules from the third fresh evaluation set (isotopes and usage tails are no codes,
CTN wording, table rows, follow-up dates, investors)."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, March 14, 2028 -- Quelmar Therapeutics, Inc. today announced an update.\n"
PUBLISHED = dt.date(2028, 3, 14)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def test_a_radionuclide_is_no_product_and_its_label_prefix_is_dropped() -> None:
    text = (
        "Quelmar's lead candidate, [177Lu]Lu-QLM-44, delivers Lutetium-177 to tumours; its "
        "imaging agent [68Ga]Ga-QLM-44i selects patients."
    )
    assert _codes(text) == {"QLM-44", "QLM-44i"}


def test_a_title_case_usage_tail_and_a_based_tail_make_no_code() -> None:
    text = (
        "Quelmar Wins Approval for Claudin 9-Targeted ADC QLM-44\n"
        "QLM-44 is an AAV8-based gene therapy candidate."
    )
    assert _codes(text) == {"QLM-44"}


def test_a_symbol_before_a_mechanism_word_is_a_target() -> None:
    text = (
        "Its marketed product, tarolast (QLM-44), a small-molecule PTGR7 antagonist, was "
        "approved in Japan in 2026."
    )
    got = _run(text).products
    assert [p.code for p in got] == ["QLM-44"]  # not PTGR7
    assert "PTGR7" in got[0].targets


def test_the_labelled_name_is_an_alias() -> None:
    text = "Quelmar's lead candidate, [177Lu]Lu-QLM-44, is a radioligand."
    (product,) = _run(text).products
    assert product.code == "QLM-44"
    assert "[177Lu]Lu-QLM-44" in product.aliases


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_trial_run_under_the_ctn_scheme_is_cleared() -> None:
    text = (
        "Quelmar Starts Dosing of QLM-44 After CTN Filing\n"
        "The study proceeded under Australia's Clinical Trial Notification (CTN) scheme: "
        "Quelmar notified the Therapeutic Goods Administration (TGA) of the study in "
        "January 2028."
    )
    assert _ind(text) == {("QLM-44", "TGA", "cleared", "2028-01")}


def test_a_pathway_named_beside_an_ind_is_not_a_filing_of_its_own() -> None:
    text = (
        "Its first asset, QLM-44, received IND approval from the MFDS in 2026 and from "
        "Australia's TGA via the CTN scheme in 2027."
    )
    assert _ind(text) == {
        ("QLM-44", "MFDS", "cleared", "2026"),
        ("QLM-44", "TGA", "cleared", "2027"),
    }


def test_a_table_row_tells_the_last_products_filing() -> None:
    text = (
        "Health Canada has cleared the CTA for QLM-44 in patients with Fabry disease.\n"
        "Milestone | Date\n"
        "Health Canada CTA filed | January 2028\n"
        "FDA IND submitted | February 2028\n"
    )
    got = {(e.agency, e.status, e.date, e.indication) for e in _run(text).ind_events}
    assert ("HC", "submitted", "2028-01", "Fabry disease") in got
    assert ("FDA", "submitted", "2028-02", "Fabry disease") in got  # (the one disease named)


def test_a_cause_after_due_to_stays_in_the_indication() -> None:
    text = "The FDA cleared the IND for QLM-44 in children with anaemia due to PKLR deficiency."
    (ev,) = _run(text).ind_events
    assert ev.indication == "anaemia due to PKLR deficiency"


def test_an_acceptance_number_holds_for_the_clearance_of_the_same_application() -> None:
    text = (
        "The NMPA has granted implied approval for the clinical trial application of QLM-44 "
        "(acceptance number: CXSL2800123). The application had been accepted by the CDE on "
        "January 5, 2028."
    )
    got = {(e.status, e.application_number) for e in _run(text).ind_events}
    assert got == {("cleared", "CXSL2800123"), ("accepted", "CXSL2800123")}


def test_a_later_item_of_a_list_goes_on_with_the_filings_product() -> None:
    text = (
        "Key points\n"
        "The CTA for QLM-44 was submitted to the EMA on 28 July 2027\n"
        "Dosing is planned for the second quarter\n"
        "The Phase 1 study will enrol 20 patients; a CTA to the UK MHRA was submitted in "
        "October 2027 and is under review\n"
    )
    assert ("QLM-44", "MHRA", "submitted", "2027-10") in _ind(text)


def test_approval_to_begin_a_study_needs_no_word_clinical() -> None:
    text = (
        "Quelmar received approval from the Israeli Ministry of Health in January 2028 to "
        "begin a Phase 1 dose-escalation study of QLM-44 at two hospitals."
    )
    assert _ind(text) == {("QLM-44", "OTHER", "cleared", "2028-01")}


def _companies(text: str) -> set[str]:
    return {c.name for c in _run(text).companies}


def test_a_place_inside_a_legal_name_is_no_short_name() -> None:
    text = "QLM-44 is co-developed with Hanlu Pharmaceutical (Wuxi) Co., Ltd."
    assert "Wuxi" not in _companies(text)
    assert "Hanlu Pharmaceutical" in _companies(text)


def test_a_licence_to_a_code_names_no_company() -> None:
    text = "Quelmar granted Hanlu Pharmaceutical Co., Ltd. an exclusive licence to QLM-330."
    assert _companies(text) == {"Quelmar", "Hanlu Pharmaceutical"}


def test_investors_and_service_providers_are_no_companies() -> None:
    text = (
        "QLM-44 completed GLP toxicology studies at Brandwell Laboratories in 2027. "
        "Quelmar is backed by Ostmark Holdings and Verel Capital Partners."
    )
    assert _companies(text) == {"Quelmar"}


def test_the_application_told_two_sentences_later_and_the_use_the_approval_allows() -> None:
    text = (
        "The IND application for QLM-44 has obtained implied approval from the CDE. "
        "The approval allows Quelmar to conduct a Phase 1 trial of QLM-44 in patients with "
        "advanced synovial sarcoma. The application was accepted for review by the CDE on "
        "January 5, 2028 (acceptance number CXSL2800123)."
    )
    got = {(e.status, e.date, e.indication, e.application_number) for e in _run(text).ind_events}
    assert ("accepted", "2028-01-05", "advanced synovial sarcoma", "CXSL2800123") in got
    assert ("cleared", None, "advanced synovial sarcoma", "CXSL2800123") in got


def test_an_agency_approving_a_licensees_application_to_run_a_study() -> None:
    text = (
        "In May 2027, Brazil's ANVISA approved Hanlu's application to run a Phase 1 study "
        "of QLM-44 in B-cell lymphoma."
    )
    assert _ind(text) == {("QLM-44", "ANVISA", "cleared", "2027-05")}


def test_a_subheading_restates_the_news_without_its_own_indication() -> None:
    text = (
        "Quelmar Receives Health Canada No Objection Letter for QLM-44\n"
        "First Canadian trial of a CAR-NK therapy in autoimmune disease; U.S. IND submitted\n"
        "TORONTO, March 14, 2028 -- Quelmar Therapeutics, Inc. today announced that Health "
        "Canada has issued a No Objection Letter for its CTA for QLM-44 in adults with "
        "refractory lupus nephritis. Quelmar also submitted an IND to the FDA for QLM-44 in "
        "adults with refractory lupus nephritis in February 2028.\n"
    )
    got = extract_release(text, published_date=PUBLISHED).ind_events
    fda = [(e.status, e.date, e.indication) for e in got if e.agency == "FDA"]
    assert fda == [("submitted", "2028-02", "refractory lupus nephritis")]


def test_an_including_item_widens_the_disease_before_it() -> None:
    text = (
        "The FDA granted Orphan Drug Designations to QLM-44 for the treatment of gastric "
        "cancer, including gastroesophageal junction cancer, and for the treatment of "
        "pancreatic cancer in January 2028."
    )
    got = {(d.indication, d.date) for d in _run(text).designations}
    assert got == {
        ("gastric cancer, including gastroesophageal junction cancer", "2028-01"),
        ("pancreatic cancer", "2028-01"),
    }


def test_each_agency_takes_the_date_told_after_it_in_a_follow_up() -> None:
    text = (
        "Quelmar said that the MFDS and the FDA have both approved IND applications for "
        "QLM-44. The MFDS approval was received on February 6, 2028, and the FDA clearance "
        "on January 30, 2028."
    )
    got = {(e.agency, e.date) for e in _run(text).ind_events}
    assert got == {("MFDS", "2028-02-06"), ("FDA", "2028-01-30")}


def test_a_grant_dated_in_the_next_sentence() -> None:
    text = (
        "Quelmar also said that the FDA has granted Rare Pediatric Disease Designation to "
        "QLM-44 for Fabry disease. The designation was received on 18 February 2028."
    )
    assert _des(text) == {("QLM-44", "FDA", "rare_pediatric_disease", "2028-02-18")}


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_designations_from_two_agencies_each_with_its_date() -> None:
    text = (
        "QLM-44 previously received Orphan Drug Designation from the FDA for Fabry disease "
        "in 2026 and from the European Commission in November 2027."
    )
    assert _des(text) == {
        ("QLM-44", "FDA", "orphan_drug", "2026"),
        ("QLM-44", "EMA", "orphan_drug", "2027-11"),
    }


def _des_ind(text: str) -> set[tuple]:
    return {(d.type, d.indication) for d in _run(text).designations}


def test_the_same_indication_is_the_one_told_before() -> None:
    text = (
        "QLM-44 was granted Breakthrough Therapy Designation by the NMPA in May 2027 for "
        "metastatic triple-negative breast cancer, and its New Drug Application was accepted "
        "with priority review by the NMPA in January 2028 for the same indication."
    )
    assert _des_ind(text) == {
        ("breakthrough_therapy", "metastatic triple-negative breast cancer"),
        ("priority_review", "metastatic triple-negative breast cancer"),
    }


def test_an_indication_told_before_two_joined_designations_covers_both() -> None:
    text = (
        "Quelmar is developing QLM-44, an antisense oligonucleotide for Usher syndrome type "
        "2A, which received FDA Orphan Drug Designation and FDA Rare Pediatric Disease "
        "designation in 2027."
    )
    assert _des_ind(text) == {
        ("orphan_drug", "Usher syndrome type 2A"),
        ("rare_pediatric_disease", "Usher syndrome type 2A"),
    }


def test_a_plan_told_about_the_indication_does_not_cancel_the_grant() -> None:
    text = (
        "In January 2028, the FDA granted QLM-44 Orphan Drug Designation for the treatment "
        "of T-cell lymphoma, an indication the company intends to pursue in a second cohort."
    )
    assert _des(text) == {("QLM-44", "FDA", "orphan_drug", "2028-01")}


def test_a_bare_month_takes_the_year_of_the_sentence_or_the_release() -> None:
    text = "Quelmar filed an IND for QLM-44 with the FDA at the end of February."
    assert _ind(text) == {("QLM-44", "FDA", "submitted", "2028-02")}
    text = "Quelmar filed an IND for QLM-44 with the FDA in November."
    assert _ind(text) == {("QLM-44", "FDA", "submitted", "2027-11")}


def test_the_study_told_right_after_a_filing_gives_its_indication() -> None:
    text = (
        "Quelmar submitted a clinical trial notification for QLM-44 to the PMDA on "
        "February 6, 2028.\n"
        "The Phase 1 study will evaluate the safety of QLM-44 in patients with MTAP-deleted "
        "advanced solid tumors, including mesothelioma."
    )
    (ev,) = _run(text).ind_events
    assert ev.indication == "MTAP-deleted advanced solid tumors"
    text = (
        "Quelmar notified the TGA of a CTN for QLM-44 in February 2028. The first-in-human "
        "study will enroll patients with advanced solid tumors at three centres."
    )
    (ev,) = _run(text).ind_events
    assert ev.indication == "advanced solid tumors"


def _owners(text: str) -> dict[str, str | None]:
    return {p.code: p.company for p in _run(text).products}


def test_a_licence_told_in_the_next_sentence_leaves_the_earlier_product_alone() -> None:
    text = (
        "Its lead program, QLM-108, an antibody, received Fast Track designation in 2026; a "
        "marketing application for QLM-108 is planned. In 2027, Quelmar licensed the global "
        "rights to QLM-330, an oral inhibitor, to Hanlu Pharma Inc., which now leads its "
        "development."
    )
    assert _owners(text) == {"QLM-108": "Quelmar", "QLM-330": "Hanlu Pharma"}


def test_a_licensee_named_far_into_a_long_sentence_leads_the_product() -> None:
    text = (
        "The company's earlier candidate QLM-04, an actinium-225-labeled radioligand "
        "targeting PSMA, received FDA IND clearance in December 2026 for metastatic "
        "castration-resistant prostate cancer and was out-licensed in 2027 to Hanlu Pharma "
        "Inc., which now leads its global development."
    )
    assert _owners(text)["QLM-04"] == "Hanlu Pharma"


def test_the_company_acquiring_worldwide_rights_leads_the_product() -> None:
    text = (
        "Quelmar and Hanlu Pharma Inc. (\"Hanlu\") announced an agreement under which "
        "Quelmar acquires worldwide rights to HL-177, a radioligand. HL-177 was discovered "
        "by Hanlu. Hanlu's IND for HL-177 was cleared in 2027."
    )
    assert _owners(text)["HL-177"] == "Quelmar"


def test_two_targets_joined_before_the_antibody_word() -> None:
    text = (
        "Quelmar develops QLM-44, a PD-L1 and 4-1BB bispecific antibody, and QLM-45, a "
        "CLDN6 x CD3 T-cell engaging antibody."
    )
    got = {p.code: p.targets for p in _run(text).products}
    assert got == {"QLM-44": ["PD-L1", "4-1BB"], "QLM-45": ["CLDN6", "CD3"]}


def test_the_grantee_of_a_worldwide_licence_leads_the_product() -> None:
    text = (
        "Under a 2026 agreement, Quelmar granted Hanlu Pharmaceutical Co., Ltd. an exclusive "
        "worldwide licence to QLM-330. QLM-330 was discovered by Quelmar."
    )
    assert _owners(text)["QLM-330"] == "Hanlu Pharmaceutical"


def test_retinal_disease_words_make_an_indication() -> None:
    text = (
        "The FDA has granted RMAT designation to QLM-44 for the treatment of X-linked "
        "retinoschisis. QLM-45 holds FDA Orphan Drug Designation for achromatopsia."
    )
    got = {(d.product, d.indication) for d in _run(text).designations}
    assert got == {("QLM-44", "X-linked retinoschisis"), ("QLM-45", "achromatopsia")}
