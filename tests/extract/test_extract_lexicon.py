"""The shared Aho-Corasick lexicon: boundaries, case, longest match, suffix stems."""

from __future__ import annotations

from dossier.extract.lexicon import Lexicon
from dossier.extract.mentions import is_target_symbol, scan


def _lex() -> Lexicon:
    return (
        Lexicon()
        .add("agency", [("FDA", "FDA", "cs"), ("Food and Drug Administration", "FDA")])
        .add("place", [("Taiwan", "TFDA")])
        .add("agency2", [("Taiwan Food and Drug Administration", "TFDA")])
        .add("stem", [("mab", "monoclonal_antibody")], suffix=True)
    )


def test_word_boundaries_and_case() -> None:
    hits = _lex().find("the FDA, not fda, nor FDAX")["agency"]
    assert [(h.start, h.end) for h in hits] == [(4, 7)]


def test_each_category_resolves_its_own_overlaps() -> None:
    found = _lex().find("the Taiwan Food and Drug Administration said")
    assert [h.value for h in found["agency2"]] == ["TFDA"]
    assert [h.value for h in found["place"]] == ["TFDA"]
    assert [h.value for h in found["agency"]] == ["FDA"]  # the inner phrase, in its own category


def test_suffix_entries_match_word_endings() -> None:
    hits = _lex().find("zentamab and mabs")["stem"]
    assert [(h.start, h.end) for h in hits] == [(5, 8)]


def test_agency_variants_map_to_codes() -> None:
    text = (
        "the CDE of China's NMPA, the CFDA, the European Commission, Germany's PEI, "
        "France's ANSM, Japan's MHLW, Health Canada and the Paul-Ehrlich-Institut"
    )
    codes = [h.value for h in scan(text, text.lower())["agency"]]
    assert codes == ["NMPA", "NMPA", "NMPA", "EMA", "EMA", "EMA", "PMDA", "HC", "EMA"]


def test_target_symbols() -> None:
    assert all(is_target_symbol(t) for t in ("CD19", "CLDN18.2", "HER2", "BCMA", "IL-4R", "B7-H3"))
    assert not any(is_target_symbol(t) for t in ("ZTX-101", "AB123", "PRO1184"))
