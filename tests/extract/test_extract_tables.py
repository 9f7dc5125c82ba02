"""Regulatory milestones listed in a table: one row, one fact (dossier/extract/tables.py)."""

from __future__ import annotations

from dossier.cleaning import clean_release
from dossier.extract import extract_release

_HEAD = (
    "# Velmora Bio Reports Regulatory Progress\n\n"
    "BOSTON, March 5, 2024 -- Velmora Bio, Inc. today announced regulatory updates.\n\n"
)

_MD_DESIGNATIONS = (
    _HEAD + "VLM-301, its gene therapy, has received the following designations:\n\n"
    "| Designation | Agency | Indication | Date |\n"
    "|---|---|---|---|\n"
    "| Orphan Drug Designation | FDA | GM1 gangliosidosis | February 2024 |\n"
    "| Rare Pediatric Disease Designation | FDA | GM1 gangliosidosis | January 2023 |\n"
    "| PRIME | EMA | GM1 gangliosidosis | Planned |\n"
)

_MD_MILESTONES = (
    _HEAD + "Regulatory milestones:\n\n"
    "| Product | Milestone | Agency | Status | Date |\n"
    "|---|---|---|---|---|\n"
    "| VLM-301 | IND | FDA | Cleared | June 2022 |\n"
    "| VLM-412 | CTA | MHRA | To be submitted | 2025 |\n"
)

_HTML = (
    "<html><body><h1>Velmora Bio Reports Regulatory Progress</h1>"
    "<p>BOSTON, March 5, 2024 -- Velmora Bio, Inc. today announced regulatory updates.</p>"
    "<p>VLM-301, its gene therapy, has received the following designations:</p>"
    "<table><thead><tr><th>Designation</th><th>Agency</th><th>Indication</th><th>Date</th>"
    "</tr></thead><tbody>"
    "<tr><td>Fast Track Designation</td><td>FDA</td><td>Krabbe disease</td>"
    "<td>October 2023</td></tr>"
    "<tr><td>Orphan Drug Designation</td><td>EMA</td><td>Krabbe disease</td>"
    "<td>Expected 2025</td></tr></tbody></table>"
    "<table><tr><td>Product</td><td>Milestone</td><td>Agency</td><td>Status</td>"
    "<td>Date</td></tr>"
    "<tr><td>VLM-301</td><td>IND</td><td>FDA</td><td>Cleared</td><td>June 2022</td></tr>"
    "</table></body></html>"
)


def _run(raw: str, fmt: str):
    cleaned = clean_release(raw, fmt)
    return extract_release(cleaned.body, published_date=cleaned.published_date, title=cleaned.title)


def _des(r) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date, d.indication) for d in r.designations}


def _ind(r) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in r.ind_events}


def test_markdown_designation_table_one_fact_per_row() -> None:
    r = _run(_MD_DESIGNATIONS, "md")
    assert _des(r) == {
        ("VLM-301", "FDA", "orphan_drug", "2024-02", "GM1 gangliosidosis"),
        ("VLM-301", "FDA", "rare_pediatric_disease", "2023-01", "GM1 gangliosidosis"),
    }
    # the evidence is the row
    rare = next(d for d in r.designations if d.type == "rare_pediatric_disease")
    assert rare.evidence.sentence.startswith("Rare Pediatric Disease Designation | FDA")


def test_planned_row_is_not_an_event() -> None:
    r = _run(_MD_DESIGNATIONS, "md")
    assert not any(d.agency == "EMA" for d in r.designations)
    # "To be submitted" tells a plan: no submitted CTA, though the row names one
    r = _run(_MD_MILESTONES, "md")
    assert not any(e.product == "VLM-412" for e in r.ind_events)


def test_markdown_milestone_table_ind_with_row_status() -> None:
    r = _run(_MD_MILESTONES, "md")
    assert _ind(r) == {("VLM-301", "FDA", "cleared", "2022-06")}


def test_html_tables() -> None:
    r = _run(_HTML, "html")
    assert _des(r) == {("VLM-301", "FDA", "fast_track", "2023-10", "Krabbe disease")}
    assert _ind(r) == {("VLM-301", "FDA", "cleared", "2022-06")}


def test_fact_in_prose_and_table_is_one_fact() -> None:
    raw = (
        _HEAD + "In February 2024, the FDA granted Orphan Drug Designation to VLM-301 for "
        "the treatment of GM1 gangliosidosis.\n\n"
        "VLM-301 designations:\n\n"
        "| Designation | Agency | Indication | Date |\n"
        "|---|---|---|---|\n"
        "| Orphan Drug Designation | FDA | GM1 gangliosidosis | February 2024 |\n"
        "| Fast Track Designation | FDA | GM1 gangliosidosis | May 2023 |\n"
    )
    r = _run(raw, "md")
    orphan = [d for d in r.designations if d.type == "orphan_drug"]
    assert len(orphan) == 1
    assert (orphan[0].agency, orphan[0].date) == ("FDA", "2024-02")
    assert ("VLM-301", "FDA", "fast_track", "2023-05", "GM1 gangliosidosis") in _des(r)


_REGULATOR_STATUS = (
    _HEAD + "## Regulatory status of clinical programs\n\n"
    "| Program | Regulator | Status | Date |\n"
    "|---|---|---|---|\n"
    "| VLM-101 | FDA | IND submitted / cleared | June 2023 / July 2023 |\n"
    "| VLM-101 | FDA | Orphan Drug Designation; RMAT designation | October 2022; September 2023 |\n"
    "| VLM-330 | Medsafe (New Zealand) | Clinical trial approved | February 2023 |\n"
    "| VLM-440 | MHRA | Clinical trial authorisation granted | 31 January 2024 |\n"
)


def test_a_status_column_names_the_milestone_and_pairs_its_dates() -> None:
    r = _run(_REGULATOR_STATUS, "md")
    assert _ind(r) == {
        ("VLM-101", "FDA", "submitted", "2023-06"), ("VLM-101", "FDA", "cleared", "2023-07"),
        ("VLM-330", "OTHER", "cleared", "2023-02"), ("VLM-440", "MHRA", "cleared", "2024-01-31"),
    }
    assert {d[:4] for d in _des(r)} == {
        ("VLM-101", "FDA", "orphan_drug", "2022-10"), ("VLM-101", "FDA", "rmat", "2023-09")}


_LIST_CELL = (
    _HEAD + "VLM-220 is an mRNA therapy.\n\n"
    "| Program | Modality | Indication | Status | Regulatory |\n"
    "|---|---|---|---|---|\n"
    "| VLM-220 | mRNA | Propionic acidemia | Phase 1/2 | FDA IND (Jan 2023); Health Canada "
    "NOL (Feb 2023); FDA ODD and RPDD; EU orphan designation |\n"
)


def test_each_item_of_a_list_cell_names_its_own_agency() -> None:
    r = _run(_LIST_CELL, "md")
    assert {d[:3] for d in _des(r)} == {
        ("VLM-220", "FDA", "orphan_drug"), ("VLM-220", "FDA", "rare_pediatric_disease"),
        ("VLM-220", "EMA", "orphan_drug")}


_IND_AND_DESIGNATION_COLUMNS = (
    _HEAD + "Pipeline at a glance:\n\n"
    "| Program | Lead indication | Stage | IND / CTA status | Regulatory designations |\n"
    "|---|---|---|---|---|\n"
    "| VLM-310 | Canavan disease | IND-enabling | IND planned 1H 2026 | Orphan Drug (FDA, "
    "January 2024); EU orphan designation application submitted |\n"
    "| VLM-415 | OTC deficiency | Phase 1 | CTA authorized (Health Canada, July 2023) | "
    "Orphan Drug (FDA) |\n"
    "| VLM-520 | Krabbe disease | Preclinical | IND planned 2027 | Orphan Drug planned |\n"
)


def test_a_designations_column_is_read_apart_from_the_ind_column() -> None:
    # the IND column's plan and its agency and date are not the designations'; an
    # application and a planned designation are none
    r = _run(_IND_AND_DESIGNATION_COLUMNS, "md")
    assert {d[:4] for d in _des(r)} == {
        ("VLM-310", "FDA", "orphan_drug", "2024-01"), ("VLM-415", "FDA", "orphan_drug", None)}
    assert _ind(r) == {("VLM-415", "HC", "cleared", "2023-07")}


_PARALLEL_ITEMS = (
    _HEAD + "Regulatory status:\n\n"
    "| Program | Regulator | Status | Date |\n"
    "|---|---|---|---|\n"
    "| VLM-301 | FDA | IND submitted; IND cleared | June 2023; July 2023 |\n"
    "| VLM-412 | FDA; Health Canada | IND cleared; CTA submitted | May 2023; August 2023 |\n"
    "| VLM-520 | FDA; EMA | Orphan Drug Designation; PRIME | October 2022; January 2024 |\n"
)


def test_the_items_of_a_status_cell_pair_with_the_items_of_the_other_cells() -> None:
    # each status item with the date item (and the agency item) in the same place: no
    # item takes another's status, and the row is not read again as a sentence
    r = _run(_PARALLEL_ITEMS, "md")
    assert _ind(r) == {
        ("VLM-301", "FDA", "submitted", "2023-06"), ("VLM-301", "FDA", "cleared", "2023-07"),
        ("VLM-412", "FDA", "cleared", "2023-05"), ("VLM-412", "HC", "submitted", "2023-08")}
    assert {d[:4] for d in _des(r)} == {
        ("VLM-520", "FDA", "orphan_drug", "2022-10"), ("VLM-520", "EMA", "prime", "2024-01")}
