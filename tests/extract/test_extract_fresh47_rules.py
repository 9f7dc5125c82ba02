"""Rules found on the blind set fresh47 (agencies outside the US, dates), on texts of our
own: a CTN trial "conducted in Australia under the ... (TGA) CTN scheme", a CTN filing
and its clearance told the same day, a trial named in capitals that carries its product,
a plan ahead of a colon, a ";" clause about another agency's filing, a letter "is
dated", and product names (a title-case brand with its INN, a cell-cycle phase, a
description after a quoted short name)."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "MELBOURNE, Australia, 2 October 2025 -- Ashgrove Therapeutics Ltd (ASX: AGT) today "
    "announced an update.\n\n",
    dt.date(2025, 10, 2),
)
DATED = ("product", "agency", "status", "date")


def test_a_trial_conducted_under_the_ctn_scheme_was_cleared() -> None:
    text = (
        "AGT-310 is an oral PKMYT1 inhibitor. "
        "The Phase 1 trial of AGT-310 has been conducted in Australia under the Therapeutic "
        "Goods Administration (TGA) Clinical Trial Notification (CTN) scheme since the trial "
        "was notified to the TGA in March 2024.\n"
    )
    assert TEXTS.ind(text, DATED) == {("AGT-310", "TGA", "cleared", "2024-03")}


def test_a_ctn_filing_and_its_clearance_on_one_day_are_one_event() -> None:
    text = (
        "- Phase 1 trial of AGT-401 notified to the TGA under the CTN scheme on 15 July 2025\n\n"
        "MELBOURNE, Australia, 2 October 2025 -- Ashgrove Therapeutics Ltd today announced an "
        "update. On 15 July 2025 Ashgrove notified the Therapeutic Goods Administration (TGA) "
        "of the trial of AGT-401 under the Clinical Trial Notification (CTN) scheme, allowing "
        "the trial to commence.\n"
    )
    assert TEXTS.ind(text, DATED, dateline="") == {("AGT-401", "TGA", "cleared", "2025-07-15")}


def test_a_plan_before_a_colon_does_not_reach_the_clearance_after_it() -> None:
    text = (
        "A U.S. arm of the study is also planned: the FDA cleared the IND for AGT-101 in "
        "MPS IIIA in the fourth quarter of 2024, and U.S. sites are expected to open in 2026.\n"
    )
    assert TEXTS.ind(text, DATED) == {("AGT-101", "FDA", "cleared", "2024")}


def test_a_trial_named_in_capitals_carries_the_product_it_is_a_trial_of() -> None:
    text = (
        "On 18 August 2025 ANVISA approved the dossier for the Brazilian arm of BRAMBLE-9, "
        "the global Phase 3 trial of AGT-5510 in chronic spontaneous urticaria.\n\n"
        "\"Our partner knows the region,\" said the CEO of Itapu, whose marketed portfolio "
        "includes the antihistamine ITU-88.\n\n"
        "The MHRA approved the UK clinical trial application for BRAMBLE-9 in November 2024.\n"
    )
    assert ("AGT-5510", "MHRA", "cleared") in TEXTS.ind(text)
    assert not any(e[0] == "ITU-88" for e in TEXTS.ind(text))


def test_a_partner_drug_known_only_by_name_files_nothing_in_its_trial() -> None:
    text = (
        "The FDA cleared the IND application for TIDEMARK-3, a randomised Phase 3 study of "
        "AGT-0917 plus ostravimab versus chemotherapy in gastric cancer, in December 2024.\n"
    )
    assert TEXTS.ind(text) == {("AGT-0917", "FDA", "cleared")}


def test_two_codes_of_the_company_in_one_combination_trial_both_file() -> None:
    text = (
        "The FDA has informed the company that QUILL-2 may proceed. QUILL-2 is a Phase 1b/2 "
        "study of AGT-512 in combination with AGT-630.\n"
    )
    assert {e[0] for e in TEXTS.ind(text)} == {"AGT-512", "AGT-630"}


def test_an_indication_stops_before_is_enrolling() -> None:
    text = (
        "The Phase 1/2 trial of AGT-7020 in advanced systemic mastocytosis is enrolling in "
        "the UK under a clinical trial authorisation that the MHRA granted in 2024.\n"
    )
    (event,) = TEXTS.run(text).ind_events
    assert event.indication == "advanced systemic mastocytosis"


def test_a_semicolon_clause_naming_another_agency_keeps_its_status() -> None:
    text = (
        "Taiwan approval follows FDA IND clearance for AGT-612 in May 2025 and CDSCO "
        "permission in India; application filed with Brazil's ANVISA.\n"
    )
    statuses = {(e[1], e[2]) for e in TEXTS.ind(text)}
    assert ("FDA", "submitted") not in statuses
    assert ("FDA", "cleared") in statuses


def test_an_approval_letter_that_is_dated_dates_the_clearance() -> None:
    text = (
        "Ashgrove today announced that the TFDA has approved the IND application for a Phase 1 "
        "trial of AGT-612 in pancreatic cancer. The TFDA approval letter is dated September "
        "26, 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {("AGT-612", "TFDA", "cleared", "2025-09-26")}


def test_product_names_a_title_case_brand_a_cell_cycle_phase_and_a_quoted_short_name() -> None:
    text = (
        "AGT-310 selectively inhibits PKMYT1, a kinase that controls the G2/M checkpoint. "
        "Ashgrove markets Fenorel(R) (tazulofen), a treatment for overactive bladder. "
        "AGT-101 (velacabtagene autoleucel, \"vela-cel\"), the Company's autologous CD19 CAR-T "
        "cell therapy, is under review.\n"
    )
    products = {p.code: (p.aliases, p.targets) for p in TEXTS.run(text).products}
    assert set(products) == {"AGT-310", "tazulofen", "AGT-101"}
    assert products["AGT-310"][1] == ["PKMYT1"]
    assert "Fenorel" in products["tazulofen"][0]
    assert products["AGT-101"][1] == ["CD19"]


def test_a_date_before_another_verb_is_that_verbs() -> None:
    text = (
        "AGT-101 is a CAR-T. The NDA for AGT-101 was accepted by the NMPA in February 2025 "
        "and was granted priority review by the CDE in March 2025. AGT-217 is an antibody. "
        "The COMP adopted a positive opinion in October 2024, and the European Commission "
        "granted orphan designation to AGT-217 for gastric cancer on 28 November 2024.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {
        ("AGT-101", "priority_review", "2025-03"),
        ("AGT-217", "orphan_drug", "2024-11-28"),
    }


def test_an_agency_in_another_clauses_filing_is_not_this_clauses() -> None:
    text = (
        "AGT-014 is an inhaled peptide. AGT-220 is an siRNA. Ashgrove cleared to start Phase "
        "1b trial of AGT-014 in pulmonary arterial hypertension; AGT-220 IND filed with US "
        "FDA.\n"
    )
    assert TEXTS.ind(text) == {("AGT-220", "FDA", "submitted")}


def test_a_biosimilars_reference_product_brings_no_designations() -> None:
    text = (
        "AGT-06 is a proposed biosimilar to ELUVARA® (dostrinumab), a complement C5 inhibitor "
        "antibody marketed by Orvieto Pharma. During its development, the reference product "
        "received Orphan Drug Designation from the FDA for PNH.\n"
    )
    assert TEXTS.des(text) == set()


def test_a_brands_bracketed_inn_and_code_are_one_product_and_its_names_hold_facts() -> None:
    text = (
        "VESPIRA(R) (lomatreotide, AGT-101)\n\n"
        "The FDA approved VESPIRA for acromegaly in March 2025.\n\n"
        "Ashgrove Therapeutics develops oral therapies. Its first product, VESPIRA, had "
        "received FDA Orphan Drug Designation for acromegaly in 2020.\n"
    )
    result = TEXTS.run(text)
    assert {p.code: set(p.aliases) for p in result.products} == {
        "AGT-101": {"VESPIRA", "lomatreotide"}
    }
    assert {(d.product, d.date) for d in result.designations} == {("AGT-101", "2020")}


def test_an_orphan_regenerative_medical_product_is_an_orphan_designation() -> None:
    text = (
        "AGT-118, its allogeneic corneal endothelial cell product, was designated on October "
        "14, 2025 by Japan's Ministry of Health, Labour and Welfare (MHLW) as an orphan "
        "regenerative medical product for the treatment of bullous keratopathy.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("AGT-118", "PMDA", "orphan_drug", "2025-10-14")
    }


def test_an_agency_authorises_a_trial_named_in_capitals_or_its_national_part() -> None:
    text = (
        "VELA-7 is a Phase 2 study of AGT-301 in Friedreich's ataxia. Swissmedic authorised "
        "VELA-7 in the third quarter of 2024. AGT-019 is a CAR-T. The approval follows "
        "Swissmedic's authorisation of the Swiss part of RESET-9 in March 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("AGT-301", "SWISSMEDIC", "cleared", "2024"),
        ("AGT-019", "SWISSMEDIC", "cleared", "2025-03"),
    }


def test_a_trial_in_apposition_authorised_in_a_country_by_its_agency() -> None:
    text = (
        "AGT-01 is a gene therapy.\n"
        "- ALMA-7, the Phase 1/2 study in children with alpha-mannosidosis, was authorised in "
        "Italy by the Agenzia Italiana del Farmaco (AIFA) in 2024 and is conducted in Milan.\n"
    )
    assert TEXTS.ind(text, DATED) == {("AGT-01", "EMA", "cleared", "2024")}


def test_a_study_modified_by_approved_by_or_authorised_then_dated_under_the_ctr() -> None:
    text = (
        "AGT-114 is an siRNA. AGT-114 was first given to humans in a single ascending dose "
        "study in healthy volunteers in New Zealand, approved by New Zealand's medicines "
        "regulator, Medsafe, in 2023. The Phase 3 CASCADE-9 trial of AGT-114, which compares "
        "it with placebo, was authorized in December 2024 under the EU Clinical Trials "
        "Regulation.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("AGT-114", "OTHER", "cleared", "2023"),
        ("AGT-114", "EMA", "cleared", "2024-12"),
    }
