"""Wordings first met in the twentieth unseen set (short and medium newswire releases
from European, Israeli and Canadian biotechs): a study authorised under the EU Clinical
Trials Regulation, "a trial that <agency> authorised", Ireland's HPRA, month/year dates
("08/2024"), a request that the agency grant a designation, and a disease acronym with a
number ("adults with early-stage SCA7") that is no product code."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release
from dossier.extract.dates import find_dates

DATELINE = "GHENT, Belgium, 3 June 2027 - Veltrane Bio NV today announced an update.\n\n"
PUBLISHED = dt.date(2027, 6, 3)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_study_authorised_under_the_eu_clinical_trials_regulation_is_a_cta() -> None:
    text = (
        "VTB-210 is being evaluated in HELIX-2, a Phase 1/2a study in adults with "
        "early-stage disease that was authorised under the EU Clinical Trials Regulation "
        "in 09/2026."
    )
    assert _ind(text) == {("VTB-210", "EMA", "cleared", "2026-09")}


def test_a_trial_that_an_agency_authorised_is_a_clearance_per_agency() -> None:
    text = (
        "VTB-210 is studied in HELIX-1, a first-in-human Phase 1 trial that Swissmedic "
        "authorised on 14 May 2026 and that the UK Medicines and Healthcare products "
        "Regulatory Agency approved in 08/2026."
    )
    assert _ind(text) == {("VTB-210", "SWISSMEDIC", "cleared", "2026-05-14"),
                          ("VTB-210", "MHRA", "cleared", "2026-08")}


def test_irelands_hpra_authorising_a_cta_is_an_eu_clearance() -> None:
    text = (
        "The Phase 1b study of VTB-210, for which the HPRA authorised the clinical trial "
        "application in 2026, is enrolling."
    )
    assert _ind(text) == {("VTB-210", "EMA", "cleared", "2026")}


def test_a_month_and_year_written_with_a_slash_is_a_month() -> None:
    assert [d.value for d in find_dates("approved in 08/2026 and in 11/2025.")] == [
        "2026-08", "2025-11"]
    assert find_dates("on 14/05/2026") == []  # day and month: which is which is not told


def test_asking_the_agency_to_grant_a_designation_is_a_request() -> None:
    text = (
        "The FDA has notified Veltrane that its Phase 2 study of VTB-210 may proceed. "
        "Veltrane has also asked the agency to grant Fast Track designation to VTB-210."
    )
    assert _run(text).designations == []


def test_a_numbered_disease_acronym_of_patients_is_no_product() -> None:
    text = (
        "VTB-210 is an antisense oligonucleotide for spinocerebellar ataxia type 7. "
        "The study enrols adults with early-stage SCA7 across Europe. \"SCA7 is the most "
        "common inherited ataxia in the region,\" said the chief executive."
    )
    assert {p.code for p in _run(text).products} == {"VTB-210"}
