"""Wordings first met in a fifth unseen set: a name without a known INN stem before its
code, designation histories, and schemes told in bullets."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, June 20, 2027 -- Brennhold Bio AS today announced an update.\n"
PUBLISHED = dt.date(2027, 6, 20)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_a_lower_case_name_before_a_code_in_parentheses_is_its_alias() -> None:
    text = (
        "Brennhold develops tarvonex (BRH-310), an oral inhibitor of kinase X.\n\n"
        "Tarvonex was granted Fast Track designation by the FDA in May 2026."
    )
    r = _run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("BRH-310", ["tarvonex"])]
    assert _des(text) == {("BRH-310", "FDA", "fast_track", "2026-05")}


def test_a_plain_word_before_a_code_is_no_alias() -> None:
    text = (
        "Brennhold develops an oral inhibitor (BRH-310) and a second ligand (BRH-311).\n\n"
        "The inhibitor and the ligand are both in clinical trials (BRH-310-01)."
    )
    assert all(not p.aliases for p in _run(text).products)


def test_eligibility_granted_for_the_prime_scheme_is_the_grant() -> None:
    text = (
        "Brennhold is developing BRH-310, a vaccine.\n\n"
        "- The EMA granted BRH-310 eligibility for its PRIME scheme in December 2026."
    )
    assert _des(text) == {("BRH-310", "EMA", "prime", "2026-12")}
    # being eligible is no grant
    assert _des("Brennhold believes BRH-310 is eligible for the PRIME scheme.") == set()


def test_a_classification_as_an_advanced_therapy_is_a_designation() -> None:
    text = (
        "Brennhold is developing BRH-310, a cell therapy.\n\n"
        "The EMA's committee classified BRH-310 as an advanced therapy medicinal product "
        "(ATMP) in 2025."
    )
    assert _des(text) == {("BRH-310", "EMA", "other", "2025")}
    text = "BRH-310 was classified by the European Medicines Agency as an ATMP in May 2026."
    assert _des(text) == {("BRH-310", "EMA", "other", "2026-05")}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_filing_through_the_eu_portal_is_the_emas() -> None:
    text = (
        "The MHRA authorised Brennhold's clinical trial application for BRH-310 on 3 May "
        "2027. Brennhold had submitted the application through CTIS in February 2027."
    )
    assert _ind(text) == {
        ("BRH-310", "MHRA", "cleared", "2027-05-03"),
        ("BRH-310", "EMA", "submitted", "2027-02"),
    }


def test_sites_authorised_for_a_trial_are_its_clearance() -> None:
    text = (
        "Brennhold is developing BRH-310, a vaccine.\n\n"
        "Colombia's INVIMA authorized two sites for the BRH-310 trial in February 2027."
    )
    assert _ind(text) == {("BRH-310", "OTHER", "cleared", "2027-02")}


def test_the_molecule_known_elsewhere_as_a_code_is_the_product_last_named() -> None:
    text = (
        "Brennhold is developing BRH-310, an antibody-drug conjugate.\n\n"
        "BRH-310 is a B7-H4-directed ADC. The molecule was discovered by Kestrel Bio Co., "
        "Ltd., where it is known as KB-1802."
    )
    assert [(p.code, p.aliases) for p in _run(text).products] == [("BRH-310", ["KB-1802"])]


def test_a_code_in_apposition_to_a_trial_names_the_trial() -> None:
    text = (
        "Brennhold is developing BRH-310, a vaccine.\n\n"
        "The Phase 2 trial, BRAVO-2, will evaluate two doses of BRH-310. Brennhold leads "
        "development, including BRAVO-2."
    )
    assert [p.code for p in _run(text).products] == ["BRH-310"]


def test_a_clinical_research_company_is_a_cro_not_a_developer() -> None:
    text = (
        "Brennhold is developing BRH-310, a vaccine.\n\n"
        "Operational support will be provided by Kestrel Clinical Research Inc."
    )
    assert [c.name for c in _run(text).companies] == ["Brennhold"]


def test_the_outcome_dated_in_a_participle_or_followed_on_the_next_sentence() -> None:
    lead = (
        "Brennhold is developing BRH-310, a vaccine.\n\nToday Brennhold announced that the "
        "MHRA has authorised its clinical trial application for BRH-310. "
    )
    for follow_up, day in (
        ("The UK authorisation, issued on 3 June 2027 for four sites, covers adults.", "03"),
        ("The letter, dated June 11, 2027, allows the trial to begin.", "11"),
        ("The approval followed on 6 June 2027.", "06"),
    ):
        assert _ind(lead + follow_up) == {("BRH-310", "MHRA", "cleared", f"2027-06-{day}")}


def test_an_agency_approving_a_study_is_a_clearance() -> None:
    text = (
        "Brennhold is developing BRH-310, a peptide.\n\n"
        "The MHRA approved the Phase 2 study of BRH-310 in January 2027."
    )
    assert _ind(text) == {("BRH-310", "MHRA", "cleared", "2027-01")}


def test_a_filing_approved_it_and_the_next_list_item_go_on_with_the_same_product() -> None:
    text = (
        "Brennhold is developing BRH-310, a peptide.\n\n"
        "- UK: Brennhold submitted its clinical trial application for BRH-310 to the MHRA "
        "in November 2026. The MHRA approved it on 20 January 2027.\n"
        "- Switzerland: Swissmedic authorised the BRAVO study in late January 2027.\n"
    )
    assert _ind(text) == {
        ("BRH-310", "MHRA", "submitted", "2026-11"),
        ("BRH-310", "MHRA", "cleared", "2027-01-20"),
        ("BRH-310", "SWISSMEDIC", "cleared", "2027-01"),
    }


def test_a_grant_dated_in_a_participle_in_the_next_sentence() -> None:
    text = (
        "Brennhold is developing BRH-310, a peptide.\n\n"
        "Today Brennhold announced that the MHRA has awarded an Innovation Passport to "
        "BRH-310. The passport, issued on 12 June 2027, covers children."
    )
    assert _des(text) == {("BRH-310", "MHRA", "innovation_passport", "2027-06-12")}


def test_a_bare_month_in_another_semicolon_clause_is_not_the_grants() -> None:
    text = (
        "Brennhold is developing BRH-310, a cell therapy.\n\n"
        "Swissmedic authorisation received in March; FDA granted RMAT designation to BRH-310 "
        "in lupus nephritis\n\nThe FDA granted BRH-310 RMAT designation in January 2027."
    )
    assert _des(text) == {("BRH-310", "FDA", "rmat", "2027-01")}


def _targets(text: str) -> dict[str, list[str]]:
    return {p.code: p.targets for p in _run(text).products}


def test_a_factor_named_in_words_is_a_target() -> None:
    text = "Brennhold is developing BRH-311, an oral factor D inhibitor, for kidney disease."
    assert _targets(text) == {"BRH-311": ["factor D"]}


def test_the_other_drug_of_a_regimen_lends_no_target() -> None:
    text = (
        "BRH-312, an siRNA against viral transcripts, was granted Fast Track designation "
        "as part of a regimen with a PD-L1 antibody from a partner."
    )
    assert _targets(text) == {"BRH-312": []}


def test_an_indication_before_a_colon_covers_the_designations_listed_after_it() -> None:
    text = (
        "Brennhold is developing BRH-310, an oral drug.\n\n"
        "BRH-310 holds several designations from the FDA for cystic fibrosis: Orphan Drug "
        "Designation in 2022, Fast Track Designation in 2023, and Breakthrough Therapy "
        "Designation in March 2024."
    )
    assert {(d.type, d.indication) for d in _run(text).designations} == {
        ("orphan_drug", "cystic fibrosis"),
        ("fast_track", "cystic fibrosis"),
        ("breakthrough_therapy", "cystic fibrosis"),
    }
