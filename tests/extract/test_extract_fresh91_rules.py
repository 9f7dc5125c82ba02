"""Rules found on the blind sets fresh91 (translated releases from China, Korea and Japan)
and fresh92 (results releases full of plans and marketing applications), on texts of our
own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BEIJING, Jan. 8, 2025 -- Beijing Lanmai Genetech Co., Ltd. (\"Lanmai\") today "
    "announced that the U.S. FDA has cleared the IND application for LMG-203 for the "
    "treatment of Bietti crystalline dystrophy (BCD).\n\n",
    dt.date(2025, 1, 8),
)
DATED = ("product", "agency", "status", "date", "indication")


def test_a_place_after_in_is_no_indication_and_a_class_restates_the_release_event() -> None:
    text = (
        "This is the first IND clearance in the United States obtained by a gene therapy "
        "from Asia for an inherited retinal disease."
    )
    assert TEXTS.ind(text, DATED) == {
        ("LMG-203", "FDA", "cleared", "2025-01", "Bietti crystalline dystrophy")
    }


def test_a_numbered_kinase_family_member_is_a_target_not_a_product() -> None:
    release = TEXTS.run(
        "LMG-0617, an oral, highly selective activin receptor-like kinase 2 (ALK2) inhibitor, "
        "was granted Breakthrough Therapy Designation by the CDE. ALK2, like ALK1, ALK3 and "
        "ALK6, is a BMP type I receptor."
    )
    assert {p.code for p in release.products} == {"LMG-203", "LMG-0617"}
    assert {(d.product, d.type) for d in release.designations} == {
        ("LMG-0617", "breakthrough_therapy")
    }


def test_a_timelines_present_tense_tells_a_clearance() -> None:
    text = (
        "Regulatory history of LMG-0617\n\n"
        "- December 2022: FDA clears the Investigational New Drug (IND) application for the "
        "Phase 2 RISE-FOP study in FOP\n"
    )
    assert ("LMG-0617", "FDA", "cleared", "2022-12") in TEXTS.ind(
        text, ("product", "agency", "status", "date"))


RESULTS = RuleTexts(
    "LEIDEN, the Netherlands, March 20, 2025 -- Veldane Therapeutics N.V. (\"Veldane\") "
    "today reported its full-year 2024 results.\n\n",
    dt.date(2025, 3, 20),
)


def test_an_application_for_a_passport_and_how_a_programme_works_are_no_designations() -> None:
    text = (
        "- Application for an Innovation Passport under the UK Innovative Licensing and "
        "Access Pathway (ILAP) submitted for VLD-204\n"
        "- Orphan designation for VLD-310 is normally granted by the European Commission "
        "within 30 days of the COMP opinion.\n"
    )
    assert RESULTS.des(text) == set()


def test_a_plans_year_or_quarter_does_not_date_a_designation() -> None:
    text = (
        "In February, the FDA granted VLD-101 Priority Review. \"PRIME for VLD-101 gives us a "
        "close working relationship with the EMA, and we will have VLD-204 in the clinic this "
        "year,\" said the CEO. \"The FDA has granted VLD-101 Priority Review, and we are "
        "preparing for a potential launch in the fourth quarter.\""
    )
    assert RESULTS.des(text, ("product", "agency", "type", "date")) == {
        ("VLD-101", "FDA", "priority_review", "2025-02"), ("VLD-101", "EMA", "prime", None)
    }


def test_a_study_which_an_agency_approved_is_a_clearance() -> None:
    text = (
        "VLD-118 for IgA nephropathy: The Phase 1 healthy volunteer study, which was approved "
        "by New Zealand's Medsafe in November 2024, was completed in 2025."
    )
    assert RESULTS.ind(text, ("product", "agency", "status", "date")) == {
        ("VLD-118", "OTHER", "cleared", "2024-11")
    }
