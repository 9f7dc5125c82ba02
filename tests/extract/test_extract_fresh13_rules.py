"""Wordings first met in the thirteenth and fifteenth unseen sets: milestone tables and
lists that tell what is due, designations named as examples of a hope, places told in
another clause of a headline, a grant "based on" an opinion, filings told under a
product's own heading, and names that are times or two-word gene therapy names."""

from __future__ import annotations

import datetime as dt

from dossier.cleaning import clean_release
from dossier.extract import extract_release

DATELINE = "BOSTON, November 5, 2026 -- Pellory Bio, Inc. today reported third quarter results.\n\n"
PUBLISHED = dt.date(2026, 11, 5)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type) for d in _run(text).designations}


def _md(body: str):
    release = clean_release(
        "# Pellory Bio Reports Third Quarter 2026 Results\n\n" + DATELINE + body, "md"
    )
    return extract_release(
        release.body, published_date=release.published_date, title=release.title
    )


# --- product names -------------------------------------------------------------------


def test_a_time_in_a_table_is_no_product_code() -> None:
    body = (
        "PLY-410 is an oral peptide.\n\n"
        "| Program | Next step | Date |\n"
        "|---|---|---|\n"
        "| PLY-410 | Phase 2 start | Mid-2027 |\n"
    )
    assert [p.code for p in _md(body).products] == ["PLY-410"]


def test_a_two_word_gene_therapy_name_is_one_alias() -> None:
    text = (
        "PLY-501 (velagene corparvovec) is an investigational gene therapy. The trial of "
        "PLY-501 is ongoing."
    )
    products = _run(text).products
    assert [(p.code, p.aliases) for p in products] == [("PLY-501", ["velagene corparvovec"])]


def test_a_name_and_code_alone_in_brackets_after_a_brand_are_one_product() -> None:
    text = (
        "Net product sales of TRAVELZA(R) (tovaxistat) rose 40%.\n\n"
        "TRAVELZA (tovaxistat, PLY-017) - primary hyperoxaluria\n"
        "The FDA accepted the company's NDA for tovaxistat in 2025."
    )
    products = _run(text).products
    assert len(products) == 1
    assert products[0].code == "PLY-017"
    assert set(products[0].aliases) == {"tovaxistat", "TRAVELZA"}
