"""Rules found on the blind set fresh70 (Europe and Japan), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "Allschwil, Switzerland, 01.04.2025 – Alpenrose Biopharma AG (SIX: ALPR) announces the "
    "following.\n\n",
    dt.date(2025, 4, 1),
)


def test_a_positive_opinion_recommending_a_designation_is_none() -> None:
    text = (
        "The Committee for Orphan Medicinal Products (COMP) of the European Medicines Agency "
        "(EMA) has adopted a positive opinion recommending that ALP-61 be designated as an "
        "orphan medicinal product for the treatment of short bowel syndrome. The opinion will "
        "now be sent to the European Commission.\n"
    )
    assert TEXTS.des(text) == set()
