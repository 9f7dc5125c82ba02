"""Rules found on the blind set fresh67 (products and their attributes), on texts of our
own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, Dec. 1, 2025 -- Quorra Therapeutics, Inc. today provided a pipeline update.\n\n",
    dt.date(2025, 12, 1),
)


def test_a_partner_designates_the_program_with_a_code_of_its_own() -> None:
    text = (
        "Under a collaboration signed in 2023, Nanlu Therapeutics Co., Ltd. co-develops QRA-217 "
        "in mainland China, where the program is designated NL-0217. Nanlu submitted a clinical "
        "trial application for NL-0217 to China's NMPA in January 2025.\n\n"
        "QRA-621 is an ADC against CDH6. In Japan the program is designated KJ-5621.\n"
    )
    names = [{p.code, *p.aliases} for p in TEXTS.run(text).products]
    assert {"QRA-217", "NL-0217"} in names
    assert {"QRA-621", "KJ-5621"} in names


def test_a_former_code_after_a_bracketed_name_is_an_alias() -> None:
    text = (
        "- QRA-184 (sotarelisib), formerly MRQ-1184, is an oral KRAS G12C inhibitor. The FDA "
        "cleared the IND for MRQ-1184 in NSCLC in September 2023.\n"
    )
    names = [{p.code, *p.aliases} for p in TEXTS.run(text).products]
    assert names == [{"QRA-184", "sotarelisib", "MRQ-1184"}]


def test_a_company_filing_for_a_designation_is_no_grant_and_names_the_owner() -> None:
    text = (
        "Quorra is spinning out its oncology assets into Tolmen Bio. Meridan Pharma retains "
        "its metabolic portfolio. Meridan has also filed for Orphan Drug Designation for "
        "MRQ-7710, a peptide inhibitor of the ghrelin receptor, in Prader-Willi syndrome; the "
        "request remains under review.\n"
    )
    assert TEXTS.des(text) == set()
    assert TEXTS.products(text)["MRQ-7710"] == "Meridan"


def test_a_trial_approved_past_a_long_aside_on_its_population() -> None:
    text = (
        "The first-in-human Phase 1 study of QRA-3301, in healthy volunteers and patients with "
        "elevated triglycerides, was approved by New Zealand's Medicines and Medical Devices "
        "Safety Authority (Medsafe) in 2023.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("QRA-3301", "OTHER", "cleared", "2023")
    }


def test_a_designation_for_the_prevention_of_rejection_is_granted() -> None:
    text = (
        "QRA-T07 was awarded an Innovation Passport under the Innovative Licensing and Access "
        "Pathway (ILAP) in 2024 for the prevention of rejection in HLA-mismatched kidney "
        "transplantation.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("QRA-T07", "MHRA", "innovation_passport", "2024")
    }


def test_targets_named_after_their_class_a_long_name_or_an_isoform() -> None:
    cases = {
        "QRA-915 is an oral, selective inhibitor of the histone acetyltransferase KAT6A.": "KAT6A",
        "QRA-501 is an oral RIPK1 (receptor-interacting protein kinase 1) inhibitor.": "RIPK1",
        "QRA-207 is a humanized antibody binding the chemokine receptor CCR8.": "CCR8",
        "QRA-118 is an oral KCC2 potentiator for Dravet syndrome.": "KCC2",
        "QRA-781 is a FGFR2b-directed antibody-drug conjugate.": "FGFR2b",
    }
    for text, target in cases.items():
        [product] = TEXTS.run(text + "\n").products
        assert product.targets == [target], text
