"""Rules found on the blind set fresh96, on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SUZHOU, China, June 3, 2025 -- Jinhe Therapeutics announced NMPA clinical trial "
    "approvals for JHT-310 and priority review for JHT-120.\n\n",
    dt.date(2025, 6, 3),
)
# (a dateline that tells no event of its own)
UPDATE = RuleTexts(
    "SUZHOU, China, June 3, 2025 -- Jinhe Therapeutics today gave an update on its programs "
    "JHT-310 and JHT-120.\n\n",
    dt.date(2025, 6, 3),
)
LATER = ("Jinhe plans to submit an IND to the U.S. Food and Drug Administration (FDA) for "
         "JHT-310 in 2026.")


def test_an_ind_beside_chinas_agency_in_the_next_clause_is_not_the_fdas() -> None:
    text = ("Two IND applications for JHT-310 cleared for monotherapy and combination "
            "studies; CDE grants priority review to the NDA for JHT-120 in NSCLC.\n\n" + LATER)
    assert ("JHT-310", "FDA", "cleared") not in TEXTS.ind(text)


def test_a_table_rows_designation_takes_the_headlines_only_agency() -> None:
    release = TEXTS.run_markdown(
        "Jinhe Therapeutics Announces NMPA Priority Review for JHT-120",
        "The NMPA granted priority review to the NDA for JHT-120 in NSCLC.\n\n"
        "| Program | Milestone | Date |\n|---|---|---|\n"
        "| JHT-120 | NDA accepted; priority review granted | April / May 2025 |\n\n" + LATER)
    assert {(d.product, d.agency) for d in release.designations} == {("JHT-120", "NMPA")}


def test_an_application_for_the_study_is_a_trial_application() -> None:
    text = (
        "JHT-310 is an ADC. Jinhe's application for the China study was accepted by the "
        "Center for Drug Evaluation of the National Medical Products Administration (NMPA) "
        "in November 2024 under acceptance number CXSL2401983 and approved in January 2025."
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) >= {
        ("JHT-310", "NMPA", "accepted", "2024-11"), ("JHT-310", "NMPA", "cleared", "2025-01")}


def test_the_regimes_application_for_a_trial_is_no_filing() -> None:
    about = "The NDA for JHT-120 is under priority review by the NMPA.\n\n"
    text = about + (
        "Under China's clinical trial review regulations, an application for a drug "
        "clinical trial is deemed approved if the CDE has not issued a notice of rejection "
        "or a request for further information within 60 working days of the application's "
        "acceptance."
    )
    assert TEXTS.ind(text) == TEXTS.ind(about)


def test_a_trial_application_named_by_its_country_is_a_filing() -> None:
    text = (
        "Taiwan's Food and Drug Administration (TFDA) approved the IND for JHT-310 on "
        "January 22, 2025. Jinhe had filed the Taiwan application in October 2024 and lodged "
        "the Singapore CTA in December 2024."
    )
    assert UPDATE.ind(text, ("product", "agency", "status", "date")) == {
        ("JHT-310", "TFDA", "cleared", "2025-01-22"), ("JHT-310", "TFDA", "submitted", "2024-10"),
        ("JHT-310", "HSA", "submitted", "2024-12")}


def test_a_partner_that_filed_the_application_told_mid_sentence_files_nothing_new() -> None:
    # (a guard: "the Korean application" is a trigger now, and "was filed by" its partner)
    text = (
        "The FDA and Korea's Ministry of Food and Drug Safety (MFDS) cleared INDs for JHT-310 "
        "in June 2024 and December 2024, respectively; the Korean application was filed by "
        "Daeyang Bio."
    )
    assert UPDATE.ind(text) == {("JHT-310", "FDA", "cleared"), ("JHT-310", "MFDS", "cleared")}
