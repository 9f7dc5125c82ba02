"""Rules found on the blind set fresh69 (long multi-product documents: results, R&D days,
interim reports), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, Jan. 12, 2026 -- Quarrel Therapeutics, Inc. today provided a corporate update "
    "and its 2026 priorities.\n\n",
    dt.date(2026, 1, 12),
)


def test_a_milestone_clause_of_a_products_list_item_is_a_plan() -> None:
    text = (
        "2026 milestones:\n\n"
        "- QRL-118: DRAVA-2 topline data in the first quarter of 2027; IND submission in CDKL5 "
        "deficiency disorder in the second half of 2026.\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_goal_listed_with_a_bare_verb_is_a_plan() -> None:
    text = (
        "2026 priorities\n\n"
        "- Present 18-month follow-up for QRL-19A in SLE at EULAR 2026.\n"
        "- Perform the first QRL-T22 transplant (Q1 2026) and report initial safety in the "
        "second half.\n"
        "- Report initial Phase 1 data for QRL-IV7 (year-end 2026) and submit a U.S. IND.\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_clause_of_a_product_list_that_tells_a_plan_leaves_the_others() -> None:
    # (not a list item: the sentence's first clause tells a clearance)
    text = (
        "Its pipeline includes QRL-220, which is in a Phase 1 study in advanced melanoma under "
        "a CTA approved by the MHRA in 2023; and QRL-330, for which the Company plans to submit "
        "a CTA in 2027.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "indication")) == {
        ("QRL-220", "MHRA", "cleared", "advanced melanoma")
    }


def test_a_table_rows_statuses_and_dates_joined_by_slashes_pair_in_turn() -> None:
    text = (
        "Regulatory status\n\n"
        "  Product    Agency      Milestone                               Date\n"
        "  QRL-2203   MFDS        Phase 2 IND approved                    2024-08\n"
        "  QRL-2203   FDA         IND submitted / cleared                 2024-12 / 2025-01-24\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QRL-2203", "MFDS", "cleared", "2024-08"),
        ("QRL-2203", "FDA", "submitted", "2024-12"),
        ("QRL-2203", "FDA", "cleared", "2025-01-24"),
    }


def test_a_program_cleared_through_a_notification_is_one_dated_clearance() -> None:
    text = (
        "QRL-210 is a subcutaneous siRNA that silences APOC3 in the liver. The Phase 1 program "
        "was cleared to begin in Australia in 2022 through a Clinical Trial Notification (CTN) "
        "to the Therapeutic Goods Administration (TGA).\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QRL-210", "TGA", "cleared", "2022")
    }


def test_a_letter_for_a_countrys_filing_is_one_dated_clearance() -> None:
    text = (
        "The MHRA approved the UK clinical trial application for QRL-305 in October 2024 and "
        "Health Canada issued a No Objection Letter for the Canadian CTA in November 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QRL-305", "MHRA", "cleared", "2024-10"),
        ("QRL-305", "HC", "cleared", "2024-11"),
    }


def test_an_implied_approval_of_the_first_application_is_one_dated_filing() -> None:
    text = (
        "QRL-011 (quorbacel), a BCMA/CD19 CAR-T\n\n"
        "Regulatory history: the NMPA granted implied approval of the first clinical trial "
        "application for QRL-011 in multiple myeloma in June 2021 (acceptance number "
        "CXSL2101188).\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "application_number")) == {
        ("QRL-011", "NMPA", "cleared", "2021-06", "CXSL2101188")
    }
