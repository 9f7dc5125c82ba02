"""Target rules: "dual-targeting", a second target after describing words, a point
mutation, a symbol before another in brackets, isotypes, disease-named genes and
disease acronyms, and a product whose headline mention precedes a "Clinical Trial" line."""

from __future__ import annotations

from dossier.extract import extract_release

LEAD = "DUBLIN, June 3, 2030 -- Korrigan Bio Inc. today announced an update. "


def _targets(text: str, code: str) -> list[str]:
    result = extract_release(LEAD + text)
    return next(p for p in result.products if p.code == code).targets


def test_dual_targeting_pair() -> None:
    text = "KGB-501, an allogeneic CD22/TACI dual-targeting CAR-T, is in Phase 1."
    assert _targets(text, "KGB-501") == ["CD22", "TACI"]


def test_a_second_target_after_describing_words_and_its_synonym() -> None:
    text = (
        "KGB-502 is an IgG4 bispecific antibody that binds HER3 and the co-stimulatory "
        "receptor OX40 (CD134)."
    )
    assert _targets(text, "KGB-502") == ["HER3", "OX40"]


def test_a_point_mutation_belongs_to_the_target() -> None:
    text = "KGB-503, a TCR-T cell therapy against NRAS Q61K, is in preclinical development."
    assert _targets(text, "KGB-503") == ["NRAS Q61K"]


def test_a_named_target_gives_way_to_its_symbol_once() -> None:
    text = "KGB-504, a Claudin 6 (CLDN6)-directed antibody-drug conjugate, is preclinical."
    assert _targets(text, "KGB-504") == ["CLDN6"]


def test_the_gene_a_disease_is_named_after() -> None:
    text = "KGB-505 is a dual-AAV gene therapy for MYO7A-related Usher syndrome."
    assert _targets(text, "KGB-505") == ["MYO7A"]


def test_a_disease_acronym_after_a_long_name_is_no_target() -> None:
    text = (
        "KGB-506 is an siRNA targeting PNPLA3 for metabolic dysfunction-associated "
        "steatohepatitis (MASH)."
    )
    assert _targets(text, "KGB-506") == ["PNPLA3"]


def test_a_headline_code_before_a_trial_line_is_still_a_product() -> None:
    text = (
        "Korrigan starts first-in-human trial of KGB-507\n\n"
        "Clinical Trial Notification for KGB-507 lodged with the TGA.\n\n"
        "The company's second programme, KGB-608, is an siRNA targeting ANGPTL3."
    )
    result = extract_release(text)
    assert {p.code for p in result.products} >= {"KGB-507", "KGB-608"}
