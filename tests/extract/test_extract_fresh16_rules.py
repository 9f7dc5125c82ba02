"""Wordings first met in the sixteenth and seventeenth unseen sets (listed Chinese
biotechs' announcements; rare-disease and gene-therapy developers): codes whose letters
and number a letter separates, a list of products after "includes:", trial names in a
comma-separated description, and renamed programmes."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "LYON, March 4, 2027 -- Quillon Bio SA today announced an update.\n\n"
PUBLISHED = dt.date(2027, 3, 4)


def _run(text: str, dateline: str = DATELINE):
    return extract_release(dateline + text, published_date=PUBLISHED)


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


# --- products ------------------------------------------------------------------------


def test_codes_whose_number_follows_a_letter_are_no_trial_family() -> None:
    # "the QB-T105 study" names a product's study; it says nothing of QB-T201 or QB-E310
    text = (
        "QB-T201 obtained clinical trial approval from the NMPA in February 2027. "
        "QB-T201 was granted Orphan Drug Designation by the FDA in 2026.\n\n"
        "QB-T105, an autologous TCR-T, received IND clearance from the FDA in 2025. "
        "The FDA placed the QB-T105 study on hold in 2026. QB-E310 is in preclinical studies."
    )
    assert {"QB-T201", "QB-E310", "QB-T105"} <= _codes(text)


def test_a_gene_editing_tool_is_no_product_of_a_code_family() -> None:
    text = (
        "QB-U19 received IND clearance from the FDA in January 2027. QB-U19 is made from "
        "donor T cells in which two genes are disrupted by CRISPR/Cas9 editing."
    )
    assert _codes(text) == {"QB-U19"}


def test_a_product_list_after_includes_colon() -> None:
    text = (
        "Besides its lead product, its pipeline includes:\n\n"
        "QLB-207, a long-acting monoclonal antibody, which obtained clinical trial approval "
        "from the NMPA for asthma in June 2024;\n"
        "QLB-415, a bispecific antibody in preclinical studies.\n"
    )
    assert {"QLB-207", "QLB-415"} <= _codes(text)
    assert ("QLB-207", "NMPA", "cleared", "2024-06") in _ind(text)


def test_a_trial_described_by_comma_separated_words_is_no_product() -> None:
    text = (
        "The NDA for QLB-311 was accepted on the basis of ZENITH-2, a randomized, "
        "controlled, multi-center pivotal Phase 2/3 study comparing QLB-311 with docetaxel. "
        "Professor A. Lin is the principal investigator of ZENITH-2."
    )
    assert "ZENITH-2" not in _codes(text)


def test_a_programme_renamed_by_its_licensee_is_one_product() -> None:
    text = (
        "In 2025, Quillon granted Norvik Therapeutics, Inc. worldwide rights to QLB-2210, a "
        "bispecific antibody. Norvik now leads development of the program, which it has "
        "renamed NRV-2210, and received FDA clearance of its IND for NRV-2210 in August 2026."
    )
    products = _run(text).products
    named = [p for p in products if p.code in ("QLB-2210", "NRV-2210")]
    assert len(named) == 1
    assert {named[0].code, *named[0].aliases} == {"QLB-2210", "NRV-2210"}


def test_discovered_by_a_company_with_its_short_name_then_as() -> None:
    text = (
        "QLB-0707 was discovered by Hanul Bioscience Inc. (\"Hanul\"), a Seoul-based "
        "biotechnology company, as HN-707. Hanul had obtained approval from the MFDS in July "
        "2025 to conduct a Phase 1 study of HN-707."
    )
    products = _run(text).products
    assert len(products) == 1
    assert {products[0].code, *products[0].aliases} == {"QLB-0707", "HN-707"}
