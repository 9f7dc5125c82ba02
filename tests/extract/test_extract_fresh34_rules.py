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
