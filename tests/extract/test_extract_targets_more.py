"""Target rules: "dual-targeting", a second target after describing words, a point
mutation, a symbol before another in brackets, isotypes, disease-named genes and
disease acronyms, and a product whose headline mention precedes a "Clinical Trial" line."""

from __future__ import annotations

import pytest

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


def test_a_target_with_its_role_after_it_is_no_product() -> None:
    text = (
        "Its marketed product, dorvilast (KGB-509), a small-molecule PTGDR2 antagonist, "
        "is sold in Japan. KGB-610 is an AAV9-based gene therapy delivering the human "
        "HEXA gene."
    )
    result = extract_release(LEAD + text)
    assert {p.code for p in result.products} == {"KGB-509", "KGB-610"}
    assert next(p for p in result.products if p.code == "KGB-509").targets == ["PTGDR2"]
    assert next(p for p in result.products if p.code == "KGB-610").targets == ["HEXA"]


def test_a_t_cell_engaging_pair() -> None:
    text = "KGB-511, a MSLN x CD3 T-cell engaging bispecific antibody, is in Phase 1."
    assert _targets(text, "KGB-511") == ["MSLN", "CD3"]


def test_two_targets_each_on_its_cells() -> None:
    text = (
        "KGB-512 is a bispecific antibody that binds B7 homolog 4 (B7-H4) on tumour cells "
        "and CD3 on T cells."
    )
    assert _targets(text, "KGB-512") == ["B7-H4", "CD3"]


def test_more_retinal_disease_words() -> None:
    text = (
        "The FDA granted KGB-513 orphan drug designation for achromatopsia. "
        "The FDA granted KGB-614 RMAT designation for X-linked retinoschisis."
    )
    result = extract_release(LEAD + text)
    assert {(d.product, d.indication) for d in result.designations} == {
        ("KGB-513", "achromatopsia"),
        ("KGB-614", "X-linked retinoschisis"),
    }


def test_the_ligand_not_its_receptor() -> None:
    text = (
        "KGB-515 is an antibody against CD70 ligand designed for monthly dosing. "
        "KGB-515 binds CD70 ligand (CD70L) on antigen-presenting cells."
    )
    assert _targets(text, "KGB-515") == ["CD70L"]


def test_the_gene_whose_expression_it_reduces() -> None:
    text = "KGB-516, an ASO designed to reduce KCNT1 expression in children, is in Phase 1."
    assert _targets(text, "KGB-516") == ["KCNT1"]


def test_isotopes_and_a_capitalised_target_tail_are_no_products() -> None:
    text = (
        "Korrigan Receives FDA Clearance for Claudin 9-Targeted Radioligand KGB-517\n\n"
        "The FDA cleared the IND for [225Ac]Ac-KGB-517, a radioligand. Patients are imaged "
        "with [64Cu]Cu-KGB-018, a diagnostic. The [177Lu] label."
    )
    codes = {p.code for p in extract_release(text).products}
    assert not codes & {"225Ac", "64Cu", "177Lu", "9-Targeted"}
    assert "KGB-517" in codes


def test_a_disease_acronym_in_brackets_is_no_gene() -> None:
    text = (
        "The trial of KGB-518 enrols boys with Duchenne muscular dystrophy (DMD), "
        "and KGB-518 is a gene therapy."
    )
    assert _targets(text, "KGB-518") == []


def test_three_targets_in_a_comma_list() -> None:
    text = "KGB-601 is a trispecific T-cell engager targeting CD3, CD38 and BCMA."
    assert _targets(text, "KGB-601") == ["CD3", "CD38", "BCMA"]


def test_a_dual_agonists_two_targets() -> None:
    text = "KGB-602, a GLP-1/GIP dual agonist, is in Phase 2 for obesity."
    assert _targets(text, "KGB-602") == ["GLP-1", "GIP"]


def test_the_developer_now_named_after_the_discoverer() -> None:
    text = (
        "KGB-603 was discovered by Tallis Labs and is now developed by Korrigan worldwide "
        "except Greater China."
    )
    result = extract_release(LEAD + text)
    assert {p.code: p.company for p in result.products} == {"KGB-603": "Korrigan"}


def test_what_is_named_beside_a_drug_is_no_product() -> None:
    """A target's other name, an inhibitor's target with its kind between, a molecule of
    the body, a title-case "Anti-" target, a payload and a disease written like codes."""
    text = (
        "B7-H4 (also known as VTCN1) is an immune checkpoint ligand of the B7 family. "
        "Cadherin-17 is a cell adhesion molecule of the cadherin superfamily. "
        "KGB-701, an oral small-molecule NLRP3 inflammasome inhibitor, is in Phase 1. "
        "KGB-702 is given with Tallis Pharma's Anti-PD-1 Antibody VELOREX in NSCLC. "
        "KGB-703 is an ADC carrying the DM1 payload, and KGB-704 is an antisense "
        "oligonucleotide for adults with DM1."
    )
    result = extract_release(LEAD + text)
    codes = {p.code for p in result.products}
    assert codes & {"VTCN1", "Cadherin-17", "NLRP3", "Anti-PD-1", "DM1"} == set()
    assert {"KGB-701", "KGB-702", "KGB-703", "KGB-704"} <= codes
    assert _targets(text, "KGB-701") == ["NLRP3"]


def test_a_protein_numbered_like_a_code_before_its_role_is_the_target() -> None:
    text = "KGB-705, an oral TDP-43 aggregation inhibitor for ALS, is in a Phase 1 study."
    result = extract_release(LEAD + text)
    assert {p.code for p in result.products} == {"KGB-705"}
    assert _targets(text, "KGB-705") == ["TDP-43"]


def test_a_pair_of_listed_targets_before_a_drug_is_no_product() -> None:
    text = "Korrigan's CDH17/GPA33 bispecific ADC KGB-617 received IND approval in China."
    result = extract_release(LEAD + text)
    assert {p.code for p in result.products} == {"KGB-617"}
    assert _targets(text, "KGB-617") == ["CDH17", "GPA33"]


def test_a_targets_symbol_numbered_is_a_code() -> None:
    text = "KGB-618, or FAP-2286 as its partner calls it, and WRN-119 are radioligands."
    assert {"FAP-2286", "WRN-119"} <= {
        name for p in extract_release(LEAD + text).products for name in (p.code, *p.aliases)
    }


@pytest.mark.parametrize(
    ("description", "targets"),
    [
        ("a subcutaneous peptide inhibitor of complement factor B", ["complement factor B"]),
        ("an oral inhibitor of glycolate oxidase for primary hyperoxaluria",
         ["glycolate oxidase"]),
        ("a bispecific antibody that neutralizes both TSLP and IL-13", ["TSLP", "IL-13"]),
    ],
)
def test_named_enzymes_and_neutralized_pairs(description: str, targets: list[str]) -> None:
    assert _targets(f"KGB-720, {description}, is in Phase 2.", "KGB-720") == targets


@pytest.mark.parametrize(
    ("description", "targets"),
    [
        ("an oral macrocyclic peptide inhibitor of the IL-23 receptor", ["IL-23 receptor"]),
        ("an anti-IL-31 receptor A monoclonal antibody", ["IL-31 receptor A"]),
        ("an oral, small-molecule motilin receptor agonist", ["motilin receptor"]),
        # a receptor the payload acts on is not the drug's target
        ("an ADC that carries a glucocorticoid receptor modulator payload to CD163-expressing "
         "macrophages", ["CD163"]),
    ],
)
def test_a_receptor_as_written(description: str, targets: list[str]) -> None:
    assert _targets(f"KGB-730, {description}, is in Phase 1.", "KGB-730") == targets


@pytest.mark.parametrize(
    ("description", "targets"),
    [
        ("a preclinical AAV9 gene therapy delivering MFSD8 for CLN7 disease", ["MFSD8"]),
        ("an AAV gene therapy for OTOF-related hearing loss", ["OTOF"]),
        ("an in vivo base editor designed to correct the most common SERPINA1 mutation",
         ["SERPINA1"]),
        # a payload delivered, an autoantibody named in a disease: no targets
        ("an ADC delivering MMAE to tumors", []),
        ("a CAR-T for ANCA-associated vasculitis", []),
    ],
)
def test_the_gene_a_genetic_medicine_delivers_or_corrects(
        description: str, targets: list[str]) -> None:
    assert _targets(f"KGB-740, {description}, is in Phase 1.", "KGB-740") == targets


@pytest.mark.parametrize(
    ("description", "modality"),
    [
        ("an oncolytic vaccinia virus armed with IL-12", "oncolytic_virus"),
        ("an AAVrh10 vector carrying GALC for Krabbe disease", "gene_therapy"),
    ],
)
def test_modality_of_a_virus_named_by_its_kind(description: str, modality: str) -> None:
    result = extract_release(LEAD + f"KGB-750, {description}, is preclinical.")
    assert next(p for p in result.products if p.code == "KGB-750").modality == modality


def test_an_editing_program_and_a_dual_vector_approach_with_their_genes() -> None:
    text = (
        "KGB-760 is our in vivo CRISPR-Cas9 editing program for LCA10. KGB-761, our "
        "dual-vector approach for Stargardt disease caused by ABCA4 mutations, is preclinical."
    )
    products = {p.code: p for p in extract_release(LEAD + text).products}
    assert products["KGB-760"].modality == "gene_therapy"
    assert (products["KGB-761"].modality, products["KGB-761"].targets) == (
        "gene_therapy", ["ABCA4"]
    )
