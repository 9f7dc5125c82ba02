"""Rules found on the blind set fresh42 (IND precision traps), each on a text of our own:
a filing told again without its agency takes the agency its paragraph names; a clinical
trial certificate received is a clearance (Hong Kong's "Certificate for Clinical Trial"
too); a name told "known in China as" belongs to the product the sentence is about, not
to one set aside with "Besides"; an assay's antibody clone is no product."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "PERTH, AUSTRALIA 12 March 2026: Tallowen Bio Ltd today announced news.\n\n",
    dt.date(2026, 3, 12),
)


def test_a_filing_told_again_takes_the_agency_of_its_paragraph() -> None:
    text = (
        "Highlights:\n"
        "• Tallowen has notified the TGA of its Phase 1 trial of TLW-204 under the Clinical "
        "Trial Notification (CTN) scheme\n"
        "• Partner Kasumi Pharma's clinical trial notification to the PMDA cleared its 30-day "
        "review in February 2026\n\n"
        "Tallowen is pleased to announce that it has notified the Therapeutic Goods "
        "Administration (TGA) of its Phase 1 trial of TLW-204 in advanced sarcoma. The CTN "
        "was lodged on 6 March 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLW-204", "TGA", "submitted", "2026-03-06"),
        ("TLW-204", "PMDA", "cleared", "2026-02"),
    }


def test_a_clinical_trial_certificate_received_is_a_clearance() -> None:
    text = (
        "TLW-311 obtained a Certificate for Clinical Trial from the Department of Health of "
        "the Hong Kong Special Administrative Region in January 2026 for a Phase 1 study in "
        "lupus nephritis. TLW-204 received a Clinical Trial Certificate from the Health "
        "Sciences Authority in November 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLW-311", "OTHER", "cleared", "2026-01"),
        ("TLW-204", "HSA", "cleared", "2025-11"),
    }


def test_an_application_for_a_certificate_is_no_clearance() -> None:
    text = (
        "Tallowen filed an application for a Certificate for Clinical Trial for TLW-311 with "
        "the Hong Kong Department of Health in February 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == {
        ("TLW-311", "OTHER", "submitted")
    }


def test_a_name_known_in_china_is_not_the_set_aside_products() -> None:
    text = (
        "About Tallowen\nBesides TLW-204, its pipeline includes TLW-118, an antibody-drug "
        "conjugate directed at CDH6, which Tallowen in-licensed in 2025 from Qianshan "
        "Biopharma Co., Ltd.; Qianshan received IND approval from the NMPA for the product, "
        "known in China as QS-118, in 2024.\n"
    )
    result = TEXTS.run(text)
    assert {(e.product, e.agency, e.date) for e in result.ind_events} == {
        ("TLW-118", "NMPA", "2024")
    }
    aliases = {p.code: p.aliases for p in result.products}
    assert "QS-118" in aliases["TLW-118"]
    assert "QS-118" not in aliases["TLW-204"]


def test_an_assays_antibody_clone_is_no_product() -> None:
    text = (
        "Patients will be selected with the CDH6 (clone ZR-31) immunohistochemistry assay "
        "developed by Orbell Diagnostics for the Phase 1 trial of TLW-118.\n"
    )
    assert set(TEXTS.products(text)) == {"TLW-118"}


def test_a_trial_authorised_by_a_national_agency_after_a_comma() -> None:
    text = (
        "TLW-204 is an AAV gene therapy for CLN5 disease. CLARITY-2, the Phase 1/2 trial of "
        "TLW-204, was authorised by the French medicines agency, the ANSM, on 3 July 2025. "
        "Tallowen also runs a Phase 1 trial of TLW-311, its AAV gene therapy for hearing loss, "
        "a trial whose conduct in Germany was "
        "authorised by the Paul-Ehrlich-Institut (PEI) in December 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLW-204", "EMA", "cleared", "2025-07-03"),
        ("TLW-311", "EMA", "cleared", "2024-12"),
    }


def test_a_trial_named_in_capitals_carries_its_product() -> None:
    text = (
        "Tallowen is also developing TLW-118 for gout. The NDA for TLW-204 rests on the Phase "
        "3 HARBOR trial, in which TLW-204 lowered urinary oxalate by 71%. HARBOR was run under "
        "an Investigational New Drug (IND) application that the FDA cleared in August 2022.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLW-204", "FDA", "cleared", "2022-08")
    }


def test_a_filing_resubmitted_is_a_second_submission() -> None:
    text = (
        "In the European Union, Tallowen submitted a clinical trial application for TLW-204 "
        "through CTIS in 2023 but withdrew it in December 2023; the Company resubmitted the "
        "application in July 2024, and a decision is expected before the end of the year.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLW-204", "EMA", "submitted", "2023"),
        ("TLW-204", "EMA", "submitted", "2024-07"),
    }
