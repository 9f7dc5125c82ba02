"""Wordings first met in the twentieth unseen set (everyday newswire releases from
European, Israeli, Canadian and US biotechs): requests for a designation, months written
"11/2025", "the 21st of October", "earlier in the year", EU national regulators, trials
an agency authorised in a relative clause or under the EU Clinical Trials Regulation,
"informed the company that the study may proceed", disease acronyms opening a
parenthesis and the filing of a trial in a release about one product."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "LYON, March 4, 2027 -- Pellmar Bio SA today announced an update.\n\n"
PUBLISHED = dt.date(2027, 3, 4)


def _run(text: str, dateline: str = DATELINE):
    return extract_release(dateline + text, published_date=PUBLISHED)


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def _des(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.type, e.date) for e in _run(text).designations}


# --- designations ------------------------------------------------------------------


def test_asking_the_agency_to_grant_a_designation_is_no_grant() -> None:
    text = (
        "The FDA cleared the IND for PLM-71 in February 2027. Pellmar has also asked the "
        "agency to grant Fast Track designation to PLM-71; that request remains open."
    )
    assert not any(d[2] == "fast_track" for d in _des(text))


def test_earlier_in_the_year_takes_the_year_told_before() -> None:
    text = (
        "In 06/2026, Orphan Drug Designation was granted to PLM-71 by the FDA. Earlier in "
        "the year, the Committee for Advanced Therapies of the European Medicines Agency "
        "classified PLM-71 as an advanced therapy medicinal product (ATMP)."
    )
    found = _des(text)
    assert ("PLM-71", "FDA", "orphan_drug", "2026-06") in found
    assert ("PLM-71", "EMA", "other", "2026") in found


# --- dates ---------------------------------------------------------------------------


def test_a_month_written_with_a_slash() -> None:
    text = (
        "The clinical trial application for PLM-71 was authorised in Germany on 2 March "
        "2027. Pellmar had submitted the CTA through the Clinical Trials Information "
        "System in 11/2026."
    )
    assert ("PLM-71", "EMA", "submitted", "2026-11") in _ind(text)


def test_a_day_written_before_of_and_the_month() -> None:
    text = (
        "The European Commission granted orphan designation to PLM-71 for the treatment of "
        "glioma on the 21st of October 2026."
    )
    assert ("PLM-71", "EMA", "orphan_drug", "2026-10-21") in _des(text)


# --- IND events ------------------------------------------------------------------------


def test_an_irish_regulator_named_in_full_is_an_eu_agency() -> None:
    text = (
        "The Health Products Regulatory Authority authorised the clinical trial "
        "application for PLM-71 in 2026."
    )
    assert ("PLM-71", "EMA", "cleared", "2026") in _ind(text)


def test_a_trial_that_agencies_authorised_in_relative_clauses() -> None:
    text = (
        "PLM-71 is already being studied on its own in TIDAL-1, a first-in-human Phase 1 "
        "trial that Swissmedic authorised on 14 May 2026 and that the UK Medicines and "
        "Healthcare products Regulatory Agency approved in 08/2026."
    )
    found = _ind(text)
    assert ("PLM-71", "SWISSMEDIC", "cleared", "2026-05-14") in found
    assert ("PLM-71", "MHRA", "cleared", "2026-08") in found


def test_a_study_authorised_under_the_eu_clinical_trials_regulation() -> None:
    text = (
        "PLM-71 is being evaluated in BRIGHT-3, a Phase 1/2a study in adults with glioma "
        "that was authorised under the EU Clinical Trials Regulation in 09/2026 with the "
        "Spanish Agency of Medicines and Medical Devices acting as reporting Member State."
    )
    assert ("PLM-71", "EMA", "cleared", "2026-09") in _ind(text)


def test_the_agency_informed_the_company_that_a_named_study_may_proceed() -> None:
    text = (
        "Pellmar today announced that the U.S. Food and Drug Administration has informed "
        "the company that CASCADE-2 may proceed. CASCADE-2 is a Phase 1b/2 study of PLM-71 "
        "in combination with PLM-88, run under a single IND application.\n\n"
        "PLM-71 is a bispecific antibody. PLM-88 is a monoclonal antibody."
    )
    assert "CASCADE-2" not in _codes(text)
    found = _ind(text)
    assert ("PLM-71", "FDA", "cleared", "2027-03") in found
    assert ("PLM-88", "FDA", "cleared", "2027-03") in found


def test_a_trials_filing_in_a_release_about_one_product() -> None:
    text = (
        "PLM-71 is an oral inhibitor of the ALK2 kinase. The Italian Medicines Agency "
        "authorised the clinical trial application for SUMMIT-1, a Phase 1 study in "
        "children with glioma, on 12 February 2027."
    )
    assert ("PLM-71", "EMA", "cleared", "2027-02-12") in _ind(text)


# --- products ------------------------------------------------------------------------


def test_a_disease_acronym_opening_a_parenthesis_is_no_product() -> None:
    text = (
        "The European Commission granted orphan designation to PLM-71 for the treatment of "
        "spinocerebellar ataxia type 6 (SCA6, a rare inherited ataxia) in 2026."
    )
    assert "SCA6" not in _codes(text)


def test_a_designation_request_told_as_pending_is_no_grant() -> None:
    text = (
        "FDA Rare Pediatric Disease Designation granted to PLM-71; Orphan Drug Designation "
        "request pending.\n\nPLM-71 is a peptide agonist."
    )
    found = _des(text)
    assert any(d[2] == "rare_pediatric_disease" for d in found)
    assert not any(d[2] == "orphan_drug" for d in found)


def test_a_highlight_before_the_body_names_the_product_takes_no_guess() -> None:
    # the headline names the product, the highlights tell a trial's filing, the body
    # introduces two products: the highlight's filing is not given to the headline's one
    text = (
        "- Clinical trial application for the Phase 2 CASCADE study authorised in Spain\n\n"
        "Pellmar develops PLM-71 and PLM-88, two peptide agonists."
    )
    dateline = (
        "Pellmar Advances PLM-71\n\nLYON, March 4, 2027 -- Pellmar Bio SA provides an "
        "update.\n\n"
    )
    assert not _ind_with(text, dateline)


def _ind_with(text: str, dateline: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text, dateline).ind_events}


# --- indications -----------------------------------------------------------------------


def test_a_study_in_women_with_a_disease_takes_the_disease() -> None:
    text = (
        "Pellmar today announced that ANSM authorised its clinical trial application for "
        "CREST-2, a Phase 2 study of PLM-71, on 2 March 2027. CREST-2 will evaluate PLM-71 "
        "in women with HPV18-positive cervical intraepithelial neoplasia."
    )
    (event,) = _run(text).ind_events
    assert event.indication == "HPV18-positive cervical intraepithelial neoplasia"


def test_a_numbered_disease_acronym_of_patients_is_no_product() -> None:
    text = (
        "VTB-210 is an antisense oligonucleotide for spinocerebellar ataxia type 7. "
        "The study enrols adults with early-stage SCA7 across Europe. \"SCA7 is the most "
        "common inherited ataxia in the region,\" said the chief executive."
    )
    assert {p.code for p in _run(text).products} == {"VTB-210"}


def test_a_sentence_opening_adverb_is_no_company() -> None:
    text = (
        "Supply agreement\n\n"
        "Separately, Pellmar has signed a clinical supply agreement with Tovane "
        "Pharmaceuticals, which will provide its anti-PD-1 antibody for a study of PLM-71.\n"
    )
    names = {c.name for c in _run(text).companies}
    assert "Separately" not in names and "Pellmar" in names
