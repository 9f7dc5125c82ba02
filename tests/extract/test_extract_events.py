"""IND events and designations: what counts, how many, which agency, when."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "BOSTON, May 2, 2024 -- Zentavo Bio Inc. today announced an update. "


def _ind(text: str, published: dt.date | None = None) -> set[tuple]:
    r = extract_release(DATELINE + text, published_date=published)
    return {(e.product, e.agency, e.status, e.date) for e in r.ind_events}


def _des(text: str) -> set[tuple]:
    r = extract_release(DATELINE + text)
    return {(d.product, d.agency, d.type, d.indication) for d in r.designations}


def test_one_sentence_two_agencies() -> None:
    text = "ZTX-101 received IND approvals in both China and the United States in February 2023."
    assert _ind(text) == {
        ("ZTX-101", "NMPA", "cleared", "2023-02"),
        ("ZTX-101", "FDA", "cleared", "2023-02"),
    }


def test_submitted_then_cleared_are_two_events_with_their_own_dates() -> None:
    text = (
        "Zentavo submitted the IND for ZTX-101 to the FDA in March 2023 "
        "and it was cleared in April 2023."
    )
    assert _ind(text) == {
        ("ZTX-101", "FDA", "submitted", "2023-03"),
        ("ZTX-101", "FDA", "cleared", "2023-04"),
    }


def test_plans_are_not_events() -> None:
    assert _ind("Zentavo plans to submit an IND for ZTX-101 to the FDA in 2025.") == set()
    assert _ind("Zentavo intends to file a CTA for ZTX-101 with the MHRA next year.") == set()


def test_marketing_applications_and_ethics_approvals_are_not_ind_events() -> None:
    assert _ind("The FDA accepted the Biologics License Application for ZTX-101.") == set()
    assert _ind("The ethics committee approved the ZTX-101 clinical trial protocol.") == set()


def test_clinical_hold_is_not_a_clearance() -> None:
    assert _ind("The FDA placed the ZTX-101 IND on clinical hold in May 2023.") == set()


def test_todays_news_takes_the_release_month() -> None:
    text = "Zentavo said the FDA has cleared its IND application for ZTX-101 in solid tumors."
    assert _ind(text, dt.date(2024, 5, 2)) == {("ZTX-101", "FDA", "cleared", "2024-05")}


def test_agency_variants() -> None:
    text = (
        "In 2022, the CDE of China's NMPA cleared the IND for ZTX-101. "
        "In 2023, Germany's Paul-Ehrlich-Institut approved a clinical trial application for ZTX"
        "-101."
    )
    assert {(a, s) for _p, a, s, _d in _ind(text)} == {("NMPA", "cleared"), ("EMA", "cleared")}


def test_two_designation_types_in_one_phrase() -> None:
    text = "ZTX-101 holds Fast Track and Orphan Drug designations from the FDA for gastric cancer."
    assert {(t) for _p, _a, t, _i in _des(text)} == {"fast_track", "orphan_drug"}


def test_designations_for_two_indications() -> None:
    text = (
        "The FDA granted ZTX-101 orphan drug designations for gastric cancer "
        "and for pancreatic cancer."
    )
    assert {i for *_r, i in _des(text)} == {"gastric cancer", "pancreatic cancer"}


def test_designation_requests_and_eligibility_are_not_designations() -> None:
    assert _des("Zentavo applied for Breakthrough Therapy designation for ZTX-101.") == set()
    assert _des("ZTX-101 may be eligible for priority review if approved.") == set()
    assert _des("Zentavo plans to request orphan drug designation for ZTX-101.") == set()


def test_history_told_twice_is_one_fact() -> None:
    text = (
        "ZTX-101 received FDA Fast Track designation in June 2022. "
        "About Zentavo\nZentavo's ZTX-101 holds Fast Track designation from the FDA."
    )
    r = extract_release(DATELINE + text)
    assert [(d.type, d.date) for d in r.designations] == [("fast_track", "2022-06")]


def test_every_fact_points_at_its_sentence() -> None:
    text = "ZTX-101 received IND clearance from the FDA in March 2023."
    body = DATELINE + text
    r = extract_release(body)
    ev = r.ind_events[0].evidence
    assert body[ev.char_start : ev.char_end] == ev.sentence == text
    assert {p.code for p in r.products} >= {e.product for e in r.ind_events}


def test_respectively_pairs_agencies_with_dates() -> None:
    text = (
        "The U.S. and Chinese IND approvals for ZTX-101 were obtained in July and "
        "September 2021, respectively."
    )
    assert _ind(text) == {
        ("ZTX-101", "FDA", "cleared", "2021-07"),
        ("ZTX-101", "NMPA", "cleared", "2021-09"),
    }


def test_the_application_in_the_next_sentence_is_the_same_filing() -> None:
    text = (
        "In June 2020 the TFDA cleared the clinical trial application for ZTX-101. "
        "Zentavo had filed the application with the TFDA on May 29, 2020."
    )
    assert _ind(text) == {
        ("ZTX-101", "TFDA", "cleared", "2020-06"),
        ("ZTX-101", "TFDA", "submitted", "2020-05-29"),
    }


def test_relative_clause_takes_its_antecedent() -> None:
    text = (
        "The pipeline includes ZTX-202, an allogeneic CAR-T, which has received IND "
        "clearance from the FDA; and ZTX-303, a bispecific antibody in preclinical studies."
    )
    assert {p for p, *_ in _ind(text)} == {"ZTX-202"}


def test_in_addition_to_does_not_make_a_second_subject() -> None:
    text = (
        "In addition to ZTX-101, its antibody ZTX-404 obtained IND approval from the NMPA in 2023."
    )
    assert {p for p, *_ in _ind(text)} == {"ZTX-404"}


def test_generic_statements_about_programmes_are_not_facts() -> None:
    assert _ind("The CTN route is faster than the Clinical Trial Approval (CTA) route.") == set()
    text = "A drug with Orphan Drug Designation for such a disease receives support from FDA."
    assert _des(text) == set()


def test_a_comment_after_the_grant_does_not_cancel_it() -> None:
    text = (
        "In July 2023 the FDA granted ZTX-101 Rare Pediatric Disease designation for NF1, "
        "which makes the Company eligible for a priority review voucher."
    )
    assert _des(text) == {("ZTX-101", "FDA", "rare_pediatric_disease", "NF1")}


def test_the_acting_agency_not_the_one_talked_about() -> None:
    text = "The TGA's confirmation comes after the FDA cleared the IND for ZTX-101 in January 2024."
    assert _ind(text) == {("ZTX-101", "FDA", "cleared", "2024-01")}


def test_european_commission_abbreviation() -> None:
    text = (
        "In September 2019 the EC granted ZTX-101 Orphan Drug designation for soft tissue sarcoma."
    )
    assert {(a, t) for _p, a, t, _i in _des(text)} == {("EMA", "orphan_drug")}


def test_a_positive_opinion_is_not_a_grant_and_an_effective_ind_is_cleared() -> None:
    text = "The EMA's COMP adopted a positive opinion recommending orphan designation for ZTX-101."
    assert _des(text) == set()
    text = "In March 2024 the IND for ZTX-101 became effective with the FDA."
    assert _ind(text) == {("ZTX-101", "FDA", "cleared", "2024-03")}


def test_dates_relative_to_the_release_and_deadlines() -> None:
    text = "ZTX-101 received Fast Track designation from the FDA last month."
    r = extract_release(DATELINE + "\n" + text, published_date=dt.date(2024, 1, 15))
    assert [d.date for d in r.designations] == ["2023-12"]
    text = (
        "The FDA granted ZTX-101 Priority Review and set a PDUFA target action date of "
        "August 28, 2024."
    )
    r = extract_release(DATELINE + "\n" + text, published_date=dt.date(2024, 2, 1))
    assert [d.date for d in r.designations] == [None]


def test_the_dateline_date_gives_todays_news_its_month() -> None:
    text = (
        "BOSTON, May 2, 2024 /PRNewswire/ -- Zentavo Bio Inc. today announced that the FDA has "
        "granted Fast Track designation to ZTX-101."
    )
    r = extract_release(text, published_date=dt.date(2024, 5, 2))
    assert [d.date for d in r.designations] == ["2024-05"]


def test_each_agency_with_its_own_indication() -> None:
    text = (
        "ZTX-101 has received Orphan Drug Designation from the FDA for beta thalassemia, and "
        "from the European Medicines Agency for both sickle cell disease and beta thalassemia."
    )
    assert {(a, i) for _p, a, _t, i in _des(text)} == {
        ("FDA", "beta thalassemia"),
        ("EMA", "sickle cell disease"),
        ("EMA", "beta thalassemia"),
    }


def test_one_for_each_indication() -> None:
    text = (
        "The FDA has granted ZTX-101 two Fast Track designations, one as a single agent for "
        "refractory biliary tract cancer and one in combination with chemotherapy for "
        "gastric cancer."
    )
    assert {i for *_r, i in _des(text)} == {"refractory biliary tract cancer", "gastric cancer"}


def test_forward_looking_boilerplate_states_no_facts() -> None:
    text = (
        "Forward-looking statements include our ability to obtain approval of the Phase 1 "
        "application for ZTX-101 from the FDA."
    )
    assert _ind(text) == set()


def test_a_defined_acronym_is_an_indication() -> None:
    text = (
        "ZTX-101 is studied in refractory systemic lupus erythematosus (rSLE). In 2023 the FDA "
        "cleared the IND for ZTX-101 in rSLE, and the company will start a study."
    )
    r = extract_release(DATELINE + text)
    assert [e.indication for e in r.ind_events] == [
        "refractory systemic lupus erythematosus (rSLE)"
    ]


def test_another_countrys_food_and_drug_administration_is_not_the_fda() -> None:
    text = ("Zentavo today announced that Taiwan's Food and Drug Administration (TFDA) "
            "approved the IND for ZTX-101 in gastric cancer.")
    assert {agency for _, agency, *_ in _ind(text)} == {"TFDA"}
