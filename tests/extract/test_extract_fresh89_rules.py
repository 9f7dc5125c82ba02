"""Rules found on the blind sets fresh89 (regulators beyond the FDA, EMA and NMPA, dates
told relatively or in tables) and fresh90 (deals), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "ZUG, Switzerland, 26 February 2026 -- Morvane Therapeutics AG today reported its "
    "annual results.\n\n",
    dt.date(2026, 2, 26),
)
DATED = ("product", "agency", "status", "date")


def test_a_month_the_clause_gives_a_plan_does_not_date_the_filing() -> None:
    text = (
        "Morvane submitted a clinical trial notification for MRV-7023 to the PMDA after the "
        "end of the quarter, and expects to begin dosing healthy volunteers in October."
    )
    # (not October; "after the end of the quarter", in a release of February 2026: 2026)
    assert TEXTS.ind(text, DATED) == {("MRV-7023", "PMDA", "submitted", "2026")}


def test_its_application_after_a_trial_application_is_a_filing_dated_before_the_plan() -> None:
    text = (
        "- Canada. Health Canada issued a No Objection Letter for Morvane's Clinical Trial "
        "Application for MRV-110 last month.\n"
        "- Switzerland. Morvane filed its application with Swissmedic in December and "
        "expects a decision in the second quarter of 2026.\n"
    )
    assert ("MRV-110", "SWISSMEDIC", "submitted", "2025-12") in TEXTS.ind(text, DATED)


def test_the_dutch_ccmo_is_an_ema_authority() -> None:
    text = (
        "MRV-301 entered the clinic in the Netherlands under a clinical trial authorisation "
        "granted by the Dutch competent authority, the CCMO, in 2022."
    )
    assert TEXTS.ind(text, DATED) == {("MRV-301", "EMA", "cleared", "2022")}


def test_hc_before_a_no_objection_letter_or_a_cta_in_a_pipeline_row_is_health_canada() -> None:
    text = (
        "Program  | Indication      | Stage | Regulatory status\n"
        "MRV-301  | GPP             | Phase 2 | HC NOL (Aug 2025); MFDS IND approved (Sep 2025)\n"
        "MRV-118  | IgA nephropathy | IND/CTA-enabling | HC CTA submitted (Oct 2025)\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("MRV-301", "HC", "cleared", "2025-08"), ("MRV-301", "MFDS", "cleared", "2025-09"),
        ("MRV-118", "HC", "submitted", "2025-10"),
    }


def test_an_ethics_committees_approval_of_the_protocol_is_no_clearance() -> None:
    text = (
        "Following approval of the trial protocol by an independent Human Research Ethics "
        "Committee (HREC) in October, Morvane notified the Therapeutic Goods Administration "
        "(TGA) of the first-in-human trial of MRV-220 under the CTN scheme."
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == {
        ("MRV-220", "TGA", "submitted")
    }


def test_days_later_count_from_the_middle_of_a_month() -> None:
    text = (
        "Morvane submitted an IND application to the FDA for MRV-310 in October 2025. "
        "Thirty days later, the FDA notified the Company that the study may proceed."
    )
    assert ("MRV-310", "FDA", "cleared", "2025-11") in TEXTS.ind(text, DATED)


def test_months_later_count_from_a_month_told_without_its_year() -> None:
    text = (
        "ATLAS-2, the Phase 2 study of MRV-601, opened in October at the University Hospital "
        "Basel after Swissmedic authorised the trial; German sites followed two months later "
        "once the Federal Institute for Drugs and Medical Devices (BfArM) had approved the "
        "study."
    )
    assert TEXTS.ind(text, DATED) == {
        ("MRV-601", "SWISSMEDIC", "cleared", "2025-10"), ("MRV-601", "EMA", "cleared", "2025-12")
    }


def test_the_month_of_a_first_dosing_told_after_the_event_is_the_dosings() -> None:
    text = (
        "The MHRA approved the clinical trial authorisation for a Phase 1 study of MRV-233 in "
        "the second quarter, and the first patient was dosed at The Christie in Manchester in "
        "June."
    )
    assert TEXTS.ind(text, DATED) == {("MRV-233", "MHRA", "cleared", "2025")}


def test_an_inn_whose_rights_change_hands_is_the_deals_product() -> None:
    release = TEXTS.run(
        "Orvex will acquire exclusive global rights to zimbretamig, Morvane's clinical-stage "
        "bispecific T-cell engager. The FDA cleared Morvane's Investigational New Drug (IND) "
        "application for zimbretamig in 2023."
    )
    assert [p.code for p in release.products] == ["zimbretamig"]
    assert {(e.product, e.agency, e.date) for e in release.ind_events} == {
        ("zimbretamig", "FDA", "2023")
    }


DEALS = RuleTexts(
    "SAN DIEGO, Oct. 14, 2025 /PRNewswire/ -- Velcora Biologics, Inc. (\"Velcora\") and "
    "Corvanta Pharma AG (\"Corvanta\") today announced a license agreement.\n\n",
    dt.date(2025, 10, 14),
)


def test_the_licensee_that_assumes_global_development_owns_the_product() -> None:
    text = (
        "- Corvanta assumes sole responsibility for global development of VCB-207 effective "
        "immediately\n\nVCB-207 is a bispecific T-cell engager that Velcora discovered."
    )
    assert DEALS.products(text)["VCB-207"] == "Corvanta"


def test_rights_the_announcer_says_it_acquired_make_the_product_its_own() -> None:
    release = RuleTexts(
        "BOSTON, March 3, 2025 -- Halvane Cell Therapeutics, Inc. (\"Halvane\") today announced "
        "that it has acquired exclusive worldwide rights to NXR-220, an allogeneic CAR-T cell "
        "therapy, from Nexora Bio, Inc. (\"Nexora\").\n\n",
        dt.date(2025, 3, 3),
    )
    assert release.products("Nexora's IND for NXR-220 was cleared by the FDA in 2024.") == {
        "NXR-220": "Halvane"
    }


def test_the_partner_that_leads_global_development_owns_a_co_developed_product() -> None:
    text = (
        "Under the co-development agreement, Corvanta and Velcora share the cost of the "
        "global Phase 2 program for VCB-118. Velcora leads global development and holds the "
        "worldwide rights; Corvanta runs the European part of the program."
    )
    corvanta = RuleTexts(
        "MILAN, Italy, 2 June 2025 -- Corvanta Pharma S.p.A. (\"Corvanta\") today opened the "
        "first Italian site of the Phase 2 study of VCB-118, its co-developed GYS1 inhibitor, "
        "with Velcora Biologics, Inc. (\"Velcora\").\n\n",
        dt.date(2025, 6, 2),
    )
    assert corvanta.products(text)["VCB-118"] == "Velcora"


def test_an_antibody_that_neutralizes_a_cytokine_targets_it() -> None:
    text = (
        "The FDA accepted Velcora's BLA for ostrelumab (VCB-611), a monoclonal antibody that "
        "neutralizes interleukin-15 (IL-15), for the treatment of refractory celiac disease."
    )
    [product] = DEALS.run(text).products
    assert product.targets == ["IL-15"]
