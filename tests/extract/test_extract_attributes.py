"""What a release says about a product: targets, modality, cell source, owner."""

from __future__ import annotations

from dossier.extract import extract_release

LEAD = "BOSTON, May 2, 2024 -- Zentavo Bio Inc. today announced an update. "


def _product(text: str, code: str):
    result = extract_release(LEAD + text)
    return next(p for p in result.products if p.code == code)


def test_target_cues() -> None:
    assert _product("ZTX-101, a CD19-directed CAR-T, is in Phase 1.", "ZTX-101").targets == ["CD19"]
    assert _product("ZTX-202 is an antibody targeting GPRC5D.", "ZTX-202").targets == ["GPRC5D"]
    assert _product("ZTX-303, a PD-L1/4-1BB bispecific antibody.", "ZTX-303").targets == [
        "PD-L1",
        "4-1BB",
    ]
    long_name = "ZTX-404 is an antibody against interleukin-4 receptor alpha (IL-4Rα)."
    assert _product(long_name, "ZTX-404").targets == ["IL-4Rα"]


def test_targets_of_a_neighbour_are_not_taken() -> None:
    text = "The pipeline includes ZTX-101, a CD19-directed CAR-T, and ZTX-505 (TRBC1) in lymphoma."
    assert _product(text, "ZTX-505").targets == ["TRBC1"]


def test_modality_prefers_the_specific_word() -> None:
    text = "ZTX-606 is an antibody-drug conjugate made of a monoclonal antibody and a payload."
    assert _product(text, "ZTX-606").modality == "adc"
    assert _product("ZTX-707, an allogeneic CAR-NK cell therapy.", "ZTX-707").modality == "car_nk"


def test_modality_from_the_list_opener() -> None:
    text = "Its pipeline of CAR T candidates includes ZTX-111 in ALL and ZTX-222 in myeloma."
    assert _product(text, "ZTX-222").modality == "car_t"


def test_inn_stem_settles_the_modality() -> None:
    text = "Zentavo's velotuzumab vedotin (ZTX-909) is an antibody for solid tumors."
    assert _product(text, "ZTX-909").modality == "adc"


def test_cell_source() -> None:
    assert _product("ZTX-101, an autologous CAR-T.", "ZTX-101").cell_source == "autologous"
    assert _product("ZTX-102, an off-the-shelf CAR-NK.", "ZTX-102").cell_source == "allogeneic"


def test_owner_from_possessive_and_about_section() -> None:
    text = (
        "Zentavo Bio Inc. licensed Corvanta Pharma Inc.'s antibody CVX-12 for Asia.\n"
        "About Zentavo\nZentavo develops ZTX-101, a CD19 CAR-T."
    )
    result = extract_release(LEAD + text)
    owners = {p.code: p.company for p in result.products}
    assert owners == {"CVX-12": "Corvanta Pharma", "ZTX-101": "Zentavo"}
    assert {c.name for c in result.companies} >= {"Zentavo", "Corvanta Pharma"}


def test_targets_after_tissue_words_long_names_and_bracketed_symbols() -> None:
    text = "ZTX-111, an siRNA that silences hepatic ANGPTL3, is in Phase 1."
    assert _product(text, "ZTX-111").targets == ["ANGPTL3"]
    text = "ZTX-112 is a peptide agonist of the thrombopoietin receptor (TPOR)."
    assert _product(text, "ZTX-112").targets == ["TPOR"]
    text = "ZTX-113, an oral lysine-specific demethylase 1 (LSD1) inhibitor, is in Phase 2."
    assert _product(text, "ZTX-113").targets == ["LSD1"]
    assert _product("ZTX-114, a pan-KRAS degrader, is preclinical.", "ZTX-114").targets == ["KRAS"]


def test_a_bispecific_pair_written_as_one_token_and_no_target_inside_a_word() -> None:
    text = "ZTX-115, a GPC3x4-1BB bispecific antibody, is in IND-enabling studies."
    assert set(_product(text, "ZTX-115").targets) == {"GPC3", "4-1BB"}
    text = "ZTX-116, an iPSC-derived CAR-NK cell therapy targeting BCMA, is in Phase 1."
    assert _product(text, "ZTX-116").targets == ["BCMA"]


def test_a_gene_therapy_names_the_gene_it_delivers() -> None:
    text = "ZTX-117 is an AAV gene therapy delivering a codon-optimised Factor VIII transgene."
    assert _product(text, "ZTX-117").targets == ["Factor VIII"]
    text = "ZTX-118 is an AAV gene therapy for Wilson disease (ATP7B) in preclinical studies."
    assert _product(text, "ZTX-118").targets == ["ATP7B"]


def test_the_licensee_that_develops_the_product_owns_it() -> None:
    text = (
        "In 2023, Zentavo out-licensed Greater China rights to ZTX-119 to Merrow Pharma Inc., "
        "which is developing it in China."
    )
    assert _product(text, "ZTX-119").company == "Merrow Pharma"
    text = (
        "Its second program, ZTX-120, a personalised cancer vaccine, is partnered with "
        "Tollan Oncology AG, which leads its development."
    )
    assert _product(text, "ZTX-120").company == "Tollan Oncology"


def test_knock_down_and_degrade_name_targets() -> None:
    assert _product("ZTX-121 is an siRNA that knocks down hepatic PCSK9.", "ZTX-121").targets == [
        "PCSK9"
    ]
    assert _product(
        "ZTX-122, a molecule that degrades BRD9, is preclinical.", "ZTX-122"
    ).targets == ["BRD9"]


def test_what_a_product_reduces_the_expression_of() -> None:
    text = "ZTX-123 is an ASO that reduces expression of the SNCA transcript (SNCA-AS1) in neurons."
    assert _product(text, "ZTX-123").targets == ["SNCA-AS1"]
