"""Rules found on the blind set fresh94, on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "TORONTO, Oct. 9, 2024 -- Halberd Biotherapeutics Inc. today announced an update on "
    "its programs HBT-210 and HBT-455.\n\n",
    dt.date(2024, 10, 9),
)


def test_the_name_of_the_implied_approval_procedure_is_no_clearance() -> None:
    text = (
        "Last month the CDE accepted the IND application for HBT-210 for the treatment of "
        "solid tumors. Under the 60-working-day implied approval system, the Company "
        "expects a decision in the first quarter of 2025, and it plans to submit an IND "
        "to the FDA for HBT-210 in the second half of the year."
    )
    assert TEXTS.ind(text) == {("HBT-210", "NMPA", "accepted")}


def test_an_implied_approval_itself_is_still_a_clearance() -> None:
    text = "HBT-210 obtained implied approval from the NMPA in September for solid tumors."
    assert TEXTS.ind(text) == {("HBT-210", "NMPA", "cleared")}


def test_health_canadas_nol_told_by_its_abbreviation_is_a_clearance() -> None:
    text = (
        "Health Canada issued an NOL for a Phase 1 study of HBT-455 in patients with "
        "resected melanoma in June 2023."
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HBT-455", "HC", "cleared", "2023-06")}


def test_a_protein_told_with_its_pathology_or_biology_is_no_product() -> None:
    text = (
        "HBT-210 is an antisense oligonucleotide for ALS. Correcting a consequence of "
        "TDP-43 pathology may slow the disease. Halberd was founded on research into "
        "TDP-43 biology."
    )
    assert set(TEXTS.products(text)) == {"HBT-210", "HBT-455"}


def test_that_same_month_is_the_month_told_last() -> None:
    text = (
        "HBT-210 received IND clearances from China's National Medical Products "
        "Administration (NMPA) in November 2023 and from the U.S. Food and Drug "
        "Administration (FDA) in January 2024, and the FDA granted it Fast Track "
        "designation that same month for the treatment of patients with NSCLC."
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {
        ("HBT-210", "fast_track", "2024-01")}


def test_an_aside_after_and_opens_the_second_indication_of_a_list() -> None:
    text = (
        "The FDA has granted Orphan Drug Designation to HBT-455 for the treatment of "
        "small cell lung cancer and, in a separate decision, for the treatment of "
        "neuroblastoma."
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("HBT-455", "orphan_drug", "small cell lung cancer"),
        ("HBT-455", "orphan_drug", "neuroblastoma")}


def test_the_submission_of_the_cta_is_a_filing() -> None:
    text = (
        "Health Canada issued a No Objection Letter for HBT-455 in October, following the "
        "submission of the CTA in August."
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HBT-455", "HC", "cleared", "2024-10"), ("HBT-455", "HC", "submitted", "2024-08")}


def test_the_submitted_protocol_is_still_no_filing() -> None:
    text = ("The FDA cleared the IND for HBT-455 in September, in accordance with the "
            "submitted protocol.")
    assert TEXTS.ind(text) == {("HBT-455", "FDA", "cleared")}


def test_a_relative_clause_after_a_plan_tells_what_was_done() -> None:
    text = (
        "The MFDS approved the IND for HBT-210 in September. The trial will run alongside "
        "the U.S. study for which the U.S. Food and Drug Administration (FDA) cleared the "
        "Company's IND in March 2024."
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HBT-210", "MFDS", "cleared", "2024-09"), ("HBT-210", "FDA", "cleared", "2024-03")}


def test_a_plan_in_the_next_clause_is_not_the_filings() -> None:
    text = (
        "The MFDS approved the IND for HBT-210 in September. The trial will run alongside "
        "the U.S. study for which the U.S. Food and Drug Administration (FDA) cleared the "
        "Company's IND in March 2024, and data "
        "from both studies will be pooled."
    )
    assert ("HBT-210", "FDA", "cleared") in TEXTS.ind(text)


def test_a_plan_told_right_after_the_filing_is_still_a_plan() -> None:
    text = "An IND for HBT-210 will be submitted to the FDA in 2025."
    assert TEXTS.ind(text) == set()
