"""Wordings first met in the twenty-fifth and twenty-sixth unseen sets (releases written
like the development corpus's families): a lead paragraph whose issuer the newswire's
dateline hides, requests worded as asking or applying, an ethics committee's approval
beside a notification, indications that only point back, a bare month of this year, the
lead's "today" against the body's exact date, and a table's rows as records of their own;
with the wordings each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.extract import _lead
from dossier.extract.companies import Company
from dossier.extract.sentences import split_sentences

TEXTS = RuleTexts(
    "BOSTON, Nov. 3, 2025 -- Marlowe Therapeutics, Inc. today announced news.\n\n",
    dt.date(2025, 11, 3),
)


def _ind(text: str, dateline: str | None = None) -> list[tuple]:
    return sorted(TEXTS.ind(text, ("product", "agency", "status", "date"), dateline))


def _des(text: str, dateline: str | None = None) -> list[tuple]:
    return sorted(TEXTS.des(text, ("product", "agency", "type", "date", "indication"), dateline))


def test_the_lead_is_found_when_the_wire_runs_into_the_issuers_name() -> None:
    """ "China--(BUSINESS WIRE)--Marlowe Oncology, Inc.": no span of the issuer's there
    (the wire's words run into the name), so the lead is found by the issuer's names; what
    the headline's bullets tell before it is a summary of the body."""
    text = (
        "Marlowe Oncology Enters License Agreement for ADC MRL-17\n\n"
        "MRL-17 holds U.S. Fast Track designation in previously treated NSCLC\n\n"
        "HANGZHOU, China--(BUSINESS WIRE)--Marlowe Oncology, Inc. today announced a deal.\n"
    )
    sentences = split_sentences(text)
    issuer = Company("Marlowe", aliases=["Marlowe Oncology"], spans=[(0, 16)])
    start, _end = _lead(sentences, issuer)
    assert text[start:].startswith("HANGZHOU")


def test_asking_an_agency_for_a_designation_is_a_request() -> None:
    text = (
        "MRL-02 is an oral small molecule for neuroblastoma. The Company has asked the FDA "
        "for Rare Pediatric Disease Designation for MRL-02 and expects a decision this year.\n"
    )
    assert _des(text) == []


def test_applying_to_take_part_in_a_programme_is_no_designation() -> None:
    text = (
        "MRL-40 is a gene therapy. The Company has also applied to take part in the FDA's "
        "pilot program for rare disease clinical trial support.\n"
    )
    assert _des(text) == []


def test_what_a_voucher_can_be_used_for_is_no_priority_review() -> None:
    text = (
        "The FDA granted Rare Pediatric Disease designation to MRL-21 in October 2025. If a "
        "designated product is approved, its sponsor may be eligible for a priority review "
        "voucher, which can be used to obtain priority review of a later marketing "
        "application.\n"
    )
    assert [d[2] for d in _des(text)] == ["rare_pediatric_disease"]


def test_an_ethics_committees_approval_beside_a_notification_is_no_clearance() -> None:
    text = (
        "MRL-06 is a radioligand. Marlowe notified the TGA of the trial under the CTN scheme "
        "on 28 August 2025, after the lead HREC at Bellwood Health approved the protocol on "
        "21 August 2025.\n"
    )
    assert _ind(text) == [("MRL-06", "TGA", "submitted", "2025-08-28")]


def test_an_indication_that_points_back_is_the_one_told_before() -> None:
    text = (
        "MRL-417 is a radioligand. The FDA granted MRL-417 orphan drug designation for "
        "pancreatic cancer in December 2024, and the European Commission granted orphan "
        "designation for the same disease in February 2025.\n"
    )
    assert ("MRL-417", "EMA", "orphan_drug", "2025-02", "pancreatic cancer") in _des(text)


def test_a_programme_is_no_indication() -> None:
    text = (
        "In February 2025, the FDA also selected MRL-212 to take part in its Rare Disease "
        "Endpoint Advancement (RDEA) pilot program. MRL-212 is a gene therapy.\n"
    )
    assert [d[4] for d in _des(text)] == [None]


def test_a_bare_month_of_this_year_takes_the_releases_year() -> None:
    text = (
        "MRL-417 is a radioligand. The Fast Track designation follows the orphan drug "
        "designation for pancreatic cancer that the FDA granted to MRL-417 in December 2024 "
        "and the orphan designation that the European Commission issued earlier this year, "
        "in February.\n"
    )
    assert ("MRL-417", "EMA", "orphan_drug", "2025-02", "pancreatic cancer") in _des(text)


def test_the_leads_today_is_the_bodys_exact_date_of_the_month_before() -> None:
    dateline = (
        "HANGZHOU, China, Nov. 3, 2025 /PRNewswire/ -- Lianhe Biopharma announced that the "
        "CDE of China's NMPA has granted implied approval to the clinical trial application "
        "for MRL-617 for advanced colorectal cancer.\n\n"
    )
    text = (
        "The application was accepted by the CDE on July 30, 2025, and the implied approval "
        "took effect on October 31, 2025. MRL-617 is a bispecific ADC.\n"
    )
    cleared = [e for e in _ind(text, dateline) if e[2] == "cleared"]
    assert cleared == [("MRL-617", "NMPA", "cleared", "2025-10-31")]


def test_a_table_row_names_its_own_agency_or_none() -> None:
    text = (
        "The FDA cleared the IND for MRL-212 on January 9, 2025. MRL-212 is a gene therapy.\n\n"
        "MRL-212 regulatory summary\n\n"
        "2024 | EU orphan designation (European Commission)\n"
        "January 9, 2025 | IND cleared for CITRINE (Phase 1/2)\n"
    )
    assert [e[1] for e in _ind(text)] == ["FDA"]


def test_an_approval_with_its_date_before_the_application_is_a_clearance() -> None:
    dateline = (
        "AUCKLAND, Nov. 5, 2025 -- Marlowe Therapeutics today announced that New Zealand's "
        "Medicines and Medical Devices Safety Authority (Medsafe) approved, on November 3, "
        "2025, its application to begin a Phase 1/2 study of MRL-512 in IgA nephropathy.\n\n"
    )
    assert _ind("MRL-512 is an siRNA.\n", dateline) == [
        ("MRL-512", "OTHER", "cleared", "2025-11-03")]


def test_an_agency_named_after_so_belongs_to_another_clause() -> None:
    text = (
        "MRL-330 is an oral PARP inhibitor. The MFDS approved the IND for MRL-330 in October "
        "2025. Marlowe filed the U.S. Investigational New Drug application for the same study "
        "in August 2025 and received a 'Study May Proceed' letter from the FDA on September "
        "19, 2025, so with the MFDS approval the company now holds clearance in both "
        "countries.\n"
    )
    assert ("MRL-330", "MFDS", "submitted") not in {e[:3] for e in _ind(text)}
