"""Rules found on the blind set fresh59 (a realistic newswire mix), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BRISBANE, Australia, 9 March 2026: Wirrina Therapeutics Limited (\"Wirrina\" or \"the "
    "Company\") is pleased to advise the following.\n\n",
    dt.date(2026, 3, 9),
)


def test_a_code_opening_with_a_currency_code_and_a_hyphen_is_a_product() -> None:
    text = (
        "Its Phase 1 trial of TWD-009, an mRNA-based cancer vaccine encoding neoantigens from "
        "KRAS G12D and G12V mutations, may now commence. The FDA cleared the Company's IND for "
        "TWD-009 in December 2025. The Company raised TWD80 million and RMB120 million.\n"
    )
    run = TEXTS.run(text)
    assert {p.code: p.targets for p in run.products} == {"TWD-009": ["KRAS G12D", "KRAS G12V"]}
    assert {(e.product, e.agency, e.status) for e in run.ind_events} == {
        ("TWD-009", "FDA", "cleared")
    }


def test_an_ind_submission_planned_at_the_end_of_its_long_clause_is_no_event() -> None:
    text = (
        "Lead candidate WRR-1140 in Phase 1; IND submission for a Phase 2 study in primary "
        "hyperoxaluria type 1 planned for the second half of 2026.\n"
    )
    assert TEXTS.ind(text) == set()


def test_an_opener_pointing_at_the_news_names_no_agency_of_the_sentence() -> None:
    text = (
        "Wirrina announced that China's NMPA approved the IND for WRR-2203 in January 2026. "
        "Before this NMPA approval, WRR-2203 had already received the clearance of its IND "
        "application from the U.S. Food and Drug Administration (FDA) in September 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("WRR-2203", "NMPA", "cleared", "2026-01"),
        ("WRR-2203", "FDA", "cleared", "2025-09"),
    }


def test_a_trial_authorised_in_the_european_union_under_the_regulation() -> None:
    text = (
        "WRR-101 is an AAV gene therapy. ALDER-1, the Phase 1/2 trial of WRR-101, was authorised "
        "in the European Union under the Clinical Trials Regulation in January 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("WRR-101", "EMA", "cleared", "2024-01")
    }


def test_a_regional_developer_told_in_a_country_clause_is_no_owner() -> None:
    text = (
        "WRR-0417 is an oral small molecule for ALS. The FDA cleared the Company's IND for "
        "WRR-0417 in May 2025. In Korea, WRR-0417 is being developed by Seoran Bio Inc. under a "
        "licence granted in 2024.\n"
    )
    assert TEXTS.products(text)["WRR-0417"] == "Wirrina"


def test_a_possessive_before_an_appositive_comma_names_the_owner() -> None:
    text = (
        "Wrenmoor Pharma will acquire Wirrina for £120 million. Wirrina's lead asset, WRR-07, is "
        "a preclinical radioligand; following completion, Wrenmoor Pharma intends to file a CTA "
        "for WRR-07.\n"
    )
    assert TEXTS.products(text)["WRR-07"] == "Wirrina"


def test_a_dual_target_cell_therapy_names_both_targets() -> None:
    text = "WRR-3301 is a CD19/BCMA dual-target CAR-T for refractory autoimmune diseases.\n"
    assert {p.code: p.targets for p in TEXTS.run(text).products} == {
        "WRR-3301": ["CD19", "BCMA"]
    }


def test_an_indication_stops_before_the_agency_and_is_no_quarter() -> None:
    text = (
        "WRR-102, whose IND for KRAS G12D-mutant advanced solid tumors the FDA cleared in the "
        "second quarter of 2025, began dosing. Wirrina submitted the IND for WRR-205 in Q4 2024, "
        "and the FDA cleared it on January 27, 2025, for a Phase 1 trial in patients with "
        "B7-H4-expressing advanced solid tumors.\n"
    )
    assert TEXTS.ind(text, ("product", "status", "indication")) == {
        ("WRR-102", "cleared", "KRAS G12D-mutant advanced solid tumors"),
        ("WRR-205", "submitted", "B7-H4-expressing advanced solid tumors"),
        ("WRR-205", "cleared", "B7-H4-expressing advanced solid tumors"),
    }


def test_an_acronym_before_a_study_word_is_spelled_out() -> None:
    text = (
        "WRR-208 is an antibody against MASP-2 for primary IgA nephropathy (IgAN). Health "
        "Canada issued a No Objection Letter for the IgAN Phase 2 study in December 2025, and "
        "the Company submitted an IND application for WRR-208 to Korea's Ministry of Food and "
        "Drug Safety in January 2026.\n"
    )
    assert ("WRR-208", "HC", "IgA nephropathy (IgAN)") in TEXTS.ind(
        text, ("product", "agency", "indication")
    )


def test_a_hedge_reaches_a_designation_told_after_an_adverb_aside() -> None:
    text = (
        "If the expansion data are positive, the Company believes WRR-330 could be eligible for "
        "Breakthrough Therapy designation and, ultimately, for priority review of a marketing "
        "application; no such request has yet been made. WRR-330 received Fast Track "
        "designation from the FDA in May 2025 and, later, orphan drug designation.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type")) == {
        ("WRR-330", "FDA", "fast_track"),
        ("WRR-330", "FDA", "orphan_drug"),
    }
