"""Rules found on the blind set fresh45 (product and fact attributes), on a text of our
own: a designation told again with "The", its partner drug and a comparator named in its
sentence, keeps the product and the agency told before."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "CAMBRIDGE, Mass., December 2, 2024 -- Tallwick Therapeutics, Inc. today announced that "
    "the FDA has granted Breakthrough Therapy Designation to TWK-530 for resected melanoma.\n\n",
    dt.date(2024, 12, 2),
)


def test_a_designation_told_again_beside_its_partner_and_comparator() -> None:
    text = (
        "TWK-530 is an individualized mRNA cancer vaccine.\n\n"
        "The Breakthrough Therapy Designation, granted on November 25, 2024, is for the "
        "adjuvant treatment of resected melanoma, in combination with Brevant's anti-PD-1 "
        "antibody brevolimab. It is based on data from the Phase 2 NEOVANT-1 study, conducted "
        "under an IND that the FDA cleared in June 2022, in which the combination reduced the "
        "risk of recurrence compared with brevolimab alone.\n"
    )
    result = TEXTS.run(text)
    assert {(d.product, d.agency, d.type, d.date) for d in result.designations} == {
        ("TWK-530", "FDA", "breakthrough_therapy", "2024-11-25")
    }
    assert {(e.product, e.agency, e.status, e.date) for e in result.ind_events} == {
        ("TWK-530", "FDA", "cleared", "2022-06")
    }


def test_a_partner_that_refers_to_it_by_its_code_and_approval_followed() -> None:
    text = (
        "TWK-610 is an siRNA for IgA nephropathy. Hengwu, which refers to the candidate as "
        "HW-0610, received clinical trial approval from China's NMPA in October 2024. Outside "
        "China, a Phase 1 study is under way in New Zealand following approval from Medsafe, "
        "the New Zealand Medicines and Medical Devices Safety Authority, in April 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) >= {
        ("TWK-610", "NMPA", "cleared", "2024-10"),
        ("TWK-610", "OTHER", "cleared", "2024-04"),
    }


def test_a_sentence_in_a_paragraph_about_one_product() -> None:
    text = (
        "TWK-301 is an AAV9 gene therapy for SLC13A5 citrate transporter disorder. The RMAT "
        "designation rests on the Phase 1/2 ARCANE trial. ARCANE is being conducted under an "
        "IND that the FDA cleared in September 2023.\n"
    )
    assert ("TWK-301", "FDA", "cleared", "2023-09") in TEXTS.ind(
        text, ("product", "agency", "status", "date")
    )


def test_a_review_period_ended_in_a_month_of_the_filings_year() -> None:
    text = (
        "Sakuragi submitted a clinical trial notification for TWK-204 to Japan's PMDA on 3 "
        "March 2024. The 30-day review period ended without comment from the agency in April, "
        "and the Japanese bridging study is expected to begin dosing in the second quarter.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TWK-204", "PMDA", "submitted", "2024-03-03"),
        ("TWK-204", "PMDA", "cleared", "2024-04"),
    }


def test_the_candidate_before_its_disease_is_no_part_of_the_indication() -> None:
    from dossier.extract.indications import spell_out

    assert spell_out("candidate in refractory lupus nephritis") == "refractory lupus nephritis"


def test_a_request_to_an_agency_for_a_designation_is_none() -> None:
    text = (
        "Tallwick has also submitted a request to the European Medicines Agency (EMA) for "
        "PRIME support for TWK-412 in hepatocellular carcinoma; the EMA has not yet responded.\n"
    )
    assert TEXTS.des(text) == {("TWK-530", "FDA", "breakthrough_therapy")}  # the lead's
