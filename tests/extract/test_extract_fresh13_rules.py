"""Wordings first met in the thirteenth and fifteenth unseen sets: milestone tables and
lists that tell what is due, designations named as examples of a hope, places told in
another clause of a headline, a grant "based on" an opinion, filings told under a
product's own heading, and names that are times or two-word gene therapy names."""

from __future__ import annotations

import datetime as dt

from dossier.cleaning import clean_release
from dossier.extract import extract_release

DATELINE = "BOSTON, November 5, 2026 -- Pellory Bio, Inc. today reported third quarter results.\n\n"
PUBLISHED = dt.date(2026, 11, 5)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type) for d in _run(text).designations}


def _md(body: str):
    release = clean_release(
        "# Pellory Bio Reports Third Quarter 2026 Results\n\n" + DATELINE + body, "md"
    )
    return extract_release(
        release.body, published_date=release.published_date, title=release.title
    )


# --- milestone tables and lists: what is due is a plan -------------------------------


def test_a_table_whose_header_asks_when_lists_plans() -> None:
    body = (
        "PLY-210 is an oral kinase inhibitor. PLY-330 is an siRNA.\n\n"
        "Overview of milestones\n\n"
        "| Product | Milestone | Expected timing |\n"
        "|---|---|---|\n"
        "| PLY-210 | PRIME decision | Q2 2027 |\n"
        "| PLY-330 | CTA submission | H2 2027 |\n"
    )
    out = _md(body)
    assert out.ind_events == []
    assert out.designations == []


def test_a_table_introduced_as_upcoming_lists_plans() -> None:
    body = (
        "PLY-210 is an oral kinase inhibitor. PLY-330 is an siRNA.\n\n"
        "Upcoming priorities\n\n"
        "| Program | Step | When |\n"
        "|---|---|---|\n"
        "| PLY-210 | Topline data | Q1 2027 |\n"
        "| PLY-330 | IND submission to the FDA | Second half of 2027 |\n"
    )
    assert _md(body).ind_events == []


def test_a_milestone_list_item_due_after_the_release_is_a_plan() -> None:
    text = (
        "PLY-330 is an siRNA. PLY-410 is an ADC.\n\n"
        "Upcoming Milestones\n"
        "- CTA submission for PLY-330 in the EU: first half of 2027\n"
        "- IND submission for PLY-410: second half of 2027\n"
    )
    assert _ind(text) == set()


def test_a_milestone_list_item_already_done_stays_an_event() -> None:
    text = (
        "PLY-330 is an siRNA.\n\n"
        "2025 Highlights\n"
        "- IND cleared by the FDA for PLY-330: March 2025\n"
    )
    assert _ind(text) == {("PLY-330", "FDA", "cleared")}


# --- designations --------------------------------------------------------------------


def test_a_designation_given_as_an_example_of_a_hope_is_no_grant() -> None:
    text = (
        "PLY-210 is an oral kinase inhibitor. Pellory believes that PLY-210 could have the "
        "potential to qualify for expedited development pathways, including Fast Track "
        "designation."
    )
    assert _des(text) == set()


def test_a_grant_based_on_a_committee_opinion_is_a_grant() -> None:
    text = (
        "PLY-415 is an antisense oligonucleotide. In the second quarter, the European "
        "Commission granted orphan medicinal product designation to PLY-415 for the "
        "treatment of ALS, based on a positive opinion from the EMA's committee."
    )
    assert _des(text) == {("PLY-415", "EMA", "orphan_drug")}


def test_places_in_another_clause_of_a_headline_are_not_the_designations_agency() -> None:
    text = (
        "PLY-501 now cleared in the U.S., UK and New Zealand; PLY-620 receives Breakthrough "
        "Therapy designation; first data expected in 2027\n\n"
        "PLY-501 is a gene therapy and PLY-620 is an mRNA therapy."
    )
    assert _des(text) == {("PLY-620", "FDA", "breakthrough_therapy")}


# --- IND events under a product's own heading ---------------------------------------


def test_a_filing_under_its_products_heading_takes_no_agency_from_another_product() -> None:
    text = (
        "Pellory today announced that the U.S. Food and Drug Administration (FDA) has cleared "
        "the IND for PLY-912.\n\n"
        "In Greater China, PLY-880 is developed by Norhaven Pharma Co., Ltd., which received "
        "approval from China's National Medical Products Administration (NMPA) in 2025 to "
        "conduct a bridging study of PLY-880.\n\n"
        "PLY-912 IND clearance\n"
        "Pellory also announced that the Investigational New Drug application for PLY-912, "
        "an oral inhibitor, went into effect on October 2, 2026.\n"
    )
    assert _ind(text) == {("PLY-912", "FDA", "cleared"), ("PLY-880", "NMPA", "cleared")}


# --- product names -------------------------------------------------------------------


def test_a_time_in_a_table_is_no_product_code() -> None:
    body = (
        "PLY-410 is an oral peptide.\n\n"
        "| Program | Next step | Date |\n"
        "|---|---|---|\n"
        "| PLY-410 | Phase 2 start | Mid-2027 |\n"
    )
    assert [p.code for p in _md(body).products] == ["PLY-410"]


def test_a_two_word_gene_therapy_name_is_one_alias() -> None:
    text = (
        "PLY-501 (velagene corparvovec) is an investigational gene therapy. The trial of "
        "PLY-501 is ongoing."
    )
    products = _run(text).products
    assert [(p.code, p.aliases) for p in products] == [("PLY-501", ["velagene corparvovec"])]


def test_a_name_and_code_alone_in_brackets_after_a_brand_are_one_product() -> None:
    text = (
        "Net product sales of TRAVELZA(R) (tovaxistat) rose 40%.\n\n"
        "TRAVELZA (tovaxistat, PLY-017) - primary hyperoxaluria\n"
        "The FDA accepted the company's NDA for tovaxistat in 2025."
    )
    products = _run(text).products
    assert len(products) == 1
    assert products[0].code == "PLY-017"
    assert set(products[0].aliases) == {"tovaxistat", "TRAVELZA"}


# --- dates, indications and targets -------------------------------------------------


def _des_dated(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def test_a_quarter_told_with_a_capital_or_during_is_this_years() -> None:
    text = (
        "PLY-415 is an antisense oligonucleotide. During the third quarter, the FDA granted "
        "Orphan Drug Designation to PLY-415 for the treatment of ALS."
    )
    assert _des_dated(text) == {("PLY-415", "FDA", "orphan_drug", "2026")}


def test_during_the_quarter_is_the_reported_quarters_year() -> None:
    text = (
        "PLY-210 is an oral kinase inhibitor.\n"
        "- During the quarter, the FDA granted Fast Track designation to PLY-210 for the "
        "treatment of ovarian cancer."
    )
    assert _des_dated(text) == {("PLY-210", "FDA", "fast_track", "2026")}


def test_the_bla_points_back_to_the_product_of_its_list_item() -> None:
    text = (
        "- Pellory submitted its Biologics License Application (BLA) for PLY-301 to the FDA "
        "in April 2026. In June, the FDA accepted the BLA for filing and granted Priority "
        "Review, assigning a target action date of December 18, 2026."
    )
    assert _des_dated(text) == {("PLY-301", "FDA", "priority_review", "2026-06")}


def test_in_the_same_indication_takes_the_earlier_facts_indication() -> None:
    text = (
        "PLY-11 is a TCR-T cell therapy. In May 2026, the FDA granted RMAT designation to "
        "PLY-11 for metastatic uveal melanoma. The EMA granted PLY-11 PRIME eligibility in "
        "the same indication in June 2026."
    )
    by_agency = {d.agency: d.indication for d in _run(text).designations}
    assert by_agency == {"FDA": "metastatic uveal melanoma", "EMA": "metastatic uveal melanoma"}


def test_an_aav_serotype_is_no_target() -> None:
    text = "PLY-301 is an AAV8 gene therapy designed to deliver a functional copy of the RS1 gene."
    products = _run(text).products
    assert [(p.code, p.targets) for p in products] == [("PLY-301", ["RS1"])]


def test_a_qualified_word_led_acronym_is_expanded() -> None:
    text = (
        "PLY-101 is an siRNA for adults with primary IgA nephropathy (IgAN). In January, "
        "the NMPA granted PLY-101 Breakthrough Therapy Designation for primary IgAN."
    )
    (des,) = _run(text).designations
    assert des.indication == "primary IgA nephropathy (IgAN)"


# --- companies -----------------------------------------------------------------------


def _companies(text: str, title: str | None = None) -> set[str]:
    out = extract_release(DATELINE + text, published_date=PUBLISHED, title=title)
    return {c.name for c in out.companies}


def test_a_headline_verb_is_not_part_of_a_company_name() -> None:
    title = "FDA Accepts Pellory Bio's New Drug Application for PLY-880"
    assert _companies(title + "\n\nPLY-880 is an oral inhibitor.", title) == {"Pellory Bio"}


def test_a_curly_possessive_country_opens_no_company_name() -> None:
    text = (
        "PLY-6012 is an oral inhibitor. Pellory submitted a clinical trial notification for "
        "PLY-6012 to Japan’s Pharmaceuticals and Medical Devices Agency (PMDA) in July 2026."
    )
    assert not any("Pharmaceuticals" in name for name in _companies(text))


def test_words_of_a_conference_title_are_no_company() -> None:
    text = (
        "PLY-207 is an oral inhibitor. Data will be presented at the International "
        "Conference on Molecular Targets and Cancer Therapeutics in October."
    )
    assert _companies(text) == {"Pellory Bio"}


def test_an_underwriter_is_no_company_of_the_release() -> None:
    text = (
        "PLY-207 is an oral inhibitor. Its 2023 initial public offering was underwritten by "
        "Brackwell Brothers & Co."
    )
    assert _companies(text) == {"Pellory Bio"}


# --- modalities ----------------------------------------------------------------------


def _modalities(text: str) -> dict[str, str | None]:
    return {p.code: p.modality for p in _run(text).products}


def test_a_gene_autoleucel_name_is_a_car_t_only_with_the_car_t_stem() -> None:
    text = "Its lead candidate, PLY-11, is in Phase 2. PLY-11 (belotresgene autoleucel) is dosed."
    assert _modalities(text) == {"PLY-11": "tcr_t"}


def test_a_t_cell_receptor_t_cell_therapy_is_a_tcr_t() -> None:
    text = (
        "Its lead candidate, PLY-11, is an autologous T cell receptor (TCR) T cell therapy "
        "targeting PRAME."
    )
    assert _modalities(text) == {"PLY-11": "tcr_t"}


def test_a_molecular_glue_or_an_oral_degrader_is_a_small_molecule() -> None:
    text = (
        "PLY-480 is a GSPT1 molecular glue degrader. Pellory is also advancing PLY-330, an "
        "oral SOS1 degrader, through IND-enabling studies."
    )
    assert _modalities(text) == {"PLY-480": "small_molecule", "PLY-330": "small_molecule"}


def test_a_description_ends_at_a_semicolon() -> None:
    text = (
        "PLY-240 T-cell engager enters the clinic; first disclosure of in vivo CAR-T "
        "program PLY-305\n\nPLY-240 binds CD19 and CD3. PLY-305 is dosed in mice."
    )
    assert _modalities(text)["PLY-240"] == "bispecific_antibody"


# --- owners and targets --------------------------------------------------------------


def test_a_company_which_acquired_worldwide_rights_owns_the_product() -> None:
    text = (
        "PLY-702 is an siRNA. Brenmoor Pharmaceuticals, Inc. (\u201cBrenmoor\u201d), which "
        "acquired exclusive worldwide rights to PLY-702 in 2024 and now develops it, "
        "submitted a clinical trial application for PLY-702 to the MHRA in November 2025."
    )
    owners = {p.code: p.company for p in _run(text).products}
    assert owners == {"PLY-702": "Brenmoor"}


def test_designed_to_reduce_expression_of_a_gene_names_the_target() -> None:
    text = (
        "PLY-415 is an antisense oligonucleotide (ASO) designed to reduce expression of "
        "ataxin-2 (ATXN2)."
    )
    assert [(p.code, p.targets) for p in _run(text).products] == [("PLY-415", ["ATXN2"])]


def test_a_cytosis_is_a_disease_and_a_dated_aside_ends_the_indication() -> None:
    text = (
        "PLY-880 is an oral kinase inhibitor. It has also been granted Orphan Drug Designation "
        "by the FDA for the treatment of histiocytosis (in 2022) and orphan designation by the "
        "European Commission for the treatment of histiocytosis (in 2023)."
    )
    found = {(d.agency, d.indication) for d in _run(text).designations}
    assert found == {("FDA", "histiocytosis"), ("EMA", "histiocytosis")}
