"""Wordings first met in the eighteenth unseen set (Asia-Pacific biotechs writing in
English about licences): a clearance restated as the subject of what it followed, and
a place told between a designation and its indication."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "SYDNEY, Australia, 15 September 2027: Wombray Bio Limited today announced news.\n\n"
PUBLISHED = dt.date(2027, 9, 15)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def test_a_clearance_restated_as_what_followed_a_meeting_is_not_told_again() -> None:
    text = (
        "The FDA cleared the Company's IND application for WBY-12 on 11 September 2027. "
        "The IND clearance follows a pre-IND meeting with the FDA in March 2027, at which "
        "the agency gave feedback on the manufacturing package."
    )
    assert [(e.agency, e.status, e.date) for e in _run(text).ind_events] == [
        ("FDA", "cleared", "2027-09-11")]


def test_what_a_first_agencys_outcome_follows_is_still_an_event() -> None:
    text = (
        "The TFDA approved the CTA for WBY-12 in May 2027. The TFDA approval follows "
        "clearance of the IND by the FDA in January 2027."
    )
    assert {(e.agency, e.date) for e in _run(text).ind_events} == {
        ("TFDA", "2027-05"), ("FDA", "2027-01")}


def test_a_place_between_a_designation_and_its_indication_is_no_part_of_it() -> None:
    text = (
        "WBY-12 is a drug for fibrodysplasia ossificans progressiva (FOP). WBY-12 is under "
        "priority review in Japan for FOP, the company said."
    )
    assert [d.indication for d in _run(text).designations] == [
        "fibrodysplasia ossificans progressiva (FOP)"]
