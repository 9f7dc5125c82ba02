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


def test_a_filing_submitted_through_the_portal_names_the_eu_filing() -> None:
    text = (
        "The Company submitted the GLOW-9 application for ALP-301 to the Dutch and French "
        "authorities through the Clinical Trials Information System (CTIS) in August 2023.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("ALP-301", "EMA", "submitted", "2023-08")
    }


def test_a_numbered_footnote_is_about_the_sentence_its_marker_closes() -> None:
    text = (
        "Alpenrose also announced that the FDA granted Fast Track designation to ALP-7730 for "
        "FOP in March 2025, and that the clinical trial application for the Phase 2 study was "
        "authorised in January 2025 under the EU Clinical Trials Regulation(3). ALP-5521 is "
        "under review.\n\n"
        "(3) Authorisation was granted by the Member States concerned through the Clinical Trials "
        "Information System (CTIS) for patients with FOP aged 12 years and older.\n"
    )
    assert {(p, a) for p, a, _s in TEXTS.ind(text)} == {("ALP-7730", "EMA")}


def test_considering_applying_for_a_designation_and_a_time_limited_approval() -> None:
    tokyo = RuleTexts(
        "Notice Regarding Conditional and Time-Limited Marketing Approval in Japan of ALP-01\n\n"
        "TOKYO, June 25, 2025 -- Alpenrose Regenerative Medicine, Inc. announces this.\n\n",
        dt.date(2025, 6, 25),
    )
    text = (
        "The Company is considering applying for designation under the SAKIGAKE system for "
        "ALP-05.\n"
    )
    assert tokyo.des(text) == set()
    assert "Time-" not in {c.name for c in tokyo.run(text).companies}


def test_a_filing_told_as_what_followed_a_meeting_is_not_dated_by_it() -> None:
    text = (
        "- Investigational New Drug (IND) application for ALP-401 submitted to the U.S. Food "
        "and Drug Administration (FDA) in March 2025.\n\n"
        "ALP-401 is an mRNA encoding MMUT. The MOMENTA study will enrol children and adults with "
        "MMA; the Group held a pre-IND meeting with the FDA in January 2025 before filing the "
        "U.S. application.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("ALP-401", "FDA", "submitted", "2025-03")
    }


def test_a_drug_whose_development_is_being_conducted_with_a_partner_is_a_product() -> None:
    text = (
        "Pipeline\n\n"
        "ALP-3107 | Small molecule | PDE10A | Huntington's disease | Phase 2\n"
        "ALP-4410 | Small molecule | LRRK2 | Parkinson's disease | Preclinical\n\n"
        "Development of ALP-4410 is being conducted in collaboration with Rheinfels "
        "Neuroscience GmbH, which co-owns the program.\n"
    )
    assert "ALP-4410" in TEXTS.products(text)


def test_a_description_after_a_former_code_inside_the_brackets() -> None:
    text = (
        "Pipeline:\n"
        "ALP-12 (formerly CRX-118; APOC3 siRNA)\n"
        "Our licensee received FDA Fast Track designation for ALP-12 in FCS in July 2024.\n"
    )
    [product] = TEXTS.run(text).products
    assert (product.targets, product.modality) == (["APOC3"], "sirna")
