"""Rules found on the blind sets fresh74 to fresh76 (newswire mixes, precision traps), on
texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "MINNEAPOLIS, Nov. 4, 2025 (GLOBE NEWSWIRE) -- Norvik Therapeutics, Inc. today announced "
    "an update.\n\n",
    dt.date(2025, 11, 4),
)


def test_a_payloads_target_an_endpoint_and_the_newswire_are_no_products_or_companies() -> None:
    text = (
        "NVK-101 has one of the cleanest safety profiles seen for a TOP1 ADC. Secondary endpoints "
        "include PSA50 response and overall survival. The FDA cleared the IND for NVK-101 in "
        "June 2025.\n\n"
        "View source version on globenewswire.com. © 2025 GlobeNewswire, Inc. All rights "
        "reserved.\n"
    )
    release = TEXTS.run(text)
    assert [p.code for p in release.products] == ["NVK-101"]
    assert [c.name for c in release.companies] == ["Norvik Therapeutics"]


def test_an_investigation_period_ended_without_instruction_and_an_ind_being_considered() -> None:
    text = (
        "Norvik announced that the 30-day investigation period following its clinical trial "
        "notification (CTN) to the Pharmaceuticals and Medical Devices Agency (PMDA) for "
        "NVK-0712 ended on June 9, 2025 without any instruction from the PMDA. Norvik submitted "
        "the notification to the PMDA on May 9, and the 30-day investigation period ended on "
        "June 9 without any request for changes. An IND submission to the U.S. Food and Drug "
        "Administration (FDA) is being considered for 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("NVK-0712", "PMDA", "cleared", "2025-06-09"),
        ("NVK-0712", "PMDA", "submitted", "2025-05-09"),
    }


def test_a_designation_granted_on_a_committees_recommendation_is_granted() -> None:
    text = (
        "NVK-104 has received a number of designations:\n\n"
        "- Orphan designation from the European Commission for the treatment of Bietti "
        "crystalline dystrophy, granted in March 2024 on the recommendation of the EMA's "
        "Committee for Orphan Medicinal Products\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("NVK-104", "EMA", "orphan_drug", "2024-03")
    }


def test_a_second_ind_told_after_the_first_filings_disease() -> None:
    text = (
        "The FDA cleared Norvik's Investigational New Drug (IND) application for NVK-330 in "
        "February 2025 for the treatment of refractory lupus nephritis, with and without "
        "renal impairment, and a second IND, for dermatomyositis, in March 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "indication")) == {
        ("NVK-330", "FDA", "cleared", "2025-02", "refractory lupus nephritis"),
        ("NVK-330", "FDA", "cleared", "2025-03", "dermatomyositis"),
    }


def test_a_headlines_grant_of_priority_review_ends_the_indication() -> None:
    release = TEXTS.run_markdown(
        "Norvik Announces FDA Acceptance of New Drug Application for NVK-118 in Primary "
        "Hyperoxaluria Type 1 and Grant of Priority Review",
        "Norvik today announced that the FDA has accepted its NDA for NVK-118 for the treatment "
        "of primary hyperoxaluria type 1. The FDA granted the application Priority Review.\n",
    )
    assert [(d.type, (d.indication or "").lower()) for d in release.designations] == [
        ("priority_review", "primary hyperoxaluria type 1")
    ]


def test_development_continued_under_a_designation_is_not_dated_by_a_declined_request() -> None:
    text = (
        "NVK-118 received Fast Track designation from the FDA in December 2019. In 2023 Norvik "
        "requested Breakthrough Therapy designation for NVK-118 based on interim data; the FDA "
        "declined the request, and Norvik continued development of NVK-118 under Fast Track.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("NVK-118", "FDA", "fast_track", "2019-12")
    }


def test_a_countrys_adjective_before_a_study_is_no_agency_of_an_ind() -> None:
    text = (
        "The FDA has cleared the IND for NVK-225 in metastatic prostate cancer on 14 November "
        "2025. Norvik's CEO said: \u201cThe IND clearance is a major step in taking NVK-225 from "
        "our Australian Phase 1 study to a global program.\u201d\n"
    )
    assert TEXTS.ind(text) == {("NVK-225", "FDA", "cleared")}


def test_a_ctn_filing_beside_an_australian_trial_is_the_tgas() -> None:
    text = (
        "Norvik doses first patient in Australian trial of NVK-44 after CTN filing. Norvik "
        "notified the TGA of the study under the CTN scheme in July 2025.\n"
    )
    assert {agency for _p, agency, _s in TEXTS.ind(text)} == {"TGA"}
