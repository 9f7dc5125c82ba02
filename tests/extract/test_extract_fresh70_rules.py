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


def test_an_ind_number_in_brackets_and_a_table_cells_number() -> None:
    text = (
        "The U.S. FDA cleared the Company's Investigational New Drug application (IND 172456) for "
        "ALP-227 in October 2024 for advanced solid tumors.\n\n"
        "| Date | Product | Agency | Milestone | Indication |\n"
        "|---|---|---|---|---|\n"
        "| 2023-06-12 | ALP-033 | NMPA (CDE) | IND accepted (CXSL2300611) | Advanced HCC |\n"
    )
    found = TEXTS.ind(text, ("product", "agency", "status", "application_number"))
    assert ("ALP-227", "FDA", "cleared", "172456") in found
    assert ("ALP-033", "NMPA", "accepted", "CXSL2300611") in found
