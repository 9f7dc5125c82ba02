"""Attributes told away from their fact (session 14, from fresh45's leftovers), on texts
of our own: months given "respectively" to one designation type's indications, a
designation dated and scoped two sentences on, an ADC's payload named alone, a code the
licensor used, a review period's month, and an IND's disease told where the release
presents its product."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "SAN DIEGO, Oct. 7, 2025 /PRNewswire/ -- Harlowe Oncology, Inc. today announced "
    "regulatory progress across its pipeline.\n\n",
    dt.date(2025, 10, 7),
)


DESIGNATION = ("product", "agency", "type", "date", "indication")


def _designations(text: str) -> set[tuple]:
    return TEXTS.des(text, DESIGNATION)


def test_bare_months_respectively_date_one_type_granted_for_two_diseases() -> None:
    text = (
        "HLW-220 is an antibody-drug conjugate directed at Nectin-4. Earlier this year the "
        "FDA granted HLW-220 Orphan Drug Designations for bladder cancer and for "
        "cholangiocarcinoma, in March and June, respectively.\n"
    )
    assert _designations(text) == {
        ("HLW-220", "FDA", "orphan_drug", "2025-03", "bladder cancer"),
        ("HLW-220", "FDA", "orphan_drug", "2025-06", "cholangiocarcinoma"),
    }


def test_dated_months_respectively_follow_the_diseases_order() -> None:
    text = (
        "The FDA granted HLW-220 Orphan Drug Designations for bladder cancer and for "
        "cholangiocarcinoma, in November 2024 and January 2025 respectively.\n"
    )
    assert {(d[3], d[4]) for d in _designations(text)} == {
        ("2024-11", "bladder cancer"),
        ("2025-01", "cholangiocarcinoma"),
    }


def test_the_designation_dated_and_scoped_two_sentences_later() -> None:
    text = (
        "The FDA has granted Fast Track designation to HLW-220. The conjugate carries a "
        "topoisomerase I inhibitor payload. The designation, granted on September 30, 2025, "
        "covers the treatment of patients with locally advanced urothelial carcinoma.\n"
    )
    assert _designations(text) == {
        ("HLW-220", "FDA", "fast_track", "2025-09-30", "locally advanced urothelial carcinoma")
    }


def test_a_sentence_with_its_own_designation_is_not_read_for_the_one_before() -> None:
    text = (
        "The FDA has granted Fast Track designation to HLW-220. The EMA granted HLW-220 "
        "orphan designation for bladder cancer in May 2025. The designation, granted on "
        "September 30, 2025, covers urothelial carcinoma.\n"
    )
    fast_track = [d for d in _designations(text) if d[2] == "fast_track"]
    assert fast_track and fast_track[0][3] != "2025-09-30"


def test_an_adc_payload_named_alone_is_no_product_and_the_licensor_code_is_an_alias() -> None:
    text = (
        "The FDA has granted Fast Track designation to dorvatamab lirexitecan (HLW-220). "
        "The ADC consists of an antibody directed at Nectin-4 and a topoisomerase I "
        "inhibitor payload, lirexitecan. The candidate is in a Phase 1 study in urothelial "
        "carcinoma at sites in the United States, Canada, Spain, Italy and Australia, with "
        "first data expected in the first half of 2026 and a dose-expansion cohort to "
        "follow. The program has enrolled its first twelve patients across four dose "
        "levels without dose-limiting toxicities, and a recommended dose is expected by "
        "the end of the year.\n\n"
        "Harlowe in-licensed the program from Qinhe Biopharma Co., Ltd. (\"Qinhe\"), which "
        "discovered the molecule under the code QH-3301, in 2023.\n"
    )
    result = TEXTS.run(text)
    codes = {p.code: set(p.aliases) for p in result.products}
    assert codes == {"HLW-220": {"dorvatamab lirexitecan", "QH-3301"}}


def test_a_review_period_month_is_read_in_its_own_clause() -> None:
    text = (
        "Partner Sakaido Pharma submitted a clinical trial notification for HLW-410 to "
        "Japan's PMDA on 3 March 2025. The 30-day review period ended without comment from "
        "the agency in April, and the bridging study is expected to begin dosing in the "
        "second half of 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("HLW-410", "PMDA", "submitted", "2025-03-03"),
        ("HLW-410", "PMDA", "cleared", "2025-04"),
    }


def test_an_ind_takes_the_disease_its_product_is_presented_for() -> None:
    text = (
        "HLW-410 update\n\n"
        "HLW-410, a radioligand directed at SSTR2, is being developed for "
        "gastroenteropancreatic neuroendocrine tumours (GEP-NETs) in patients who have "
        "progressed after prior therapy. Sakaido Pharma holds its rights in Japan.\n\n"
        "Sakaido submitted a clinical trial notification for HLW-410 to Japan's PMDA on "
        "3 March 2025.\n"
    )
    (event,) = TEXTS.run(text).ind_events
    assert event.indication == "gastroenteropancreatic neuroendocrine tumours (GEP-NETs)"


def test_a_sentence_presenting_two_products_gives_neither_its_disease() -> None:
    text = (
        "HLW-410 and HLW-220 are being developed for neuroendocrine tumours.\n\n"
        "Sakaido submitted a clinical trial notification for HLW-410 to Japan's PMDA on "
        "3 March 2025.\n"
    )
    (event,) = TEXTS.run(text).ind_events
    assert event.indication is None



def test_a_second_ind_with_its_own_disease_and_month_is_a_second_event() -> None:
    text = (
        "HLW-19 is an allogeneic CAR-T cell therapy. The FDA cleared an IND for the candidate "
        "in refractory lupus nephritis in March 2024 and a second IND, in diffuse cutaneous "
        "systemic sclerosis, in June 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "status", "date", "indication")) == {
        ("HLW-19", "cleared", "2024-03", "refractory lupus nephritis"),
        ("HLW-19", "cleared", "2024-06", "diffuse cutaneous systemic sclerosis"),
    }


def test_the_product_name_opening_an_indication_is_dropped() -> None:
    text = (
        "HLW-33 is a CAR-NK cell therapy. Qinhe received IND approval from Korea's Ministry "
        "of Food and Drug Safety (MFDS) in 2023 for a Phase 1 study in advanced clear cell "
        "renal cell carcinoma (ccRCC). Harlowe submitted an IND for HLW-33 in ccRCC to the "
        "FDA in September 2024.\n"
    )
    assert ("FDA", "clear cell renal cell carcinoma (ccRCC)") in TEXTS.ind(
        text, ("agency", "indication")
    )


def test_a_fact_whose_clause_names_no_product_is_not_the_next_clauses_product() -> None:
    text = (
        "Harlowe's HLW-118 Receives FDA Breakthrough Therapy Designation\n\n"
        "Oral, selective ALK2 inhibitor also holds Orphan Drug and Rare Pediatric Disease "
        "Designations in the U.S.; New Drug Application for HLW-2207 in GM2 gangliosidosis "
        "submitted to the FDA\n\n"
        "SAN DIEGO, Oct. 7, 2025 /PRNewswire/ -- Harlowe Oncology, Inc. today announced that "
        "the FDA granted Breakthrough Therapy designation to HLW-118 for FOP. In 2022, the FDA "
        "granted HLW-118 Orphan Drug Designation and Rare Pediatric Disease Designation for "
        "FOP.\n"
    )
    assert {d[0] for d in TEXTS.des(text, DESIGNATION, dateline="")} == {"HLW-118"}


def test_a_response_to_a_hold_and_a_code_after_a_partner_drug_file_nothing() -> None:
    text = (
        "HLW-915 is an oral KAT6A inhibitor. In February 2025 the FDA placed the U.S. IND on "
        "clinical hold pending additional toxicology data; Harlowe has since submitted a "
        "complete response.\n\n"
        "Harlowe submitted a supplemental NDA for HLW-412 in combination with Halden's "
        "anti-PD-1 antibody tavrelimab (HDN-604) in HCC in December 2024. The FDA accepted the "
        "sNDA last month and granted it Priority Review, with a target action date in the "
        "third quarter of 2026.\n"
    )
    result = TEXTS.run(text)
    assert result.ind_events == []
    assert {(d.product, d.type, d.date) for d in result.designations} == {
        ("HLW-412", "priority_review", "2025-09")
    }


def test_years_later_and_the_product_called_by_its_kind() -> None:
    text = (
        "HLW-401 is an oncolytic herpes simplex virus injected into tumors.\n\n"
        "The FDA had earlier granted the oncolytic virus Orphan Drug Designation for Merkel "
        "cell carcinoma in 2020, and Breakthrough Therapy Designation two years later.\n"
    )
    assert {(d[2], d[3]) for d in _designations(text)} == {
        ("orphan_drug", "2020"),
        ("breakthrough_therapy", "2022"),
    }


def test_a_licence_to_a_code_names_no_company() -> None:
    text = (
        "In 2023 Harlowe granted Carrowmore Bio, Inc. (\"Carrowmore\") of Boston an exclusive "
        "worldwide license to HQ-R11, which Carrowmore now develops as CRM-1101.\n"
    )
    names = {c.name for c in TEXTS.run(text).companies}
    assert "HQ" not in names and "Carrowmore" in names


def test_one_verb_submitting_two_filings_to_two_agencies_on_one_day() -> None:
    text = (
        "HLW-118 is an siRNA. Harlowe submitted its Investigational New Drug (IND) "
        "application to the FDA and a Clinical Trial Application (CTA) to the UK Medicines "
        "and Healthcare products Regulatory Agency (MHRA) on the same day, June 2, 2022; the "
        "FDA cleared the IND 30 days later, and the MHRA approved the CTA in August 2022.\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("FDA", "submitted", "2022-06-02"),
        ("MHRA", "submitted", "2022-06-02"),
        ("FDA", "cleared", "2022-07"),
        ("MHRA", "cleared", "2022-08"),
    }


def test_a_may_proceed_notice_holds_its_studys_population() -> None:
    text = (
        "Harlowe today announced that the FDA has notified the Company that BEACON-9, its "
        "Phase 1 trial of HLW-310 in patients with relapsed or refractory high-risk "
        "neuroblastoma, may proceed.\n"
    )
    assert TEXTS.ind(text, ("product", "status", "indication")) == {
        ("HLW-310", "cleared", "relapsed or refractory high-risk neuroblastoma")
    }


def test_a_no_objection_letter_for_the_products_cta_takes_the_date_after_it() -> None:
    text = (
        "HLW-530 is an antibody. Health Canada issued a No Objection Letter for the HLW-530 "
        "Phase 1 clinical trial application in April 2025, and the first Canadian "
        "participants were dosed in July. HLW-04 is a vaccine. Health Canada issued a No "
        "Objection Letter in 2024 for the clinical trial application of HLW-04 in healthy "
        "adults.\n"
    )
    assert TEXTS.ind(text, ("product", "date")) == {("HLW-530", "2025-04"), ("HLW-04", "2024")}


def test_thirty_days_later() -> None:
    text = (
        "HLW-410 is an siRNA against LPA. Harlowe submitted an IND to the FDA for HLW-410 on "
        "September 2, 2025. The IND went into effect thirty days later.\n"
    )
    assert TEXTS.ind(text, ("status", "date")) == {
        ("submitted", "2025-09-02"), ("cleared", "2025-10"),
    }


def test_the_following_month_and_the_following_march() -> None:
    text = (
        "HLW-03 is a TIL therapy. HLW-03 received implied IND approval from the NMPA in "
        "December 2023 for advanced cervical cancer, and the FDA cleared its IND for the same "
        "indication the following March. HLW-07 is a TCR-T. The MHRA authorised a CTA for "
        "HLW-07 on 3 February 2025. The FDA cleared the IND for HLW-07 the following month.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "date")) == {
        ("HLW-03", "NMPA", "2023-12"), ("HLW-03", "FDA", "2024-03"),
        ("HLW-07", "MHRA", "2025-02-03"), ("HLW-07", "FDA", "2025-03"),
    }


def test_bare_months_date_the_statuses_told_before_them() -> None:
    text = (
        "HLW-311 is an MTAP inhibitor. Harlowe filed an IND for HLW-311 with the U.S. Food "
        "and Drug Administration (FDA) in late July, and the FDA cleared it in September for "
        "the same population.\n"
    )
    assert TEXTS.ind(text, ("status", "date")) == {
        ("submitted", "2025-07"), ("cleared", "2025-09"),
    }


def test_a_company_description_is_no_filings_indication() -> None:
    text = (
        "SYDNEY, Australia: Harlowe Therapeutics Ltd (ASX: HLW), a radiopharmaceutical "
        "company developing targeted radioligand therapies for hard-to-treat cancers, is "
        "pleased to advise that the US FDA cleared its IND application for HLW-231 on 24 "
        "February 2025. HLW-231 is being developed for advanced soft tissue sarcoma.\n"
    )
    assert TEXTS.ind(text, ("product", "indication"), dateline="") == {
        ("HLW-231", "advanced soft tissue sarcoma")
    }


def test_a_plural_hyphenated_acronym_is_a_defined_disease() -> None:
    text = (
        "HLW-204 is being developed for gastroenteropancreatic neuroendocrine tumours "
        "(GEP-NETs). HLW-204 was granted Orphan Drug Designation for GEP-NETs by the FDA in "
        "2023.\n"
    )
    assert _designations(text) == {
        ("HLW-204", "FDA", "orphan_drug", "2023",
         "gastroenteropancreatic neuroendocrine tumours (GEP-NETs)")
    }


def test_a_study_that_continues_under_an_ind_ends_its_indication_before_the_verb() -> None:
    text = (
        "HLW-210 is an NK cell therapy. The Phase 1 study in relapsed or refractory B-cell "
        "lymphoma continues under the U.S. IND for HLW-210 that the FDA cleared in 2024.\n"
    )
    assert TEXTS.ind(text, ("product", "date", "indication")) == {
        ("HLW-210", "2024", "relapsed or refractory B-cell lymphoma")
    }


def test_a_milestone_line_dated_after_the_release_is_no_event() -> None:
    text = (
        "HLW-715 is an siRNA for lupus.\n\n"
        "Upcoming milestones\n"
        "- 2026: U.S. IND submission for HLW-715; Harlowe expects to request Fast Track "
        "designation for HLW-220\n"
    )
    assert TEXTS.ind(text) == set()


def test_a_pipeline_tables_regulatory_cell_lists_held_designations() -> None:
    text = (
        "HLW-1042 and HLW-301 are our programs.\n\n"
        "| Program | Mechanism | Indication | Stage | Regulatory |\n"
        "|---|---|---|---|---|\n"
        "| Eltravopan (HLW-1042) | Factor D inhibitor | PNH | Phase 3 | FDA IND cleared (2021); "
        "ODD PNH (FDA, 2022) |\n"
        "| HLW-301 | CLDN6 x CD3 | Germ cell tumors | Phase 2 | IND cleared Mar 2023; Fast "
        "Track (FDA, Sep 2025); ODD - testicular germ cell tumors (FDA, 2024); Breakthrough "
        "Therapy (requested) |\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("HLW-1042", "FDA", "orphan_drug", "2022"),
        ("HLW-301", "FDA", "fast_track", "2025-09"),
        ("HLW-301", "FDA", "orphan_drug", "2024"),
    }


def test_calendar_years_and_currency_amounts_are_no_products() -> None:
    text = (
        "HLW-117 is an NLRP3 inhibitor. Cash of A$48.7 million funds operations into CY2027. "
        "Harlowe received an upfront payment of RMB80 million and is eligible for up to "
        "RMB620 million in milestones.\n"
    )
    assert set(TEXTS.products(text)) == {"HLW-117"}


def test_a_partner_in_combination_described_as_the_companys_own_is_a_product() -> None:
    text = (
        "Harlowe is also studying HLW-450 with cordavimab, its investigational anti-PD-1 "
        "antibody, in first-line NSCLC.\n"
    )
    assert set(TEXTS.products(text)) == {"HLW-450", "cordavimab"}


def test_a_table_items_bare_ind_is_the_fdas_not_the_next_items_agency() -> None:
    text = (
        "HLW-210 is an iPSC CAR-NK cell therapy.\n\n"
        "Program    Stage      Regulatory\n"
        "HLW-210    Phase 1    IND cleared Q3 2024 (lymphoma); Health Canada NOL Mar 2025 (SLE)\n"
    )
    assert TEXTS.ind(text, ("agency", "status", "date")) == {
        ("FDA", "cleared", "2024"), ("HC", "cleared", "2025-03"),
    }


def test_an_isotope_labelled_code_is_its_molecules_name() -> None:
    text = (
        "HLW-305 is a FAP-targeted radioligand. 177Lu-HLW-305 received FDA Orphan Drug "
        "Designation for pancreatic cancer in February 2025.\n"
    )
    result = TEXTS.run(text)
    assert {p.code: p.aliases for p in result.products} == {"HLW-305": ["177Lu-HLW-305"]}
    assert {(d.product, d.type) for d in result.designations} == {("HLW-305", "orphan_drug")}


def test_a_pipeline_tables_row_gives_its_facts_the_indication_column() -> None:
    text = (
        "HLW-210 is an iPSC CAR-NK cell therapy. HLW-305 is a TCR-T.\n\n"
        "Program      Target     Indication(s)         Stage      Regulatory\n"
        "HLW-210      CD19       B-cell lymphoma       Phase 1    FDA IND cleared Q3 2024\n"
        "HLW-305      MAGE-A4    Synovial sarcoma      Phase 2    FDA IND cleared 2022\n"
        "\n"
        "| Program | Indication | Regulatory |\n"
        "| HLW-411 | - | FDA IND cleared (2021) |\n"
    )
    assert TEXTS.ind(text, ("product", "indication")) == {
        ("HLW-210", "B-cell lymphoma"), ("HLW-305", "Synovial sarcoma"), ("HLW-411", None),
    }
