"""Wordings first met in the sixteenth and seventeenth unseen sets (listed Chinese
biotechs' announcements; rare-disease and gene-therapy developers): codes whose letters
and number a letter separates, a list of products after "includes:", trial names in a
comma-separated description, renamed programmes, exchange disclaimers, headline verbs,
pending requests for priority review, table cells, sites of a trial, and ";" clauses
each telling their own agency's news."""

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
        "In 2025, Pellmar granted Norvik Therapeutics, Inc. worldwide rights to QLB-2210, a "
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


# --- companies -----------------------------------------------------------------------


HK_HEADER = (
    "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
    "take no responsibility for the contents of this announcement.\n\n"
    "Pellmar Therapeutics Holdings Limited\n\n"
    "This announcement is made by Pellmar Therapeutics Holdings Limited (the \"Company\") on "
    "a voluntary basis.\n\n"
)


def test_an_exchange_disclaimer_names_no_company() -> None:
    result = extract_release(
        HK_HEADER + "QLB-201 obtained clinical trial approval from the NMPA on 3 March 2027.",
        published_date=PUBLISHED,
    )
    names = {c.name for c in result.companies}
    assert not any("Clearing" in n for n in names)
    assert result.issuer is not None and result.issuer.startswith("Pellmar")


def test_a_headline_verb_is_no_part_of_a_company_name() -> None:
    text = (
        "Varnholt Neurosciences Becomes Pellmar Bio; FDA Clears IND for QLB-402\n\n"
        "BOSTON, March 4, 2027 -- Pellmar Bio, Inc., formerly known as Varnholt "
        "Neurosciences, Inc., today announced that the FDA cleared its IND for QLB-402."
    )
    names = {c.name for c in extract_release(text, published_date=PUBLISHED).companies}
    assert not any("Becomes" in n for n in names)


# --- events --------------------------------------------------------------------------


def test_a_request_for_priority_review_awaiting_decision_is_no_designation() -> None:
    text = (
        "In July 2026, the NMPA accepted the NDA for QLB-3301. Based on its Breakthrough "
        "Therapy status, the NDA may be eligible for priority review; the Company has "
        "submitted the application for priority review and is awaiting the CDE's decision."
    )
    types = {d.type for d in _run(text).designations}
    assert "priority_review" not in types


def test_an_indication_stops_at_a_table_cell() -> None:
    text = (
        "The IND for QLB-5120, submitted to the FDA in July 2026, went into effect on August "
        "14, 2026.\n\n## Regulatory status of QLB-5120\n\n"
        "| Designation / milestone | Agency | Indication | Date |\n|---|---|---|---|\n"
        "| Orphan Drug Designation | FDA | Propionic acidemia | November 2025 |\n"
        "| IND in effect | FDA | Propionic acidemia | August 2026 |\n"
    )
    dateline = "BOSTON, Sept. 4, 2026 -- Pellmar Bio, Inc. today announced an update.\n\n"
    result = extract_release(dateline + text, published_date=dt.date(2026, 9, 4))
    assert result.ind_events
    assert not any("|" in (e.indication or "") for e in result.ind_events)


def test_countries_where_trial_sites_are_name_no_agency() -> None:
    text = (
        "The FDA cleared the IND for QLB-402 in February 2027. The IND, which Pellmar "
        "submitted in January 2027, supports a Phase 1 study that will enroll 48 participants "
        "at sites in the United States and the United Kingdom."
    )
    agencies = {e.agency for e in _run(text).ind_events}
    assert agencies == {"FDA"}


def test_an_agency_in_another_semicolon_clause_keeps_its_own_news() -> None:
    text = (
        "Pellmar received a \"study may proceed\" letter from the FDA for the IND for QLB-402 "
        "today.\n\nHighlights\n\nQLB-402 (siRNA): FDA \"study may proceed\" letter received; "
        "MHRA CTA approved in January 2027.\n"
    )
    events = _ind(text)
    assert ("QLB-402", "FDA", "cleared", "2027-01") not in events
    assert ("QLB-402", "MHRA", "cleared", "2027-01") in events


def test_a_former_company_name_is_an_alias_of_the_company() -> None:
    text = (
        "BOSTON, March 4, 2027 -- Pellmar Bio, Inc. (\"Pellmar\"), formerly known as Varnholt "
        "Neurosciences, Inc., today announced that the FDA cleared its IND for QLB-402."
    )
    result = extract_release(text, published_date=PUBLISHED)
    assert [c.name for c in result.companies] == ["Pellmar"]
    assert "Varnholt Neurosciences" in result.companies[0].aliases
