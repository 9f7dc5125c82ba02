"""Rules from the fresh evaluation set: applications for a designation, Japan's CTN
review, an IND that went into effect, indication clean-up, dates."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "LISBON, March 14, 2028 -- Quelmar Therapeutics, Inc. today announced an update.\n"
PUBLISHED = dt.date(2028, 3, 14)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_a_designation_applied_for_with_an_agency_is_no_event() -> None:
    text = "Quelmar has applied to the FDA for Fast Track designation for QLM-44 in 2027."
    assert _des(text) == set()
    text = "The Company submitted a request to the MHRA for an Innovation Passport for QLM-44."
    assert _des(text) == set()


def test_a_date_after_the_release_is_not_the_designations_date() -> None:
    text = (
        "QLM-44 holds orphan drug designation from the FDA; a pivotal study is expected "
        "to start in 2029."
    )
    assert _des(text) == {("QLM-44", "FDA", "orphan_drug", None)}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_ctn_review_ending_without_questions_is_cleared_and_the_notification_filed() -> None:
    text = (
        "Quelmar today announced that the 30-day review of its clinical trial notification "
        "for QLM-44 has ended without questions from the PMDA. Quelmar submitted the "
        "notification to the PMDA on February 2, 2028."
    )
    assert _ind(text) == {
        ("QLM-44", "PMDA", "cleared", "2028-03"),
        ("QLM-44", "PMDA", "submitted", "2028-02-02"),
    }


def test_a_place_or_target_before_for_is_not_the_indication() -> None:
    text = "QLM-44 received orphan designation in the European Union for neuroblastoma in 2026."
    assert [d.indication for d in _run(text).designations] == ["neuroblastoma"]
    text = (
        "QLM-9, an antisense oligonucleotide targeting SMN2 for spinal muscular atrophy, "
        "received orphan drug designation from the FDA in 2027."
    )
    assert [d.indication for d in _run(text).designations] == ["spinal muscular atrophy"]


def test_a_country_adjective_before_the_filing_names_its_agency() -> None:
    text = "QLM-44 Authorised by Korea's MFDS; Japanese CTA Filed\n\nThe rest follows."
    r = extract_release(text + "\n" + DATELINE, published_date=PUBLISHED)
    assert {(e.agency, e.status) for e in r.ind_events} == {("PMDA", "submitted")}
    text = "The U.S. and Chinese IND clearances for QLM-44 came in May 2027."
    assert _ind(text) == {
        ("QLM-44", "FDA", "cleared", "2027-05"),
        ("QLM-44", "NMPA", "cleared", "2027-05"),
    }


def test_a_paragraph_goes_on_telling_the_last_products_filings() -> None:
    text = (
        "Health Canada cleared the CTA for QLM-44 in April 2027. In the United States, "
        "Quelmar submitted an IND in June 2027, which went into effect on July 9, 2027."
    )
    assert _ind(text) == {
        ("QLM-44", "HC", "cleared", "2027-04"),
        ("QLM-44", "FDA", "submitted", "2027-06"),
        ("QLM-44", "FDA", "cleared", "2027-07-09"),
    }


def test_the_next_list_item_goes_on_about_the_product_and_an_agency_after_a_country() -> None:
    text = (
        "Key points:\n- Quelmar filed a CTA for QLM-44 with the MHRA in January 2028.\n"
        "- Swissmedic authorised the QUILL trial in February 2028."
    )
    assert ("QLM-44", "SWISSMEDIC", "cleared", "2028-02") in _ind(text)


def test_the_letters_date_in_the_next_sentence_and_no_plan_date() -> None:
    text = (
        "Quelmar has received a No Objection Letter from Health Canada for QLM-44. "
        "The letter was received on 9 March 2028."
    )
    assert _ind(text) == {("QLM-44", "HC", "cleared", "2028-03-09")}
    text = (
        "The MHRA has accepted the CTA for QLM-44 for review; Quelmar expects a decision "
        "in the second quarter of 2028."
    )
    assert [(e.agency, e.status, e.date) for e in _run(text).ind_events] == [
        ("MHRA", "accepted", None)
    ]


def test_the_filing_named_after_the_outcome_tells_its_indication() -> None:
    text = (
        "The TGA has acknowledged the Company's clinical trial notification for QLM-44, "
        "an oral inhibitor, for the treatment of adult patients with metastatic uveal "
        "melanoma who have received one prior therapy."
    )
    assert [e.indication for e in _run(text).ind_events] == ["metastatic uveal melanoma"]
    text = (
        "Health Canada has issued a No Objection Letter for the Company's Clinical Trial "
        "Application for QLM-44 in patients with Gaucher disease."
    )
    assert [e.indication for e in _run(text).ind_events] == ["Gaucher disease"]


def test_gangliosidosis_is_a_disease_word() -> None:
    text = "The FDA granted Fast Track designation to QLM-44 for GM2 gangliosidosis in 2027."
    assert [d.indication for d in _run(text).designations] == ["GM2 gangliosidosis"]


def test_the_orphan_committee_is_no_designation_and_its_advice_no_plan() -> None:
    text = (
        "QLM-44 received orphan designation from the European Commission, on the "
        "recommendation of the Committee for Orphan Medicinal Products, for Fabry disease "
        "in May 2026."
    )
    assert [(d.agency, d.type, d.date, d.indication) for d in _run(text).designations] == [
        ("EMA", "orphan_drug", "2026-05", "Fabry disease")
    ]


def test_a_designation_granted_as_an_acronyms_eligibility_is_a_grant() -> None:
    text = (
        "Quelmar today announced that the EMA has granted PRIority MEdicines (PRIME) "
        "eligibility to QLM-44 for the treatment of Wilms tumor."
    )
    assert [(d.agency, d.type, d.indication) for d in _run(text).designations] == [
        ("EMA", "prime", "Wilms tumor")
    ]
    text = "QLM-44 may be eligible for PRIME, the EMA's scheme for unmet needs."
    assert _run(text).designations == []


def test_an_indication_stops_before_whose() -> None:
    text = (
        "The FDA cleared the IND for QLM-44 in metastatic uveal melanoma whose disease "
        "has progressed on one prior therapy in January 2028."
    )
    assert [e.indication for e in _run(text).ind_events] == ["metastatic uveal melanoma"]


def test_a_title_case_cue_word_is_not_part_of_the_target() -> None:
    text = (
        "Quelmar Doses First Patient with QLM-44, an Autologous MSLN-Directed CAR-T\n\n"
        + DATELINE
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert [p.targets for p in r.products if p.code == "QLM-44"] == [["MSLN"]]


def test_a_status_told_after_whether_is_not_known_yet() -> None:
    text = (
        "Quelmar submitted an IND application to the FDA for QLM-44 in January 2028 and "
        "expects to hear within 30 days whether the U.S. part of the study may proceed."
    )
    assert _ind(text) == {("QLM-44", "FDA", "submitted", "2028-01")}


def test_a_notification_allowing_the_sites_to_proceed_is_a_clearance() -> None:
    text = (
        "In Australia, the Phase 1 study of QLM-44 was notified to the Therapeutic "
        "Goods Administration (TGA) under the Clinical Trial Notification (CTN) scheme in "
        "February 2028, allowing the local sites to proceed."
    )
    assert _ind(text) == {("QLM-44", "TGA", "cleared", "2028-02")}


def test_plural_designations_for_two_whole_diseases_are_two() -> None:
    text = (
        "The FDA granted QLM-44 orphan drug designations for the treatment of biliary tract "
        "cancer and hepatocellular carcinoma in July 2027."
    )
    got = {(d.agency, d.indication) for d in _run(text).designations}
    assert got == {("FDA", "biliary tract cancer"), ("FDA", "hepatocellular carcinoma")}


def test_a_gene_symbol_before_a_variant_is_no_product() -> None:
    text = (
        "Quelmar's siRNA QLM-44 silences HSD17B13 in patients who carry the HSD17B13 T92A "
        "variant; the NMPA approved the clinical trial of QLM-44 in January 2028."
    )
    codes = {p.code for p in _run(text).products}
    assert codes == {"QLM-44"}


def test_a_designation_only_one_agency_grants_ignores_other_agencies_named() -> None:
    text = (
        "**Quelmar secures Swiss and German clinical trial approvals for radioligand QLM-11 "
        "and reports Fast Track designation for KRAS G12C inhibitor QLM-44**"
    )
    assert {d.agency for d in _run(text).designations} == {"FDA"}


def test_designations_respectively_pair_agencies_with_dates() -> None:
    text = (
        "The European Commission and the FDA granted QLM-44 orphan drug designation for "
        "the treatment of biliary tract cancer in June and October 2027, respectively."
    )
    assert _des(text) == {
        ("QLM-44", "EMA", "orphan_drug", "2027-06"),
        ("QLM-44", "FDA", "orphan_drug", "2027-10"),
    }
