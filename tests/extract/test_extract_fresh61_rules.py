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


def test_designations_listed_under_a_granting_lead_are_held() -> None:
    facts = TEXTS.run_markdown(
        "Isolde data",
        "The FDA has granted ISL-201:\n"
        "- **Orphan Drug Designation** for the treatment of dilated cardiomyopathy caused by "
        "BAG3 mutations (August 2023);\n"
        "- **Fast Track Designation** (March 2024); and\n"
        "- **Regenerative Medicine Advanced Therapy (RMAT) designation** (January 2025), based "
        "on preliminary clinical evidence.\n\n"
        "Isolde intends to apply for orphan designation in the EU later in 2025:\n"
        "- Orphan designation for dilated cardiomyopathy\n",
    )
    assert {(d.product, d.agency, d.type, d.date) for d in facts.designations} == {
        ("ISL-201", "FDA", "orphan_drug", "2023-08"),
        ("ISL-201", "FDA", "fast_track", "2024-03"),
        ("ISL-201", "FDA", "rmat", "2025-01"),
    }


def test_a_milestone_dated_by_a_calendar_year_ahead_is_a_plan() -> None:
    text = (
        "Upcoming milestones\n"
        "* 1H CY2026: IND submission for ISL-301; interim ALTITUDE data\n\n"
        "In FY2025 the FDA cleared the IND for ISL-450.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("ISL-450", "FDA", "cleared", "2025")
    }


def test_a_sentence_naming_no_product_in_a_products_section_is_that_products() -> None:
    text = (
        "ISL-301 - inhaled peptide for IPF\n\n"
        "ISL-301 is an inhaled peptide. The TGA acknowledged its CTN in August 2025.\n\n"
        "ISL-450 - oral therapy for Alport syndrome\n\n"
        "ISL-450 is an oral small molecule that inhibits DDR1.\n\n"
        "The US Phase 2 ALTITUDE study is being conducted under an IND that was cleared by the "
        "FDA in December 2024.\n\n"
        "\"Two clinical trial approvals this year show our momentum,\" said the CEO.\n"
    )
    assert ("ISL-450", "FDA", "cleared", "2024-12") in TEXTS.ind(
        text, ("product", "agency", "status", "date")
    )


def test_a_clinical_score_threshold_is_no_product() -> None:
    text = (
        "In the Phase 2 study, 54% of patients treated with ISL-0908 achieved EASI-75 at week "
        "16, and 31% reached PASI-90 in the psoriasis cohort.\n"
    )
    assert {p.code for p in TEXTS.run(text).products} == {"ISL-0908"}


def test_a_place_adjective_right_before_a_designation_names_its_agency() -> None:
    text = (
        "ISL-118 (orzavetamab) is an antibody. \"In a few months we have secured approval in "
        "the UK to start our first T-cell engager study, and added a European orphan "
        "designation for orzavetamab,\" said the CEO.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type")) == {("ISL-118", "EMA", "orphan_drug")}
