"""An agency's approval told in a relative clause far from the trial it approves, and a
grant told with the committee opinion it was based on; with the wordings each rule must
leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SEOUL, Korea, May 4, 2026 -- Daesan Bio Co., Ltd. today announced news.\n\n",
    dt.date(2026, 5, 4),
)


def test_a_trial_told_at_length_before_the_agency_approving_it() -> None:
    text = (
        "Daesan is running a Phase 2 study of DSB-117 in chronic rhinosinusitis with nasal "
        "polyps that the MFDS approved in March 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("DSB-117", "MFDS", "cleared", "2024-03")
    }


def test_a_drug_the_agency_approved_is_no_trial_approval() -> None:
    # a marketing approval in a relative clause, with a study named after it
    text = (
        "DSB-220, a tablet which the MFDS approved in 2020 for asthma, is in a Phase 4 "
        "study.\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_grant_on_the_basis_of_a_positive_opinion_is_granted() -> None:
    text = (
        "The FDA granted DSB-117 orphan drug designation for the treatment of C3 "
        "glomerulopathy in March 2024, and the European Commission followed on 12 June 2024 "
        "with orphan designation in the same condition, on the basis of a positive opinion "
        "from the EMA's Committee for Orphan Medicinal Products.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date", "indication")) == {
        ("DSB-117", "FDA", "orphan_drug", "2024-03", "C3 glomerulopathy"),
        ("DSB-117", "EMA", "orphan_drug", "2024-06-12", "C3 glomerulopathy"),
    }


def test_a_positive_opinion_alone_is_no_grant() -> None:
    text = (
        "The EMA's Committee for Orphan Medicinal Products adopted a positive opinion on "
        "orphan designation for DSB-117 in C3 glomerulopathy in April 2026.\n"
    )
    assert TEXTS.des(text) == set()


def test_a_designation_for_a_second_disease_at_a_later_date_is_a_second_fact() -> None:
    text = (
        "DSB-482 is an oral factor D inhibitor. The FDA granted DSB-482 Orphan Drug "
        "Designation for paroxysmal nocturnal hemoglobinuria in 2020 and for C3 "
        "glomerulopathy in 2023.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date", "indication")) == {
        ("DSB-482", "FDA", "orphan_drug", "2020", "paroxysmal nocturnal hemoglobinuria"),
        ("DSB-482", "FDA", "orphan_drug", "2023", "C3 glomerulopathy"),
    }


def test_the_same_disease_at_a_later_date_is_no_second_fact() -> None:
    text = (
        "DSB-482 is an oral factor D inhibitor. The FDA granted DSB-482 Fast Track "
        "designation for C3 glomerulopathy in 2020 and for the same disease in 2023 "
        "Breakthrough Therapy designation.\n"
    )
    assert ("DSB-482", "FDA", "fast_track", "2023") not in TEXTS.des(
        text, ("product", "agency", "type", "date")
    )


def test_a_designation_for_two_indications_listed_after_a_colon_is_two() -> None:
    text = (
        "DSB-541 is an inhibitor of LpxC. The FDA has designated DSB-541 a Qualified "
        "Infectious Disease Product (QIDP) for two indications: hospital-acquired bacterial "
        "pneumonia (HABP), and complicated urinary tract infections (cUTI), including "
        "pyelonephritis.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("DSB-541", "other", "hospital-acquired bacterial pneumonia"),
        ("DSB-541", "other", "complicated urinary tract infections"),
    }
