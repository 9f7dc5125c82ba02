"""Rules of session 20 (indications, orphan designations, dates), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "CAMBRIDGE, England, March 4, 2026 -- Velmora Bio plc today reported its pipeline.\n\n",
    dt.date(2026, 3, 4),
)


def test_an_indication_after_a_bracketed_description_keeps_its_acronym_bracket() -> None:
    text = (
        "VMB-204 (an antisense oligonucleotide targeting complement factor B) for IgA "
        "nephropathy (IgAN): The Phase 1 study, which was approved by Australia's TGA in "
        "June 2025, completed dosing in 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "indication")) == {
        ("VMB-204", "TGA", "cleared", "IgA nephropathy (IgAN)")
    }


def test_an_orphan_designation_the_news_follows_was_granted() -> None:
    text = (
        "The FDA has granted Fast Track designation to VMB-311 for the treatment of "
        "Fabry disease.\n\n"
        "The designation follows orphan designation for VMB-311 in Fabry disease from the "
        "European Commission in October 2025.\n"
    )
    assert ("VMB-311", "EMA", "orphan_drug", "2025-10", "Fabry disease") in TEXTS.des(
        text, ("product", "agency", "type", "date", "indication")
    )


def test_approvals_held_at_the_same_time_take_no_earlier_sentences_date() -> None:
    text = (
        "VMB-520 has obtained implied approval for clinical trials from the NMPA on "
        "February 26, 2026, for the treatment of advanced hepatocellular carcinoma.\n\n"
        "Before this, the Ministry of Food and Drug Safety (MFDS) of Korea approved the IND "
        "of VMB-520 in October 2025. Together with the NMPA implied approval, VMB-520 has "
        "clinical approvals in Mainland China and Korea at the same time.\n"
    )
    assert {
        event for event in TEXTS.ind(text, ("product", "agency", "status", "date"))
        if event[1] == "NMPA"
    } == {("VMB-520", "NMPA", "cleared", "2026-02-26")}


def test_how_a_designation_is_granted_in_general_is_no_grant() -> None:
    text = (
        "VMB-640 is a peptide radioligand. In October the EMA's Committee for Orphan "
        "Medicinal Products adopted a positive opinion on orphan designation of VMB-640 in "
        "mesothelioma. Orphan designation in the EU is granted by the European Commission, "
        "which normally decides within 30 days of the opinion.\n"
    )
    assert TEXTS.des(text) == set()


def test_a_filing_listed_far_after_expects_is_a_plan() -> None:
    text = (
        "In July the FDA granted VMB-710 Orphan Drug Designation for the treatment of "
        "osteosarcoma.\n\n"
        "Velmora expects the EC orphan decision for VMB-710 in the fourth quarter, Phase 1 "
        "topline data from the ORCA-1 trial in mid-2026 and a U.S. IND filing for VMB-710 in "
        "the first half of 2026.\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_filing_joined_after_another_products_clearance_is_its_own() -> None:
    text = (
        "Velmora also reports Health Canada clearance for VMB-101 and an IND submission for "
        "its CAR-Treg candidate VMB-305\n\n"
        "The FDA granted VMB-101 Fast Track designation in 2024.\n"
    )
    # (session 21: the Health Canada clearance is read too)
    assert TEXTS.ind(text) == {("VMB-305", "FDA", "submitted"), ("VMB-101", "HC", "cleared")}


def test_a_filing_after_a_semicolon_takes_no_agency_of_another_products_clause() -> None:
    text = (
        "VMB-301 cleared in the UK and the US and awarded an Innovation Passport; VMB-118 CTA "
        "submitted for Phase 2 in IgA nephropathy\n\n"
        "In June 2025, the MHRA awarded VMB-301 an Innovation Passport.\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_designation_in_the_same_year_takes_the_year_told_before() -> None:
    text = (
        "VMB-N11 obtained clinical trial approval from the NMPA for acute myeloid leukemia in "
        "June 2024, and was granted Orphan Drug Designation by the U.S. FDA for AML in the "
        "same year November.\n\n"
        "VMB-N12 obtained clinical trial approval from the NMPA for acute myeloid leukemia in "
        "May 2023, and was granted Orphan Drug Designation by the U.S. FDA for AML in the "
        "same year.\n"
    )
    assert TEXTS.des(text, ("product", "date", "indication")) == {
        ("VMB-N11", "2024-11", "AML"),
        ("VMB-N12", "2023", "AML"),
    }


def test_an_indication_stops_before_the_countries_a_trial_runs_across() -> None:
    text = (
        "Swissmedic authorised the Phase 1 trial of VMB-602 in January 2026. The trial will "
        "enrol 60 adults with genetically confirmed spinocerebellar ataxia across "
        "Switzerland, Germany and Japan.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "indication")) == {
        ("VMB-602", "SWISSMEDIC", "genetically confirmed spinocerebellar ataxia")
    }


def test_a_month_set_off_after_and_dates_the_next_clause() -> None:
    text = (
        "Velmora submitted a clinical trial notification for VMB-818 to the PMDA in April "
        "2025 and, in July, obtained orphan drug designation from Japan's MHLW for SCA3.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("VMB-818", "PMDA", "orphan_drug", "2025-07")
    }


def test_last_quarter_and_after_quarter_end_date_a_designation_at_the_year() -> None:
    text = (
        "VMB-310 was granted Orphan Drug Designation by the FDA for the treatment of malignant "
        "glioma last quarter.\n\n"
        "Subsequent to quarter end, the FDA granted Fast Track designation to VMB-320 for the "
        "treatment of metastatic colorectal cancer.\n"
    )
    early = TEXTS.des(
        text, ("product", "date"),
        dateline="OSLO, Norway, 20 January 2026 -- Velmora Bio reports its quarter.\n\n",
    )
    assert early == {("VMB-310", "2025"), ("VMB-320", "2026")}


def test_a_designation_cell_names_its_indication_after_a_comma() -> None:
    text = (
        "VMB-110 is a gene therapy for an inherited retinal disease.\n\n"
        "| Date | Agency | Milestone |\n"
        "|---|---|---|\n"
        "| 2024 | FDA | Orphan Drug Designation, Bietti crystalline dystrophy |\n"
        "| October 2024 | European Commission | Orphan designation, Bietti crystalline "
        "dystrophy |\n"
    )
    found = {
        (e.product, e.agency, e.type, e.indication)
        for e in TEXTS.run_markdown("Velmora pipeline update", text).designations
    }
    assert found == {
        ("VMB-110", "FDA", "orphan_drug", "Bietti crystalline dystrophy"),
        ("VMB-110", "EMA", "orphan_drug", "Bietti crystalline dystrophy"),
    }


def test_a_filing_takes_the_use_its_item_gives_after_the_products_description() -> None:
    text = (
        "- VMB-205, a lipid nanoparticle-delivered messenger RNA encoding the enzyme "
        "argininosuccinate lyase, for argininosuccinic aciduria. Velmora submitted the IND "
        "for VMB-205 in December 2023 and the FDA cleared it in January 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "status", "indication")) == {
        ("VMB-205", "submitted", "argininosuccinic aciduria"),
        ("VMB-205", "cleared", "argininosuccinic aciduria"),
    }


def test_an_acronym_for_a_kind_of_drug_is_no_indication() -> None:
    text = (
        "Velmora, a biotech company specialized in antibody-drug conjugates (ADC) and "
        "bispecific antibodies, announced today that its B7-H4-targeting ADC \"VMB-711\" "
        "received the Investigational New Drug (IND) clearance from the U.S. Food and Drug "
        "Administration (FDA) on October 18 and the approval of the Phase 1 clinical trial "
        "plan from the Ministry of Food and Drug Safety (MFDS) of Korea on October 21, for "
        "advanced solid tumors.\n"
    )
    assert {
        indication for _p, _a, indication in TEXTS.ind(text, ("product", "agency", "indication"))
    } == {"advanced solid tumors"}


def test_a_filing_in_a_half_year_is_dated_at_its_year() -> None:
    text = (
        "- VMB-240: U.S. IND cleared by the FDA in the first half.\n"
        "- VMB-250: U.S. IND cleared by the FDA in the second half.\n"
    )
    half_year = RuleTexts(
        "ZUG, Switzerland, 22 April 2025 -- Velmora AG reports its results.\n\n",
        dt.date(2025, 4, 22),
    )
    # (the second half is still to come in April: last year's)
    assert half_year.ind(text, ("product", "agency", "status", "date")) == {
        ("VMB-240", "FDA", "cleared", "2025"),
        ("VMB-250", "FDA", "cleared", "2024"),
    }
