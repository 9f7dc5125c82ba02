"""Rules found on the blind sets fresh50 and fresh51 (messy layouts; dates and
indications), on texts of our own: a code the text says is a study is no drug, a date
written with dots, a date after an aside, a population's age before its disease, "the
Swiss part of" a trial authorised, a bare month for the status that has no date, and a
relative clause's year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rule_texts import RuleTexts

from dossier.cleaning import clean_release
from dossier.extract import extract_release

TEXTS = RuleTexts(
    "BASEL, Switzerland, 20 January 2026 -- Lindqvist Genomics AG (SIX: LQG) today "
    "announced an update.\n\n",
    dt.date(2026, 1, 20),
)
DATED = ("product", "agency", "status", "date")


def test_a_code_said_to_be_a_study_is_no_product() -> None:
    text = (
        "LQG-40 is an AAV gene therapy for Crigler-Najjar syndrome. "
        "The Company's clinical trial application for DAWN-40, a first-in-human Phase 1/2 "
        "study, was submitted through the EU Clinical Trials Information System in Q4 2024 "
        "and authorised by Germany's Paul-Ehrlich-Institut (PEI), acting as reporting Member "
        "State, on 12.03.2025.\n\n"
        "Swissmedic authorised the Swiss part of DAWN-40 in late 2024.\n"
    )
    assert "DAWN-40" not in TEXTS.products(text)
    assert TEXTS.ind(text, DATED) == {
        ("LQG-40", "EMA", "submitted", "2024"),
        # the dotted date, after the aside between commas
        ("LQG-40", "EMA", "cleared", "2025-03-12"),
        ("LQG-40", "SWISSMEDIC", "cleared", "2024"),
    }


def test_a_drug_described_beside_its_study_is_still_a_drug() -> None:
    # what the code is comes before the study's words ("an antibody ... in a study")
    text = (
        "LQG-12, an antibody evaluated in a Phase 2 study, received Fast Track designation "
        "from the FDA in March 2025.\n"
    )
    assert "LQG-12" in TEXTS.products(text)
    assert TEXTS.des(text) == {("LQG-12", "FDA", "fast_track")}


def test_a_population_with_an_age_is_no_part_of_the_indication() -> None:
    text = (
        "The FDA cleared the IND for LQG-40 in March 2025 for patients aged 2 years and older "
        "with severe Crigler-Najjar syndrome type 1.\n"
    )
    assert TEXTS.ind(text, ("product", "indication")) == {
        ("LQG-40", "severe Crigler-Najjar syndrome type 1")
    }


def test_a_bare_month_dates_the_status_that_has_none() -> None:
    text = (
        "Lindqvist submitted an IND for LQG-40 in mid-June, and the FDA cleared it in "
        "July 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("LQG-40", "FDA", "submitted", "2025-06"),
        ("LQG-40", "FDA", "cleared", "2025-07"),
    }


def test_a_year_in_a_where_clause_is_not_the_filings() -> None:
    text = (
        "In China, where Lindqvist licensed the rights to LQG-40 to Qiantang Bio Co., Ltd. "
        "in 2023, Qiantang submitted an IND to the National Medical Products Administration "
        "(NMPA) in April; the CDE accepted it in May and approved it in July.\n"
    )
    dated = TEXTS.ind(text, DATED)
    assert ("LQG-40", "NMPA", "submitted", "2025-04") in dated
    assert ("LQG-40", "NMPA", "accepted", "2025-05") in dated


def test_an_agency_told_after_after_acted_on_its_own_filing() -> None:
    text = (
        "The FDA cleared the IND for LQG-40 on September 12, 2025. Lindqvist submitted the "
        "IND in August 2025, four weeks after China's Center for Drug Evaluation (CDE) of the "
        "National Medical Products Administration (NMPA) accepted the Company's clinical "
        "trial application for LQG-40 for review in July 2025 (acceptance no. CXSL2500871).\n"
    )
    events = TEXTS.ind(text, (*DATED, "application_number"))
    assert ("LQG-40", "FDA", "submitted", "2025-08", None) in events
    assert ("LQG-40", "NMPA", "accepted", "2025-07", "CXSL2500871") in events
    # the CDE's acceptance number is no part of the FDA filing
    assert ("LQG-40", "FDA", "cleared", "2025-09-12", None) in events
    assert not any(e[1] == "NMPA" and e[2] == "submitted" for e in events)


def test_a_table_of_decisions_under_a_heading_naming_the_product() -> None:
    # a "Decision" column names the milestone; a row's date is not read across the line
    # break from the row above ("... type 3" then "June 2024")
    text = (
        "Regulatory designations and authorisations for lindastat (LQG-88)\n\n"
        "Date | Agency | Decision | Indication\n"
        "March 2024 | Swissmedic | Clinical trial authorisation | Gaucher disease type 3\n"
        "June 2024 | U.S. FDA | Orphan Drug Designation | Gaucher disease\n"
    )
    assert TEXTS.ind(text, DATED) == {("LQG-88", "SWISSMEDIC", "cleared", "2024-03")}
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("LQG-88", "FDA", "orphan_drug", "2024-06")
    }


def test_an_acronym_that_keeps_a_hyphenated_first_word() -> None:
    text = (
        "LQG-7 is an antibody for IgG4-related disease (IgG4-RD). The FDA granted LQG-7 "
        "Breakthrough Therapy Designation in May 2023 for the treatment of adults with "
        "IgG4-RD at risk of flare.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("LQG-7", "breakthrough_therapy", "IgG4-RD at risk of flare")
    }


def test_one_designation_told_for_two_diseases_each_with_its_own_for() -> None:
    text = (
        "LQG-31 is an oral NLRP3 inhibitor for cryopyrin-associated periodic syndromes (CAPS). "
        "The U.S. Food and Drug Administration (FDA) has granted Orphan Drug Designation to "
        "LQG-31 for the treatment of CAPS and for the treatment of Schnitzler syndrome. "
        "In the third quarter of 2023 the Food and Drug Administration (FDA) granted LQG-31 "
        "Fast Track Designation.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("LQG-31", "orphan_drug", "cryopyrin-associated periodic syndromes (CAPS)"),
        ("LQG-31", "orphan_drug", "Schnitzler syndrome"),
        # a quarter before the designation is a time, not its indication
        ("LQG-31", "fast_track", None),
    }


def test_a_table_column_headed_action_names_the_milestone() -> None:
    text = (
        "LQG-31 is an oral NLRP3 inhibitor for cryopyrin-associated periodic syndromes.\n\n"
        "Date | Agency | Action | Indication\n"
        "Jan. 2024 | EMA | Orphan designation (EC decision) | CAPS\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("LQG-31", "EMA", "orphan_drug", "2024-01")
    }


KOREAN = RuleTexts(
    "SEOUL, South Korea, November 12, 2024 -- Hanul Bio Co., Ltd. (KOSDAQ: 470001) "
    "announced on the 12th that its candidate 'HNB-611' received approval of its Phase 1 "
    "IND application from the Ministry of Food and Drug Safety (MFDS) on the 11th.\n\n",
    dt.date(2024, 11, 12),
)


def test_a_day_told_as_on_the_11th_is_this_months() -> None:
    text = (
        "The Korean approval covers the evaluation of HNB-611 in patients with advanced "
        "solid tumors with microsatellite instability-high (MSI-H) status.\n"
    )
    assert KOREAN.ind(text, (*DATED, "indication")) == {
        ("HNB-611", "MFDS", "cleared", "2024-11-11",
         # "the evaluation of X in patients with": the study, then its use
         "advanced solid tumors with microsatellite instability-high (MSI-H) status"),
    }


def test_a_quoted_study_may_proceed_letter_and_an_agency_after_so() -> None:
    text = (
        "Hanul filed the U.S. IND for HNB-611 in August and received a 'Study May Proceed' "
        "letter from the U.S. Food and Drug Administration (FDA) on September 19, so with "
        "the MFDS approval the company now holds clearance in both countries.\n"
    )
    events = KOREAN.ind(text, DATED)
    assert ("HNB-611", "FDA", "cleared", "2024-09-19") in events
    assert ("HNB-611", "MFDS", "cleared", "2024-11-11") in events
    assert not any(e[1] == "MFDS" and e[3] == "2024-09-19" for e in events)


def test_a_study_of_a_drug_in_patients_approved_by_an_agency() -> None:
    text = (
        "A domestic Phase 2a study of HNB-204 in patients with IPF was approved by the MFDS "
        "on 3 April 2023.\n"
    )
    assert ("HNB-204", "MFDS", "cleared", "2023-04-03") in KOREAN.ind(text, DATED)


def test_filings_told_in_a_paragraph_about_one_product() -> None:
    text = (
        "BASEL, Switzerland, 10 June 2025 -- Lindqvist Genomics AG today announced data. "
        "Separately, the U.K. Medicines and Healthcare products Regulatory Agency (MHRA) has "
        "authorised the company's clinical trial application for LQG-220.\n\n"
        "LQG-220 is a GalNAc-conjugated siRNA for familial chylomicronemia syndrome. "
        "Lindqvist submitted a parallel CTA to Health Canada in May 2025, which is under review. "
        "New Zealand's Medsafe approved the company's application for a first-in-human "
        "study of the siRNA in April 2025; Lindqvist plans to submit an IND in 2026.\n"
    )
    assert LQG_JUNE.ind(text, DATED, dateline="") == {
        # "has authorised": today's news, the release's month
        ("LQG-220", "MHRA", "cleared", "2025-06"),
        # the filing happened; its review is what is pending
        ("LQG-220", "HC", "submitted", "2025-05"),
        ("LQG-220", "OTHER", "cleared", "2025-04"),
    }


LQG_JUNE = RuleTexts(
    "BASEL, Switzerland, 10 June 2025 -- Lindqvist Genomics AG (SIX: LQG) today announced "
    "an update.\n\n",
    dt.date(2025, 6, 10),
)


def test_a_meeting_with_one_agency_before_a_filing_with_another() -> None:
    text = (
        "Lindqvist held a pre-IND meeting with the FDA for LQG-520 in March 2023 and "
        "submitted a Clinical Trial Application (CTA) to the UK Medicines and Healthcare "
        "products Regulatory Agency (MHRA) on June 30, 2023.\n"
    )
    assert TEXTS.ind(text, DATED) == {("LQG-520", "MHRA", "submitted", "2023-06-30")}


def test_a_clinical_trial_authorisation_application_accepted_is_not_cleared() -> None:
    text = (
        "Singapore's Health Sciences Authority (HSA) accepted the company's clinical trial "
        "authorisation application for LQG-85 in January 2025, and a decision is expected in "
        "the second quarter.\n"
    )
    assert TEXTS.ind(text, DATED) == {("LQG-85", "HSA", "accepted", "2025-01")}


def test_earlier_this_year_in_another_clause_dates_nothing_here() -> None:
    text = (
        "Second FDA designation for LQG-188, which holds Orphan Drug Designation in soft "
        "tissue sarcoma; Health Canada cleared the CTA for LQG-240 earlier this year.\n"
    )
    assert TEXTS.des(text, ("product", "type", "date")) == {("LQG-188", "orphan_drug", None)}
    assert TEXTS.ind(text, DATED) == {("LQG-240", "HC", "cleared", "2026")}


def test_a_review_period_to_pass_once_is_no_clearance() -> None:
    text = (
        "Lindqvist submitted a clinical trial notification for a Phase 2 study of LQG-77 to "
        "the Pharmaceuticals and Medical Devices Agency (PMDA) in August 2025; the study is "
        "expected to begin once the 30-day review period has passed.\n"
        "Once the FDA cleared the IND for LQG-78 in May 2025, dosing began.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("LQG-77", "PMDA", "submitted", "2025-08"),
        ("LQG-78", "FDA", "cleared", "2025-05"),
    }


def test_a_code_of_the_company_family_named_once_with_study_is_a_drug() -> None:
    text = (
        "The TFDA approved the Company's application to conduct a Phase I/II trial of LQG-OV3, "
        "its oncolytic vaccinia virus, in hepatocellular carcinoma. LQG-OV3 is a vaccinia "
        "virus given by intratumoral injection. \"Patients can take part in the LQG-OV3 study "
        "at home,\" said the CEO. The FDA cleared the IND for LQG-OV3 in September 2024. "
        "The pipeline also includes LQG-A44, an anti-CD39 antibody, and LQG-NK7, a cell "
        "therapy.\n"
    )
    assert "LQG-OV3" in TEXTS.products(text)
    assert ("LQG-OV3", "FDA", "cleared", "2024-09") in TEXTS.ind(text, DATED)


def test_a_trial_family_is_still_no_product() -> None:
    # a trial name whose prefix no product of the release shares stays a trial
    text = (
        "The FDA cleared the IND for LQG-12 in March 2025 for the KESTREL-1 study. "
        "KESTREL-1 will enrol 40 patients; KESTREL-1 sites open in 2025.\n"
    )
    assert "KESTREL-1" not in TEXTS.products(text)


def test_an_agency_in_a_held_items_bracket_is_no_indication() -> None:
    text = (
        "The U.S. Food and Drug Administration (FDA) cleared the IND for LQG-101 in 2025.\n\n"
        "Program | Modality | Indication | Regulatory status\n"
        "LQG-101 | GalNAc-siRNA | Hereditary angioedema | ODD (FDA, 2025)\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("LQG-101", "orphan_drug", "Hereditary angioedema")
    }


def test_every_item_of_an_enumerated_plan_is_planned() -> None:
    text = (
        "The FDA cleared the IND for LQG-108 in SLE in March 2025. In 2026, we expect (i) "
        "the approval decision for LQG-019 in China; (ii) completion of enrollment in a trial "
        "of LQG-027; (iii) the IND decision for LQG-109; and (iv) IND submissions for "
        "LQG-211.\n"
    )
    assert TEXTS.ind(text, DATED) == {("LQG-108", "FDA", "cleared", "2025-03")}


def test_an_aligned_table_row_takes_no_agency_from_the_row_above() -> None:
    text = (
        "Lindqvist submitted the IND for LQG-412 to the FDA in October 2025.\n\n"
        "Program     Target    Stage        Regulatory\n"
        "LQG-210     CD19      Phase 1      Health Canada NOL Mar 2025 (SLE)\n"
        "LQG-412     CD19      IND filed    IND submitted Oct 2025\n"
    )
    events = TEXTS.ind(text, DATED)
    assert ("LQG-412", "FDA", "submitted", "2025-10") in events
    assert ("LQG-210", "HC", "cleared", "2025-03") in events
    assert not any(e[0] == "LQG-412" and e[1] == "HC" for e in events)


def test_a_heading_labelled_programme_names_its_product() -> None:
    text = (
        "Partnered programme: LQG-420 (formerly KRN-420) with Stennack Biopharma\n"
        "- Stennack received FDA IND clearance for LQG-420 in October 2025.\n"
    )
    products = TEXTS.products(text)
    assert "LQG-420" in products and "KRN-420" not in products


def test_a_section_heading_gives_its_product_s_facts_their_use() -> None:
    text = (
        "LQG-210 in propionic acidemia\n\n"
        "The EMA confirmed the PRIME designation for LQG-210 on November 28, 2024, based on "
        "interim data. The FDA cleared the IND for LQG-210 in April 2023.\n\n"
        "LQG-530 and LQG-531\n\n"
        "The FDA granted LQG-530 Fast Track designation in 2024.\n"
    )
    assert TEXTS.des(text, ("product", "type", "indication")) == {
        ("LQG-210", "prime", "propionic acidemia"),
        # a heading that names no disease, or two products, gives none
        ("LQG-530", "fast_track", None),
    }
    assert TEXTS.ind(text, ("product", "agency", "indication")) == {
        ("LQG-210", "FDA", "propionic acidemia")
    }


def test_a_target_word_opening_the_name_an_acronym_spells_out() -> None:
    text = (
        "LQG-118 is an oral, selective inhibitor of the activin receptor-like kinase 2 (ALK2), "
        "developed for FOP. The FDA cleared the IND for LQG-118 in 2024.\n"
    )
    assert TEXTS.run(text).products[0].targets == ["ALK2"]


def test_a_licensee_s_new_code_joins_the_product() -> None:
    text = (
        "LQG-301 is a B7-H4-directed antibody-drug conjugate. After closing, Halcyra plans to "
        "develop LQG-301 outside Greater China under the new code HLC-3010.\n"
    )
    [product] = TEXTS.run(text).products
    assert product.code == "LQG-301" and "HLC-3010" in product.aliases


def test_a_gene_s_mutants_listed_after_it_are_each_a_target() -> None:
    text = (
        "LQG-V15 is an mRNA cancer vaccine encoding KRAS G12D, G12V and G12C neoantigen "
        "epitopes. The FDA cleared the IND for LQG-V15 in 2024.\n"
    )
    assert TEXTS.run(text).products[0].targets == ["KRAS G12D", "KRAS G12V", "KRAS G12C"]
    text = (
        "LQG-V21 is a synthetic long-peptide vaccine targeting the HPV16 E6 and E7 "
        "oncoproteins. The FDA cleared the IND for LQG-V21 in 2024.\n"
    )
    assert TEXTS.run(text).products[0].targets == ["HPV16 E6", "HPV16 E7"]


def test_two_receptors_a_drug_acts_on_are_each_a_target() -> None:
    for text, targets in (
        ("LQG-102 is a peptide that acts as a dual agonist of the GLP-1 and amylin receptors.",
         ["GLP-1 receptor", "amylin receptor"]),
        ("LQG-115 is an oral dual antagonist of the endothelin A and angiotensin II type 1 "
         "receptors.", ["endothelin A receptor", "angiotensin II type 1 receptor"]),
        ("LQG-331 is a peptide that activates both the glucagon-like peptide-1 (GLP-1) and "
         "glucagon receptors.", ["GLP-1 receptor", "glucagon receptor"]),
    ):
        product = TEXTS.run(text + " The FDA cleared its IND in 2024.\n").products[0]
        assert product.targets == targets


def test_an_mrna_encoding_an_antibody_is_an_mrna() -> None:
    for text in (
        "LQG-40 is a lipid-nanoparticle mRNA encoding a bispecific T-cell engager against "
        "MAGE-A4 and CD3.",
        "LQG-41 is the company's mRNA-encoded CLDN6 x CD3 bispecific.",
    ):
        product = TEXTS.run(text + " The FDA cleared its IND in 2024.\n").products[0]
        assert product.modality == "mrna"


def test_a_viral_vector_s_inn_and_short_name() -> None:
    text = (
        "Its lead candidate, oderimogene lasaherpvec (ode-vec, LQG-44), is an oncolytic herpes "
        "virus. The FDA granted ode-vec Fast Track designation for advanced melanoma in 2021.\n"
    )
    [product] = TEXTS.run(text).products
    assert product.code == "LQG-44"
    assert {"oderimogene lasaherpvec", "ode-vec"} <= set(product.aliases)
    assert TEXTS.des(text) == {("LQG-44", "FDA", "fast_track")}


def test_a_code_followed_by_a_dash_and_a_study_is_a_trial() -> None:
    text = (
        "LQG-19 is being evaluated in two trials:\n"
        "- DAWNS-19 -- a Phase 1/2 trial in adults with refractory lupus nephritis; the FDA "
        "cleared the IND in April 2024.\n"
    )
    assert "DAWNS-19" not in TEXTS.products(text)
    assert TEXTS.ind(text, DATED) == {("LQG-19", "FDA", "cleared", "2024-04")}


def test_a_code_in_a_list_before_another_trial_is_still_a_drug() -> None:
    text = (
        "Its second program, LQG-114, is being developed for cystinuria and received Orphan "
        "Drug Designation from the FDA in 2024.\n\nThis release contains statements about the "
        "development of LQG-731 and LQG-114, the ALDERPATH study and planned submissions.\n"
    )
    assert "LQG-114" in TEXTS.products(text)
    assert TEXTS.des(text) == {("LQG-114", "FDA", "orphan_drug")}


def test_proteins_named_as_words_are_targets() -> None:
    for text, target in (
        ("LQG-207 is an oral autotaxin inhibitor in Phase 1.", "autotaxin"),
        ("LQG-220, an inhaled galectin-3 inhibitor, is in Phase 2.", "galectin-3"),
    ):
        product = TEXTS.run(text + " The FDA cleared its IND in 2024.\n").products[0]
        assert product.targets == [target]


def test_included_in_a_breakthrough_therapy_program_is_a_grant() -> None:
    text = (
        "In November 2024, the NMPA included LQG-101 in its Breakthrough Therapy program for "
        "relapsed or refractory large B-cell lymphoma.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("LQG-101", "NMPA", "breakthrough_therapy", "2024-11")
    }


def test_an_agency_compared_with_acted_on_nothing_here() -> None:
    text = (
        "The NMPA cleared the IND for LQG-1102 in November 2022. The FDA cleared the IND for "
        "LQG-1102 in February 2023, three months after the NMPA.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("LQG-1102", "NMPA", "cleared", "2022-11"),
        ("LQG-1102", "FDA", "cleared", "2023-02"),
    }


def test_a_status_of_another_country_s_filing_is_that_agency_s_only() -> None:
    text = (
        "LQG-714 is an oral drug. The IND for the TESSERA study of LQG-714 was cleared by the "
        "FDA in 2022 and by the NMPA in 2023; Qingluo, its partner in Greater China, submitted "
        "the Chinese application in October 2022.\n"
    )
    # (and each agency's clearance its own year, though the sentence tells two statuses)
    assert TEXTS.ind(text, DATED) == {
        ("LQG-714", "FDA", "cleared", "2022"),
        ("LQG-714", "NMPA", "cleared", "2023"),
        ("LQG-714", "NMPA", "submitted", "2022-10"),
    }


def test_held_designations_listed_by_agency_after_a_colon() -> None:
    text = (
        "LQG-731 is an LDHA inhibitor for primary hyperoxaluria. Its orphan drug designations "
        "for primary hyperoxaluria: FDA (April 2022), European Commission (September 2022) "
        "and MHLW (June 2025).\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("LQG-731", "FDA", "orphan_drug", "2022-04"),
        ("LQG-731", "EMA", "orphan_drug", "2022-09"),
        ("LQG-731", "PMDA", "orphan_drug", "2025-06"),
    }


def test_korea_s_gift_and_expedited_review_programs_are_other_designations() -> None:
    text = (
        "In Korea, the MFDS designated LQG-307 an orphan drug for IPF in May 2024 and "
        "selected it for the agency's GIFT expedited-review program in September 2024. In "
        "November 2025, the MFDS designated LQG-105 for its expedited review program for "
        "advanced regenerative bio-products.\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("LQG-307", "MFDS", "orphan_drug", "2024-05"),
        ("LQG-307", "MFDS", "other", "2024-09"),
        ("LQG-105", "MFDS", "other", "2025-11"),
    }


def test_a_markdown_footnote_is_about_the_product_its_marker_follows() -> None:
    # (a release of our evaluation set fresh50: the footnote names the licensor, whose
    # other product was the one the footnote's sentence fell back to)
    path = Path(__file__).parents[2] / "eval" / "fresh50" / "releases" / "fresh50_09.md"
    release = clean_release(path.read_text(), "md")
    facts = extract_release(release.body, published_date=release.published_date,
                            title=release.title)
    held = {(d.product, d.agency, d.type) for d in facts.designations}
    assert ("ORV-770", "FDA", "orphan_drug") in held
    assert not any(product == "ORV-815" for product, _agency, _type in held)


def test_an_ind_number_in_brackets_is_no_second_filing() -> None:
    text = (
        "Lindqvist submitted the IND (IND 172998) for LQG-207 on September 30, 2025, and "
        "received the FDA's clearance on October 30, 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("LQG-207", "FDA", "submitted", "2025-09-30"),
        ("LQG-207", "FDA", "cleared", "2025-10-30"),
    }


def test_a_whose_clause_is_its_antecedent_s() -> None:
    text = (
        "Besides LQG-3307, its clinical pipeline includes LQG-1902, a GPC3-directed ADC whose "
        "clinical trial application for advanced hepatocellular carcinoma was approved by the "
        "NMPA in May 2025, and LQG-2250, a preclinical CDH17-directed antibody-drug "
        "conjugate.\n"
    )
    assert TEXTS.ind(text, DATED) == {("LQG-1902", "NMPA", "cleared", "2025-05")}


def test_a_table_cell_s_planned_filing_is_no_event() -> None:
    text = (
        "LQG-210 is an AAV gene therapy for Stargardt disease.\n\n"
        "Regulatory status of LQG-210\n\n"
        "Jurisdiction | Status | Date\n"
        "United Kingdom (MHRA) | CTA approved, LUMEN-1 | April 2025\n"
        "United States (FDA) | Pre-IND meeting held; IND filing planned | 2026\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status")) == {("LQG-210", "MHRA", "cleared")}
