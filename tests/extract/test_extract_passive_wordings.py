"""IND clearances told in wordings of other writers: a sentence opening with "Clearance", a
review the agency "completed", a study that "received a green light", an "approval to
initiate" a trial obtained from an agency; and the same words where they tell no clearance
(a review not yet completed, one that ended in a clinical hold, a drug's approval)."""

from __future__ import annotations

import datetime as dt

import pytest
from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, January 20, 2026 -- Quarrystone Bio, Inc. today announced news.\n\n",
    dt.date(2026, 1, 20),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clearance of the IND for QSB-301 was received from the FDA in March 2025.",
            ("QSB-301", "FDA", "cleared", "2025-03"),
        ),
        (
            "The Phase 2 study of QSB-301 received a green light from Health Canada in 2025.",
            ("QSB-301", "HC", "cleared", "2025"),
        ),
        (
            "The Phase 2 study of QSB-301 received approval from the MFDS in June 2025.",
            ("QSB-301", "MFDS", "cleared", "2025-06"),
        ),
        (
            "Regulatory approval to initiate the Phase 1 trial of QSB-301 was obtained from the "
            "MHRA in August 2025.",
            ("QSB-301", "MHRA", "cleared", "2025-08"),
        ),
        (
            "In December 2025, the FDA completed its 30-day review of the IND for QSB-301, and "
            "the Phase 1 trial may now begin.",
            ("QSB-301", "FDA", "cleared", "2025-12"),
        ),
    ],
)
def test_a_clearance_told_in_other_words(text: str, expected: tuple) -> None:
    assert TEXTS.ind(text + "\n", ("product", "agency", "status", "date")) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a drug's approval, not a trial's
        "QSB-301 received approval from Health Canada in 2025 for the treatment of migraine.",
        "The Company received approval from the FDA in 2025 for QSB-301 in migraine.",
        # a review that ended in a hold, or has not ended
        "The FDA completed its review of the IND for QSB-301 and placed the study on clinical "
        "hold in May 2025.",
    ],
)
def test_the_same_words_telling_no_clearance(text: str) -> None:
    assert TEXTS.ind(text + "\n") == set()


def test_a_review_not_yet_completed_leaves_the_filing_submitted() -> None:
    text = (
        "Quarrystone filed an IND for QSB-301 with the FDA at the end of September 2025; the "
        "FDA has not yet completed its review.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QSB-301", "FDA", "submitted", "2025-09")
    }


def test_the_recipient_of_a_designation_holds_it() -> None:
    text = (
        "QSB-301 is the recipient of a Rare Pediatric Disease designation from the FDA for "
        "Sanfilippo syndrome type A.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "indication")) == {
        ("QSB-301", "FDA", "rare_pediatric_disease", "Sanfilippo syndrome type A")
    }


@pytest.mark.parametrize(
    "text",
    [
        "QSB-301 received FDA clearance of its IND amendment to begin dosing adolescents in "
        "2025.",
        "The MHRA approved the protocol amendment for the Phase 2 trial of QSB-301 in 2025.",
    ],
)
def test_an_amendment_is_no_new_filing(text: str) -> None:
    assert TEXTS.ind(text + "\n") == set()


def test_todays_designation_keeps_its_month_beside_a_year_told_later() -> None:
    text = (
        "Quarrystone Bio today announced that the FDA has granted Orphan Drug Designation to "
        "QSB-301 for the treatment of myasthenia gravis.\n\nAbout Quarrystone Bio\n"
        "QSB-301 holds FDA Orphan Drug Designation (2026) for myasthenia gravis.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {
        ("QSB-301", "orphan_drug", "2026-01")
    }


def test_what_the_clearance_allows_restates_it() -> None:
    text = (
        "Quarrystone Bio today announced that the FDA has cleared the IND application for "
        "QSB-305, a HER2-directed ADC, in advanced solid tumors.\n\nThe IND clearance allows "
        "Quarrystone to begin a Phase 1 trial of QSB-305 in patients with HER2-expressing "
        "breast, gastric and lung cancers. The FDA cleared the IND on January 15, 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "indication")) == {
        ("QSB-305", "FDA", "cleared", "2026-01-15", "advanced solid tumors")
    }
