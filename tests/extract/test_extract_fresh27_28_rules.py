"""Wordings first met in the twenty-seventh and twenty-eighth unseen sets (releases written
like the development corpus's families): a filing named by who submitted it, and what a
designation carries in general; with the wordings each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BASEL, September 8, 2026 -- Ostvale Pharma AG today announced news.\n\n",
    dt.date(2026, 9, 8),
)
_ind, _des = TEXTS.ind, TEXTS.des


def test_a_cleared_filing_named_by_who_submitted_it_is_one_clearance() -> None:
    text = (
        "The FDA has cleared the Investigational New Drug (IND) application submitted by the "
        "Thoracic Oncology Research Consortium for a Phase 1b/2 trial of OST-1207 in "
        "mesothelioma.\n"
    )
    assert _ind(text) == {("OST-1207", "FDA", "cleared")}


def test_a_filing_submitted_then_cleared_is_two_events() -> None:
    text = (
        "Ostvale submitted the IND for OST-1207 in May 2026, and the FDA cleared it in June "
        "2026.\n"
    )
    assert _ind(text) == {("OST-1207", "FDA", "submitted"), ("OST-1207", "FDA", "cleared")}


def test_what_a_designation_carries_in_general_is_no_other_designation() -> None:
    text = (
        "The FDA granted OST-19 Regenerative Medicine Advanced Therapy designation in April "
        "2026.\n\nAn RMAT designation carries the advantages of both Fast Track and "
        "Breakthrough Therapy status.\n"
    )
    assert _des(text) == {("OST-19", "FDA", "rmat")}


def test_a_trial_named_with_any_describing_words_is_no_product() -> None:
    text = (
        "OST-177 first entered the clinic in FALCON-1, a first-in-human imaging, dosimetry "
        "and dose-escalation study in Melbourne, which Ostvale notified to the TGA under the "
        "CTN scheme in April 2025. OST-177 is a radioligand.\n"
    )
    assert "FALCON-1" not in TEXTS.products(text)
    assert {e[0] for e in _ind(text)} == {"OST-177"}


def test_a_drug_described_in_apposition_before_its_trial_approvals_stays_a_drug() -> None:
    text = (
        "OST-2205, a PD-1/VEGF bispecific antibody, received NMPA clinical trial approvals "
        "for non-small cell lung cancer in 2023.\n"
    )
    assert ("OST-2205", "NMPA", "cleared") in _ind(text)


def test_a_code_formerly_designated_is_an_alias() -> None:
    text = (
        "OST-208 (formerly designated OS-CAR70) is an autologous CAR-T therapy. The NMPA "
        "cleared the IND for OST-208 in August 2026.\n"
    )
    products = TEXTS.run(text).products
    assert [(p.code, p.aliases) for p in products] == [("OST-208", ["OS-CAR70"])]


def test_a_filing_told_in_a_whose_clause_is_its_antecedents() -> None:
    text = (
        "Ostvale's pipeline includes OST-205, an anti-TL1A antibody for ulcerative colitis, "
        "whose IND application was accepted by the CDE of the NMPA on 12 August 2026, and "
        "OST-560, a bispecific antibody for severe asthma that is in IND-enabling studies.\n"
    )
    assert _ind(text) == {("OST-205", "NMPA", "accepted")}
