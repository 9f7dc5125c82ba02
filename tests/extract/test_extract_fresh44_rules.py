"""Rules found on the blind set fresh44 (wordings of other writers), each on a text of our
own: a dateline's place is no agency's country; "Submission of the application" and a
protocol's "sign-off" by an agency; a designation "conferred"; a partner that "knows it
as" another code; a question heading its answer; a list under a paragraph about one
product; what an inhibitor acts on and a disease's gene are no products; an agency that
"authorized the conduct of" a trial."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "CAMBRIDGE, Mass. and SUZHOU, China, Sept. 17, 2024 /PRNewswire/ -- Orlane Bio, Inc. "
    "today reported news.\n\n",
    dt.date(2024, 9, 17),
)
_FIELDS = ("product", "agency", "status", "date")


def test_a_datelines_place_is_no_agencys_country() -> None:
    text = (
        "CAMBRIDGE, Mass. and SUZHOU, China, Sept. 17, 2024 /PRNewswire/ -- Orlane Bio, Inc. "
        "today reported the receipt of a Study May Proceed letter from the U.S. Food and Drug "
        "Administration (FDA) for its IND covering ORL-311.\n"
    )
    assert {e[1] for e in TEXTS.ind(text, _FIELDS, dateline="")} == {"FDA"}


def test_submission_of_the_application_after_the_clearance() -> None:
    text = (
        "The FDA cleared the IND for ORL-311 on September 13, 2024. Submission of the "
        "application in mid-August was supported by a GLP toxicology package.\n"
    )
    assert TEXTS.ind(text, _FIELDS) == {
        ("ORL-311", "FDA", "cleared", "2024-09-13"),
        ("ORL-311", "FDA", "submitted", "2024-08"),
    }


def test_a_protocols_sign_off_and_a_conferred_designation() -> None:
    text = (
        "ORL-420 is an ADC in-licensed from Hansol Biopharm, which knows it as HSB-0420. The "
        "Phase 1 study is conducted following the sign-off of its protocol by Korea's "
        "Ministry of Food and Drug Safety (MFDS) in April 2024. The conjugate's Fast Track "
        "status, conferred by the FDA in January 2024 for small cell lung cancer, helps.\n"
    )
    result = TEXTS.run(text)
    assert {(e.product, e.agency, e.status, e.date) for e in result.ind_events} == {
        ("ORL-420", "MFDS", "cleared", "2024-04")
    }
    assert {(d.product, d.type, d.date) for d in result.designations} == {
        ("ORL-420", "fast_track", "2024-01")
    }
    assert [p.code for p in result.products] == ["ORL-420"]


def test_a_question_heads_its_answer() -> None:
    text = (
        "ORL-999, an oral TYK2 inhibitor, is preclinical.\n\n"
        "**Which regulatory recognitions does ORL-201 already hold?**\n"
        "The FDA granted rare pediatric disease designation in July 2024 for XLRS. In the UK, "
        "we have an Innovation Passport from the MHRA.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type")) == {
        ("ORL-201", "FDA", "rare_pediatric_disease"),
        ("ORL-201", "MHRA", "innovation_passport"),
    }


def test_a_list_under_a_paragraph_about_one_product() -> None:
    text = (
        "ORL-150 is Orlane's most advanced program, in a global Phase 2 study in GNE myopathy."
        "\n\n- Taiwan: the Phase 2 protocol was approved by the Taiwan Food and Drug "
        "Administration on 11 November 2023.\n- Singapore: the Clinical Trial Authorisation "
        "was issued by the Health Sciences Authority in January 2024.\n"
    )
    assert TEXTS.ind(text, _FIELDS) == {
        ("ORL-150", "TFDA", "cleared", "2023-11-11"),
        ("ORL-150", "HSA", "cleared", "2024-01"),
    }


def test_what_an_inhibitor_acts_on_and_a_diseases_gene_are_no_products() -> None:
    text = (
        "ORL-207 is an oral small-molecule inhibitor of SARM1. SARM1 is the central "
        "executioner of axon degeneration. ORL-305 is an editing program for LCA10, which is "
        "caused by a deep intronic mutation in CEP290. CEP290 editing restores vision.\n"
    )
    assert {p.code for p in TEXTS.run(text).products} == {"ORL-207", "ORL-305"}


def test_an_agency_authorized_the_conduct_of_a_trial() -> None:
    text = (
        "TAMARIND is a Phase 2 study of ORL-552 in MSUD. In Brazil, the Brazilian Health "
        "Regulatory Agency (ANVISA) authorized the conduct of TAMARIND at two sites in April "
        "2024.\n"
    )
    assert TEXTS.ind(text, _FIELDS) == {("ORL-552", "ANVISA", "cleared", "2024-04")}


def test_an_application_for_a_us_designation_is_none() -> None:
    text = (
        "An application for U.S. Orphan Drug Designation for ORL-700 has been submitted; the "
        "Company expects a decision by the end of 2024.\n"
    )
    assert TEXTS.des(text) == set()


def test_the_emas_confirmed_prime_eligibility_is_the_grant() -> None:
    granted = (
        "In May 2024, the European Medicines Agency confirmed that ORL-700, an mRNA therapy, "
        "is eligible for its PRIority MEdicines (PRIME) scheme for OTC deficiency.\n"
    )
    hoped = "Orlane believes ORL-700 could be eligible for the PRIME scheme in 2025.\n"
    assert TEXTS.des(granted, ("product", "agency", "type", "date")) == {
        ("ORL-700", "EMA", "prime", "2024-05")
    }
    assert TEXTS.des(hoped) == set()


def test_the_first_to_obtain_such_recognition_holds_it() -> None:
    text = (
        "On December 5, 2023, ORL-118 was included by the CDE in its list of breakthrough "
        "therapy products for refractory SLE, the first allogeneic CAR-T to obtain such "
        "recognition in China.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("ORL-118", "NMPA", "breakthrough_therapy", "2023-12-05")
    }


def test_data_collected_under_a_protocol_an_agency_approved() -> None:
    text = (
        "Phase 1 data for ORL-441, collected under a protocol approved by New Zealand's "
        "Medicines and Medical Devices Safety Authority (Medsafe) in the first quarter of "
        "2024, showed an 86% reduction in liver mRNA.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == {("ORL-441", "OTHER", "cleared")}
