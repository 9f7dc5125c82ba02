"""Rules found on the blind set fresh58 (product attributes and ownership), on texts of
our own: targets named by a silencing prefix, a trispecific's three arms, an inflammasome
whose activation is blocked, a vaccine's listed neoantigens, a gene therapy's gene named
in words with its symbol after."""

from __future__ import annotations

import datetime as dt

import pytest
from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "CAMBRIDGE, Mass., June 2, 2026 -- Brannock Therapeutics, Inc. (Nasdaq: BRNK) today "
    "announced pipeline updates.\n\n",
    dt.date(2026, 6, 2),
)


def _targets(text: str) -> dict[str, list[str]]:
    return {p.code: p.targets for p in TEXTS.run(text).products}


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("BRN-301 is a C3-silencing siRNA for IgA nephropathy.", ["C3"]),
        # proteins named in words, without a symbol (the vocabulary's)
        (
            "BRN-104 is an oral, brain-penetrant inhibitor of glucosylceramide synthase.",
            ["glucosylceramide synthase"],
        ),
        (
            "BRN-330 is a pharmacological chaperone that binds the enzyme glucocerebrosidase.",
            ["glucocerebrosidase"],
        ),
        (
            "BRN-101 is a gut-selective humanized antibody against the alpha-4 beta-7 integrin.",
            ["alpha-4 beta-7 integrin"],
        ),
        ("BRN-650 is a macrocyclic peptide inhibitor of complement component C5.", ["C5"]),
        (
            "BRN-510 is an oral allosteric inhibitor of the protein tyrosine phosphatase SHP2.",
            ["SHP2"],
        ),
        ("BRN-511 is an oral inhibitor of complement factor B.", ["complement factor B"]),
        (
            "BRN-033 is a CAR-NK cell therapy carrying a dual CAR against CD33 and C-type "
            "lectin-like molecule-1 (CLL1).",
            ["CD33", "CLL1"],
        ),
        ("BRN-207 is a B7-H3 x CD3 x CD28 trispecific T-cell engager.", ["B7-H3", "CD3", "CD28"]),
        (
            "BRN-009 is an oral small molecule that selectively blocks activation of the NLRP3 "
            "inflammasome.",
            ["NLRP3"],
        ),
        (
            "BRN-220 is an mRNA cancer vaccine encoding the shared KRAS G12D and KRAS G12V "
            "neoantigens.",
            ["KRAS G12D", "KRAS G12V"],
        ),
        (
            "BRN-520 is an AAV9 gene therapy that delivers a functional copy of the progranulin "
            "gene (GRN) to the brain.",
            ["GRN"],
        ),
    ],
)
def test_targets_told_in_these_ways_are_found(sentence: str, targets: list[str]) -> None:
    code = sentence.split()[0]
    assert _targets(sentence + "\n")[code] == targets


def test_a_copy_of_a_gene_without_a_symbol_names_no_target() -> None:
    # the name alone is no symbol: nothing to report rather than a word of the name
    text = (
        "BRN-521 is an AAV9 gene therapy that delivers a functional copy of the progranulin "
        "gene.\n"
    )
    assert _targets(text)["BRN-521"] == []


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("BRN-707 is a CAR-T cell therapy that targets mesothelin (MSLN).", ["MSLN"]),
        # a symbol keeps its place before a synonym; a name of several words is kept
        ("BRN-708 is an agonist antibody against 4-1BB (CD137).", ["4-1BB"]),
        ("BRN-709 is an siRNA that silences glycolate oxidase (GO) in the liver.",
         ["glycolate oxidase"]),
    ],
)
def test_a_one_word_name_gives_way_to_its_symbol(sentence: str, targets: list[str]) -> None:
    code = sentence.split()[0]
    assert _targets(sentence + "\n")[code] == targets


def test_the_code_a_product_was_originated_as_is_its_alias() -> None:
    text = (
        "BRN-1130 is an antibody-drug conjugate directed at HER3. The molecule was originated "
        "by Daesong Bioworks Co., Ltd. as DSG-311; Brannock acquired exclusive worldwide rights "
        "to the program in 2021.\n"
    )
    products = {p.code: p.aliases for p in TEXTS.run(text).products}
    assert products == {"BRN-1130": ["DSG-311"]}


def test_a_quoted_short_name_is_no_second_company() -> None:
    text = (
        'Shanghai Brannock Cell Biotech Co., Ltd. ("Brannock Cell Biotech" or "Brannock") '
        "today announced that the CDE granted implied approval for BRN-B2C.\n"
    )
    run = TEXTS.run(text, dateline="SHANGHAI, April 28, 2025 /PRNewswire/ -- ")
    assert [c.name for c in run.companies] == ["Brannock Cell Biotech"]


def test_a_legal_form_inside_a_product_code_is_no_company() -> None:
    text = (
        "# Brannock and Marrowgate Pharma Announce Exercise of Option for GRPR-Targeted "
        "Radioligand PLC-310\n\nMarrowgate Pharma AG exercised its option for PLC-310.\n"
    )
    names = {c.name for c in TEXTS.run(text).companies}
    assert not any("Radioligand" in n for n in names)


def test_a_review_ended_without_inquiries_is_a_clearance() -> None:
    text = (
        "Brannock announced that the 30-day review of its clinical trial notification (CTN) for "
        "BRN-402 by the Pharmaceuticals and Medical Devices Agency (PMDA) ended on February 19, "
        "2025 without inquiries, allowing the Japanese Phase 1/2 study to proceed.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("BRN-402", "PMDA", "cleared", "2025-02-19")
    }


def test_a_headlines_ind_under_review_is_not_cleared() -> None:
    text = (
        "Brannock's TROP2 ADC 'BRN-501' Approved for Phase 1 Trial by MFDS ... Taiwan Approval "
        "Last Month, U.S. IND Under Review\n\n"
        "Brannock announced that BRN-501 received approval of its Phase 1 clinical trial plan "
        "from the Ministry of Food and Drug Safety (MFDS) on May 8, 2026. Brannock submitted an "
        "IND for BRN-501 to the U.S. FDA in April 2026.\n"
    )
    statuses = TEXTS.ind(text, ("product", "agency", "status"))
    assert ("BRN-501", "FDA", "cleared") not in statuses
    assert ("BRN-501", "FDA", "submitted") in statuses


def test_a_study_conducted_after_approval_by_an_agency_was_cleared() -> None:
    text = (
        "BRN-301 lowered circulating C3 by 91% in the Phase 1 study, which was conducted in "
        "New Zealand after approval by Medsafe, the New Zealand Medicines and Medical Devices "
        "Safety Authority, in 2023.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("BRN-301", "OTHER", "cleared", "2023")
    }


def test_its_in_the_sentence_before_the_product_names_no_owner() -> None:
    text = (
        "Brannock co-develops BRN-33 with Hefang Pharmaceutical Co., Ltd. (\"Hefang\"), which "
        "holds commercialization rights in Greater China; Brannock owns the program and leads "
        "its development. BRN-33 received NMPA clinical trial approval in 2025.\n"
    )
    assert TEXTS.products(text)["BRN-33"] == "Brannock"


def test_a_companys_pipeline_led_by_a_product_is_its_own() -> None:
    text = (
        "Brannock agreed to acquire Sandmere Oncology. The acquisition complements Brannock's "
        "own late-stage pipeline, led by orvelisib (BRN-2207), an oral PI3K-alpha inhibitor.\n\n"
        "About Sandmere Oncology\n\nSandmere Oncology develops SDM-420. This release contains "
        "forward-looking statements about SDM-420 and orvelisib.\n"
    )
    assert TEXTS.products(text)["BRN-2207"] == "Brannock"
