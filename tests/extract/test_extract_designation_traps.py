"""Designations told of others' products, asked for in a table, or told again in an About
section in other words; and designations a timeline tells without a verb (rules written
from the blind set eval/fresh43). Each with the wording the rule must keep."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.cleaning import clean_release
from dossier.extract import extract_release

TEXTS = RuleTexts(
    "BOSTON, Oct. 7, 2025 -- Wrenfield Bio, Inc. today announced news.\n\n",
    dt.date(2025, 10, 7),
)
_FIELDS = ("product", "agency", "type", "date")


def test_designations_of_other_companies_unnamed_products_are_none() -> None:
    text = (
        "The FDA granted WRN-119 Fast Track designation in SLE in May 2024.\n\n"
        "Other CD19 CAR-T programs in autoimmune disease have also attracted FDA "
        "designations, including RMAT designations held by larger companies' candidates.\n\n"
        "An ADC directed at CDH17 from a Chinese developer received Breakthrough Therapy "
        "designation from the NMPA in 2024.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {("WRN-119", "FDA", "fast_track", "2024-05")}


def test_a_table_item_requested_is_not_held() -> None:
    raw = (
        "Wrenfield Bio Reports Pipeline\n\n"
        "BOSTON, Oct. 7, 2025 -- Wrenfield Bio, Inc. today announced news.\n\n"
        "| Program | Target | Regulatory status |\n"
        "|---|---|---|\n"
        "| WRN-501 | Menin | FDA Orphan Drug Designation for AML, granted January 2024; FDA "
        "Breakthrough Therapy designation requested April 2025, decision pending |\n"
    )
    cleaned = clean_release(raw, "md")
    facts = extract_release(cleaned.body, published_date=cleaned.published_date)
    assert {(d.product, d.type, d.date) for d in facts.designations} == {
        ("WRN-501", "orphan_drug", "2024-01")
    }


def test_an_about_section_tells_the_bodys_designations_again_in_other_words() -> None:
    text = (
        "The FDA granted WRN-119 Fast Track designation for systemic lupus erythematosus "
        "(SLE) in May 2024 and a second Fast Track designation, for diffuse cutaneous "
        "systemic sclerosis, in August 2025. In December 2024, the NMPA granted WRN-019 "
        "Breakthrough Therapy designation for GPC3-positive advanced HCC in patients who "
        "have failed two prior lines. WRN-019 received Orphan Drug Designation from the FDA "
        "for hepatocellular carcinoma (HCC) in 2023.\n\n"
        "About Wrenfield\n"
        "WRN-119 has received Fast Track designations for SLE and dcSSc from the FDA. WRN-019 "
        "holds Breakthrough Therapy designation from the NMPA for advanced HCC, and Orphan "
        "Drug Designation (HCC) and Rare Pediatric Disease designation (hepatoblastoma) from "
        "the FDA.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("WRN-119", "FDA", "fast_track", "2024-05"), ("WRN-119", "FDA", "fast_track", "2025-08"),
        ("WRN-019", "NMPA", "breakthrough_therapy", "2024-12"),
        ("WRN-019", "FDA", "orphan_drug", "2023"),
        ("WRN-019", "FDA", "rare_pediatric_disease", None),
    }


def test_a_timeline_under_a_line_naming_one_product_tells_its_designations() -> None:
    text = (
        "WRN-11 is an FcRn antibody in Phase 3. Key regulatory milestones for WRN-11:\n\n"
        "October 2024 — FDA Orphan Drug Designation for myasthenia gravis.\n"
        "June 2025 — Fast Track designation request submitted to the FDA.\n"
        "2026 — FDA Breakthrough Therapy designation.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {("WRN-11", "FDA", "orphan_drug", "2024-10")}


def test_an_ilap_designation_is_an_innovation_passport() -> None:
    text = (
        "WRN-906 was granted PRIME eligibility by the EMA in 2024 and ILAP designation by the "
        "MHRA in 2025.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("WRN-906", "EMA", "prime", "2024"), ("WRN-906", "MHRA", "innovation_passport", "2025")
    }


def test_another_agencys_dated_news_is_not_a_second_designation_of_one_agencys_type() -> None:
    # PRIME is the EMA's alone: the MFDS's 2025 is its own programme's (Korea's GIFT, a
    # designation of type other), not a second PRIME
    text = (
        "WRN-906 was granted PRIME eligibility by the EMA in 2024 and GIFT designation by the "
        "MFDS in 2025.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("WRN-906", "EMA", "prime", "2024"), ("WRN-906", "MFDS", "other", "2025")
    }
    # (a type any agency grants is each agency's, with its date)
    assert TEXTS.des(
        "WRN-907 was granted orphan drug designation by the FDA in 2024 and by the European "
        "Commission in 2025.\n", _FIELDS
    ) == {("WRN-907", "FDA", "orphan_drug", "2024"), ("WRN-907", "EMA", "orphan_drug", "2025")}


def test_years_alone_told_respectively_date_each_agencys_designation() -> None:
    text = (
        "The FDA and the EMA granted orphan designation to WRN-1001 for AML in 2023 and 2024, "
        "respectively.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("WRN-1001", "FDA", "orphan_drug", "2023"), ("WRN-1001", "EMA", "orphan_drug", "2024")
    }
