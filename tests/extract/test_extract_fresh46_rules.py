"""Rules found on the blind set fresh46 (precision traps), on texts of our own: what looks
like an IND event or a designation but is a request, a rival's, a risk, a withdrawn
filing or a decision not yet issued; and the real facts beside them."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, Oct. 2, 2025 /PRNewswire/ -- Pellworth Bio, Inc. today announced an update on "
    "its pipeline.\n\n",
    dt.date(2025, 10, 2),
)
DATED = ("product", "agency", "status", "date")


def test_a_rivals_designation_and_a_risk_factor_are_not_facts() -> None:
    text = (
        "Pellworth has asked the FDA to review PLW-410 for Fast Track designation in "
        "gastric cancer. A competing GPC3-directed antibody, developed by another company, "
        "was granted Fast Track designation in 2024. Risks include the possibility that the "
        "FDA does not grant Fast Track or Breakthrough Therapy designation to PLW-410.\n"
    )
    assert TEXTS.des(text) == set()


def test_a_headline_request_for_a_designation_is_no_grant() -> None:
    text = (
        "Pellworth Bio Announces FDA Clearance of IND for PLW-410 and Submits Request for "
        "Fast Track Designation\n\n"
        "BOSTON, Oct. 2, 2025 /PRNewswire/ -- Pellworth Bio, Inc. today announced that the "
        "FDA cleared its IND for PLW-410 in gastric cancer.\n"
    )
    result = TEXTS.run(text, dateline="")
    assert result.designations == []
    assert {(e.product, e.status) for e in result.ind_events} == {("PLW-410", "cleared")}


def test_a_filing_withdrawn_before_the_agency_decided_was_only_submitted() -> None:
    text = (
        "An IND that Pellworth had submitted to the FDA for PLW-520 in December 2024 was "
        "withdrawn in February 2025, before the agency had completed its review. Pellworth "
        "filed a CTA for PLW-520 with Swissmedic in 2024, but withdrew it in January 2025, "
        "before Swissmedic had issued a decision.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("PLW-520", "FDA", "submitted", "2024-12"),
        ("PLW-520", "SWISSMEDIC", "submitted", "2024"),
    }


def test_a_decision_not_yet_issued_is_no_clearance() -> None:
    text = (
        "Pellworth submitted a clinical trial application for a Phase 1 study of PLW-520 in "
        "lupus to Health Canada in July 2025; Health Canada has not yet issued a decision.\n"
    )
    assert TEXTS.ind(text, DATED) == {("PLW-520", "HC", "submitted", "2025-07")}


def test_an_application_for_a_study_filed_with_an_agency_is_a_trial_application() -> None:
    text = (
        "Korea's MFDS approved the IND for the Phase 1b expansion part of the PLW-410 "
        "program on July 22, 2025. In Taiwan, an application for the same expansion study "
        "was filed with the Taiwan Food and Drug Administration (TFDA) in September 2025 and "
        "is under review.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("PLW-410", "MFDS", "cleared", "2025-07-22"),
        ("PLW-410", "TFDA", "submitted", "2025-09"),
    }


def test_a_request_filed_together_with_the_ind_adds_no_filing() -> None:
    text = (
        "The FDA cleared the IND for PLW-410 in dcSSc in September 2025. Pellworth has also "
        "asked the FDA to grant RMAT designation to PLW-410 in dcSSc; that request was filed "
        "together with the IND and the agency has not yet responded.\n"
    )
    assert TEXTS.ind(text) == {("PLW-410", "FDA", "cleared")}
    assert TEXTS.des(text) == set()


def test_a_code_named_once_with_study_is_still_a_drug_and_ras_on_is_a_target() -> None:
    text = (
        "PLW-101, an oral KRAS G12D inhibitor, is in a Phase 1 study.\n\n"
        "PLW-330 (SOS1 inhibitor)\n"
        "- In June 2025, the FDA placed a clinical hold on the PLW-330 study. Pellworth has "
        "decided to discontinue development of PLW-330 and will withdraw the PLW-330 IND.\n\n"
        "PLW-205 (pan-RAS(ON) inhibitor)\n"
        "- IND-enabling studies of PLW-205 are on track.\n"
    )
    products = {p.code: p.targets for p in TEXTS.run(text).products}
    assert products == {"PLW-101": ["KRAS G12D"], "PLW-330": ["SOS1"], "PLW-205": ["RAS"]}


def test_targets_told_as_integrins_chaperones_and_lookalike_names() -> None:
    text = (
        "PLW-603 is an oral peptide antagonist of integrin α4β7. PLW-041 is a pharmacological "
        "chaperone of galactocerebrosidase (GALC). PLW-512 is a monoclonal antibody against "
        "TNF-like ligand 1A (TL1A). Pellworth filed an IND for PLW-450, a gallium-68 "
        "labelled FAP-targeting PET imaging agent.\n"
    )
    targets = {p.code: p.targets for p in TEXTS.run(text).products}
    assert targets == {
        "PLW-603": ["α4β7"], "PLW-041": ["GALC"], "PLW-512": ["TL1A"], "PLW-450": ["FAP"],
    }


def test_words_right_before_the_next_product_describe_that_product() -> None:
    text = (
        "- PLW-2207 becomes the company's second clinical-stage asset after the B7-H4 ADC "
        "PLW-3310\n\n"
        "PLW-2207 is a bispecific antibody that binds CDH17 and CD3.\n"
    )
    targets = {p.code: p.targets for p in TEXTS.run(text).products}
    assert targets["PLW-2207"] == ["CDH17", "CD3"]


def test_an_about_the_pipeline_heading_names_its_owner() -> None:
    text = (
        "Pellworth Bio, Inc. and Kestrow Therapeutics, Inc. (\"Kestrow\") announced that "
        "Pellworth will acquire Kestrow.\n\n"
        "About Kestrow's pipeline\n\n"
        "- KST-5120 is a monoclonal antibody against TL1A for ulcerative colitis.\n"
    )
    assert TEXTS.products(text) == {"KST-5120": "Kestrow"}
