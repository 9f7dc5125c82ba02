"""Rules from the third fresh evaluation set (isotopes and usage tails are no codes,
CTN wording, table rows, follow-up dates, investors)."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, March 14, 2028 -- Quelmar Therapeutics, Inc. today announced an update.\n"
PUBLISHED = dt.date(2028, 3, 14)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def test_a_radionuclide_is_no_product_and_its_label_prefix_is_dropped() -> None:
    text = (
        "Quelmar's lead candidate, [177Lu]Lu-QLM-44, delivers Lutetium-177 to tumours; its "
        "imaging agent [68Ga]Ga-QLM-44i selects patients."
    )
    assert _codes(text) == {"QLM-44", "QLM-44i"}


def test_a_title_case_usage_tail_and_a_based_tail_make_no_code() -> None:
    text = (
        "Quelmar Wins Approval for Claudin 9-Targeted ADC QLM-44\n"
        "QLM-44 is an AAV8-based gene therapy candidate."
    )
    assert _codes(text) == {"QLM-44"}


def test_a_symbol_before_a_mechanism_word_is_a_target() -> None:
    text = (
        "Its marketed product, tarolast (QLM-44), a small-molecule PTGR7 antagonist, was "
        "approved in Japan in 2026."
    )
    got = _run(text).products
    assert [p.code for p in got] == ["QLM-44"]  # not PTGR7
    assert "PTGR7" in got[0].targets


def test_the_labelled_name_is_an_alias() -> None:
    text = "Quelmar's lead candidate, [177Lu]Lu-QLM-44, is a radioligand."
    (product,) = _run(text).products
    assert product.code == "QLM-44"
    assert "[177Lu]Lu-QLM-44" in product.aliases
