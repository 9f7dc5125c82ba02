"""An IND event's indication told around its sentence (event_context.py), and the
acronym and vocabulary rules that let it be read."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release
from dossier.extract.indications import acronyms

DATELINE = "OSLO, May 6, 2029 -- Varnholt Bio, Inc. today announced an update.\n\n"
PUBLISHED = dt.date(2029, 5, 6)
# a paragraph that puts the next one beyond what events.py looks back over
FILLER = (
    "Manufacturing\n\n"
    + "Varnholt makes its clinical supply at its own plant near the harbour, where a new "
    "filling line opened last year and a second one is being built. " * 4
    + "\n\n"
)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _inds(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.indication) for e in _run(text).ind_events}


def test_the_next_sentence_names_the_studys_population() -> None:
    text = (
        "The FDA cleared the IND application for VB-712. "
        "The Phase 1 study will evaluate VB-712 in adults with relapsed follicular lymphoma "
        "who received two prior therapies."
    )
    assert _inds(text) == {("VB-712", "FDA", "cleared", "relapsed follicular lymphoma")}


def test_the_approved_indication_is_told_after_another_status() -> None:
    text = (
        "The NMPA approved the IND for VB-712. The IND was accepted by the CDE in May 2028. "
        "The approved indication is advanced solid tumors expressing GPC3, with liver "
        "cancer as the first cohort."
    )
    assert _inds(text) == {
        ("VB-712", "NMPA", "cleared", "advanced solid tumors expressing GPC3"),
        ("VB-712", "NMPA", "accepted", "advanced solid tumors expressing GPC3"),
    }


def test_a_study_enrolling_patients_names_the_indication() -> None:
    text = (
        "VB-712 received implied approval for its clinical trial application from the NMPA. "
        "The study will enroll patients with metastatic gastric cancer."
    )
    assert _inds(text) == {("VB-712", "NMPA", "cleared", "metastatic gastric cancer")}


def test_the_product_being_developed_for_a_disease() -> None:
    text = (
        "Varnholt submitted a clinical trial application for VB-712 to the MHRA. "
        "VB-712 is a small molecule. It is being developed for idiopathic pulmonary "
        "fibrosis, a rare lung disease."
    )
    assert _inds(text) == {("VB-712", "MHRA", "submitted", "idiopathic pulmonary fibrosis")}


def test_another_products_sentence_is_not_this_ind() -> None:
    text = (
        "The FDA cleared the IND application for VB-712. "
        "VB-900 is being studied in patients with metastatic gastric cancer."
    )
    assert _inds(text) == {("VB-712", "FDA", "cleared", None)}


def test_a_designation_sentence_is_not_this_ind() -> None:
    text = (
        "The FDA cleared the IND application for VB-712. "
        "The FDA also granted VB-712 orphan drug designation for gastric cancer."
    )
    assert ("VB-712", "FDA", "cleared", None) in _inds(text)


def test_a_designation_told_between_is_passed_over() -> None:
    text = (
        "The FDA cleared the IND application for VB-712 in 2028. "
        "In March 2029 the FDA granted VB-712 orphan drug designation for gastric cancer. "
        "All of these studies are in HER2-low advanced solid tumors, with a first cohort "
        "in Ohio."
    )
    assert ("VB-712", "FDA", "cleared", "HER2-low advanced solid tumors") in _inds(text)


def test_a_heading_ends_the_search() -> None:
    text = (
        "The FDA cleared the IND application for VB-712.\n\n"
        "About Varnholt\n\n"
        "Varnholt's research covers patients with metastatic gastric cancer."
    )
    assert _inds(text) == {("VB-712", "FDA", "cleared", None)}


def test_other_statuses_of_the_application_share_its_indication() -> None:
    text = (
        "Varnholt submitted an IND to the FDA for VB-712 for the treatment of "
        "metastatic gastric cancer in January 2029.\n\n"
        + FILLER
        + "In April 2029 the FDA cleared VB-712's IND."
    )
    assert _inds(text) == {
        ("VB-712", "FDA", "submitted", "metastatic gastric cancer"),
        ("VB-712", "FDA", "cleared", "metastatic gastric cancer"),
    }


def test_another_agencys_filing_for_the_same_study() -> None:
    text = (
        "Varnholt submitted an IND to the FDA for VB-712 for the treatment of "
        "metastatic gastric cancer in January 2029.\n\n"
        + FILLER
        + "Varnholt also submitted a clinical trial notification for the Australian arm of "
        "the study to the TGA in March 2029."
    )
    assert ("VB-712", "TGA", "submitted", "metastatic gastric cancer") in _inds(text)


def test_another_agencys_filing_without_a_link_takes_the_one_all_filings_name() -> None:
    text = (
        "Varnholt submitted an IND to the FDA for VB-712 for the treatment of "
        "metastatic gastric cancer in January 2029.\n\n"
        "Sites abroad\n\n"
        "Varnholt also submitted a clinical trial notification for VB-712 to the TGA in "
        "March 2029."
    )
    assert ("VB-712", "TGA", "submitted", "metastatic gastric cancer") in _inds(text)


def test_another_agencys_filing_keeps_none_where_filings_name_two_diseases() -> None:
    text = (
        "Varnholt submitted an IND to the FDA for VB-712 for the treatment of "
        "metastatic gastric cancer in January 2029. The MHRA approved a clinical trial "
        "application for VB-712 in ulcerative colitis in February 2029.\n\n"
        "Sites abroad\n\n"
        "Varnholt also submitted a clinical trial notification for VB-712 to the TGA in "
        "March 2029."
    )
    assert ("VB-712", "TGA", "submitted", None) in _inds(text)


def test_an_acronym_with_a_number_and_a_compound_word() -> None:
    found = acronyms("patients with spinocerebellar ataxia type 2 (SCA2) and more")
    assert found == {"SCA2": "spinocerebellar ataxia type 2"}


def test_a_disease_acronym_is_no_product() -> None:
    text = (
        "VB-712 is being developed for spinocerebellar ataxia type 2 (SCA2). "
        "The FDA granted VB-712 orphan drug designation for the treatment of SCA2."
    )
    result = _run(text)
    assert [p.code for p in result.products] == ["VB-712"]
    assert [d.indication for d in result.designations] == [
        "spinocerebellar ataxia type 2 (SCA2)"
    ]


def test_retinitis_is_a_disease_word() -> None:
    text = "The FDA granted VB-712 orphan drug designation for retinitis pigmentosa."
    assert [d.indication for d in _run(text).designations] == ["retinitis pigmentosa"]


def test_a_review_period_for_a_notification_that_has_passed() -> None:
    text = (
        "Varnholt announces that the 30-day review period for the clinical trial "
        "notification it submitted to the PMDA on April 2, 2029 for VB-712 has passed."
    )
    assert {(e.agency, e.status) for e in _run(text).ind_events} == {
        ("PMDA", "submitted"),
        ("PMDA", "cleared"),
    }


def test_a_capitalised_study_may_proceed_letter_clears_the_ind() -> None:
    text = "Varnholt has received a Study May Proceed letter from the FDA for its IND for VB-712."
    assert {(e.agency, e.status) for e in _run(text).ind_events} == {("FDA", "cleared")}


def test_the_sentence_before_in_its_paragraph() -> None:
    text = (
        "About VB-712\n\n"
        "VB-712 is an antibody being developed as a treatment for autosomal dominant "
        "polycystic kidney disease. Health Canada has issued a No Objection Letter for "
        "the VB-712 CTA."
    )
    expected = ("VB-712", "HC", "cleared", "autosomal dominant polycystic kidney disease")
    assert _inds(text) == {expected}


def test_the_sentence_before_in_another_paragraph_is_not_read() -> None:
    text = (
        "VB-712 is an antibody that slowed cyst growth in models of autosomal dominant "
        "polycystic kidney disease.\n\n"
        "Health Canada has issued a No Objection Letter for the VB-712 CTA."
    )
    # (what a product is presented "for" is read anywhere: test_extract_attribution_rules)
    assert _inds(text) == {("VB-712", "HC", "cleared", None)}


def test_a_quote_after_the_event_is_not_read() -> None:
    text = (
        "The FDA cleared the IND application for VB-712. "
        '"Few companies study VB-712-like drugs in a disease as rare as gastric cancer," '
        "said the CEO."
    )
    assert _inds(text) == {("VB-712", "FDA", "cleared", None)}


def test_a_clause_after_the_population_is_cut_off() -> None:
    text = (
        "The FDA cleared the IND application for VB-712. The Phase 1 trial of VB-712 is "
        "designed to test one dose in adults with Fabry disease and to measure its effect."
    )
    assert _inds(text) == {("VB-712", "FDA", "cleared", "Fabry disease")}
