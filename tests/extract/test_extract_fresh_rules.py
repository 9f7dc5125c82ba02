"""Rules from the fresh evaluation set: applications for a designation, Japan's CTN
review, an IND that went into effect, indication clean-up, dates."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "LISBON, March 14, 2028 -- Quelmar Therapeutics, Inc. today announced an update.\n"
PUBLISHED = dt.date(2028, 3, 14)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_a_designation_applied_for_with_an_agency_is_no_event() -> None:
    text = "Quelmar has applied to the FDA for Fast Track designation for QLM-44 in 2027."
    assert _des(text) == set()
    text = "The Company submitted a request to the MHRA for an Innovation Passport for QLM-44."
    assert _des(text) == set()


def test_a_date_after_the_release_is_not_the_designations_date() -> None:
    text = (
        "QLM-44 holds orphan drug designation from the FDA; a pivotal study is expected "
        "to start in 2029."
    )
    assert _des(text) == {("QLM-44", "FDA", "orphan_drug", None)}
