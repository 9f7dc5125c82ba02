"""Wordings first met in the thirty-fourth unseen set and the errors earlier sets left:
a ministry's name with a comma, one designation "and, separately," for a second
disease, a trial named right after its product, a pilot programme with its acronym,
"in vivo" before a class of diseases, "In addition to <designation> for X," and a
pipeline table's designations column; with the wordings each rule must leave alone."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

from dossier.cleaning import clean_release
from dossier.extract import extract_release

TEXTS = RuleTexts(
    "TOKYO, Japan, February 10, 2026 -- Kaizora Pharma Co., Ltd. today announced news.\n\n",
    dt.date(2026, 2, 10),
)
_FIELDS = ("product", "agency", "type", "date", "indication")


def test_an_application_to_the_ministry_of_health_labour_and_welfare_is_no_grant() -> None:
    text = (
        "Kaizora has applied to the Ministry of Health, Labour and Welfare for orphan drug "
        "designation of KZR-310 for Becker muscular dystrophy. KZR-310 received orphan drug "
        "designation from Japan's Ministry of Health, Labour and Welfare in March 2024 for "
        "Duchenne muscular dystrophy.\n"
    )
    assert TEXTS.des(text, _FIELDS) == {
        ("KZR-310", "PMDA", "orphan_drug", "2024-03", "Duchenne muscular dystrophy")
    }


def test_one_designation_and_separately_for_a_second_disease_is_two() -> None:
    text = (
        "The FDA has granted Orphan Drug Designation to KZR-118, an oral inhibitor of GCS, "
        "for the treatment of Fabry disease and, separately, for the treatment of Gaucher "
        "disease type 3 in December 2025.\n"
    )
    assert {(d[0], d[2], d[4]) for d in TEXTS.des(text, _FIELDS)} == {
        ("KZR-118", "orphan_drug", "Fabry disease"),
        ("KZR-118", "orphan_drug", "Gaucher disease type 3"),
    }


_TRIAL_AFTER_PRODUCT = (
    "Kaizora reported on two programs. Unlike Brisco Bio's BRB-19, which needs apheresis, "
    "KZR-501 is made in the body.\n\n"
    "KZR-501 is already in the clinic in Australia. The Phase 1 HALO-1 trial in patients "
    "with refractory systemic lupus erythematosus was cleared to proceed under the "
    "Therapeutic Goods Administration (TGA) Clinical Trial Notification (CTN) scheme in "
    "October 2025.\n"
)


def test_a_trial_told_right_after_its_product_is_that_products() -> None:
    assert ("KZR-501", "TGA", "cleared") in TEXTS.ind(_TRIAL_AFTER_PRODUCT)


def test_a_trial_after_a_sentence_naming_two_products_is_not_guessed() -> None:
    text = _TRIAL_AFTER_PRODUCT.replace(
        "KZR-501 is already in the clinic in Australia.",
        "KZR-501 and KZR-502 are already in the clinic in Australia.",
    )
    assert not {e for e in TEXTS.ind(text) if e[1] == "TGA"} - {("KZR-502", "TGA", "cleared")}
    assert ("KZR-501", "TGA", "cleared") not in TEXTS.ind(text)


def test_a_pilot_programme_named_with_its_acronym_is_a_selection() -> None:
    text = (
        "In November 2025, the FDA granted KZR-225 Fast Track designation for GEP-NETs, and "
        "in December 2025 KZR-225 was selected for the FDA's Chemistry, Manufacturing, and "
        "Controls Development and Readiness Pilot (CDRP) program. Kaizora plans to apply "
        "for the FDA's Split Real Time Application Review Pilot (STAR) program for KZR-300.\n"
    )
    assert {d[:4] for d in TEXTS.des(text, _FIELDS)} == {
        ("KZR-225", "FDA", "fast_track", "2025-11"),
        ("KZR-225", "FDA", "other", "2025-12"),
    }


def test_in_vivo_opens_no_indication_and_a_class_restates_the_clearance() -> None:
    text = (
        "The CDE approved the IND application for KZR-2301 in refractory lupus nephritis on "
        "January 5, 2026. KZR-2301 is the first in vivo CAR-T product of Kaizora to enter "
        "the clinic, and one of the first in vivo CAR-T therapies for autoimmune disease to "
        "be cleared for clinical trials in China.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date", "indication")) == {
        ("KZR-2301", "NMPA", "cleared", "2026-01-05", "refractory lupus nephritis")
    }


def test_an_undated_clearance_for_another_named_disease_is_kept() -> None:
    text = (
        "The FDA cleared the IND for KZR-77 in lupus nephritis in March 2025. The FDA has "
        "also cleared an IND for KZR-77 in systemic sclerosis.\n"
    )
    assert {e[3] for e in TEXTS.ind(text, ("product", "agency", "status", "indication"))} == {
        "lupus nephritis", "systemic sclerosis"}


def test_in_addition_to_a_designation_for_x_is_not_the_next_designations() -> None:
    text = (
        "KZR-102 previously received orphan drug designations from the FDA in 2022 and the "
        "European Commission in March 2023 for OTC deficiency and urea cycle disorders, "
        "respectively. In addition to RMAT designation for OTC deficiency, KZR-102 has been "
        "granted orphan drug designation by the FDA and by the European Commission.\n"
    )
    emea = {d for d in TEXTS.des(text, _FIELDS) if d[1] == "EMA"}
    assert emea == {("KZR-102", "EMA", "orphan_drug", "2023-03", "urea cycle disorders")}


_PIPELINE = (
    "# Kaizora Pharma Reports Pipeline Progress\n\n"
    "TOKYO, Japan, February 10, 2026 -- Kaizora Pharma Co., Ltd. today reported progress.\n\n"
    "Hepatocellular carcinoma (HCC) and metastatic urothelial carcinoma (mUC) remain hard "
    "to treat.\n\n"
    "## Pipeline\n\n"
    "| Program | Target | Indication | Stage | Designations |\n"
    "|---|---|---|---|---|\n"
    "| KZR-455 | GPC3 x CD3 | HCC | Phase 1b | FDA Orphan Drug (HCC, November 2024); NMPA "
    "Breakthrough Therapy proposed (public notice, October 2025) |\n"
    "| KZR-901 | FGFR3 | mUC | Phase 2 | FDA Fast Track (mUC, 2024) |\n"
    "| KZR-610 | FGFR2 | Achondroplasia | Preclinical | — |\n"
)


def test_a_pipeline_tables_designations_column_lists_what_each_product_holds() -> None:
    cleaned = clean_release(_PIPELINE, "md")
    r = extract_release(cleaned.body, published_date=cleaned.published_date, title=cleaned.title)
    assert {
        (d.product, d.agency, d.type, d.date, (d.indication or "").lower()) for d in r.designations
    } == {
        ("KZR-455", "FDA", "orphan_drug", "2024-11", "hepatocellular carcinoma (hcc)"),
        ("KZR-901", "FDA", "fast_track", "2024", "metastatic urothelial carcinoma (muc)"),
    }


def test_a_nonproprietary_name_assigned_mid_release_is_an_alias() -> None:
    text = (
        "KZR-2207 is a TROP2 antibody-drug conjugate. The World Health Organization has "
        "assigned KZR-2207 the International Nonproprietary Name (INN) ravotabart "
        "lexitecan. The FDA cleared the IND for ravotabart lexitecan in March 2025.\n"
    )
    r = TEXTS.run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("KZR-2207", ["ravotabart lexitecan"])]
    assert {(e.product, e.agency) for e in r.ind_events} == {("KZR-2207", "FDA")}


def test_a_bullet_opening_with_a_bare_verb_is_a_goal() -> None:
    text = (
        "Kaizora submitted an IND application to the FDA in December 2025 for KZR-330, an "
        "oral SST3 agonist, in ADPKD. The Company expects FDA clearance in early 2026.\n\n"
        "2026 priorities\n\n"
        "Complete enrollment in HALO-3 in mid-2026.\n"
        "Begin a Phase 2 study of KZR-330 in ADPKD after IND clearance, and apply for "
        "Orphan Drug Designation.\n"
    )
    assert TEXTS.ind(text) == {("KZR-330", "FDA", "submitted")}
    assert TEXTS.des(text) == set()


def test_a_country_in_another_clause_or_a_participle_names_no_agency() -> None:
    text = (
        "The clinical trial application for HALO-3, the Phase 3 trial of KZR-205 in classic "
        "CAH, was authorized under the EU Clinical Trials Regulation in May 2025, adding "
        "sites in Germany to the ongoing U.S. portion of the study.\n\n"
        "Phase 3 of KZR-205 enrolling in the U.S. and Europe; IND submitted for KZR-330 in "
        "December 2025.\n"
    )
    found = TEXTS.ind(text)
    assert ("KZR-205", "EMA", "cleared") in found
    assert not {("KZR-205", "FDA", "cleared"), ("KZR-330", "EMA", "submitted")} & found


def test_a_bare_month_takes_no_year_from_an_earlier_event_told_after_it() -> None:
    text = (
        "KZR-301 obtained MFDS orphan drug designation in January, following U.S. FDA orphan "
        "status in 2023.\n"
    )
    assert ("KZR-301", "MFDS", "orphan_drug", "2026-01") in TEXTS.des(
        text, ("product", "agency", "type", "date"))


def test_what_a_product_holds_is_not_dated_by_the_clause_before() -> None:
    text = (
        '"We believe that KZR-917 -- which the FDA cleared to enter the clinic in January '
        '2026 and which holds orphan designation in the U.S. -- can change care," said the '
        "CEO. In June 2025 the FDA granted KZR-917 Orphan Drug Designation for SCN2A-DEE.\n"
    )
    assert {d[3] for d in TEXTS.des(text, ("product", "agency", "type", "date"))} == {"2025-06"}


def test_a_quotes_places_after_its_designation_name_no_agency() -> None:
    text = (
        "\u201cWith IND clearance in hand and orphan status already granted, we can bring the "
        "program we started in Australia to U.S. patients,\u201d said the CEO of Kaizora, "
        "which develops KZR-177.\n"
    )
    assert TEXTS.des(text) == set()


def test_the_partner_of_a_combination_in_the_headline_is_not_the_bullets_product() -> None:
    text = (
        "Kaizora Receives FDA IND Clearance for KZR-2207 in Combination with Brenmore's "
        "Anti-PD-1 Antibody TORIMAB(R) in NSCLC\n\n"
        "- FDA cleared the IND on March 3, 2025; first patient expected to be dosed later\n"
    )
    assert TEXTS.ind(text, dateline="") == {("KZR-2207", "FDA", "cleared")}


def test_a_rivals_announcement_states_none_of_our_facts() -> None:
    text = (
        "Domestic rival Soryon Pharm announced in September that the MFDS had approved a "
        "Phase 1 trial of its inhaled candidate SRN-771 in IPF. KZR-771 received MFDS IND "
        "approval in October 2025.\n"
    )
    assert TEXTS.ind(text) == {("KZR-771", "MFDS", "cleared")}


def test_an_acronym_in_quotes_restates_the_filing_and_keeps_its_date() -> None:
    text = (
        'KZR-19 received implied approval for its investigational new drug ("IND") '
        "application from the NMPA in 2021, and in March 2023 the CDE included KZR-19 in "
        "its Breakthrough Therapy program.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-19", "NMPA", "cleared", "2021")}


def test_an_rd_code_label_names_the_products_code() -> None:
    text = (
        "The CDE granted priority review on 29 November 2025 to the NDA for "
        'vemicabtagene autoleucel ("vemi-cel", R&D code: KZR-C19), the Group\'s '
        "autologous CD19-directed CAR-T product. KZR-C19 received NMPA IND approval in 2021.\n"
    )
    r = TEXTS.run(text)
    assert [p.code for p in r.products] == ["KZR-C19"]
    assert {(d.product, d.type) for d in r.designations} == {("KZR-C19", "priority_review")}


def test_an_inn_then_a_development_code_without_colon_are_one_product() -> None:
    text = (
        "QALMERO (ruvelimab; development code KZR-220) is an anti-CD19 monoclonal antibody. "
        "In January 2026, the FDA granted ruvelimab Priority Review for ITP.\n"
    )
    r = TEXTS.run(text)
    assert [p.code for p in r.products] == ["KZR-220"]
    assert "ruvelimab" in r.products[0].aliases


_HIGHLIGHTS = (
    "Kaizora and Kisaragi Announce EMA PRIME Designation for KZR-611\n\n"
    "- PRIME adds to the U.S. Fast Track designation already held by KZR-611\n"
    "- Registrational Phase 3 HALO-3 trial authorized by the EMA; Japanese sites to be "
    "added\n"
    "- QALMERO(R) (ruvelimab; development code KZR-220) supplemental BLA in immune "
    "thrombocytopenia under Priority Review\n"
    "\n"
)


def test_a_highlight_takes_no_agency_from_the_highlight_before() -> None:
    # (a supplemental BLA is the FDA's procedure)
    found = TEXTS.des(_HIGHLIGHTS, dateline="")
    assert ("KZR-220", "FDA", "priority_review") in found
    assert ("KZR-220", "EMA", "priority_review") not in found


def test_an_approval_dated_before_the_application_it_names() -> None:
    text = (
        "Kaizora today announced that the Taiwan Food and Drug Administration (TFDA) approved "
        "on January 21, 2026 the Company's application to conduct a Phase 2 clinical trial "
        "of KZR-0719 in short bowel syndrome. Kaizora submitted the application to the TFDA "
        "on November 8, 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-0719", "TFDA", "cleared", "2026-01-21"),
        ("KZR-0719", "TFDA", "submitted", "2025-11-08"),
    }


def test_a_clause_after_a_semicolon_does_not_cancel_the_designation() -> None:
    text = (
        "KZR-1102 is under NDA review by the TFDA, which accepted the application in June 2025 "
        "and granted it priority review in August 2025; the proposed trade name is SOLVARA.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("KZR-1102", "TFDA", "priority_review", "2025-08")}


def test_an_approval_from_an_agency_for_a_study() -> None:
    text = (
        "In Korea, the licensee received approval from the Ministry of Food and Drug Safety "
        "(MFDS) in January for a Phase 3 bridging study of KZR-101 in Korean patients with "
        "IgAN. KZR-40, which the FDA cleared for a Phase 1 trial in T-cell lymphoma in 2022, "
        "is an allogeneic CAR-T.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-101", "MFDS", "cleared", "2026-01"), ("KZR-40", "FDA", "cleared", "2022")}


def test_an_approval_from_an_agency_for_the_trial_design_is_no_filing() -> None:
    text = "KZR-55 received approval from the FDA for the Phase 3 study design in May 2025.\n"
    assert TEXTS.ind(text) == set()


def test_a_trial_named_after_the_word_trial_is_no_product() -> None:
    text = (
        "The MFDS approved the IND for KZR-1207 in mesothelioma. The trial, named HALCYON-101, "
        "will evaluate KZR-1207 in patients with NF2 loss. The FDA cleared the IND for "
        "HALCYON-101 in December 2025.\n"
    )
    r = TEXTS.run(text)
    assert [p.code for p in r.products] == ["KZR-1207"]
    assert {(e.product, e.agency) for e in r.ind_events} == {
        ("KZR-1207", "MFDS"), ("KZR-1207", "FDA")}


def test_an_approval_of_its_application_to_conduct_a_trial() -> None:
    text = (
        "In Taiwan, the partner received TFDA approval of its application to conduct the "
        "HALO-2 trial of KZR-231 at two Taiwanese medical centres in January 2026.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-231", "TFDA", "cleared", "2026-01")}


def test_an_ind_submission_targeted_for_a_year_is_a_plan() -> None:
    text = (
        "The FDA cleared the IND for KZR-231 on 24 February 2026.\n\n"
        "Kaizora is also developing KZR-118, a CAIX-targeted radioligand for clear cell renal "
        "cell carcinoma, which is in preclinical development with an IND submission targeted "
        "for 2027.\n"
    )
    assert TEXTS.ind(text) == {("KZR-231", "FDA", "cleared")}


def test_the_same_population_points_back_and_the_restatement_merges() -> None:
    text = (
        "KZR-311 received MFDS approval on November 3, 2025 for advanced solid tumors with MTAP "
        "deletion. Kaizora filed an IND for KZR-311 with the FDA in late July 2025, and the FDA "
        "cleared it in September 2025 for the same MTAP-deleted solid tumor population. "
        "KZR-311 is now cleared for a Phase 1/2 trial in Korea and the United States.\n"
    )
    fda = {e for e in TEXTS.ind(text, ("product", "agency", "status", "date")) if e[1] == "FDA"}
    assert fda == {
        ("KZR-311", "FDA", "submitted", "2025-07"), ("KZR-311", "FDA", "cleared", "2025-09")}


def test_cleared_to_enter_the_clinic_is_a_clearance() -> None:
    text = (
        '"We believe that KZR-917 -- which the FDA cleared to enter the clinic in January 2026 '
        '-- can change care," said the CEO.\n'
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-917", "FDA", "cleared", "2026-01")}


def test_a_status_in_another_products_clause_is_that_products() -> None:
    text = (
        "KZR-210 gene therapy now cleared in the U.S. and France; KZR-330 siRNA IND submitted "
        "to FDA\n\n"
        "Kaizora submitted an IND to the FDA in August 2025 for KZR-330.\n"
    )
    assert TEXTS.ind(text) == {("KZR-330", "FDA", "submitted")}


def test_a_classification_as_an_atmp_this_year() -> None:
    text = (
        "This year the EMA's Committee for Advanced Therapies (CAT) confirmed KZR-210's "
        "classification as an advanced therapy medicinal product (ATMP).\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("KZR-210", "EMA", "other", "2026")}


def test_a_table_rows_filing_takes_its_own_cells_agency() -> None:
    text = (
        "The FDA cleared the IND for KZR-3390 in November 2024.\n\n"
        "Code | Modality | Indication | Japan | Overseas | Designations\n"
        "KZR-3390 | ASO | DMD (exon 44) | Phase 1/2 | U.S. Phase 1/2 (IND cleared Nov 2024) | "
        "Japan orphan (2022); FDA ODD and RPDD (2023)\n"
        "KZR-3310 | Peptide | MASH | Phase 2 (Korea) | FDA Fast Track (Apr); Japan CTN by "
        "Kazenami (Sep)\n"
    )
    assert TEXTS.ind(text) == {("KZR-3390", "FDA", "cleared")}


def test_a_table_cells_filing_dated_ahead_is_a_milestone() -> None:
    text = (
        "The FDA cleared the IND for KZR-3390 in November 2025.\n\n"
        "Program | Target | Indication | Stage | Next step\n"
        "KZR-480 | GSPT1 | MYC-driven solid tumors | IND-enabling | IND submission 2H 2027\n"
    )
    assert TEXTS.ind(text) == {("KZR-3390", "FDA", "cleared")}


def test_a_country_after_outside_and_an_agency_of_a_plan_name_no_filing() -> None:
    text = (
        "KZR-2208 was first cleared for clinical study outside China: in September 2025, "
        "Singapore's Health Sciences Authority (HSA) approved the Company's clinical trial "
        "application for a Phase I study of KZR-2208. The company submitted an IND "
        "application for a Phase 1 trial of KZR-305 to the FDA in June 2025, and plans to file "
        "an application with the MFDS in the second half of the year.\n"
    )
    assert TEXTS.ind(text) == {("KZR-2208", "HSA", "cleared"), ("KZR-305", "FDA", "submitted")}


def test_a_study_that_received_approval_and_a_permission_to_conduct() -> None:
    text = (
        "HALO-2 is a Phase 2 study of KZR-5501 in GM2 gangliosidosis. The study received "
        "approval from the Israeli Ministry of Health in March 2025.\n\n"
        "In India, the Central Drugs Standard Control Organisation "
        "(CDSCO) granted permission in August 2024 to conduct a Phase 2 clinical trial of "
        "KZR-044. Its pipeline also includes KZR-210, for which CDSCO granted permission for a "
        "Phase 3 trial in 2023 and for which Kaizora submitted an application for marketing "
        "authorisation in India in March 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-5501", "OTHER", "cleared", "2025-03"), ("KZR-044", "OTHER", "cleared", "2024-08"),
        ("KZR-210", "OTHER", "cleared", "2023")}


def test_a_review_period_told_at_length_has_ended() -> None:
    text = (
        "The Company also announces that the 30-day review period for the clinical trial "
        "notification (CTN) of a Phase 2 study of KZR-3071 in FOP, which the Company submitted "
        "to the Pharmaceuticals and Medical Devices Agency (PMDA) on October 2, 2025, has "
        "ended, and that the Company may now start the study in Japan.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("KZR-3071", "PMDA", "submitted", "2025-10-02"), ("KZR-3071", "PMDA", "cleared", "2026-02")}
