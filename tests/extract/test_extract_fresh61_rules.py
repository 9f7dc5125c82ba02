"""Rules found on the blind set fresh61 (a realistic newswire mix), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "WALTHAM, Mass., Oct. 21, 2025 (GLOBE NEWSWIRE) -- Isolde Therapeutics, Inc. (Nasdaq: ISLD) "
    "today announced an update.\n\n",
    dt.date(2025, 10, 21),
)


def test_a_code_sharing_a_registry_or_standard_prefix_is_a_product() -> None:
    text = (
        "The FDA cleared the IND for ISO-225, an NTSR1-targeted radioligand, in February 2025. "
        "The trial is registered as CTR20251234 and KCT0009876; the site is certified under "
        "ISO13485.\n"
    )
    run = TEXTS.run(text)
    assert {p.code for p in run.products} == {"ISO-225"}
    assert {(e.product, e.agency, e.status) for e in run.ind_events} == {
        ("ISO-225", "FDA", "cleared")
    }
