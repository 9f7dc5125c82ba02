"""Rules of session 21 (product names, events' dates and indications, targets), on texts
of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "BOSTON, May 12, 2026 -- Tessaly Therapeutics, Inc. today announced a licence.\n\n",
    dt.date(2026, 5, 12),
)


def test_a_program_that_will_carry_a_code_takes_it_as_another_name() -> None:
    text = (
        "Tessaly and Orvane Pharma AG announced an exclusive licence for TSY-318, a "
        "bispecific antibody that binds GPC3 and CD3. Orvane assumes sole responsibility for "
        "its development, including the ongoing Phase 1 HARBOR-2 study. Within Orvane's "
        "pipeline the program will carry the code ORV-318.\n"
    )
    products = TEXTS.run(text).products
    assert {(p.code, tuple(p.aliases)) for p in products} == {("TSY-318", ("ORV-318",))}


def test_a_dosage_form_between_a_name_and_its_bracketed_code_keeps_them_one_product() -> None:
    text = (
        "The Biologics License Application of torvalimab injection (R&D code: TSY-205), an "
        "anti-CD20 monoclonal antibody developed by the Group, was accepted by the NMPA.\n"
    )
    products = TEXTS.run(text).products
    assert {(p.code, tuple(p.aliases)) for p in products} == {("TSY-205", ("torvalimab",))}


def test_a_marketed_drug_named_with_its_dosage_form_and_the_groups_possessive() -> None:
    text = (
        "Sales update.\n\nVELDORA (perlisartan tablets), the Group's first commercial product "
        "for essential hypertension, recorded sales growth in the quarter.\n"
    )
    assert "perlisartan" in {p.code for p in TEXTS.run(text).products}


def test_a_code_labelled_in_brackets_before_the_nonproprietary_name_label() -> None:
    text = (
        "The MHLW has designated TSY-410 (development code; nonproprietary name: "
        "selvirogene parvovec), the company's AAV gene therapy, under the SAKIGAKE "
        "designation system for the treatment of Pompe disease.\n"
    )
    products = TEXTS.run(text).products
    assert {(p.code, tuple(p.aliases)) for p in products} == {
        ("TSY-410", ("selvirogene parvovec",))
    }


def test_a_heading_over_a_paragraph_about_a_trial_of_the_product_is_no_trial_of_it() -> None:
    text = (
        "Pipeline highlights.\n\n"
        "TSY-730, an allogeneic CD5-targeting CAR-NK\n\n"
        "- An investigator-initiated trial of TSY-730 in relapsed T-cell lymphoma received "
        "ethics committee approval, and the first patients have been treated.\n"
    )
    assert "TSY-730" in {p.code for p in TEXTS.run(text).products}


def test_an_approval_months_after_another_agencys_clearance_is_dated_from_it() -> None:
    text = (
        "The TSY-880-101 study opened in the United States after the FDA cleared the "
        "company's IND for TSY-880 in March 2025. Japan's PMDA accepted the clinical trial "
        "notification two months after the FDA clearance, and sites in Osaka began "
        "enrolment in the autumn.\n"
    )
    assert ("TSY-880", "PMDA", "accepted", "2025-05") in TEXTS.ind(
        text, ("product", "agency", "status", "date")
    )


def test_an_ind_as_first_line_treatment_of_a_disease_takes_it_as_its_indication() -> None:
    text = (
        "TSY-650 is a bispecific antibody. In June 2025, the FDA cleared the IND for TSY-650 "
        "in combination with chemotherapy as first-line treatment of metastatic colorectal "
        "cancer.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "indication")) == {
        ("TSY-650", "FDA", "first-line metastatic colorectal cancer")
    }


def test_a_filings_aside_between_commas_before_its_verb_is_its_indication() -> None:
    text = (
        "TSY-207 was first developed in oncology. Its first clinical trial application, for "
        "relapsed or refractory diffuse large B-cell lymphoma, was approved by the NMPA in "
        "March 2023. In 2025 the FDA cleared an IND for TSY-207 in refractory lupus "
        "nephritis.\n"
    )
    assert ("TSY-207", "NMPA", "relapsed or refractory diffuse large B-cell lymphoma") in TEXTS.ind(
        text, ("product", "agency", "indication")
    )


def test_health_canada_clearance_for_a_product_is_a_cleared_filing() -> None:
    text = (
        "TSY-101 is an oral KRAS inhibitor. Health Canada clearance for TSY-101 was obtained "
        "in March 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TSY-101", "HC", "cleared", "2025-03")
    }


def test_health_canada_clearance_expected_is_no_event() -> None:
    text = (
        "TSY-101 is an oral KRAS inhibitor. The company expects Health Canada clearance for "
        "TSY-101 in 2026.\n"
    )
    assert TEXTS.ind(text) == set()


def test_an_ind_after_a_health_canada_clearance_is_not_canadas() -> None:
    text = (
        "TSY-101 and TSY-305 are cell therapies. In May 2025 Health Canada issued a No "
        "Objection Letter for TSY-101, and an IND was submitted for TSY-305.\n"
    )
    assert ("TSY-305", "HC") not in TEXTS.ind(text, ("product", "agency"))


def test_an_acronym_that_spells_the_disease_word_before_type_is_defined() -> None:
    text = (
        "TSY-330 is an AAV gene therapy for patients with glycogen storage disease type IV "
        "(GSD IV). TSY-330 was granted PRIME designation by the EMA in January 2026 for "
        "GSD IV.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("TSY-330", "prime", "glycogen storage disease type IV (GSD IV)")
    }


def _targets(text: str) -> dict[str, list[str]]:
    return {p.code: p.targets for p in TEXTS.run(text).products}


def test_the_protein_a_gene_therapy_expresses_is_its_target() -> None:
    text = (
        "TSY-620 is an AAV gene therapy for Fabry disease designed for liver-directed "
        "expression of alpha-galactosidase A (GLA). The FDA cleared the IND for TSY-620 in "
        "April 2026.\n"
    )
    assert _targets(text)["TSY-620"] == ["GLA"]


def test_a_biomarkers_expression_is_no_target() -> None:
    text = (
        "TSY-640 is a small-molecule inhibitor of KRAS G12C. The Phase 2 trial enrols patients "
        "selected for high expression of programmed death-ligand 1 (PD-L1). The FDA cleared "
        "the IND for TSY-640 in April 2026.\n"
    )
    assert "PD-L1" not in _targets(text)["TSY-640"]


def test_approval_from_an_ethics_committee_with_a_long_name_is_not_the_agencys() -> None:
    text = (
        'Tessaly Biosciences Limited ("Tessaly"), an RNA interference company, is pleased '
        "to announce that it has received approval from the Bellfield Health Human Research "
        "Ethics Committee (HREC) for TRIAL-1, the first-in-human Phase 1 clinical trial of "
        "TSY-017, and has notified the Therapeutic Goods Administration (TGA) of the trial "
        "under the Clinical Trial Notification (CTN) scheme.\n"
    )
    assert TEXTS.ind(text) == {("TSY-017", "TGA", "submitted")}


def test_a_receptor_a_drug_activates_named_long_then_by_its_symbol_is_its_target() -> None:
    text = (
        "TSY-220 is a long-acting peptide that activates the relaxin family peptide receptor "
        "1 (RXFP1). The FDA cleared the IND for TSY-220 in May 2026.\n"
    )
    assert _targets(text)["TSY-220"] == ["RXFP1"]


def test_a_viral_protein_after_its_bracketed_virus_symbol_is_the_target() -> None:
    text = (
        "TSY-300 is an autologous TCR-T cell therapy targeting human papillomavirus type 16 "
        "(HPV16) E7. The FDA cleared the IND for TSY-300 in May 2026.\n"
    )
    assert _targets(text)["TSY-300"] == ["HPV16 E7"]


def test_the_prevention_of_transplant_rejection_is_an_indication() -> None:
    text = (
        "TSY-550 is an autologous CAR-Treg cell therapy. The FDA cleared the IND for TSY-550 "
        "in June 2025 for the prevention of rejection in HLA-A2-mismatched liver transplant "
        "recipients.\n"
    )
    assert TEXTS.ind(text, ("product", "indication")) == {
        ("TSY-550", "rejection in HLA-A2-mismatched liver transplant recipients")
    }


def test_an_ind_number_after_under_is_the_cleared_filings_number() -> None:
    text = (
        "TSY-130 is an EGFR inhibitor. The FDA cleared the IND for TSY-130 in November 2022 "
        "under IND 168214 for advanced solid tumors.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TSY-130", "FDA", "cleared", "2022-11")
    }


def test_a_short_r_r_name_keeps_both_spellings() -> None:
    text = (
        "TSY-019 is an autologous CD19 CAR-T. The FDA granted RMAT designation to TSY-019 "
        "for r/r B-ALL in March 2026.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("TSY-019", "rmat", "relapsed or refractory B-ALL (r/r B-ALL)")
    }


def test_a_marketed_products_brand_is_the_companys_product() -> None:
    text = (
        "TSY-410 is an oral small molecule in Phase 1.\n\n"
        "About Tessaly\nTessaly is a Tokyo-based pharmaceutical company. Its marketed products "
        "include VORANTA (phosphate binder) for hyperphosphatemia.\n"
    )
    assert TEXTS.products(text) == {"TSY-410": "Tessaly", "VORANTA": "Tessaly"}


def test_a_marketed_brand_written_with_its_code_elsewhere_is_one_product() -> None:
    text = (
        "Revenue grew, led by domestic sales of KELMIRA (TSY-0902).\n\n"
        "The FDA granted Priority Review to TSY-0902 in July 2026.\n\n"
        "About Tessaly\nIts marketed products include KELMIRA for chronic pruritus.\n"
    )
    products = TEXTS.run(text).products
    assert {(p.code, tuple(p.aliases)) for p in products} == {("TSY-0902", ("KELMIRA",))}


def test_a_later_description_naming_the_targets_protein_form_refines_it() -> None:
    text = (
        "- IND application for HPV16 TCR-T TSY-T11 accepted by the CDE\n\n"
        "Its TCR-T candidate TSY-T11, an autologous T-cell therapy with a T-cell receptor "
        "recognizing an HPV16 E7 epitope, is designed for HPV16-positive cancers.\n"
    )
    assert _targets(text)["TSY-T11"] == ["HPV16 E7"]


def _modalities(text: str) -> dict[str, str | None]:
    return {p.code: p.modality for p in TEXTS.run(text).products}


def test_cell_products_and_editing_therapies_named_by_their_kind() -> None:
    text = (
        "TSY-205 is an allogeneic iPSC-derived dopaminergic progenitor cell product for "
        "Parkinson's disease. TSY-207 is a base-editing therapy delivered by lipid "
        "nanoparticle. TSY-208 is an allogeneic gamma-delta T-cell candidate. TSY-209 is an "
        "epigenetic editing candidate designed to silence HBV DNA.\n"
    )
    assert _modalities(text) == {
        "TSY-205": "other_cell_therapy",
        "TSY-207": "gene_therapy",
        "TSY-208": "other_cell_therapy",
        "TSY-209": "gene_therapy",
    }


def test_an_antibody_that_depletes_regulatory_t_cells_stays_an_antibody() -> None:
    text = (
        "TSY-915 is an anti-CCR8 monoclonal antibody that selectively depletes regulatory T "
        "cells (Tregs) in the tumor.\n"
    )
    assert _modalities(text) == {"TSY-915": "monoclonal_antibody"}


def test_an_oral_drug_told_with_commas_and_an_immunocytokine() -> None:
    text = (
        "TSY-220 is an oral, allosteric activator of pyruvate kinase. TSY-522 is an oral, "
        "selective Kv7.2/7.3 potassium channel opener. TSY-530 is a PD-1 x IL-2 "
        "immunocytokine.\n"
    )
    assert _modalities(text) == {
        "TSY-220": "small_molecule", "TSY-522": "small_molecule", "TSY-530": "protein"
    }


def test_a_car_gamma_delta_t_cell_therapy_is_a_car_t() -> None:
    text = (
        "Tessaly Receives Health Canada No Objection Letter for Allogeneic CAR Gamma Delta "
        "T-Cell Therapy TSY-201\n\nTSY-201 is engineered to express a CAR directed at CD20.\n"
    )
    assert _modalities(text) == {"TSY-201": "car_t"}


def test_an_acronym_with_a_roman_subtype_joined_to_its_letters_is_defined() -> None:
    text = (
        "TSY-210 is an mRNA therapy for glycogen storage disease type Ib (GSDIb). The FDA "
        "granted TSY-210 Fast Track designation for GSDIb in 2025.\n"
    )
    assert TEXTS.des(text, ("product", "indication")) == {
        ("TSY-210", "glycogen storage disease type Ib (GSDIb)")
    }


def test_a_genetic_form_of_a_disease_written_with_a_hyphen_is_no_trial_name() -> None:
    text = (
        "TSY-520 is an AAV gene therapy. The FDA cleared the IND for TSY-520 in FTD-GRN in "
        "November 2022.\n"
    )
    assert TEXTS.ind(text, ("product", "indication")) == {("TSY-520", "FTD-GRN")}


def test_both_approvals_dated_in_the_next_sentence() -> None:
    text = (
        "Tessaly today announced that clinical trial applications for its radioligand "
        "TSY-177 have been approved by Swissmedic and by Germany's BfArM. Both approvals were "
        "received in April 2026 and cover the Phase I/II study.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "date")) == {
        ("TSY-177", "SWISSMEDIC", "2026-04"), ("TSY-177", "EMA", "2026-04")
    }


def test_agencies_listed_with_months_without_a_year_each_take_their_own() -> None:
    text = (
        "During the quarter the clinical trial plan for TSY-240 was approved by the Taiwan "
        "Food and Drug Administration (TFDA) in January, by Singapore's Health Sciences "
        "Authority (HSA) in February and by Korea's Ministry of Food and Drug Safety (MFDS) "
        "in March.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "date")) == {
        ("TSY-240", "TFDA", "2026-01"), ("TSY-240", "HSA", "2026-02"),
        ("TSY-240", "MFDS", "2026-03"),
    }


def test_the_gene_whose_mrna_an_oligonucleotide_degrades_is_its_target() -> None:
    text = (
        "TSY-417 is a gapmer antisense oligonucleotide that is designed to degrade DUX4 mRNA "
        "in skeletal muscle.\n"
    )
    assert _targets(text)["TSY-417"] == ["DUX4"]


def test_targets_named_by_a_gene_copy_a_channel_and_a_splicing_modulator() -> None:
    text = (
        "TSY-201 delivers a functional copy of FXN under a cardiac-optimised promoter using "
        "an AAV9 capsid. TSY-719 is an oral ATXN3 pre-mRNA splicing modulator. TSY-330 is "
        "an APOL1 channel inhibitor for APOL1-mediated FSGS.\n"
    )
    assert _targets(text) == {"TSY-201": ["FXN"], "TSY-719": ["ATXN3"], "TSY-330": ["APOL1"]}
    assert _modalities(text)["TSY-719"] == "small_molecule"


def test_a_gene_symbol_before_sirna_in_a_products_brackets_is_its_target() -> None:
    text = (
        "Pipeline update.\n\nTSY-441 (HSD17B13 siRNA) - metabolic dysfunction-associated "
        "steatohepatitis (MASH)\n\nThe Phase 1 study of TSY-441 completed in 2025.\n"
    )
    products = TEXTS.run(text).products
    assert [(p.code, p.aliases, p.targets) for p in products] == [("TSY-441", [], ["HSD17B13"])]


def test_the_year_of_a_licence_dates_no_approval() -> None:
    text = (
        "TSY-512 is an oral inhibitor. Lanmei Pharma Co., Ltd., which holds exclusive rights "
        "to develop TSY-512 in mainland China, Hong Kong, Macau and Taiwan under a 2024 "
        "license, received clinical trial approval from China's National Medical Products "
        "Administration (NMPA) in July 2025 for a bridging study.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "date")) == {("TSY-512", "NMPA", "2025-07")}


def test_a_product_cleared_by_the_us_fda_for_a_trial() -> None:
    text = (
        "TSY-021 is a CAR-T. Earlier, TSY-021 was cleared by the U.S. Food and Drug "
        "Administration (FDA) for a Phase 1 clinical trial in recurrent glioblastoma in June "
        "2025, and in September 2025 the FDA granted it Orphan Drug Designation for the "
        "treatment of malignant glioma.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TSY-021", "FDA", "cleared", "2025-06")
    }
