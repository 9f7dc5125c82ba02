"""IND wordings of other agencies, filings told again without the product's name, and
dates told relative to the release or in a later sentence."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, June 20, 2027 -- Brennhold Bio AS today announced an update.\n"
PUBLISHED = dt.date(2027, 6, 20)


def _events(text: str) -> list:
    return extract_release(DATELINE + text, published_date=PUBLISHED).ind_events


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _events(text)}


def test_a_notification_reviewed_without_objection_is_cleared() -> None:
    text = (
        "Brennhold submitted a clinical trial notification for BRH-310 to the PMDA in "
        "March 2027; the 30-day review ended without objection in April 2027."
    )
    assert _ind(text) == {
        ("BRH-310", "PMDA", "submitted", "2027-03"),
        ("BRH-310", "PMDA", "cleared", "2027-04"),
    }


def test_an_acknowledged_ctn_is_cleared_and_a_notified_agency_a_filing() -> None:
    text = "Its CTN for BRH-310 was acknowledged by the TGA on 2 May 2027."
    assert _ind(text) == {("BRH-310", "TGA", "cleared", "2027-05-02")}
    text = "Brennhold notified the TGA of a trial of BRH-310 under the CTN scheme in May 2027."
    assert _ind(text) == {("BRH-310", "TGA", "submitted", "2027-05")}
    # the agency notifying the company is its answer, not a filing
    text = "The FDA notified Brennhold in 2026 that the BRH-310 IND may proceed."
    assert _ind(text) == {("BRH-310", "FDA", "cleared", "2026")}


def test_a_validated_application_is_accepted() -> None:
    text = (
        "Brennhold filed a clinical trial application for BRH-310 with the EMA in March 2027; "
        "that application was validated on 9 April 2027."
    )
    assert _ind(text) == {
        ("BRH-310", "EMA", "submitted", "2027-03"),
        ("BRH-310", "EMA", "accepted", "2027-04-09"),
    }


def test_an_agency_authorising_a_trial_or_issuing_a_certificate() -> None:
    text = (
        "Brazil's National Health Surveillance Agency (ANVISA) authorized Tarvik's Phase 2 "
        "clinical trial of BRH-310 in May 2027."
    )
    assert _ind(text) == {("BRH-310", "ANVISA", "cleared", "2027-05")}
    text = "The HSA issued a Clinical Trial Certificate for BRH-310 in April 2027."
    assert _ind(text) == {("BRH-310", "HSA", "cleared", "2027-04")}


def test_a_study_approved_by_an_agency_is_cleared_but_not_by_an_ethics_committee() -> None:
    text = (
        "BRH-310 entered the clinic in 2026. The first part of the study had been approved "
        "by the MFDS in March 2026."
    )
    assert _ind(text) == {("BRH-310", "MFDS", "cleared", "2026-03")}
    text = (
        "The MFDS approved the protocol for BRH-310 in March 2027, and the hospital ethics "
        "committee approved the study on 2 April 2027."
    )
    assert _ind(text) == {("BRH-310", "MFDS", "cleared", "2027-03")}


def test_the_ind_told_again_keeps_its_agency_and_indication() -> None:
    text = (
        "The FDA has cleared the IND for BRH-310 for the treatment of recurrent glioblastoma, "
        "and the PMDA has completed its review of the clinical trial notification for the "
        "same study without objection.\n\nBrennhold submitted the IND on April 2, 2027."
    )
    events = {(e.agency, e.status): e for e in _events(text)}
    assert set(events) == {("FDA", "cleared"), ("PMDA", "cleared"), ("FDA", "submitted")}
    assert events["FDA", "submitted"].date == "2027-04-02"
    assert events["FDA", "submitted"].evidence.sentence.startswith("Brennhold submitted")
    assert {e.indication for e in events.values()} == {"recurrent glioblastoma"}


def test_both_applications_are_the_two_filings_told_before() -> None:
    text = (
        "The HSA cleared the clinical trial application for BRH-310 in May 2027. "
        "The TFDA approved the protocol in June 2027.\n\nBrennhold filed both applications "
        "in January 2027."
    )
    assert _ind(text) == {
        ("BRH-310", "HSA", "cleared", "2027-05"),
        ("BRH-310", "TFDA", "cleared", "2027-06"),
        ("BRH-310", "HSA", "submitted", "2027-01"),
        ("BRH-310", "TFDA", "submitted", "2027-01"),
    }


def test_dates_told_relative_to_the_release() -> None:
    text = "Earlier this month, the FDA cleared the IND for BRH-310."
    r = extract_release(DATELINE + text, published_date=dt.date(2027, 6, 20))
    assert [e.date for e in r.ind_events] == ["2027-06"]
    text = "Brennhold submitted an IND application for BRH-310 to the FDA last week."
    r = extract_release(DATELINE + text, published_date=dt.date(2027, 7, 3))
    assert [e.date for e in r.ind_events] == ["2027-06"]


def test_each_agency_takes_the_date_told_after_it() -> None:
    text = "BRH-310's IND was approved by the NMPA in 2024 and cleared by the FDA in 2025."
    assert _ind(text) == {
        ("BRH-310", "NMPA", "cleared", "2024"),
        ("BRH-310", "FDA", "cleared", "2025"),
    }


def test_the_date_of_the_outcome_told_in_the_next_sentence() -> None:
    text = (
        "Brennhold today announced that Swissmedic has authorised its clinical trial "
        "application for BRH-310. The Swissmedic authorisation was issued on 11 June 2027."
    )
    assert _ind(text) == {("BRH-310", "SWISSMEDIC", "cleared", "2027-06-11")}


def test_the_same_indication_as_the_fact_before() -> None:
    text = (
        "The NMPA granted BRH-310 Breakthrough Therapy Designation for biliary tract cancer "
        "in May 2027. The CDE also accepted the IND application for BRH-310 in the same "
        "indication in June 2027."
    )
    assert [(e.status, e.indication) for e in _events(text)] == [
        ("accepted", "biliary tract cancer")
    ]


def test_a_headline_dated_only_by_the_release_repeats_the_dated_body() -> None:
    text = (
        "Brennhold Receives Clinical Trial Approval in Taiwan for BRH-310\n\n"
        "The TFDA approved the clinical trial application for BRH-310 in May 2027."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert [(e.agency, e.date) for e in r.ind_events] == [("TFDA", "2027-05")]


def test_one_filing_named_twice_in_a_row() -> None:
    text = (
        "Health Canada has issued a No Objection Letter for its clinical trial application "
        "for BRH-310 in adults with severe hypertriglyceridemia."
    )
    assert [(e.agency, e.indication) for e in _events(text)] == [
        ("HC", "severe hypertriglyceridemia")
    ]


def test_a_designation_only_one_agency_grants() -> None:
    text = (
        "Brennhold Receives Swissmedic Authorization and EMA PRIME Eligibility for BRH-310\n"
        "The EMA has granted BRH-310 access to its PRIME scheme for glioblastoma."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert {(d.agency, d.type) for d in r.designations} == {("EMA", "prime")}


def test_designated_under_a_designation_system() -> None:
    text = (
        "TOKYO, June 20, 2027 -- Brennhold Bio K.K. today announced that Japan's MHLW has "
        "designated BRH-310 under the SAKIGAKE designation system for the treatment of "
        "mesothelioma."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert [(d.agency, d.type, d.date, d.indication) for d in r.designations] == [
        ("PMDA", "sakigake", "2027-06", "mesothelioma")
    ]


def test_indications_stop_before_the_verb_and_after_patient_words() -> None:
    text = "BRH-310's IND for large B-cell lymphoma was approved by the NMPA in 2024."
    assert [e.indication for e in _events(text)] == ["large B-cell lymphoma"]
    text = (
        "The PEI approved the clinical trial application for the Phase 1/2 study of BRH-310 "
        "in pediatric and adult patients with OTC deficiency on 14 May 2027."
    )
    assert [e.indication for e in _events(text)] == ["OTC deficiency"]
    text = (
        "The HSA cleared the CTA for BRH-310, a TCR-T therapy targeting MAGE-A4 presented by "
        "HLA-A*02:01, in patients with advanced synovial sarcoma."
    )
    assert [e.indication for e in _events(text)] == ["advanced synovial sarcoma"]


def test_a_trailing_indication_covers_the_designations_joined_to_it() -> None:
    text = (
        "BRH-310 previously received Orphan Drug Designation from the FDA (2025) and orphan "
        "designation from the European Commission (2026) for hemophilia A."
    )
    r = extract_release(DATELINE + text, published_date=PUBLISHED)
    assert {(d.agency, d.date, d.indication) for d in r.designations} == {
        ("FDA", "2025", "hemophilia A"),
        ("EMA", "2026", "hemophilia A"),
    }


def test_more_ways_to_say_a_trial_may_start() -> None:
    assert _ind("BRH-310 received a study may proceed letter from the FDA in May 2027.") == {
        ("BRH-310", "FDA", "cleared", "2027-05")
    }
    text = (
        "The 30-day review period for the BRH-310 IND passed without comment from the FDA "
        "in May 2027."
    )
    assert _ind(text) == {("BRH-310", "FDA", "cleared", "2027-05")}
    text = (
        "Brennhold received permission to start the Phase 1 trial of BRH-310 from Health "
        "Canada in April 2027."
    )
    assert _ind(text) == {("BRH-310", "HC", "cleared", "2027-04")}
    text = "The Phase 1 trial of BRH-310 was authorised by the EMA in March 2027."
    assert _ind(text) == {("BRH-310", "EMA", "cleared", "2027-03")}


def test_yesterday_and_earlier_this_year() -> None:
    text = "Brennhold submitted a CTN to the TGA for BRH-310 yesterday."
    r = extract_release(DATELINE + text, published_date=dt.date(2027, 7, 1))
    assert [e.date for e in r.ind_events] == ["2027-06"]
    text = "Earlier this year, the FDA cleared the IND for BRH-310."
    assert [e.date for e in _events(text)] == ["2027"]


def test_a_filing_told_as_the_company_s_next_step_is_the_last_named_product_s() -> None:
    text = (
        "The FDA cleared the IND for BRH-310 in March 2027. The Company also submitted a "
        "CTA to the MHRA in April 2027."
    )
    assert _ind(text) == {
        ("BRH-310", "FDA", "cleared", "2027-03"),
        ("BRH-310", "MHRA", "submitted", "2027-04"),
    }


def test_designations_joined_by_and_share_a_trailing_date() -> None:
    text = "BRH-310 received Fast Track designation from the FDA and PRIME from the EMA in 2025."
    r = extract_release(DATELINE + text, published_date=PUBLISHED)
    assert {(d.agency, d.type, d.date) for d in r.designations} == {
        ("FDA", "fast_track", "2025"),
        ("EMA", "prime", "2025"),
    }


def test_an_acronym_restating_the_indication_is_dropped() -> None:
    text = (
        "The FDA granted BRH-310 Breakthrough Therapy Designation for metastatic urothelial "
        "cancer (mUC) in May 2026."
    )
    r = extract_release(DATELINE + text, published_date=PUBLISHED)
    assert [d.indication for d in r.designations] == ["metastatic urothelial cancer"]


def test_an_agency_notifying_that_the_study_may_proceed_clears_it() -> None:
    text = (
        "The FDA has notified Brennhold that it may proceed with the Phase 1 study of BRH-310 "
        "in adults with Fabry disease in May 2027."
    )
    assert [(e.agency, e.status, e.indication) for e in _events(text)] == [
        ("FDA", "cleared", "Fabry disease")
    ]


def test_an_indication_stops_before_a_relative_date() -> None:
    text = "The FDA cleared the IND for BRH-310 in RRMM last month."
    assert [e.indication for e in _events(text)] == ["RRMM"]


def test_a_title_case_headline_states_its_status_next_to_the_trigger() -> None:
    text = (
        "Brennhold Announces NMPA Breakthrough Therapy Designation and FDA IND Clearance for "
        "BRH-310\n\nOSLO, June 20, 2027 -- Brennhold Bio AS today announced results."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert [(e.product, e.agency, e.status, e.date) for e in r.ind_events] == [
        ("BRH-310", "FDA", "cleared", "2027-06")
    ]
    # a marketing approval earlier in the headline is not the IND's status or product
    text = (
        "Brennhold Receives Health Canada Approval for VELTRA (brenolustat) and Submits U.S. "
        "IND for BRH-310\n\nOSLO, June 20, 2027 -- Brennhold Bio AS today announced results."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert [(e.product, e.agency, e.status) for e in r.ind_events] == [
        ("BRH-310", "FDA", "submitted")
    ]
