"""Wordings first met in the thirtieth unseen set (IND-event precision traps written like
the development corpus's families): trials and protocols named like codes, a licensee's
code for the same drug, an unnamed rival's clearance, correspondence under an existing
IND, and the year of a bare month; with the wordings each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAN DIEGO, Oct. 7, 2025 (GLOBE NEWSWIRE) -- Bramwell Therapeutics, Inc. today "
    "announced news.\n\n",
    dt.date(2025, 10, 7),
)
_ind = TEXTS.ind


def test_a_code_named_as_the_study_of_another_drug_is_a_trial() -> None:
    text = (
        "Bramwell presented data from ORCA-311, its Phase 1/2 study of BRW-0311 in Angelman "
        "syndrome.\n\nORCA-311 opened in the United States under an Investigational New Drug "
        "(IND) application that the FDA cleared in February 2023.\n"
    )
    assert "ORCA-311" not in TEXTS.products(text)
    assert not any(product == "ORCA-311" for product, _agency, _status in _ind(text))


def test_a_protocol_number_is_the_code_without_its_hyphen_plus_a_study_number() -> None:
    text = (
        "The FDA cleared the IND for BRW-0417 in May 2025. The Phase 1 trial, MERLIN-1 "
        "(protocol BRW0417-101), is enrolling.\n"
    )
    assert set(TEXTS.products(text)) == {"BRW-0417"}


def test_a_licensees_code_for_the_drug_it_now_develops_is_an_alias() -> None:
    text = (
        "Bramwell's partner Corlith Therapeutics, which acquired rights outside Korea to "
        "Bramwell's anti-TL1A antibody BRW-0870 in 2023 and now develops it as CRL-870, "
        "submitted an IND to the FDA in September for a Phase 2 study in ulcerative colitis.\n"
    )
    result = TEXTS.run(text)
    assert [(p.code, p.aliases) for p in result.products] == [("BRW-0870", ["CRL-870"])]
    # (and the relative clause's year is not the bare month's: the release's year is)
    assert {(e.product, e.agency, e.status, e.date) for e in result.ind_events} == {
        ("BRW-0870", "FDA", "submitted", "2025-09")}


def test_an_unnamed_rivals_clearance_is_not_an_event() -> None:
    text = (
        "Bramwell's BRW-0870 is in Phase 2. A competing anti-TL1A program at another U.S. "
        "company received FDA IND clearance earlier this year, Bramwell noted.\n"
    )
    assert _ind(text) == set()


def test_correspondence_under_an_existing_ind_is_no_new_filing() -> None:
    text = (
        "In July 2025, Bramwell submitted a complete response to the FDA together with a "
        "protocol amendment to its existing IND for BRW-318. The FDA cleared the IND for "
        "BRW-318 in March 2023.\n"
    )
    assert _ind(text) == {("BRW-318", "FDA", "cleared")}


def test_a_month_in_mid_month_wording_has_a_year() -> None:
    text = "In mid-June, the FDA cleared the IND for BRW-610.\n"
    assert _ind(text, ("product", "agency", "status", "date")) == {
        ("BRW-610", "FDA", "cleared", "2025-06")}
