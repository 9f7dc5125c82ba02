"""Rules found on the blind set fresh95, on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "RECIFE, Brazil, July 8, 2025 -- Caraiba Therapeutics, Inc. today announced an update "
    "on its programs CRB-140 and CRB-622.\n\n",
    dt.date(2025, 7, 8),
)


def test_an_agency_that_authorised_the_company_to_conduct_a_trial_cleared_it() -> None:
    text = ("ANVISA has authorized the Company to conduct its Phase 1 ALTO trial of CRB-140 "
            "in Brazil.")
    assert TEXTS.ind(text) == {("CRB-140", "ANVISA", "cleared")}


def test_brazils_clinical_development_dossier_is_an_ind() -> None:
    text = (
        "Brazil's Agência Nacional de Vigilância Sanitária (ANVISA) approved the Company's "
        "clinical development dossier for CRB-622 in June, four months after Caraiba filed "
        "the dossier in February 2025."
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == {
        ("CRB-622", "ANVISA", "cleared"), ("CRB-622", "ANVISA", "submitted")}


def test_a_completed_ctn_process_with_the_tga_is_a_clearance() -> None:
    text = (
        "Caraiba has completed the Clinical Trial Notification (CTN) process with the "
        "Therapeutic Goods Administration (TGA) for ALTO, a Phase 1 trial of CRB-140 in "
        "patients with AML."
    )
    assert TEXTS.ind(text) == {("CRB-140", "TGA", "cleared")}


def test_a_system_the_release_names_by_its_acronym_is_no_indication() -> None:
    text = (
        "The decision on the CTA for CRB-622 in IgA nephropathy, notified through the "
        "Clinical Trials Information System (CTIS), permits the trial. Caraiba submitted "
        "the CTA for CRB-622 in CTIS on January 14, 2025."
    )
    indications = {e.indication for e in TEXTS.run(text).ind_events if e.status == "submitted"}
    assert indications and "Clinical Trials Information System (CTIS)" not in indications


def test_a_withdrawn_designation_is_not_held() -> None:
    text = (
        "CRB-140 was granted orphan designation for IPF by the European Commission in June "
        "2023. Following a portfolio review, the EU orphan designation previously held by "
        "CRB-140 for systemic sclerosis was withdrawn at the Company's request in July 2024."
    )
    assert TEXTS.des(text, ("product", "agency", "indication")) == {
        ("CRB-140", "EMA", "IPF")}


def test_a_decision_notified_through_a_portal_is_no_filing() -> None:
    text = (
        "Its clinical trial application (CTA) for CRB-622 has been authorised under the "
        "European Union Clinical Trials Regulation. The decision, notified through the "
        "Clinical Trials Information System (CTIS) on April 30, 2025, permits Caraiba to "
        "conduct a Phase 2 study of CRB-622."
    )
    assert TEXTS.ind(text) == {("CRB-622", "EMA", "cleared")}
