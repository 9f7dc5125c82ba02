"""Wordings first met in the twenty-ninth unseen set (precision traps written like the
development corpus's families): months dated relative to the release or to the date before,
other companies' drugs told in passing, a second relative clause, a refused designation and
another filing's status past a ";"; with the wordings each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.extract.dates import DateMention, find_dates, relative_dates

TEXTS = RuleTexts(
    "BOSTON, March 10, 2026 -- Tarnwick Therapeutics, Inc. today announced news.\n\n",
    dt.date(2026, 3, 10),
)
_ind, _des = TEXTS.ind, TEXTS.des
_RELEASED = dt.date(2026, 3, 10)


def _relative(text: str, published: dt.date | None = _RELEASED) -> list[str]:
    return [d.value for d in relative_dates(text, published, find_dates(text))]


def test_a_month_named_last_is_the_latest_such_month_before_the_release() -> None:
    assert _relative("granted last October") == ["2025-10"]
    assert _relative("granted last March") == ["2025-03"]  # the release's own month: a year back
    assert _relative("granted last February") == ["2026-02"]


def test_a_month_of_last_or_this_year() -> None:
    assert _relative("cleared in May last year") == ["2025-05"]
    assert _relative("cleared in November of last year") == ["2025-11"]
    assert _relative("cleared in January this year") == ["2026-01"]


def test_a_month_of_that_year_takes_the_year_told_before() -> None:
    text = "TW-11 entered the clinic in 2023, after the FDA cleared its IND in March of that year."
    assert _relative(text) == ["2023-03"]
    assert _relative("It was cleared in March of that year.") == []  # no year told before


def test_months_later_count_from_the_date_told_before() -> None:
    text = "The NMPA approved it in June 2023 and the FDA cleared it two months later."
    assert _relative(text) == ["2023-08"]
    assert _relative("approved in November 2023; four months later, cleared") == ["2024-03"]
    # a year alone gives no month to count from; a month told bare after it does
    assert _relative("approved in 2023 and cleared two months later") == []
    assert _relative("in 2023, approved in June and cleared two months later") == [
        "2023-06", "2023-08"]


def test_a_month_told_with_its_own_year_or_without_a_release_date_is_left_alone() -> None:
    assert _relative("granted last October 2024") == []
    assert _relative("granted last October", published=None) == []
    assert relative_dates("nothing relative here", _RELEASED, []) == []


def test_relative_months_date_the_events_they_tell() -> None:
    text = (
        "TW-11 entered the clinic in 2023, when its IND applications were approved by "
        "China's NMPA in June and cleared by the FDA two months later. TW-11 was granted "
        "Orphan Drug Designation by the FDA last October.\n"
    )
    assert {("TW-11", "NMPA", "cleared", "2023-06"), ("TW-11", "FDA", "cleared", "2023-08")
            } <= _ind(text, ("product", "agency", "status", "date"))
    assert _des(text, ("product", "agency", "type", "date")) == {
        ("TW-11", "FDA", "orphan_drug", "2025-10")}


def test_an_indication_stops_before_a_relative_time() -> None:
    text = (
        "The European Commission granted TW-20 orphan designation in May 2025, and the FDA "
        "followed with Orphan Drug Designation for CLN6 disease a month later.\n"
    )
    assert ("TW-20", "FDA", "orphan_drug", "CLN6 disease") in _des(
        text, ("product", "agency", "type", "indication"))


def test_what_a_product_holds_is_not_dated_by_another_facts_today() -> None:
    text = (
        "The European Commission has granted orphan designation to TW-30 for primary biliary "
        "cholangitis, Tarnwick announced today.\n\n"
        "\u201cEU orphan status, alongside the U.S. orphan drug designation we received last "
        "October, gives TW-30 a sound footing,\u201d said the CEO.\n\n"
        "In addition to the EU decision announced today, TW-30 holds orphan drug "
        "designation for primary biliary cholangitis from the FDA.\n"
    )
    fda = {d for d in _des(text, ("product", "agency", "type", "date")) if d[1] == "FDA"}
    assert fda == {("TW-30", "FDA", "orphan_drug", "2025-10")}


def test_another_companys_drug_with_a_long_description_is_told_in_passing() -> None:
    text = (
        "Tarnwick's TW-40 received Fast Track designation from the FDA in January 2026.\n\n"
        "Verrow Therapeutics' APOC3-targeted antisense oligonucleotide VRW-55, which received "
        "FDA Breakthrough Therapy designation for FCS in 2024, is dosed monthly.\n"
    )
    assert {d[0] for d in _des(text)} == {"TW-40"}
    assert TEXTS.products(text)["VRW-55"] == "Verrow Therapeutics"


def test_another_companys_drug_told_with_its_is_told_in_passing() -> None:
    text = (
        "Tarnwick's TW-40 received Fast Track designation from the FDA in January 2026.\n\n"
        "Halloran Bio announced FDA clearance of an IND for its intrathecal gene therapy "
        "HLB-33 late last year.\n"
    )
    assert _ind(text) == set()
    assert TEXTS.products(text)["HLB-33"] == "Halloran Bio"


def test_its_in_a_later_sentence_says_nothing_of_the_owner() -> None:
    text = (
        "Tarnwick has licensed China rights to TW-40 to Jinlu Pharma. \u201cJinlu's "
        "participation should speed enrollment once its application is cleared.\u201d\n\n"
        "About TW-40\nTW-40 received Fast Track designation from the FDA in January 2026.\n"
    )
    assert TEXTS.products(text)["TW-40"] == "Tarnwick"


def test_a_drug_with_the_possessive_of_an_unlisted_company_is_told_in_passing() -> None:
    text = (
        "Tarnwick's TW-40 received Fast Track designation from the FDA in January 2026.\n\n"
        "The target is pursued by others: Kelmont Oncology's degrader KMO-900 received FDA "
        "Fast Track designation in PTCL in March and is in Phase 1.\n"
    )
    assert {d[0] for d in _des(text)} == {"TW-40"}


def test_a_company_name_does_not_run_across_a_sentence_end() -> None:
    text = (
        "TW-50 is in development for MPS IIIC. Selmore Therapeutics' enzyme replacement "
        "candidate SMT-620 holds FDA Fast Track designation in MPS IIIC.\n"
    )
    names = {c.name for c in TEXTS.run(text).companies}
    assert "Selmore Therapeutics" in names
    assert not any("IIIC" in n for n in names)


def test_a_second_relative_clause_is_told_of_the_first_name() -> None:
    text = (
        "Other programs include TW-309, a CLDN6 x CD3 bispecific antibody, whose IND was "
        "cleared by the FDA in November 2024 and which holds FDA Fast Track designation for "
        "testicular cancer, and TW-412, a TIGIT x PD-1 bispecific antibody.\n"
    )
    assert _des(text) == {("TW-309", "FDA", "fast_track")}


def test_a_designation_not_accepted_was_not_granted() -> None:
    text = (
        "Tarnwick applied for the EMA's PRIME scheme in 2025; in February, the EMA informed "
        "the Company that TW-60 had not been accepted into PRIME at this time.\n"
    )
    assert _des(text) == set()


def test_a_status_past_a_semicolon_naming_another_countrys_filing_is_that_filings() -> None:
    text = (
        "- Health Canada No Objection Letter allows Canadian sites to join the Phase 2 study "
        "of TW-70; U.K. application submitted last week\n\n"
        "Health Canada has issued a No Objection Letter for the Phase 2 study of TW-70.\n"
    )
    assert ("TW-70", "HC", "submitted") not in _ind(text)
    assert ("TW-70", "HC", "cleared") in _ind(text)


def test_a_status_past_a_semicolon_naming_the_same_filing_stays() -> None:
    text = (
        "TW-80 received approval from China's NMPA to conduct a Phase 3 trial; the Company "
        "had filed that application in December 2022, and the CDE accepted it in August "
        "2023.\n"
    )
    assert {("TW-80", "NMPA", "accepted"), ("TW-80", "NMPA", "cleared")} <= _ind(text)


def test_relative_dates_are_date_mentions() -> None:
    found = relative_dates("granted last October", _RELEASED, [])
    assert found == [DateMention(8, 20, "2025-10")]


def test_a_day_told_without_its_year_dates_an_event_that_has_no_other_date() -> None:
    text = (
        "In Japan, Tarnwick submitted a clinical trial notification for TW-90 to the PMDA on "
        "February 27 to add Japanese sites.\n"
    )
    assert ("TW-90", "PMDA", "submitted", "2026-02-27") in _ind(
        text, ("product", "agency", "status", "date"))


def test_a_day_still_to_come_this_year_was_last_years() -> None:
    text = "Tarnwick submitted the IND for TW-91 to the FDA on November 3.\n"
    assert _ind(text, ("product", "agency", "status", "date")) == {
        ("TW-91", "FDA", "submitted", "2025-11-03")}


def test_a_bare_month_in_the_clause_comes_before_a_day_without_its_year() -> None:
    text = "The NMPA cleared the IND for TW-92 in February, and dosing began on March 2.\n"
    assert _ind(text, ("product", "agency", "status", "date")) == {
        ("TW-92", "NMPA", "cleared", "2026-02")}
