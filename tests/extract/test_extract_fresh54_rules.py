"""Rules found on the blind set fresh54 (a realistic newswire mix) and after it, on
texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAO PAULO, Brazil, March 3, 2026 -- Corvelo Biotherapeutics, Inc. (Nasdaq: CRVB) "
    "today announced a regulatory update.\n\n",
    dt.date(2026, 3, 3),
)


def test_sites_added_to_a_trial_by_an_agency_is_a_clearance() -> None:
    text = (
        "Brazil's Agência Nacional de Vigilância Sanitária (ANVISA) has approved the inclusion "
        "of Brazilian sites in the randomized Phase 2 trial CORAL-2 of CVB-230 in melanoma.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("CVB-230", "ANVISA", "cleared", None)
    }


def test_sites_opened_by_the_sponsor_are_no_clearance() -> None:
    text = (
        "Corvelo has approved the inclusion of two new sites in the Phase 2 trial CORAL-2 of "
        "CVB-230 in melanoma.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == set()


def test_an_application_said_to_be_submitted_by_someone_is_the_cleared_one() -> None:
    text = (
        "The FDA has also cleared the IND application of CVB-230 in August 2025 for melanoma, "
        "submitted by Corvelo's U.S. subsidiary.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("CVB-230", "FDA", "cleared", "2025-08")
    }


def test_a_dated_submission_after_a_comma_is_its_own_event() -> None:
    text = (
        "The FDA cleared the IND application of CVB-230 in August 2025, submitted by Corvelo "
        "in July 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("CVB-230", "FDA", "cleared", "2025-08"),
        ("CVB-230", "FDA", "submitted", "2025-07"),
    }


def test_a_jurisdiction_column_names_each_rows_agency() -> None:
    facts = TEXTS.run_markdown(
        "Corvelo update",
        "## Regulatory status of CVB-230\n\n"
        "| Jurisdiction | Status | Date |\n"
        "|---|---|---|\n"
        "| United Kingdom (MHRA) | CTA approved, CORAL-1 | April 2025 |\n"
        "| United Kingdom (MHRA) | Innovation Passport (ILAP) | November 2024 |\n"
        "| European Union (European Commission) | Orphan designation | February 2024 |\n"
        "| European Union (EMA CAT) | Classified as an ATMP (gene therapy medicinal product) "
        "| 2023 |\n",
    )
    assert {(e.product, e.agency, e.status, e.date) for e in facts.ind_events} == {
        ("CVB-230", "MHRA", "cleared", "2025-04")
    }
    assert {(d.product, d.agency, d.type, d.date) for d in facts.designations} == {
        ("CVB-230", "MHRA", "innovation_passport", "2024-11"),
        ("CVB-230", "EMA", "orphan_drug", "2024-02"),
        ("CVB-230", "EMA", "other", "2023"),
    }


def test_two_treatments_each_with_its_own_clause_are_two_designations() -> None:
    text = (
        "The FDA has granted Fast Track designations to CVB-230, its radioligand targeting "
        "fibroblast activation protein (FAP), for the treatment of adults with metastatic "
        "pancreatic ductal adenocarcinoma whose disease has progressed after at least one prior "
        "systemic therapy, and for the treatment of adults with unresectable soft tissue sarcoma "
        "after failure of anthracycline-based chemotherapy.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "indication")) == {
        ("CVB-230", "FDA", "fast_track", "metastatic pancreatic ductal adenocarcinoma"),
        ("CVB-230", "FDA", "fast_track",
         "unresectable soft tissue sarcoma after failure of anthracycline-based chemotherapy"),
    }


def test_one_designation_keeps_its_one_indication() -> None:
    text = (
        "The FDA granted Fast Track designation to CVB-230, an antibody targeting FAP, for the "
        "treatment of adults with metastatic pancreatic ductal adenocarcinoma whose disease has "
        "progressed, and for the treatment of its complications the Company has other plans.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "indication")) == {
        ("CVB-230", "FDA", "fast_track", "metastatic pancreatic ductal adenocarcinoma"),
    }


def test_its_at_a_sentences_start_is_the_previous_sentences_subject() -> None:
    text = (
        "Corvelo will acquire Ardmoor Bio, whose lead ADC ADM-301 holds Fast Track designation."
        "\n\nArdmoor Bio develops antibody-drug conjugates.\n\n"
        "Halden Therapeutics develops bispecific antibodies. Its lead candidate, HDN-118, is a "
        "B7-H4 x 4-1BB bispecific antibody.\n\n"
        "About Ardmoor Bio\n\nArdmoor Bio develops ADCs. This release contains forward-looking "
        "statements regarding ADM-301 and HDN-118.\n"
    )
    assert TEXTS.products(text)["HDN-118"] == "Halden Therapeutics"


def test_a_partners_code_for_the_product_does_not_make_it_the_owner() -> None:
    text = (
        "- Marlowe to pay US$85 million upfront; the bispecific will be developed outside "
        "Greater China under Marlowe's code MRL-5180\n"
        "- CVB-2207 holds FDA Orphan Drug Designation for pancreatic cancer\n\n"
        "Corvelo today announced an exclusive ex-Greater China license agreement with Marlowe "
        "Therapeutics for CVB-2207, Corvelo's CLDN18.2 x CD3 bispecific antibody. Outside "
        "Greater China the molecule will carry Marlowe's development code MRL-5180.\n\n"
        "About CVB-2207 (MRL-5180)\n\nCVB-2207 is a bispecific antibody.\n"
    )
    assert TEXTS.products(text)["CVB-2207"] == "Corvelo"


def test_a_licence_is_about_the_product_named_last_before_the_licensee() -> None:
    text = (
        "Corvelo announced FDA clearance of its IND for CVB-314.\n\n"
        "About Corvelo\n\nCorvelo develops T-cell engagers and ADCs. Its pipeline is led by "
        "CVB-314 (cadrelimig), CVB-520 and CVB-101, which it licensed in 2023 to Galloway "
        "Pharmaceuticals plc, which now leads its development.\n"
    )
    owners = TEXTS.products(text)
    assert owners["CVB-314"] == "Corvelo"
    assert owners["CVB-101"] == "Galloway Pharmaceuticals"


def test_a_partners_name_for_the_product_in_its_territory_is_no_ownership() -> None:
    text = (
        "Corvelo dosed the first patient with CVB-418, the Company's B7-H4-directed ADC. "
        "Hanlu Biopharma Co., Ltd. (\"Hanlu\") holds exclusive rights to CVB-418 in mainland "
        "China. Hanlu, which develops the ADC in its territory as HL-418, received clinical "
        "trial approval from the NMPA in May 2025.\n\n"
        "CVB-418 (HL-418 in China) is a B7-H4-directed ADC.\n"
    )
    assert TEXTS.products(text)["CVB-418"] == "Corvelo"


def test_a_licensee_told_to_lead_worldwide_development_owns_the_product() -> None:
    text = (
        "Tamsin to lead worldwide development of CVB-770 in CAPS.\n\n"
        "Corvelo and Tamsin Pharmaceuticals announced an agreement under which Tamsin acquires "
        "worldwide rights to develop, manufacture and commercialize CVB-770, Corvelo's oral "
        "NLRP3 inhibitor. Tamsin will now lead all clinical development and regulatory "
        "activities for CVB-770, while Corvelo retains its earlier programs.\n\n"
        "About Corvelo\n\nCorvelo develops CVB-770 and CVB-815.\n"
    )
    owners = TEXTS.products(text)
    assert owners["CVB-770"] == "Tamsin"
    assert owners["CVB-815"] == "Corvelo"
