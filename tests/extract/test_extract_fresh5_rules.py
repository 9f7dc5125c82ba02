"""Wordings first met in a fifth unseen set: a name without a known INN stem before its
code, designation histories, and schemes told in bullets."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, June 20, 2027 -- Brennhold Bio AS today announced an update.\n"
PUBLISHED = dt.date(2027, 6, 20)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_a_lower_case_name_before_a_code_in_parentheses_is_its_alias() -> None:
    text = (
        "Brennhold develops tarvonex (BRH-310), an oral inhibitor of kinase X.\n\n"
        "Tarvonex was granted Fast Track designation by the FDA in May 2026."
    )
    r = _run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("BRH-310", ["tarvonex"])]
    assert _des(text) == {("BRH-310", "FDA", "fast_track", "2026-05")}


def test_a_plain_word_before_a_code_is_no_alias() -> None:
    text = (
        "Brennhold develops an oral inhibitor (BRH-310) and a second ligand (BRH-311).\n\n"
        "The inhibitor and the ligand are both in clinical trials (BRH-310-01)."
    )
    assert all(not p.aliases for p in _run(text).products)
