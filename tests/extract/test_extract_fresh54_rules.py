"""Rules found on the blind set fresh54 (a realistic newswire mix) and after it, on
texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAO PAULO, Brazil, March 3, 2026 -- Corvelo Biotherapeutics, Inc. (Nasdaq: CRVB) "
    "today announced a regulatory update.\n\n",
    dt.date(2026, 3, 3),
)


def test_sites_added_to_a_trial_by_an_agency_is_a_clearance() -> None:
    text = (
        "Brazil's Agência Nacional de Vigilância Sanitária (ANVISA) has approved the inclusion "
        "of Brazilian sites in the randomized Phase 2 trial CORAL-2 of CVB-230 in melanoma.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("CVB-230", "ANVISA", "cleared", None)
    }


def test_sites_opened_by_the_sponsor_are_no_clearance() -> None:
    text = (
        "Corvelo has approved the inclusion of two new sites in the Phase 2 trial CORAL-2 of "
        "CVB-230 in melanoma.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == set()
