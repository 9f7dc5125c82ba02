"""Wordings first met in the twenty-second unseen set (regulators beyond the FDA, EMA and
NMPA): a designation granted "following a positive opinion" and a filing denied with
"no" ("no IND has been submitted"), with the wordings they must leave alone."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release
from dossier.extract.event_model import RawEvent
from dossier.extract.merge import merge_events
from dossier.extract.sentences import Sentence

DATELINE = "MILAN, Italy, 14 September 2027 -- Verbena Therapeutics S.p.A. today reported news.\n\n"
PUBLISHED = dt.date(2027, 9, 14)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def _des(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.type, e.date) for e in _run(text).designations}


def test_a_designation_granted_following_a_positive_opinion_was_granted() -> None:
    text = (
        "VRB-01 is an autologous gene therapy. It holds orphan designation from the European "
        "Commission for alpha-mannosidosis, granted in 2025 following a positive opinion of "
        "the Committee for Orphan Medicinal Products.\n"
    )
    assert ("VRB-01", "EMA", "orphan_drug", "2025") in _des(text)


def test_a_positive_opinion_alone_is_no_designation() -> None:
    text = (
        "The COMP adopted a positive opinion recommending orphan designation for VRB-01 in "
        "alpha-mannosidosis in August 2027; the European Commission decision is awaited.\n"
    )
    assert _des(text) == set()


def test_a_filing_denied_with_no_is_no_event() -> None:
    text = (
        "The MFDS approved the IND for VRB-02 in March 2027. The company also plans to "
        "discuss a U.S. study with the FDA, but no IND has been submitted at this time.\n"
    )
    assert _ind(text) == {("VRB-02", "MFDS", "cleared")}


def test_the_agencys_no_objection_to_an_ind_is_still_its_clearance() -> None:
    text = "In May 2027 the FDA raised no objection to the IND for VRB-03 in lupus nephritis.\n"
    assert ("VRB-03", "FDA", "cleared") in _ind(text)


def test_a_designation_that_has_not_been_granted_is_none() -> None:
    text = (
        "VRB-04 has not been granted Fast Track designation by the FDA, and the company has "
        "no plans to request it.\n"
    )
    assert _des(text) == set()


def test_brazils_trial_dossier_filed_then_approved_is_two_events() -> None:
    text = (
        "ANVISA approved on August 4, 2027 the Clinical Drug Development Dossier (DDCM) for "
        "the Phase 2 study of VRB-D4, its dengue vaccine candidate. Verbena filed the DDCM "
        "with ANVISA in April 2027.\n"
    )
    assert _ind(text) == {("VRB-D4", "ANVISA", "cleared"), ("VRB-D4", "ANVISA", "submitted")}



def test_a_headline_bullets_undated_filing_is_the_bodys_dated_one_whatever_its_indication() -> None:
    # the bullet above the dateline took the company's description for its indication
    # (fresh22_07); the body tells the one filing, dated and with its own indication
    bullet = Sentence(60, 150, "- Company also submitted a CTA to Health Canada for X", 2)
    body = Sentence(400, 520, "in June 2027 it submitted a CTA to Health Canada for X", 6)
    events = [
        RawEvent(0, "HC", "ind", "submitted", None, "lysosomal storage disorders", bullet),
        RawEvent(0, "HC", "ind", "submitted", "2027-06", "MPS IIIB", body, order=1),
    ]
    merged = merge_events(events, body_start=300)
    assert [(e.date, e.indication) for e in merged] == [("2027-06", "MPS IIIB")]
    # without a headline zone both stay: their indications differ
    assert len(merge_events(events, body_start=0)) == 2
