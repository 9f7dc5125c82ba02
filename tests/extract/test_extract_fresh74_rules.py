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
