"""Rules found on the blind set fresh64 (a realistic newswire mix), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BRISBANE, Australia, 30 October 2025: Wattle Biosciences Limited (\"Wattle\" or \"the "
    "Company\") is pleased to release its quarterly activities report.\n\n",
    dt.date(2025, 10, 30),
)


def test_a_notification_and_its_clearance_under_the_scheme_each_dated_are_two_events() -> None:
    # (both CTN mentions name the route the filing went by: the filing is still told)
    text = (
        "Wattle notified the trial of WTL-520 to the Therapeutic Goods Administration (TGA) "
        "under the Clinical Trial Notification (CTN) scheme on 4 July 2025, and the trial was "
        "cleared to proceed under the CTN scheme on 9 July 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("WTL-520", "TGA", "submitted", "2025-07-04"),
        ("WTL-520", "TGA", "cleared", "2025-07-09"),
    }


def test_a_trial_run_under_the_scheme_since_its_notification_is_one_clearance() -> None:
    text = (
        "The Phase 1 trial of WTL-310 proceeded under Australia's Clinical Trial Notification "
        "(CTN) scheme: Wattle notified the Therapeutic Goods Administration (TGA) of the study "
        "in March 2024, following approval by the Human Research Ethics Committee of the "
        "Royal Brisbane Hospital in February 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("WTL-310", "TGA", "cleared", "2024-03")
    }


def test_a_legal_name_opening_with_a_city_is_the_same_company() -> None:
    text = (
        "Wattle and Suzhou Qinglan Biopharma Co., Ltd. (HKEX: 2999) today announced a licence "
        "agreement for QL-3091, an ADC discovered by Qinglan. Qinglan Biopharma received NMPA "
        "approval for the Phase 1 study of QL-3091 in November 2024.\n"
    )
    names = {c.name: c.aliases for c in TEXTS.run(text).companies}
    assert "Suzhou Qinglan Biopharma" not in names
    assert "Suzhou Qinglan Biopharma Co., Ltd." in names["Qinglan"]


def test_a_meeting_to_discuss_a_later_ind_filing_is_a_plan() -> None:
    text = (
        "Wattle intends to submit a CTA to the MHRA in 2026 for a Phase 1 study of WTL-44, and "
        "had a pre-IND meeting with the US FDA in October 2025 to discuss a later IND filing in "
        "the United States.\n"
    )
    assert TEXTS.ind(text) == set()
