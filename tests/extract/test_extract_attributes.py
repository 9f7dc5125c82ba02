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
