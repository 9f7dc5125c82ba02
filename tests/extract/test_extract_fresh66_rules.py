"""Rules found on the blind set fresh66 (dates, indications and application numbers told
in many ways), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "PHILADELPHIA, June 10, 2025 (GLOBE NEWSWIRE) -- Lyrica Gene Therapeutics, Inc. today "
    "announced a regulatory update.\n\n",
    dt.date(2025, 6, 10),
)


def test_an_eu_ct_number_is_the_eu_filings_number_and_no_year() -> None:
    text = (
        "In Europe, the clinical trial application for LGT-310 was authorised earlier this month "
        "under the EU Clinical Trials Regulation (EU CT number 2024-519032-41-00).\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "application_number")) == {
        ("LGT-310", "EMA", "cleared", "2025-06", "2024-519032-41-00")
    }


def test_a_trial_defined_as_a_study_evaluating_a_product_is_that_products() -> None:
    # (the forward-looking statements name the trial beside another product)
    text = (
        "The clinical trial application for NOVA-1 was authorised by the MHRA in April 2025.\n\n"
        "About NOVA-1\n\n"
        "NOVA-1 is an open-label, dose-escalation Phase 1/2 study evaluating LGT-310 in infants "
        "with Krabbe disease.\n\n"
        "Lyrica is also advancing LGT-520, a base editing therapy.\n\n"
        "This press release contains forward-looking statements regarding the NOVA-1 study and "
        "the timing of regulatory submissions for LGT-520.\n"
    )
    assert TEXTS.ind(text) == {("LGT-310", "MHRA", "cleared")}


def test_two_designations_one_for_each_indication() -> None:
    text = (
        "The FDA has granted two Orphan Drug Designations to LGT-118, its oral inhibitor of "
        "ALK2: one for the treatment of fibrodysplasia ossificans progressiva (FOP), and one for "
        "the treatment of diffuse intrinsic pontine glioma (DIPG) in patients whose tumors carry "
        "an activating ACVR1 mutation.\n"
    )
    found = TEXTS.des(text, ("product", "agency", "type", "indication"))
    assert {ind for *_rest, ind in found} == {
        "fibrodysplasia ossificans progressiva", "diffuse intrinsic pontine glioma (DIPG)"
    }


def test_a_headline_bullet_restates_the_bodys_dated_designation_beside_a_quote() -> None:
    text = (
        "Lyrica and Qinghe Enter a License Agreement for LGT-614\n\n"
        "- LGT-614 received Breakthrough Therapy Designation from China's NMPA in August for "
        "late-line hepatocellular carcinoma\n\n"
        "BASEL, Switzerland, Sept. 12, 2024 /PRNewswire/ -- Lyrica today announced a license "
        "agreement.\n\n"
        "On 2 August 2024, the CDE of the National Medical Products Administration (NMPA) "
        "granted LGT-614 Breakthrough Therapy Designation for the treatment of patients with "
        "advanced hepatocellular carcinomas (HCC) whose disease has progressed after at least two "
        "prior lines of therapy.\n\n"
        '"LGT-614 is one of the few T-cell engagers that has shown durable responses in liver '
        'cancer, and its Breakthrough Therapy Designation in China reflects that," said the CEO '
        "of Lyrica.\n"
    )
    september = RuleTexts("", dt.date(2024, 9, 12))
    assert september.des(text, ("product", "agency", "type", "date")) == {
        ("LGT-614", "NMPA", "breakthrough_therapy", "2024-08-02")
    }


def test_a_trial_named_in_a_list_beside_another_product_is_not_that_products() -> None:
    text = (
        "LGT-101 (oral factor D inhibitor)\n\n"
        "- In July, the FDA granted Orphan Drug Designation to LGT-101 for the treatment of "
        "PNH.\n"
        "- The Phase 2 SUMMIT-9 study, conducted under the IND that the FDA cleared in March "
        "2023 for adults with PNH, completed enrollment in August.\n\n"
        "LGT-330 (APOC3-targeting siRNA)\n\n"
        "- In August, Medsafe approved a Phase 1 study of LGT-330 in healthy volunteers.\n\n"
        "Research and development expenses were $38.1 million, reflecting the SUMMIT-9 study "
        "and LGT-330 clinical start-up costs.\n"
    )
    assert ("LGT-101", "FDA", "cleared") in TEXTS.ind(text)


def test_key_points_holding_designations_from_an_agency_are_held() -> None:
    heading = "Lyrica Awarded MHRA Innovation Passport for LGT-T07 in Uveal Melanoma"
    text = (
        "**LONDON, 25 February 2025** -- Lyrica Ltd today announced that the MHRA has awarded "
        "an Innovation Passport to LGT-T07, its TCR-T cell therapy.\n\n"
        "## Key points\n\n"
        "- **Orphan Drug Designation** from the U.S. Food and Drug Administration (FDA) last "
        "December for uveal melanoma.\n"
        "- **Regenerative Medicine Advanced Therapy (RMAT) designation** from the FDA in May "
        "2024.\n"
    )
    found = TEXTS.run_markdown(heading, text).designations
    assert {(d.product, d.agency, d.type, d.date) for d in found} >= {
        ("LGT-T07", "FDA", "orphan_drug", "2024-12"),
        ("LGT-T07", "FDA", "rmat", "2024-05"),
    }


def test_a_day_before_its_month_and_a_sentence_opening_last_month_are_dated() -> None:
    march = RuleTexts("SUZHOU, China, March 18, 2025 -- Lyrica today announced an update.\n\n",
                      dt.date(2025, 3, 18))
    text = (
        "On 3 March, the CDE of the NMPA granted implied approval to the clinical trial "
        "application for LGT-311. Last December, the FDA granted LGT-311 Orphan Drug "
        "Designation for the treatment of gastric cancer.\n"
    )
    assert march.ind(text, ("product", "agency", "status", "date")) == {
        ("LGT-311", "NMPA", "cleared", "2025-03-03")
    }
    assert march.des(text, ("product", "agency", "type", "date")) == {
        ("LGT-311", "FDA", "orphan_drug", "2024-12")
    }


def test_a_review_period_ending_on_a_day_dates_the_clearance() -> None:
    text = (
        "Kisaragi Pharma submitted a clinical trial notification for LGT-0931 to the "
        "Pharmaceuticals and Medical Devices Agency (PMDA) on August 30. The 30-day review "
        "period ended on September 29 without any inquiries from the agency, and the Japanese "
        "Phase 1 study may now proceed.\n"
    )
    october = RuleTexts("TOKYO, October 15, 2024 -- Lyrica today announced an update.\n\n",
                        dt.date(2024, 10, 15))
    assert october.ind(text, ("product", "agency", "status", "date")) == {
        ("LGT-0931", "PMDA", "submitted", "2024-08-30"),
        ("LGT-0931", "PMDA", "cleared", "2024-09-29"),
    }


def test_the_day_nearer_the_filing_dates_it_and_a_study_in_acronym_patients() -> None:
    text = (
        "On 3 March, Health Canada issued a No Objection Letter for the Canadian arm of the "
        "LGT-118 study, and the first Canadian patient was dosed in May. LGT-118 received Fast "
        "Track designation for idiopathic pulmonary fibrosis (IPF), and its U.S. Phase 2a study "
        "in IPF patients runs under an IND that the FDA cleared in 2021.\n"
    )
    september = RuleTexts("", dt.date(2024, 9, 5))
    assert ("LGT-118", "HC", "cleared", "2024-03-03") in september.ind(
        text, ("product", "agency", "status", "date")
    )
    assert ("LGT-118", "FDA", "cleared", "idiopathic pulmonary fibrosis") in september.ind(
        text, ("product", "agency", "status", "indication")
    )
