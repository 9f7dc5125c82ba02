"""Wordings first met in the twenty-third and twenty-fourth unseen sets (releases written
like the development corpus's families): other companies' drugs told in passing as market
context, molecules of the body named like codes, and designations or filings told as not
yet requested, under review, or as what a programme does in general; with the wordings
each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.extract import cues
from dossier.extract.indications import acronyms

TEXTS = RuleTexts(
    "BOSTON, June 9, 2027 -- Harrowind Therapeutics, Inc. today announced news.\n\n",
    dt.date(2027, 6, 9),
)
_run, _ind, _des, _products = TEXTS.run, TEXTS.ind, TEXTS.des, TEXTS.products


# --- other companies' drugs told in passing --------------------------------------------

MARKET_CONTEXT = (
    "HRW-101 is an oral small molecule for Krabbe disease. The FDA granted HRW-101 Orphan "
    "Drug Designation in 2026. Several approaches are in development across the field; "
    "Quintarra Bio's AAV gene therapy QTB-301, for example, received RMAT designation from "
    "the FDA in 2025.\n"
)


def test_another_companys_drug_told_once_in_passing_states_no_fact() -> None:
    assert _des(MARKET_CONTEXT) == {("HRW-101", "FDA", "orphan_drug")}


def test_a_partners_drug_named_again_keeps_its_facts() -> None:
    text = MARKET_CONTEXT + (
        "Harrowind and Quintarra Bio also agreed to combine QTB-301 with HRW-101 in a "
        "Phase 1 study.\n"
    )
    assert ("QTB-301", "FDA", "rmat") in _des(text)


def test_a_licensees_work_on_the_issuers_drug_keeps_its_facts() -> None:
    """("the company's pipeline includes": the issuer's possessive, not the owner's)"""
    text = (
        "Besides HRW-412, the company's pipeline includes HRW-108, an anti-TIGIT antibody "
        "licensed in 2024 to Orchard Vale Therapeutics, which now develops it in Japan and "
        "submitted a clinical trial notification to the PMDA for HRW-108 in November 2024.\n"
    )
    assert ("HRW-108", "PMDA", "submitted") in _ind(text)


def test_a_name_ending_in_s_owns_a_drug_with_the_apostrophe_alone() -> None:
    text = (
        "HRW-101 received Fast Track designation in 2026. Competition is growing: Orrin "
        "Pharmaceuticals' CDH6 ADC OKP-88 is in a Phase 3 trial.\n"
    )
    assert _products(text)["OKP-88"] == "Orrin Pharmaceuticals"


def test_a_description_right_before_another_code_is_that_codes() -> None:
    text = (
        "Harrowind Announces FDA Fast Track Designation for In Vivo CD19 CAR-T Candidate "
        "HRW-401\n\nThe FDA granted Fast Track designation to HRW-401 in June 2027. In lupus, "
        "Kestrel Bio's autologous CD19 CAR-T KBC-19 is in a Phase 1 study.\n"
    )
    assert _des(text) == {("HRW-401", "FDA", "fast_track")}


# --- names that are not companies or drugs ---------------------------------------------


def test_a_biologics_license_application_names_no_company() -> None:
    text = (
        "The NMPA accepted the HRW-207 Biologics License Application with priority review "
        "in May 2027. HRW-207 is an antibody-drug conjugate.\n"
    )
    assert "HRW-207" not in {c.name for c in _run(text).companies}


def test_a_program_in_apposition_is_a_product_though_its_study_is_named() -> None:
    text = (
        "Its lead internal program, HRW-118, is an oral small molecule inhibitor of HPK1. "
        "In 2025 the FDA placed the HRW-118 study on partial clinical hold.\n"
    )
    assert "HRW-118" in _products(text)


def test_acronyms_spell_a_disease_type_with_a_number_and_letter() -> None:
    assert acronyms("for Charcot-Marie-Tooth disease type 1A (CMT1A).") == {
        "CMT1A": "Charcot-Marie-Tooth disease type 1A"}
    assert acronyms("for spinocerebellar ataxia type 3 (SCA3).") == {
        "SCA3": "spinocerebellar ataxia type 3"}


def test_a_disease_acronym_defined_by_type_is_no_product() -> None:
    text = (
        "The FDA accepted the NDA for HRW-5521 for the treatment of primary hyperoxaluria "
        "type 1 (PH1). HRW-5521 is an oral small molecule.\n\nDesignations\nThe FDA "
        "granted it Orphan Drug Designation for PH1 in 2021 and Breakthrough Therapy "
        "designation in April 2023 for PH1 in patients with preserved kidney function.\n\n"
        "HRW-917 is a gene therapy for Charcot-Marie-Tooth disease type 1A (CMT1A). The "
        "European Commission granted HRW-917 orphan designation for CMT1A in July 2025.\n"
    )
    assert set(_products(text)) == {"HRW-5521", "HRW-917"}
    assert ("HRW-5521", "FDA", "orphan_drug") in _des(text)


def test_symbols_of_what_a_drug_acts_on_are_no_products() -> None:
    text = (
        "HRW-118 is a bispecific antibody that binds MUC16 (CA-125) on tumor cells. HRW-405 "
        "is an oral inhibitor of vascular adhesion protein-1 (VAP-1). HRW-230 is an siRNA "
        "designed to silence HSD17B13, a liver enzyme. Cadherin-17 is a cell-adhesion "
        "protein expressed in colorectal cancers, and HRW-217 is an ADC directed at it.\n"
    )
    assert set(_products(text)) == {"HRW-118", "HRW-405", "HRW-230", "HRW-217"}


def test_a_code_said_to_be_a_fusion_protein_stays_a_drug() -> None:
    text = "HRW-12 is a recombinant fusion protein. The FDA cleared the IND for HRW-12 in 2026.\n"
    assert "HRW-12" in _products(text)


# --- designations and filings that did not happen --------------------------------------


def test_a_designation_not_yet_requested_is_no_fact() -> None:
    text = (
        "- Rare Pediatric Disease Designation, which Harrowind has not yet requested for "
        "HRW-412, could make the Company eligible for a voucher.\n"
        "- The FDA granted HRW-412 Orphan Drug Designation in May 2027.\n"
    )
    assert _des(text) == {("HRW-412", "FDA", "orphan_drug")}


def test_an_ind_under_review_is_not_cleared() -> None:
    text = (
        "HRW-917 trial approved in Korea in August, U.S. IND under FDA review\n\n"
        "Korea's Ministry of Food and Drug Safety (MFDS) approved the IND for HRW-917 on "
        "14 August 2026. HRW-917 is a one-time gene therapy.\n"
    )
    assert ("HRW-917", "FDA", "cleared") not in _ind(text)
    assert ("HRW-917", "MFDS", "cleared") in _ind(text)


def test_what_a_designation_programme_gives_drugs_in_general_is_no_fact() -> None:
    """(On the cue: the release this came from attached the sentence to the product last
    named; a short text does not reproduce that, the cue's reading is what matters.)"""
    generic = ("Orphan Drug Designation is granted by the FDA to investigational therapies "
               "for rare diseases affecting fewer than 200,000 people.")
    assert cues.DES_NOT_EVENT.search(generic)
    assert not cues.DES_NOT_EVENT.search(
        "The FDA granted Orphan Drug Designation to HRW-402 for acute myeloid leukemia.")


def test_a_phrase_continuing_a_conditional_clause_is_no_grant() -> None:
    text = (
        "The FDA has granted Breakthrough Therapy designation to HRW-118 for ovarian "
        "cancer.\n\nBreakthrough Therapy designation is reserved for investigational "
        "medicines intended for serious conditions. It brings intensive FDA guidance, and a "
        "BLA for a designated product may later qualify for rolling submission and, if the "
        "relevant criteria are met, for priority review.\n"
    )
    assert _des(text) == {("HRW-118", "FDA", "breakthrough_therapy")}


def test_asking_an_agency_to_consider_a_drug_is_a_request() -> None:
    text = (
        "Harrowind has also asked the European Medicines Agency (EMA) to consider HRW-114 "
        "for its PRIority MEdicines (PRIME) scheme; a decision is expected in 2028.\n"
    )
    assert _des(text) == set()
