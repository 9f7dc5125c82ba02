"""Rules found on the blind set fresh66 (dates, indications and application numbers told
in many ways), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "PHILADELPHIA, June 10, 2025 (GLOBE NEWSWIRE) -- Lyrica Gene Therapeutics, Inc. today "
    "announced a regulatory update.\n\n",
    dt.date(2025, 6, 10),
)


def test_an_eu_ct_number_is_the_eu_filings_number_and_no_year() -> None:
    text = (
        "In Europe, the clinical trial application for LGT-310 was authorised earlier this month "
        "under the EU Clinical Trials Regulation (EU CT number 2024-519032-41-00).\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "application_number")) == {
        ("LGT-310", "EMA", "cleared", "2025-06", "2024-519032-41-00")
    }


def test_a_trial_defined_as_a_study_evaluating_a_product_is_that_products() -> None:
    # (the forward-looking statements name the trial beside another product)
    text = (
        "The clinical trial application for NOVA-1 was authorised by the MHRA in April 2025.\n\n"
        "About NOVA-1\n\n"
        "NOVA-1 is an open-label, dose-escalation Phase 1/2 study evaluating LGT-310 in infants "
        "with Krabbe disease.\n\n"
        "Lyrica is also advancing LGT-520, a base editing therapy.\n\n"
        "This press release contains forward-looking statements regarding the NOVA-1 study and "
        "the timing of regulatory submissions for LGT-520.\n"
    )
    assert TEXTS.ind(text) == {("LGT-310", "MHRA", "cleared")}


def test_two_designations_one_for_each_indication() -> None:
    text = (
        "The FDA has granted two Orphan Drug Designations to LGT-118, its oral inhibitor of "
        "ALK2: one for the treatment of fibrodysplasia ossificans progressiva (FOP), and one for "
        "the treatment of diffuse intrinsic pontine glioma (DIPG) in patients whose tumors carry "
        "an activating ACVR1 mutation.\n"
    )
    found = TEXTS.des(text, ("product", "agency", "type", "indication"))
    assert {ind for *_rest, ind in found} == {
        "fibrodysplasia ossificans progressiva", "diffuse intrinsic pontine glioma (DIPG)"
    }
