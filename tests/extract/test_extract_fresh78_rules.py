"""Rules found on the blind sets fresh78 and fresh79 (a newswire mix; indications and
dates told far from the event), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "CAMBRIDGE, Mass., March 4, 2025 (GLOBE NEWSWIRE) -- Palvero Therapeutics, Inc. today "
    "announced an update.\n\n",
    dt.date(2025, 3, 4),
)


def test_a_product_set_aside_by_besides_takes_no_descriptor_of_the_next_one() -> None:
    text = (
        "PLV-07 received Fast Track designation from the FDA in 2024. Besides PLV-07, the "
        "Company's allogeneic CD19-targeting CAR-NK cell product PLV-N12 obtained clinical trial "
        "approval from the NMPA in June 2023 for B-cell lymphoma.\n"
    )
    release = TEXTS.run(text)
    assert sorted(p.code for p in release.products) == ["PLV-07", "PLV-N12"]
    assert {(e.product, e.agency) for e in release.ind_events} == {("PLV-N12", "NMPA")}


def test_labelled_items_of_granted_designations_are_the_only_products() -> None:
    release = TEXTS.run_markdown(
        "Palvero Receives FDA Rare Pediatric Disease Designation for PLV-0417",
        "Palvero today announced that the FDA has granted Rare Pediatric Disease Designation to "
        "PLV-0417 for congenital "
        "hyperinsulinism.\n\n## Regulatory background\n\n"
        "- **Orphan Drug Designation (FDA):** granted in June 2024 for the treatment of "
        "congenital hyperinsulinism.\n"
        "- **Orphan designation (European Commission):** granted in February 2025 for the "
        "treatment of congenital hyperinsulinism.\n",
    )
    assert {(d.product, d.agency, d.type, d.date) for d in release.designations} == {
        ("PLV-0417", "FDA", "rare_pediatric_disease", "2025-03"),
        ("PLV-0417", "FDA", "orphan_drug", "2024-06"),
        ("PLV-0417", "EMA", "orphan_drug", "2025-02"),
    }


def test_a_no_objection_letter_for_the_trials_application_is_dated_after_it() -> None:
    text = (
        "The FDA cleared the IND for PLV-201 in February 2023, and Health Canada issued a No "
        "Objection Letter for the trial's clinical trial application in 2024, allowing "
        "enrollment at a site in Toronto.\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("FDA", "cleared", "2023-02"), ("HC", "cleared", "2024")
    }


JAPAN = RuleTexts(
    "TOKYO, September 24, 2025 - Palvero Pharma Co., Ltd. announced today an update.\n\n",
    dt.date(2025, 9, 24),
)


def test_a_filers_relative_clause_does_not_date_the_filing() -> None:
    text = (
        "The MFDS approved the IND for the Korean part of the study of PLV-55 on September 2, "
        "2025. The Korean application was filed in July by Garam Bio Co., Ltd., which holds the "
        "rights to PLV-55 in Korea under a license agreement signed in 2024.\n"
    )
    assert JAPAN.ind(text, ("agency", "status", "date")) == {
        ("MFDS", "cleared", "2025-09-02"), ("MFDS", "submitted", "2025-07")
    }


def test_a_review_period_that_ended_this_month_dates_the_clearance() -> None:
    text = (
        "Palvero submitted the clinical trial notification for PLV-55 to the PMDA on August 14, "
        "2025, and the 30-day review period ended without inquiries this month.\n"
    )
    assert JAPAN.ind(text, ("agency", "status", "date")) == {
        ("PMDA", "submitted", "2025-08-14"), ("PMDA", "cleared", "2025-09")
    }


def test_a_study_cleared_to_proceed_in_a_country() -> None:
    text = "In November 2024 the Phase 1 study of PLV-55 was cleared to proceed in Japan.\n"
    assert JAPAN.ind(text, ("product", "agency", "status", "date")) == {
        ("PLV-55", "PMDA", "cleared", "2024-11")
    }


def test_a_timing_column_dates_past_milestones_and_plans_alike() -> None:
    release = RuleTexts("**BOSTON, Feb. 10, 2026 (GLOBE NEWSWIRE) --** ", dt.date(2026, 2, 10)
                        ).run_markdown(
        "Palvero Announces FDA Clearance of IND for PLV-310",
        "Palvero today announced that the FDA has cleared its IND for PLV-310.\n\n"
        "## Regulatory summary\n\n"
        "| Regulator | Milestone | Timing |\n|---|---|---|\n"
        "| FDA | Orphan Drug Designation, Friedreich's ataxia | 2025 |\n"
        "| FDA | Rare Pediatric Disease designation | January 2026 |\n"
        "| MHRA | Clinical trial application for UK sites submitted | Fourth quarter of 2025 |\n"
        "| EMA | Orphan designation application filed; opinion expected | Second half of 2026 |\n"
        "| FDA | IND submission for PLV-320 | 2H 2026 |\n",
    )
    assert {(e.agency, e.status, e.date) for e in release.ind_events} == {
        ("FDA", "cleared", "2026-02"), ("MHRA", "submitted", "2025")
    }
    assert {(d.agency, d.type, d.date) for d in release.designations} == {
        ("FDA", "orphan_drug", "2025"), ("FDA", "rare_pediatric_disease", "2026-01")
    }


def test_asking_the_agency_to_also_grant_a_designation_is_a_request() -> None:
    text = (
        "The FDA has granted Orphan Drug Designation to PLV-77 for FOP. Palvero has asked the "
        "FDA to also grant PLV-77 Rare Pediatric Disease designation in DIPG; that request is "
        "under review.\n"
    )
    assert TEXTS.des(text) == {("PLV-77", "FDA", "orphan_drug")}


def test_todays_clearance_is_not_last_years_first_one() -> None:
    release = RuleTexts(
        "SEATTLE, Jan. 13, 2026 (BUSINESS WIRE) -- Palvero Therapeutics, Inc. today announced "
        "that the U.S. FDA has cleared an IND for PLV-201, its CD19 CAR-T therapy, opening a "
        "second indication for the program.\n\n",
        dt.date(2026, 1, 13),
    ).run(
        "The FDA cleared the first IND for PLV-201 last year, for the treatment of refractory "
        "systemic sclerosis; the Phase 1 study is enrolling.\n"
    )
    assert sorted((e.status, e.date) for e in release.ind_events) == [
        ("cleared", "2025"), ("cleared", "2026-01")
    ]


def test_a_timelines_bare_application_row_is_the_filing_the_row_before_names() -> None:
    text = (
        "Regulatory timeline of PLV-2207\n\n"
        "Date               Event\n"
        "January 2025       Clinical trial application submitted to the CDE\n"
        "February 2025      Application accepted (CXSL2500214)\n"
        "April 25, 2025     Implied approval; review period expired without objection\n"
    )
    assert JAPAN.ind(text, ("product", "agency", "status", "date")) == {
        ("PLV-2207", "NMPA", "submitted", "2025-01"),
        ("PLV-2207", "NMPA", "accepted", "2025-02"),
        ("PLV-2207", "NMPA", "cleared", "2025-04-25"),
    }


def test_a_bare_application_approved_names_no_filing_of_its_own() -> None:
    text = "PLV-2207 is in development. Application approved for the share placement in May.\n"
    assert JAPAN.ind(text) == set()


def test_a_quote_naming_no_product_adds_no_designation() -> None:
    text = (
        "PLV-101 received Fast Track designation from the FDA in 2024 and is studied in the "
        "TIDAL-1 trial.\n\n\"The quarter set up a busy year,\" said the CEO. \"We have an NDA "
        "under priority review, TIDAL-1 is enrolling again and our third program is now with "
        "the FDA.\"\n"
    )
    assert TEXTS.des(text) == {("PLV-101", "FDA", "fast_track")}


def test_a_filing_for_a_named_trial_takes_the_population_the_trial_enrols() -> None:
    text = (
        "PLV-55 is an oral MRGPRX2 antagonist. The Phase 2 study (\"MOONLIT\") is a "
        "randomized, placebo-controlled trial that will enroll adults with chronic spontaneous "
        "urticaria who remain symptomatic despite antihistamines.\n\n"
        "Mast cells drive the disease, and many patients are not well controlled.\n\n"
        "Palvero submitted the clinical trial notification for MOONLIT to the PMDA on August "
        "14, 2025.\n"
    )
    assert JAPAN.ind(text, ("agency", "status", "indication")) == {
        ("PMDA", "submitted", "chronic spontaneous urticaria")
    }


def test_c_met_and_an_oligonucleotides_transcripts_name_targets() -> None:
    release = TEXTS.run(
        "PLV-105 is a bispecific antibody targeting EGFR and c-MET. PLV-204 is an antisense "
        "oligonucleotide designed to degrade toxic CUG-repeat DMPK transcripts in muscle.\n"
    )
    assert {p.code: p.targets for p in release.products} == {
        "PLV-105": ["EGFR", "c-MET"], "PLV-204": ["DMPK"]
    }


def test_a_channels_symbol_after_its_class_is_the_target() -> None:
    release = TEXTS.run(
        "PLV-406 is a synthetic peptide that selectively blocks the voltage-gated sodium channel "
        "Nav1.7, which plays a central role in pain signalling.\n"
    )
    assert {p.code: p.targets for p in release.products} == {"PLV-406": ["Nav1.7"]}


def test_words_after_and_before_the_next_product_describe_that_product() -> None:
    release = TEXTS.run(
        "Proceeds to fund Phase 1/2 development of PLV-101 in refractory lupus nephritis and "
        "bring CAR-Treg candidate PLV-202 to the clinic.\n\n"
        "The study of PLV-101, the company's allogeneic CD19-directed CAR-T cell therapy, is "
        "enrolling.\n"
    )
    assert {p.code: p.modality for p in release.products} == {
        "PLV-101": "car_t", "PLV-202": "other_cell_therapy"
    }


def test_a_highlights_trial_also_approved_by_an_agency() -> None:
    release = RuleTexts("", dt.date(2026, 2, 9)).run(
        "Palvero commences HALCYON trial of PLV-411 in Australia\n\n"
        "\u2022 Trial also approved by New Zealand's Medsafe in December 2025; first New Zealand "
        "site now open\n\n"
        "BRISBANE, AUSTRALIA, 9 February 2026: Palvero Ltd is pleased to announce that it has "
        "commenced the HALCYON trial of PLV-411.\n"
    )
    assert {(e.product, e.agency, e.status, e.date) for e in release.ind_events} == {
        ("PLV-411", "OTHER", "cleared", "2025-12")
    }


def test_a_designation_restated_for_a_late_line_gej_setting_is_one() -> None:
    text = (
        "In March 2024, the CDE of the NMPA included PLV-1102 in its Breakthrough Therapy "
        "program for CLDN18.2-positive advanced gastric or gastroesophageal junction "
        "adenocarcinoma.\n\nPLV-1102 has also received the FDA's Orphan Drug Designation for "
        "gastric cancer (January 2024), as well as NMPA Breakthrough Therapy Designation for "
        "late-line gastric or GEJ adenocarcinoma (March 2024).\n"
    )
    assert sorted(TEXTS.des(text, ("agency", "type"))) == [
        ("FDA", "orphan_drug"), ("NMPA", "breakthrough_therapy")
    ]
    assert len(TEXTS.run(text).designations) == 2


def test_lymphoblastic_lymphoma_and_leukemia_stay_two_designations() -> None:
    text = (
        "The FDA granted PLV-412 Orphan Drug Designations for T-cell acute lymphoblastic "
        "leukemia (T-ALL) and for T-cell lymphoblastic lymphoma (T-LBL) in 2025.\n"
    )
    assert len(TEXTS.run(text).designations) == 2


def test_a_relative_clause_after_an_appositive_is_the_described_products() -> None:
    text = (
        "Its pipeline includes PLV-5105 and PLV-3301, a monoclonal antibody against IL-33 for "
        "COPD, for which the MHRA awarded an Innovation Passport in 2024.\n"
    )
    assert TEXTS.des(text) == {("PLV-3301", "MHRA", "innovation_passport")}


def test_a_protocol_approved_by_review_boards_is_no_clearance() -> None:
    text = (
        "Kisaragi submitted a clinical trial notification to the PMDA for a bridging study of "
        "PLV-114 in SSc-ILD in July 2024, and the study's protocol has been approved by the "
        "institutional review boards of all participating sites. Kisaragi intends to apply for "
        "marketing approval in Japan once the study is complete.\n"
    )
    assert TEXTS.ind(text, ("agency", "status")) == {("PMDA", "submitted")}


def test_a_study_completed_after_submitting_a_notification() -> None:
    text = (
        "Tamsin completed a Japanese Phase 1 study of PLV-009 after submitting a clinical trial "
        "notification to the PMDA in June 2023.\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {("PMDA", "submitted", "2023-06")}


def test_a_semicolon_inside_brackets_separates_no_clauses() -> None:
    text = "PLV-201 AAV9 gene therapy: ODD (FDA 2023; EC 2023); PRIME (Jan 2025).\n"
    assert TEXTS.des(text, ("agency", "type", "date")) == {
        ("FDA", "orphan_drug", "2023"), ("EMA", "orphan_drug", "2023"), ("EMA", "prime", "2025-01")
    }


def test_an_undated_clearance_of_its_own_ind_is_another_filing() -> None:
    text = (
        "In July 2022, the FDA cleared an IND for a partner-sponsored Phase 1 study of PLV-115 "
        "in metastatic melanoma. Palvero subsequently obtained FDA clearance of its own IND "
        "for a multicenter Phase 1/2 study evaluating PLV-115 in patients with unresectable "
        "or metastatic melanoma.\n"
    )
    assert sorted(TEXTS.ind(text, ("agency", "date")), key=str) == [
        ("FDA", "2022-07"), ("FDA", None)
    ]


def test_not_a_new_ind_clearance_is_the_one_told_before() -> None:
    text = (
        "The FDA cleared the IND for PLV-501 in November 2023 for a study in healthy "
        "volunteers. The FDA agreed that the high-dose cohort can resume in healthy volunteers; "
        "it is not a new IND clearance, and the study continues under the existing IND.\n"
    )
    assert TEXTS.ind(text, ("agency", "date")) == {("FDA", "2023-11")}


def test_last_year_in_an_aside_on_another_event_dates_that_one() -> None:
    release = RuleTexts(
        "SHANGHAI, Jan. 20, 2026 /PRNewswire/ -- Palvero Bio today announced that the CDE of "
        "China's NMPA has granted implied approval of the IND application for PLV-021 on "
        "January 16, 2026.\n\n",
        dt.date(2026, 1, 20),
    ).run(
        "\"The NMPA implied approval, following the FDA clearance last year, means PLV-021 can "
        "now advance in both countries,\" said the CEO.\n"
    )
    assert {(e.agency, e.date) for e in release.ind_events if e.agency == "NMPA"} == {
        ("NMPA", "2026-01-16")
    }


def test_a_diseases_first_word_in_brackets_stands_for_it() -> None:
    text = (
        "The FDA has granted Orphan Drug Designation to PLV-5506 for the treatment of Duchenne "
        "muscular dystrophy (Duchenne) and of Becker muscular dystrophy (Becker), as well as "
        "Rare Pediatric Disease Designation for the treatment of Duchenne.\n"
    )
    assert TEXTS.des(text, ("type", "indication")) == {
        ("orphan_drug", "Duchenne muscular dystrophy (Duchenne)"),
        ("orphan_drug", "Becker muscular dystrophy (Becker)"),
        ("rare_pediatric_disease", "Duchenne muscular dystrophy (Duchenne)"),
    }


def test_a_list_opened_after_a_comma_names_its_items_modality() -> None:
    release = TEXTS.run(
        "Palvero is advancing allogeneic CAR-T programs in immuno-oncology, including PLV-110, "
        "which targets CD19, PLV-120, which targets BCMA, and PLV-130, which targets CD70, as "
        "well as programs in regenerative medicine and in vivo gene editing.\n"
    )
    assert {p.code: p.modality for p in release.products} == {
        "PLV-110": "car_t", "PLV-120": "car_t", "PLV-130": "car_t"
    }


def test_a_filing_of_the_trial_takes_the_population_told_before() -> None:
    text = (
        "Palvero is pleased to report that its first-in-human Phase 1 trial of PLV-06 in "
        "patients with advanced FAP-positive solid tumours can now begin.\n\n"
        "Palvero notified the TGA of the trial under the CTN scheme on 28 August 2025. The TGA "
        "acknowledged the notification on 2 September 2025.\n"
    )
    release = RuleTexts("ADELAIDE, AUSTRALIA, 10 September 2025: ", dt.date(2025, 9, 10)).run(
        text
    )
    assert {(e.status, e.indication) for e in release.ind_events} == {
        ("submitted", "advanced FAP-positive solid tumours"),
        ("cleared", "advanced FAP-positive solid tumours"),
    }


def test_and_to_ends_an_indication() -> None:
    text = (
        "The FDA cleared the IND for PLV-07 in May 2024 for a study in Wilson disease and to "
        "measure its pharmacological effect.\n"
    )
    assert TEXTS.ind(text, ("agency", "indication")) == {("FDA", "Wilson disease")}


def test_a_priority_review_granted_with_an_acceptance_takes_its_date() -> None:
    text = (
        "- In June 2024, the FDA accepted the New Drug Application (NDA) for PLV-101 for the "
        "prevention of heterotopic ossification in FOP. The FDA granted the application "
        "Priority Review and assigned a PDUFA target action date of December 14, 2024.\n"
    )
    release = RuleTexts("BOSTON, Aug. 6, 2024 -- Palvero today reported results.\n\n",
                        dt.date(2024, 8, 6)).run(text)
    assert [(d.type, d.date) for d in release.designations] == [("priority_review", "2024-06")]


def test_a_priority_review_granted_with_todays_acceptance_takes_the_release_month() -> None:
    text = (
        "The FDA has accepted for review the Company's New Drug Application for PLV-221 for the "
        "on-demand treatment of hereditary angioedema attacks. The FDA granted the application "
        "Priority Review and set a PDUFA target action date of October 28, 2024.\n"
    )
    release = RuleTexts("REHOVOT, Israel, June 10, 2024 -- Palvero today announced an "
                        "update.\n\n", dt.date(2024, 6, 10)).run(text)
    assert [(d.type, d.date) for d in release.designations] == [("priority_review", "2024-06")]
