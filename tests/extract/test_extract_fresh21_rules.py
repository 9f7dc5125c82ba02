"""Wordings first met in the twenty-first unseen set (quarterly results and corporate
updates): milestone lists whose items are due later ("IND submission for X in the first
half of 2028"), trials named in apposition or by what is done to them ("conducted under
the IND"), a figure's comparison period read as an event's date, a partner named with
its role, a notification's outcome told in the next sentence, IL-1 family receptors."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "BOSTON, November 12, 2027 -- Quenmoor Therapeutics, Inc. today reported results.\n\n"
PUBLISHED = dt.date(2027, 11, 12)


def _run(text: str, dateline: str = DATELINE, published: dt.date | None = PUBLISHED):
    return extract_release(dateline + text, published_date=published)


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def _ind(text: str, **kwargs) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text, **kwargs).ind_events}


# --- plans in a milestone list ------------------------------------------------------


def test_a_milestone_item_due_after_the_release_is_a_plan_however_its_period_is_told() -> None:
    text = (
        "Upcoming Milestones\n"
        "- IND submission for QNM-310 in the first half of 2028.\n"
        "- FDA clearance of the QNM-240 IND and first patient dosed in the first quarter "
        "of 2028.\n"
        "- IND submission for QNM-520 to the MFDS (second half of 2028).\n"
    )
    assert _ind(text) == set()


def test_a_milestone_item_already_past_is_an_event() -> None:
    text = (
        "Recent Highlights\n"
        "- IND clearance from the FDA for QNM-310 in the first quarter of 2027.\n"
    )
    assert _ind(text) == {("QNM-310", "FDA", "cleared", "2027")}


def test_a_nominal_item_dated_only_by_the_releases_own_year_is_kept() -> None:
    # done or due, "in 2027" in a release of 2027 does not say: the event stays
    text = "Highlights\n- IND clearance from the FDA for QNM-310 in 2027.\n"
    assert {(p, a, s) for p, a, s, _d in _ind(text)} == {("QNM-310", "FDA", "cleared")}


def test_without_the_releases_date_only_a_colon_says_an_item_is_due() -> None:
    text = "Highlights\n- IND clearance from the FDA for QNM-310 in the first half of 2028.\n"
    assert {(p, a, s) for p, a, s, _d in _ind(text, dateline="", published=None)} == {
        ("QNM-310", "FDA", "cleared")
    }


# --- trials named like products -----------------------------------------------------


def test_a_trial_in_apposition_with_the_is_no_product_and_its_ind_is_the_drugs() -> None:
    text = (
        "QNM-214, a GalNAc-conjugated siRNA targeting ANGPTL3\n"
        "- Completed enrollment of 80 patients in STRIDE-2, the Phase 2 study of QNM-214 in "
        "patients with HoFH. STRIDE-2 is being conducted under the IND that the FDA "
        "cleared in March 2026.\n"
    )
    assert "STRIDE-2" not in _codes(text)
    assert ("QNM-214", "FDA", "cleared", "2026-03") in _ind(text)


def test_a_name_that_is_conducted_is_a_trial() -> None:
    text = (
        "Ravolimab (QNM-402), a DLL3 x CD3 T-cell engager\n"
        "- Updated ORBIT-1 Phase 1 data were presented at ESMO 2027.\n"
        "- ORBIT-1 has been conducted since 2025 under the IND that the FDA cleared in "
        "April 2025.\n"
    )
    assert "ORBIT-1" not in _codes(text)
    assert ("QNM-402", "FDA", "cleared", "2025-04") in _ind(text)


# --- dates --------------------------------------------------------------------------


def test_the_period_a_figure_is_compared_with_is_not_the_events_date() -> None:
    text = (
        "- In June 2027, Quenmoor's partner received approval from China's NMPA for its IND "
        "application for QNM-650 in pancreatic cancer.\n"
        "- License revenue: $5.0 million, reflecting a milestone payment triggered by the "
        "NMPA IND approval of QNM-650, compared with none in the second quarter of 2026.\n"
    )
    assert {d for p, a, s, d in _ind(text) if a == "NMPA"} == {"2027-06"}


# --- outcomes told after the filing -------------------------------------------------


def test_a_notifications_review_period_ending_without_objection_is_its_clearance() -> None:
    text = (
        "- The Company submitted a clinical trial notification for QNM-0412 to the PMDA on "
        "February 9, 2027. The 30-day review period ended in March 2027 without objections, "
        "and the Japanese part of the study may now proceed.\n"
    )
    assert _ind(text) == {
        ("QNM-0412", "PMDA", "submitted", "2027-02-09"),
        ("QNM-0412", "PMDA", "cleared", "2027-03"),
    }


def test_an_outcome_still_awaited_after_a_filing_is_no_clearance() -> None:
    text = (
        "- The Company submitted a clinical trial notification for QNM-0412 to the PMDA on "
        "October 9, 2027. The study may proceed once the 30-day review period ends "
        "without objections.\n"
    )
    assert {s for _p, _a, s, _d in _ind(text)} == {"submitted"}


# --- companies and targets ----------------------------------------------------------


def test_a_partner_named_with_its_role_is_named_without_it() -> None:
    text = (
        "- Partner Lanqiao Pharmaceutical secured IND clearance in China for QNM-214.\n"
        "- In October, Lanqiao Pharmaceutical Co., Ltd., which holds the rights to QNM-214 "
        "in Greater China, received clearance from the NMPA for its IND application.\n"
    )
    names = {c.name for c in _run(text).companies}
    assert not any(name.startswith("Partner") for name in names)
    assert any(name.startswith("Lanqiao") for name in names)


def test_a_company_whose_name_begins_with_a_role_word_keeps_it() -> None:
    text = "Quenmoor licensed QNM-9 to Partner Therapeutics, Inc. in May 2027.\n"
    assert "Partner Therapeutics" in {c.name for c in _run(text).companies}


def test_il1_family_receptor_accessory_proteins_are_targets_not_products() -> None:
    text = (
        "QNM-301 is an anti-IL-1RAP antibody. QNM-301 blocks IL-1RAP, the shared co-receptor "
        "of the IL-1, IL-33 and IL-36 pathways.\n"
    )
    run = _run(text)
    assert "IL-1RAP" not in {p.code for p in run.products}
    assert "IL-1RAP" in next(p for p in run.products if p.code == "QNM-301").targets
