"""Words that look like an IND status or a designation but tell none: a review period that
had not ended, a device admitted to a programme, an ethics committee's approval named by
its acronym, a designation's acronym inside a trial's or a disease's name; a headline's
undated designation that the body tells twice with one date; and a product missed where
its name is written in another case. Each with the wording the rule must keep."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, May 4, 2026 -- Harrowgate Therapeutics, Inc. today announced news.\n\n",
    dt.date(2026, 5, 4),
)


def test_a_hold_before_the_review_period_ended_is_no_clearance() -> None:
    text = (
        "Harrowgate submitted a U.S. IND for HRW-318 in advanced solid tumors in December "
        "2025. In January 2026, before the 30-day review period ended, the FDA notified the "
        "Company that the proposed Phase 1 study may not proceed and placed the IND on full "
        "clinical hold.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HRW-318", "FDA", "submitted", "2025-12")
    }


def test_a_review_period_that_ended_is_a_clearance() -> None:
    text = (
        "Harrowgate submitted a clinical trial notification for HRW-318 to the PMDA on "
        "February 9, 2026. The 30-day review period ended in March 2026 without objections, "
        "and the study may now proceed.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HRW-318", "PMDA", "submitted", "2026-02-09"),
        ("HRW-318", "PMDA", "cleared", "2026-03"),
    }


def test_a_device_accepted_into_a_programme_is_no_ind_acceptance() -> None:
    text = (
        "Milestones:\n"
        "- January 2026: FDA IND clearance for HRW-314; the VELA device accepted into the "
        "FDA's TAP pilot\n"
    )
    assert TEXTS.ind(text) == {("HRW-314", "FDA", "cleared")}


def test_an_accepted_application_is_an_acceptance() -> None:
    text = "The NMPA accepted the IND application for HRW-314 in March 2026.\n"
    assert TEXTS.ind(text) == {("HRW-314", "NMPA", "accepted")}


def test_an_ethics_committee_approval_named_by_its_acronym_is_not_the_agencys() -> None:
    text = (
        "The Company submitted its CTN for HRW-231 to the Therapeutic Goods Administration "
        "(TGA) on 7 October 2025 after Human Research Ethics Committee (HREC) approval, and "
        "the first patient was dosed in December 2025.\n"
    )
    assert TEXTS.ind(text) == {("HRW-231", "TGA", "submitted")}


def test_a_designation_acronym_inside_a_trial_name_is_no_designation() -> None:
    text = (
        "Swissmedic has authorised the clinical trial application for PROGRESS-FTD, a Phase "
        "1/2 study of HRW-301 in adults with frontotemporal dementia caused by mutations in "
        "the progranulin gene (FTD-GRN).\n"
    )
    assert TEXTS.des(text) == set()
    assert TEXTS.ind(text) == {("HRW-301", "SWISSMEDIC", "cleared")}


def test_a_designation_acronym_the_release_defines_as_a_disease_is_no_designation() -> None:
    text = (
        "HRW-301 is being developed for frontotemporal dementia (FTD). In March 2026 the "
        "FDA granted clearance of the IND for HRW-301, the first FTD gene therapy.\n"
    )
    assert TEXTS.des(text) == set()
    assert TEXTS.ind(text) == {("HRW-301", "FDA", "cleared")}


def test_a_designation_acronym_defined_as_the_designation_counts() -> None:
    text = (
        "The FDA granted Fast Track Designation (FTD) to HRW-301 for pancreatic cancer in "
        "March 2026. The FTD follows the Orphan Drug Designation (ODD) granted for HRW-301 "
        "in pancreatic cancer in 2025.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("HRW-301", "FDA", "fast_track", "2026-03"),
        ("HRW-301", "FDA", "orphan_drug", "2025"),
    }


def test_a_headline_designation_the_body_tells_twice_with_one_date_is_one() -> None:
    text = (
        "Harrowgate Reports Progress at its R&D Day\n\n"
        "First clinical data show durable correction with HRW-101; FDA grants RMAT "
        "designation for HRW-101 in alpha-1 antitrypsin deficiency\n\n"
        "BOSTON, Sept. 17, 2025 -- Harrowgate Therapeutics, Inc. today hosted its R&D Day.\n\n"
        "On September 8, 2025 the FDA granted Regenerative Medicine Advanced Therapy (RMAT) "
        "designation to HRW-101 for the treatment of AATD in adults with lung disease.\n\n"
        "Regulatory summary\n\n"
        "HRW-101 received RMAT designation from the FDA in September 2025.\n"
    )
    facts = TEXTS.des(text, ("product", "agency", "type", "date"), dateline="")
    assert facts == {("HRW-101", "FDA", "rmat", "2025-09-08")}


def test_a_name_capitalised_where_it_first_opens_a_sentence_is_found_in_lower_case() -> None:
    # the INN read from "Relvicopan (KSN-0482)", then written as INNs are, in lower case
    text = (
        "Relvicopan (KSN-0482) is an oral factor D inhibitor. The FDA granted relvicopan "
        "Orphan Drug Designation for paroxysmal nocturnal hemoglobinuria in 2020.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("KSN-0482", "FDA", "orphan_drug", "2020")
    }


def test_a_designation_denied_or_a_pathway_in_general_is_no_designation() -> None:
    assert TEXTS.des(
        "In 2024, Harrowgate received a Breakthrough Therapy designation denial letter for "
        "HRW-208.\n"
    ) == set()
    assert TEXTS.des(
        "HRW-209 is the first CAR-T to enter the clinic under the FDA's fast-track pathway "
        "for rare diseases, following IND clearance in May 2025.\n"
    ) == set()
    # (a grant after an earlier request was turned down is a grant)
    assert TEXTS.des(
        "The FDA granted HRW-208 Breakthrough Therapy designation in 2024 after an earlier "
        "request was declined in 2023.\n"
    ) == {("HRW-208", "FDA", "breakthrough_therapy")}


def test_the_date_of_the_application_told_after_the_grant_is_not_the_grants() -> None:
    text = (
        "Harrowgate announced that the FDA has granted Fast Track designation to HRW-206 for "
        "the treatment of idiopathic pulmonary fibrosis; the Company had applied for the "
        "designation in March 2025.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {("HRW-206", "fast_track", None)}


def test_a_clearance_the_company_awaits_is_none() -> None:
    for wording in (
        "and expects clearance in the first quarter of 2026",
        "and anticipates FDA clearance this quarter",
        "and is awaiting the FDA's clearance",
    ):
        text = f"Harrowgate submitted an IND to the FDA for HRW-305 in March 2026 {wording}.\n"
        assert TEXTS.ind(text) == {("HRW-305", "FDA", "submitted")}, wording
    # (what the company expected is no part of a clearance given)
    assert TEXTS.ind(
        "The FDA cleared the IND for HRW-305 in March 2026, earlier than the Company expected.\n"
    ) == {("HRW-305", "FDA", "cleared")}


def test_an_agency_that_did_not_object_cleared_the_filing() -> None:
    text = (
        "The FDA did not object to the IND for HRW-302 within the 30-day review period, which "
        "ended in March 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HRW-302", "FDA", "cleared", "2026-03")
    }


def test_a_meetings_year_does_not_date_a_designation() -> None:
    text = (
        "Harrowgate will present data on HRW-411, which holds Fast Track designation from the "
        "FDA, at ASCO 2026.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {("HRW-411", "fast_track", None)}


def test_a_date_in_another_semicolon_clause_does_not_date_the_event() -> None:
    text = (
        "Orion licensed HRW-101 to Harrowgate in 2023; HRW-101 received IND clearance from "
        "the NMPA in 2022 under Orion.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HRW-101", "NMPA", "cleared", "2022")
    }


_UPDATE = (
    "Recent highlights\n"
    "- HRW-110: Received FDA clearance of the IND for HRW-110 in October 2025; first patient "
    "expected to be dosed in the first quarter of 2026.\n"
    "- HRW-220: Submitted a CTA to the MHRA in September 2025.\n\n"
    "Upcoming milestones\n"
    "- HRW-220: FDA IND clearance expected in the first half of 2026.\n"
    "- HRW-440: IND submission anticipated in mid-2026.\n"
)


def test_a_code_labelling_a_list_item_is_the_items_product() -> None:
    # "HRW-220:" is named only as labels: its item's CTA is its own, not the product before
    assert TEXTS.ind(_UPDATE, ("product", "agency", "status", "date")) == {
        ("HRW-110", "FDA", "cleared", "2025-10"), ("HRW-220", "MHRA", "submitted", "2025-09")
    }


def test_an_outcome_named_right_after_the_trigger_as_expected_is_a_plan() -> None:
    # (and neither "earlier than expected" nor "as expected" makes a filing a plan)
    assert TEXTS.ind(
        "The FDA cleared the IND for HRW-101 in March 2026, earlier than expected. Harrowgate "
        "submitted an IND for HRW-102 to the FDA in February 2026, as expected.\n"
    ) == {("HRW-101", "FDA", "cleared"), ("HRW-102", "FDA", "submitted")}


def test_an_agency_approving_trials_of_a_product_cleared_its_filing() -> None:
    for wording in (
        "The NMPA approved clinical trials of HRW-506 in NSCLC in March 2026.",
        "The NMPA has approved HRW-506 to enter clinical trials in March 2026.",
    ):
        assert TEXTS.ind(wording + "\n") == {("HRW-506", "NMPA", "cleared")}, wording
    # (a drug approved to treat patients is a marketing approval)
    assert TEXTS.ind("The FDA approved HRW-506 to treat adults with PNH in March 2026.\n") == set()


def test_an_agency_notifying_the_company_by_name_that_the_study_may_proceed() -> None:
    text = (
        "On March 5, 2026, the FDA notified Harrowgate that the Phase 1 study of HRW-707 may "
        "proceed.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HRW-707", "FDA", "cleared", "2026-03-05")
    }


def test_an_agencys_approval_for_a_phase_n_trial_of_a_product_is_a_clearance() -> None:
    text = (
        "Harrowgate's partner in China received NMPA approval for a Phase 2 trial of HRW-801 "
        "in March 2026.\n"
    )
    assert TEXTS.ind(text) == {("HRW-801", "NMPA", "cleared")}
    # (an approval sought is none)
    assert TEXTS.ind("Harrowgate is seeking approval for a Phase 2 trial of HRW-801 from the "
                     "NMPA.\n") == set()
