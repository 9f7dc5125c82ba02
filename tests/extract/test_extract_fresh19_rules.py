"""Wordings first met in the nineteenth unseen set (conference, financing, appointment,
strategy and merger releases that use regulatory words often): a new executive's record
at a former employer, filings and designations counted in bulk, another company's drug
in a market paragraph, "Fast Track" as the name of an incubator, plans told after the
filing ("remains on track", "planned for 2028"), applications to an agency named in
full, and a programme that was awarded a designation."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "BOSTON, June 2, 2027 -- Norvanta Bio, Inc. today announced an update.\n\n"
PUBLISHED = dt.date(2027, 6, 2)
LEAD = (
    "NVB-220 received Investigational New Drug (IND) clearance from the FDA in March 2027. "
)


def _run(text: str):
    return extract_release(DATELINE + LEAD + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type) for d in _run(text).designations}


CLEARED = ("NVB-220", "FDA", "cleared")


def test_an_executives_record_at_a_former_employer_is_no_fact() -> None:
    text = (
        "Dr. Ines Halvard joins Norvanta from Brimstow Therapeutics, where she led the "
        "regulatory strategy behind more than ten IND clearances and two Breakthrough "
        "Therapy designations. She previously served as head of regulatory affairs at "
        "Quenby Pharma, where programs under her leadership received Fast Track and "
        "Orphan Drug designations."
    )
    assert _ind(text) == {CLEARED}
    assert _des(text) == set()


def test_filings_and_designations_counted_in_bulk_are_no_facts() -> None:
    text = (
        "Separately, Corlith Research, the contract research organisation running the "
        "trial, announced that it has supported more than 40 oncology IND and CTA "
        "submissions this year, eleven of which went on to receive Fast Track designation."
    )
    assert _ind(text) == {CLEARED}
    assert _des(text) == set()


def test_another_companys_drug_in_a_market_paragraph_gets_no_designation() -> None:
    text = (
        "The market has grown since Tessaly Pharma's ORVENTA (orvalimab), which held "
        "Breakthrough Therapy designation, received accelerated approval in 2025."
    )
    assert _des(text) == set()


def test_fast_track_naming_an_incubator_is_no_designation() -> None:
    text = (
        "Norvanta discovered NVB-220 in 2022 as part of the Harbor Point Fast Track "
        "incubator programme, and NVB-220 was later funded by the Delft Fast Track "
        "venture program."
    )
    assert _des(text) == set()


def test_plans_told_after_the_filing_are_no_facts() -> None:
    assert _ind("A U.S. IND submission for NVB-310 remains on track for the second "
                "half of 2027.") == {CLEARED}
    table = (
        "| Program | Modality | Status |\n|---|---|---|\n"
        "| NVB-410 | Allogeneic CAR-NK | IND submission planned for 2028 |\n"
    )
    assert _ind("\n\n" + table) == {CLEARED}


def test_an_application_to_an_agency_named_in_full_is_no_designation() -> None:
    text = (
        "Norvanta has also applied to the UK Medicines and Healthcare products Regulatory "
        "Agency (MHRA) for an Innovation Passport for NVB-220; the application is being "
        "assessed."
    )
    assert _des(text) == set()


def test_a_programme_awarded_a_designation_holds_it() -> None:
    text = (
        "In May 2027 the MHRA authorised Norvanta's clinical trial application for a "
        "first-in-human study of NVB-220, and the programme was awarded an Innovation "
        "Passport in 2026."
    )
    assert ("NVB-220", "MHRA", "innovation_passport") in _des(text)


def test_a_meeting_session_label_names_no_company() -> None:
    text = (
        "BOSTON, June 2, 2027 -- Norvanta Bio, Inc. today announced two posters.\n\n"
        "Title: Phase 1 results of NVB-214\n"
        "Session: Developmental Therapeutics - Molecularly Targeted Agents\n"
        "Date: June 3, 2027\n\nNVB-214 received IND clearance from the FDA in 2026."
    )
    names = [c.name for c in extract_release(text, published_date=PUBLISHED).companies]
    assert names == ["Norvanta Bio"]


def test_a_bank_named_where_the_prospectus_can_be_obtained_is_no_company() -> None:
    text = (
        "Harrowgate Securities, Wexbridge & Co. and Lantreux Capital are acting as joint "
        "book-running managers for the offering. Copies of the final prospectus may be "
        "obtained from Harrowgate Securities LLC or from Wexbridge & Co., Attention: "
        "Prospectus Department, 200 Park Avenue, New York.\n"
    )
    assert not any("Wexbridge" in c.name for c in _run(text).companies)
