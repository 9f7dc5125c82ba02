"""Indications the disease vocabulary did not know: words ending as diseases do
("-osis", "-itis"), disease nouns outside it ("hearing loss"), an acronym defined with a
subtype or a synonym in its brackets ("(MPS IIIA, Sanfilippo syndrome type A)"), and a
lead-in read from "accepted for filing"; with the words each rule must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest
from rule_texts import RuleTexts

from dossier.extract.indications import DISEASE, acronyms, find_indication, spell_out

TEXTS = RuleTexts(
    "BOSTON, March 3, 2026 -- Harlowe Genetics, Inc. today announced news.\n\n",
    dt.date(2026, 3, 3),
)
_FIELDS = ("product", "agency", "type", "indication")


@pytest.mark.parametrize(
    "disease",
    ["alpha-mannosidosis", "viral myocarditis", "hyperammonemia", "GJB2-related hearing loss",
     "chikungunya", "schistosomiasis", "cystinuria"],
)
def test_a_word_ending_as_diseases_do_is_an_indication(disease: str) -> None:
    text = (
        "In January 2026, the FDA granted Orphan Drug Designation to HGX-201 for the "
        f"treatment of {disease}.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {("HGX-201", "FDA", "orphan_drug", disease)}


@pytest.mark.parametrize("word", ["diagnosis", "prognosis", "academia", "apoptosis"])
def test_a_word_ending_so_that_names_no_disease_is_none(word: str) -> None:
    assert not DISEASE.search(f"early {word}")
    text = f"granted designation to HGX-201 for early {word} in 2025."
    assert find_indication(text, 0, len(text)) is None


def test_an_acronym_defined_with_its_subtype_and_a_synonym_names_the_disease() -> None:
    text = (
        "HGX-310 is a gene therapy for mucopolysaccharidosis type IIIA (MPS IIIA, Sanfilippo "
        "syndrome type A). The European Commission granted orphan designation to HGX-310 for "
        "MPS IIIA in 2023.\n"
    )
    assert acronyms(text)["MPS IIIA"] == "mucopolysaccharidosis type IIIA"
    assert TEXTS.des(text, _FIELDS) == {
        ("HGX-310", "EMA", "orphan_drug", "mucopolysaccharidosis type IIIA (MPS IIIA)")
    }


def test_an_acronym_whose_last_word_is_not_the_words_is_no_definition() -> None:
    # "(MPS IIIB)" after "type IIIA": the subtype must be the word before the bracket
    assert "MPS IIIB" not in acronyms("mucopolysaccharidosis type IIIA (MPS IIIB)")


def test_accepted_for_filing_is_no_part_of_the_indication() -> None:
    text = (
        "Today the FDA accepted for filing the Company's Biologics License Application (BLA) "
        "for HGX-310 (dorasulfatase alfa) for the treatment of Sanfilippo syndrome type A, "
        "and granted the application Priority Review.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("HGX-310", "FDA", "priority_review", "Sanfilippo syndrome type A")
    }


def test_a_designation_system_told_in_general_is_no_event() -> None:
    text = (
        "HGX-310 received orphan drug designation from the MHLW for Fabry disease in May 2025. "
        "Under Japan's orphan drug system, the MHLW designates drugs for diseases affecting "
        "fewer than 50,000 patients in Japan for which there is a high medical need.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {("HGX-310", "PMDA", "orphan_drug", "Fabry disease")}


@pytest.mark.parametrize(
    ("wording", "indication"),
    [
        # a nation's patients are the population, not the disease
        ("for a bridging study in Chinese patients with familial hypercholesterolemia",
         "familial hypercholesterolemia"),
        ("for a study in Korean patients with advanced hepatocellular carcinoma",
         "advanced hepatocellular carcinoma"),
        # a study told before the disease is no part of it
        ("for investigator-initiated trials of HGX-201 in lupus nephritis", "lupus nephritis"),
        # a season and a combination are no disease's start
        ("in late June, for patients with advanced gastric cancer", "advanced gastric cancer"),
        ("in combination with cendolimab for patients with metastatic NSCLC", "metastatic NSCLC"),
        ("for a Phase 1 study in adults with late-onset OTC deficiency",
         "late-onset OTC deficiency"),
        # a disease naming the study is the study's indication; an animal model is none
        ("and the application to include mainland China in the TNBC study", "TNBC"),
        ("after tumour regression in colorectal cancer xenograft models, for gastric cancer",
         "gastric cancer"),
    ],
)
def test_the_indication_leaves_out_the_population_and_the_study(
    wording: str, indication: str
) -> None:
    text = f"The NMPA approved the IND application {wording}."
    assert find_indication(text, 0, len(text)) == indication


@pytest.mark.parametrize("same", ["the same disease", "that indication", "the same population"])
def test_the_same_disease_is_the_one_told_before(same: str) -> None:
    text = (
        "The FDA granted HGX-201 Orphan Drug Designation for Alport syndrome in March 2025 "
        f"and Rare Pediatric Disease Designation for {same} in July 2025.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("HGX-201", "FDA", "orphan_drug", "Alport syndrome"),
        ("HGX-201", "FDA", "rare_pediatric_disease", "Alport syndrome"),
    }


def test_a_priority_review_takes_the_indication_its_filing_is_told_with() -> None:
    text = (
        "Harlowe submitted its New Drug Application (NDA) for HGX-114 for the treatment of "
        "congenital hyperinsulinism in April 2026. In June, the FDA accepted the NDA for "
        "filing and granted it Priority Review.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("HGX-114", "FDA", "priority_review", "congenital hyperinsulinism")
    }


def test_a_priority_review_with_no_filing_told_has_no_indication() -> None:
    # the disease of another product's sentence is not the review's
    text = (
        "HGX-220 is in a Phase 2 study in congenital hyperinsulinism. In June, the FDA "
        "granted HGX-114 Priority Review.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {("HGX-114", "FDA", "priority_review", None)}


def test_a_subheadline_summing_up_designations_is_the_bodys_dated_one() -> None:
    text = (
        "Harlowe Doses First Participant in Phase 1/2 Trial of HGX-301\n\n"
        "*HGX-301 now holds Orphan Drug Designations in the U.S. and EU*\n\n"
        "BOSTON, Sept. 9, 2025 -- Harlowe Genetics, Inc. today announced that the first "
        "participant was dosed in its trial of HGX-301 in CDKL5 deficiency disorder.\n\n"
        "HGX-301 was granted Orphan Drug Designation by the FDA for the treatment of CDKL5 "
        "deficiency disorder in April 2024, and the European Commission granted it orphan "
        "designation for the same disease in March 2025.\n"
    )
    fields = ("product", "agency", "type", "date", "indication")
    assert TEXTS.des(text, fields, dateline="") == {
        ("HGX-301", "FDA", "orphan_drug", "2024-04", "CDKL5 deficiency disorder"),
        ("HGX-301", "EMA", "orphan_drug", "2025-03", "CDKL5 deficiency disorder"),
    }


def test_a_headline_telling_the_bodys_news_in_other_words_is_one_fact() -> None:
    text = (
        "Harlowe Announces FDA Acceptance and Priority Review of Biologics License Application "
        "for HGX-402 in Sanfilippo Syndrome Type A\n\n"
        "BOSTON, July 9, 2026 -- Harlowe Genetics, Inc. today announced that the FDA has "
        "accepted for filing its Biologics License Application (BLA) for HGX-402 for the "
        "treatment of mucopolysaccharidosis type IIIA, and has granted the application "
        "Priority Review.\n"
    )
    assert TEXTS.des(text, _FIELDS, dateline="") == {
        ("HGX-402", "FDA", "priority_review", "mucopolysaccharidosis type IIIA")
    }


@pytest.mark.parametrize(
    "presented",
    [
        "RIVER-2, a randomised, placebo-controlled Phase 2 study in about 60 patients with "
        "genetically confirmed FCS, is enrolling in the United Kingdom.",
        "RIVER-2 is a randomized Phase 2 study of HGX-880 in approximately 90 patients aged "
        "16 to 40 years with genetically confirmed FCS.",
    ],
)
def test_a_filing_for_a_named_trial_takes_the_trials_population(presented: str) -> None:
    text = (
        "HGX-880 is an antisense oligonucleotide for familial chylomicronaemia syndrome "
        f"(FCS). {presented} The MHRA authorised the clinical trial application for RIVER-2 "
        "in November 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "indication")) == {
        ("HGX-880", "MHRA", "cleared",
         "genetically confirmed familial chylomicronaemia syndrome (FCS)")
    }


@pytest.mark.parametrize(
    ("wording", "indication"),
    [
        # the agency it was filed with, or the outcome told after it, ends the indication
        ("Harlowe filed its clinical trial application for HGX-217 in CDH17-positive solid "
         "tumors with the Center for Drug Evaluation (CDE) in May 2024.",
         "CDH17-positive solid tumors"),
        ("The study of HGX-217 runs in the European Union under a clinical trial application "
         "for IgA nephropathy approved in July 2025 through the EU Clinical Trials Information "
         "System.", "IgA nephropathy"),
    ],
)
def test_an_indication_ends_where_the_filing_goes_on(wording: str, indication: str) -> None:
    text = f"HGX-217 is an ADC. {wording}\n"
    assert {e[3] for e in TEXTS.ind(text, ("product", "agency", "status", "indication"))} == {
        indication
    }


def test_a_disease_acronym_inside_an_indication_names_it() -> None:
    text = (
        "HGX-510 is an inhibitor for pancreatic ductal adenocarcinoma (PDAC). The FDA granted "
        "HGX-510 Breakthrough Therapy designation in May 2025 for KRAS G12D-mutant metastatic "
        "PDAC after one prior line of systemic therapy.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {(
        "HGX-510", "FDA", "breakthrough_therapy",
        "KRAS G12D-mutant metastatic PDAC after one prior line of systemic therapy",
    )}


def test_the_agencies_named_after_the_disease_are_no_part_of_it() -> None:
    text = (
        "HGX-208 is an inhibitor for idiopathic pulmonary fibrosis (IPF). It holds orphan drug "
        "designation for IPF from both the U.S. FDA (May 2023) and the MFDS (2024).\n"
    )
    assert {d[3] for d in TEXTS.des(text, _FIELDS)} == {"idiopathic pulmonary fibrosis (IPF)"}


def test_a_name_with_its_code_in_brackets_opens_no_indication() -> None:
    text = "granted orphan designation for forvelitinib (HGX-417) in PSC (PDF)"
    assert find_indication(text, 0, len(text), known={"PSC": "primary sclerosing cholangitis"}) == (
        "PSC"
    )


def test_a_subheadline_in_other_words_is_the_bodys_designation() -> None:
    # "non-small cell lung cancer" and "... metastatic NSCLC": the acronym spells the words
    text = (
        "Harlowe Receives FDA RMAT Designation for HGX-204\n\n"
        "- Follows Fast Track designation in non-small cell lung cancer granted in October "
        "2024\n\n"
        "BOSTON, March 3, 2026 -- Harlowe Genetics, Inc. today announced that the FDA granted "
        "RMAT designation to HGX-204, a TCR-T therapy.\n\n"
        "In October 2024, the FDA granted HGX-204 Fast Track designation for the treatment of "
        "previously treated KK-LC-1-positive metastatic NSCLC.\n"
    )
    assert len([d for d in TEXTS.des(text, _FIELDS, dateline="") if d[2] == "fast_track"]) == 1


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        ("a study in systemic sclerosis (SSc) and more", "SSc", "systemic sclerosis"),
        ("in diffuse cutaneous systemic sclerosis (dcSSc), and", "dcSSc",
         "diffuse cutaneous systemic sclerosis"),
        ("in spinocerebellar ataxia (SCA) and", "SCA", "spinocerebellar ataxia"),
    ],
)
def test_a_word_spelling_two_letters_of_an_acronym_right_after_its_first(
    text: str, acronym: str, expansion: str
) -> None:
    # ("sclerosis" spells the S and the C of "SSc", the C being its second letter)
    acronyms.cache_clear()
    assert acronyms(text).get(acronym) == expansion


def test_a_headline_designation_dropped_as_a_summary_leaves_its_indication() -> None:
    text = (
        "Harlowe Reports Progress\n\n"
        "HLW-17 now in trials in two diseases; Fast Track designation in systemic sclerosis "
        "granted in 2025\n\n"
        "BOSTON, March 3, 2026 -- Harlowe Genetics, Inc. today reported its progress.\n\n"
        "In November 2025 the FDA granted HLW-17 Fast Track designation.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date", "indication"), dateline="") == {
        ("HLW-17", "fast_track", "2025-11", "systemic sclerosis")
    }


def test_a_disease_told_by_its_bare_acronym_is_the_indication() -> None:
    text = (
        "The FDA granted Orphan Drug Designation to QRX-12 for "
        "PKU; the Company's second program, QRX-14, received Rare Pediatric Disease "
        "designation for MSUD.\n"
    )
    assert TEXTS.des(text, ("product", "indication")) == {
        ("QRX-12", "PKU"),
        ("QRX-14", "MSUD"),
    }


def test_a_trial_named_with_a_diseases_acronym_is_no_indication() -> None:
    text = (
        "The MHRA authorised the clinical trial application for "
        "QRX-12 in HORIZON-CDD in February 2026. Health Canada issued a No Objection Letter "
        "for QRX-14 in the MIRA-FOP trial in March 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "indication")) == {
        ("QRX-12", None),
        ("QRX-14", None),
    }


@pytest.mark.parametrize("disease", ["gout", "acromegaly", "glaucoma", "sarcoidosis", "vitiligo"])
def test_a_disease_named_in_one_word_is_the_indication(disease: str) -> None:
    text = f"In 2025, QRX-12 was granted Fast Track designation by the FDA for {disease}.\n"
    assert TEXTS.des(text, ("product", "indication")) == {("QRX-12", disease)}


@pytest.mark.parametrize(
    ("indication", "spelled"),
    [
        # (session 21: a short name keeps its written form too)
        ("r/r B-ALL", "relapsed or refractory B-ALL (r/r B-ALL)"),
        ("R/R adult T-ALL/LBL", "relapsed or refractory adult T-ALL/LBL (R/R adult T-ALL/LBL)"),
        ("relapsed or refractory multiple myeloma (R/R MM)",
         "relapsed or refractory multiple myeloma (R/R MM)"),
        ("IgAN Phase 2", "IgAN"),
        ("dcSSc cohort", "dcSSc"),
        ("MMA today", "MMA"),
        ("ulcerative colitis", "ulcerative colitis"),
    ],
)
def test_an_indication_spelled_out(indication: str, spelled: str) -> None:
    assert spell_out(indication) == spelled


def test_a_longer_lead_in_before_a_defined_acronym_is_spelled_out_too() -> None:
    from dossier.extract.indications import expand_acronyms

    known = {"FA": "Friedreich's ataxia"}
    assert (
        expand_acronyms("genetically confirmed FA", known)
        == "genetically confirmed Friedreich's ataxia (FA)"
    )


def test_a_designation_without_its_disease_takes_the_one_the_others_name() -> None:
    text = (
        "The FDA granted HGX-501 Regenerative Medicine Advanced Therapy designation for "
        "Canavan disease. \"Together with the Orphan Drug designation the FDA granted in March "
        "2025, this positions HGX-501 well,\" said the CEO.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("HGX-501", "rmat", "Canavan disease"),
        ("HGX-501", "orphan_drug", "Canavan disease"),
    }


def test_designations_naming_two_diseases_leave_an_untold_one_alone() -> None:
    text = (
        "The FDA granted HGX-502 Fast Track designation for gout and Orphan Drug designation "
        "for cystinuria. The EMA granted HGX-502 PRIME in 2025.\n"
    )
    assert ("HGX-502", "prime", None) in TEXTS.des(text, ("product", "type", "indication"))


def test_a_second_designation_of_a_kind_is_not_given_the_firsts_disease() -> None:
    text = (
        "The FDA granted HGX-503 orphan drug designation for short bowel syndrome in 2024. In a "
        "separate decision, the FDA granted HGX-503 a second orphan drug designation, for "
        "chronic intestinal pseudo-obstruction, in September 2025.\n"
    )
    assert TEXTS.des(text, ("product", "date", "indication")) == {
        ("HGX-503", "2024", "short bowel syndrome"),
        ("HGX-503", "2025-09", "chronic intestinal pseudo-obstruction"),
    }


def test_an_ind_event_without_its_disease_takes_the_one_the_other_filings_name() -> None:
    text = (
        "The FDA cleared the IND for HGX-504 in hypothalamic obesity in February 2025. Health "
        "Canada issued a No Objection Letter for the HGX-504 clinical trial application in "
        "June 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "indication")) == {
        ("HGX-504", "FDA", "hypothalamic obesity"),
        ("HGX-504", "HC", "hypothalamic obesity"),
    }
