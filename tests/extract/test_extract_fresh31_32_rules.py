"""Wordings first met in the thirty-first and thirty-second unseen sets (designation
precision and attribution, written like the development corpus's families): designations
paired with their agencies "respectively", a place before "both for", a competitor's drug
with an aside naming ours, and a quarter of last year; with the wordings each rule must
leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SEOUL, South Korea, February 14, 2026 -- Daerim Bio Co., Ltd. today announced news.\n\n",
    dt.date(2026, 2, 14),
)
_FIELDS = ("product", "agency", "type", "date", "indication")


def _des(text: str) -> set[tuple]:
    return TEXTS.des(text, _FIELDS)


def test_designations_respectively_pair_agencies_with_their_dates_and_indications() -> None:
    text = (
        "DRB-710 received orphan drug designations from the U.S. FDA in December 2024 and "
        "from the MFDS in May 2025 for biliary tract cancer and cholangiocarcinoma, "
        "respectively.\n"
    )
    assert _des(text) == {
        ("DRB-710", "FDA", "orphan_drug", "2024-12", "biliary tract cancer"),
        ("DRB-710", "MFDS", "orphan_drug", "2025-05", "cholangiocarcinoma"),
    }


def test_one_year_for_two_months_respectively_is_shared() -> None:
    text = (
        "DRB-711 was granted orphan designation by the European Commission and the FDA in "
        "March and May 2025, respectively.\n"
    )
    assert {d[:4] for d in _des(text)} == {
        ("DRB-711", "EMA", "orphan_drug", "2025-03"), ("DRB-711", "FDA", "orphan_drug", "2025-05")}


def test_a_place_before_both_for_is_no_part_of_the_indication() -> None:
    text = (
        "In addition to SAKIGAKE designation, DRB-44 holds orphan drug designation in Japan "
        "and Rare Pediatric Disease designation in the United States, both for Fukuyama "
        "congenital muscular dystrophy.\n"
    )
    assert {d[4] for d in _des(text) if d[2] != "sakigake"} == {
        "Fukuyama congenital muscular dystrophy"}


def test_an_indication_stops_before_to_be() -> None:
    text = (
        "- DRB-44 is the first antisense oligonucleotide for a muscular dystrophy to be "
        "designated under the SAKIGAKE system\n"
    )
    assert {d[4] for d in _des(text)} == {"muscular dystrophy"}


def test_a_competitors_drug_with_an_aside_naming_ours_is_the_competitors() -> None:
    text = (
        "DRB-710 received orphan drug designation from the FDA in December 2024.\n\n"
        "In the same disease, Morrow Bio's CDH17-directed antibody MRB-07, which competes "
        "with DRB-710, was granted orphan drug designation by the FDA last year.\n"
    )
    assert {d[:4] for d in _des(text)} == {("DRB-710", "FDA", "orphan_drug", "2024-12")}


def test_a_quarter_of_last_year() -> None:
    text = "The FDA granted DRB-210 Fast Track designation in the first quarter of last year.\n"
    assert {d[:4] for d in _des(text)} == {("DRB-210", "FDA", "fast_track", "2025")}
    text = "The FDA granted DRB-210 Fast Track designation in the first quarter of this year.\n"
    assert {d[:4] for d in _des(text)} == {("DRB-210", "FDA", "fast_track", "2026")}


def test_the_partner_drug_of_a_combination_gets_no_filing() -> None:
    text = (
        "- FDA Breakthrough Therapy designation granted to DRB-0917 in combination with "
        "FENTARO on January 14, 2026; U.S. IND for Phase 3 cleared in December 2025\n\n"
        "DRB-0917 is an ADC. FENTARO\u00ae (ostrelumab), a PD-1 monoclonal antibody, was "
        "approved by the FDA in 2023 and is marketed by Daerim.\n"
    )
    assert TEXTS.ind(text) == {("DRB-0917", "FDA", "cleared")}


def test_a_drug_named_alone_in_a_combination_sentence_keeps_its_filing() -> None:
    # (only one drug in the sentence: the combination wording leaves it its own)
    text = "The FDA cleared the IND for a study in combination with DRB-12 in May 2025.\n"
    assert TEXTS.ind(text) == {("DRB-12", "FDA", "cleared")}


def test_the_whos_newer_antibody_stems_name_a_modality() -> None:
    text = (
        "The FDA cleared the IND for DRB-31 (ferzotamig) in May 2025.\n"
    )
    modalities = {p.code: p.modality for p in TEXTS.run(text).products}
    assert modalities["DRB-31"] == "bispecific_antibody"


def test_designation_types_respectively_take_their_own_dates() -> None:
    text = (
        "The FDA granted DRB-301 Orphan Drug Designation and Rare Pediatric Disease "
        "Designation for the treatment of Friedreich's ataxia in March 2023 and June 2023, "
        "respectively.\n"
    )
    assert {d[:4] for d in _des(text)} == {
        ("DRB-301", "FDA", "orphan_drug", "2023-03"),
        ("DRB-301", "FDA", "rare_pediatric_disease", "2023-06"),
    }


def test_days_later_count_from_a_full_date() -> None:
    text = (
        "Daerim submitted the IND for DRB-118 to the FDA on June 2, 2022; the FDA cleared "
        "the IND 30 days later.\n"
    )
    assert ("DRB-118", "FDA", "cleared", "2022-07") in TEXTS.ind(
        text, ("product", "agency", "status", "date"))


def test_a_committee_opinion_is_no_designation() -> None:
    text = (
        "- Positive COMP opinion on EU orphan designation for DRB-118 received in December; "
        "European Commission decision expected in the first quarter of 2026\n"
    )
    assert _des(text) == set()


def test_an_opening_phrase_keeps_its_own_date() -> None:
    text = (
        "Following a pre-IND meeting in late 2023, the FDA cleared Daerim's Investigational "
        "New Drug (IND) application for a Phase 2 study of DRB-301 in December 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("DRB-301", "FDA", "cleared", "2024-12")}


def test_a_designation_not_held_is_no_designation() -> None:
    text = "DRB-14 does not hold Breakthrough Therapy designation in FCS.\n"
    assert _des(text) == set()


def test_an_owner_named_six_describing_words_before_the_drug() -> None:
    text = (
        "DRB-17 received RMAT designation from the FDA in January 2026.\n\n"
        "Among them, Orrin Biotech\u2019s CD19 x CD3 T-cell engager ORB-33 received Fast "
        "Track designation from the FDA for systemic sclerosis in 2024.\n"
    )
    assert {d[0] for d in _des(text)} == {"DRB-17"}


def test_todays_designation_is_the_leads_agencys() -> None:
    lead = (
        "SEOUL, South Korea, February 14, 2026 -- Daerim Bio Co., Ltd. today announced that "
        "the U.S. FDA has granted Breakthrough Therapy designation to DRB-15 for severe "
        "hypertriglyceridemia.\n\n"
    )
    text = (
        "For FCS, the FDA granted DRB-15 Fast Track designation in 2023, and the European "
        "Commission granted it orphan designation in 2022.\n\n"
        "Today's Breakthrough Therapy designation is for the separate sHTG indication.\n"
    )
    assert {d[:3] for d in TEXTS.des(text, dateline=lead)} == {
        ("DRB-15", "FDA", "breakthrough_therapy"), ("DRB-15", "FDA", "fast_track"),
        ("DRB-15", "EMA", "orphan_drug")}


def test_asking_an_agency_to_admit_a_drug_to_a_scheme_is_a_request() -> None:
    text = (
        "Daerim has asked the European Medicines Agency (EMA) to admit DRB-412 to its "
        "PRIority MEdicines (PRIME) scheme; a decision is expected in the fourth quarter of "
        "2026.\n"
    )
    assert _des(text) == set()
