"""Rules found on the blind set fresh83 (facts in tables, timelines, bullets and facts
boxes), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAN DIEGO, Jan. 20, 2026 (GLOBE NEWSWIRE) -- Quenby Therapeutics, Inc. today announced "
    "an update.\n\n",
    dt.date(2026, 1, 20),
)


def test_a_pipeline_cells_submission_planned_with_a_date_is_a_plan() -> None:
    text = (
        "QNB-1108   CD40 x MSLN   Bispecific antibody   Phase 1 (China)  NMPA IND approved "
        "(Sep 2025); FDA IND submission planned 1H 2026\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {("NMPA", "cleared", "2025-09")}


def test_a_plain_text_timeline_under_a_rule_line_reads_its_plan_rows_as_plans() -> None:
    text = (
        "Regulatory timeline of QNB-3107\n\n"
        "Month            | Milestone\n"
        "-----------------|---------------------------------------------\n"
        "Aug 2025         | CTN notification for Phase 1b (Australia) submitted to the TGA\n"
        "Nov 2025         | Phase 2 IND application filed with the MFDS (Korea)\n"
        "2H 2026 (plan)   | U.S. FDA IND submission for a Phase 2 study in CAPS\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("TGA", "submitted", "2025-08"), ("MFDS", "submitted", "2025-11")
    }
