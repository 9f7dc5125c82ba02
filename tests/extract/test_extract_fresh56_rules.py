"""Rules found on the blind set fresh56 (agencies and announcement styles outside the
US/EU mainstream), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "TOKYO, October 1, 2025 -- Hanamura Therapeutics, Inc. (hereinafter \"the Company\") "
    "hereby announces the following.\n\n",
    dt.date(2025, 10, 1),
)
DATED = ("product", "agency", "status", "date")


def test_a_review_told_after_a_semicolon_clears_the_filing_before_it() -> None:
    text = (
        "In Japan, the Company submitted the clinical trial notification for the Phase 1 trial "
        "of HNM-0305 in healthy adults in July 2022; the PMDA's 30-day review was completed "
        "without objection in August 2022, clearing the trial to proceed.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("HNM-0305", "PMDA", "submitted", "2022-07"),
        ("HNM-0305", "PMDA", "cleared", "2022-08"),
    }


def test_approval_to_add_sites_dated_past_a_relative_clause() -> None:
    text = (
        "In Taiwan, Yulan BioPharma Co., Ltd., to which the Company granted exclusive rights "
        "for HNM-0305 in Taiwan in 2023, obtained approval from the Taiwan Food and Drug "
        "Administration (TFDA) in January 2025 to add Taiwanese sites to the global Phase 2 "
        "trial.\n"
    )
    assert TEXTS.ind(text, DATED) == {("HNM-0305", "TFDA", "cleared", "2025-01")}


def test_a_programmes_benefits_listed_after_may_are_no_designation() -> None:
    text = (
        "HNM-0512 was designated as an orphan drug for FSHD by the MHLW on March 24, 2025. "
        "Designated products may receive guidance and consultation from the PMDA, priority "
        "review of the application for approval, and an extended re-examination period.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type")) == {
        ("HNM-0512", "PMDA", "orphan_drug")
    }


def test_an_eu_application_told_by_its_portal_and_validated() -> None:
    text = (
        "The European part of the study of HNM-220 was submitted through the Clinical Trials "
        "Information System (CTIS) under the EU Clinical Trials Regulation, and the application "
        "was validated, and thereby accepted for assessment, by the reporting Member State, "
        "Germany's Paul-Ehrlich-Institut (PEI), on 28 July 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("HNM-220", "EMA", "submitted", None),
        ("HNM-220", "EMA", "accepted", "2025-07-28"),
    }


def test_centers_whose_participation_an_agency_approved() -> None:
    text = (
        "Portugal's National Authority of Medicines and Health Products (INFARMED) authorised "
        "the Portuguese part of the trial of HNM-118 in April 2025, and Israel's Ministry of "
        "Health approved the participation of two Israeli medical centers in May 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("HNM-118", "EMA", "cleared", "2025-04"),
        ("HNM-118", "OTHER", "cleared", "2025-05"),
    }


def test_a_regulatory_table_under_a_heading_is_the_product_described_before_it() -> None:
    facts = TEXTS.run_markdown(
        "Hanamura update",
        "HNM-17 is a fully human monoclonal antibody against GXM, designed to clear the "
        "fungus.\n\n"
        "## Regulatory status\n\n"
        "| Date | Event | Authority |\n"
        "|---|---|---|\n"
        "| June 2024 | Approval of Phase 1 trial in healthy volunteers | Israel Ministry of "
        "Health |\n"
        "| September 2024 | Orphan Drug Designation, cryptococcal meningitis | U.S. FDA |\n\n"
        # (a second product named after the table: the table is still the first one's)
        "## Pipeline\n\nHNM-29, a second antibody, is in research.\n",
    )
    assert {(e.product, e.agency, e.status, e.date) for e in facts.ind_events} == {
        ("HNM-17", "OTHER", "cleared", "2024-06")
    }
    assert {(d.product, d.agency, d.type, d.date) for d in facts.designations} == {
        ("HNM-17", "FDA", "orphan_drug", "2024-09")
    }


def test_an_acronym_that_leaves_out_a_word_of_its_name_is_still_defined() -> None:
    text = (
        "HNM-0512 is an antisense oligonucleotide for patients with facioscapulohumeral "
        "muscular dystrophy (FSHD). HNM-0512 was designated as an orphan drug for FSHD by the "
        "Ministry of Health, Labour and Welfare (MHLW) on March 24, 2025.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "indication")) == {
        ("HNM-0512", "PMDA", "facioscapulohumeral muscular dystrophy (FSHD)")
    }


def test_a_ligand_of_a_named_protein_targets_its_symbol() -> None:
    text = (
        "HNM-014 is a small-molecule ligand of fibroblast activation protein (FAP), linked to "
        "the beta-emitting radioisotope lutetium-177.\n"
    )
    assert {p.code: p.targets for p in TEXTS.run(text).products} == {"HNM-014": ["FAP"]}
