"""Wordings first met in the seventh and eighth unseen sets: labelled product names,
histories listed under a heading, and filings to agencies named by country."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSAKA, May 12, 2027 -- Hoshimura Pharma Co., Ltd. today announced an update.\n"
PUBLISHED = dt.date(2027, 5, 12)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _des(text: str) -> set[tuple]:
    return {(d.product, d.agency, d.type, d.date) for d in _run(text).designations}


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events}


def test_a_labelled_development_code_and_generic_name_name_the_product() -> None:
    text = (
        "The agency approved KOMEVA® (generic name: pelarinib; development code: HSM-0412), "
        "an oral kinase inhibitor, for gastric cancer.\n\n"
        "Pelarinib was designated under the SAKIGAKE designation system in June 2024."
    )
    r = _run(text)
    assert [(p.code, sorted(p.aliases)) for p in r.products] == [
        ("HSM-0412", ["KOMEVA", "pelarinib"])
    ]
    assert _des(text) == {("HSM-0412", "PMDA", "sakigake", "2024-06")}


def test_a_labelled_exchange_code_is_still_no_product() -> None:
    text = "Hoshimura (TSE code: AB-4619) develops HSM-0412, an oral kinase inhibitor."
    assert [p.code for p in _run(text).products] == ["HSM-0412"]


def test_dated_lines_under_a_heading_tell_the_headings_product() -> None:
    text = (
        "Hoshimura develops HSM-0412, an oral kinase inhibitor, and HSM-0500.\n\n"
        "Milestones of HSM-0412\n\n"
        "March 2025 - clinical trial notification submitted to the PMDA.\n"
        "October 2025 - Orphan Drug Designation granted by the FDA for gastric cancer.\n"
    )
    assert _ind(text) == {("HSM-0412", "PMDA", "submitted", "2025-03")}
    assert _des(text) == {("HSM-0412", "FDA", "orphan_drug", "2025-10")}


def test_an_international_nonproprietary_name_in_brackets_is_an_alias() -> None:
    text = "HSM-0412 (international nonproprietary name: pelatamig) is a bispecific antibody."
    r = _run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("HSM-0412", ["pelatamig"])]


def test_a_proposed_designation_under_public_notice_is_no_grant() -> None:
    text = (
        "HSM-0412 is an antibody. A proposed Breakthrough Therapy inclusion of HSM-0412 by "
        "the CDE, for lupus nephritis, was published for public comment in April 2027."
    )
    assert _des(text) == set()


def test_an_application_for_a_capitalised_designation_is_no_grant() -> None:
    text = (
        "HSM-0412 is an antibody. In addition, the Company has submitted an application for "
        "Breakthrough Therapy Designation of HSM-0412 for lupus nephritis to the CDE."
    )
    assert _des(text) == set()


def test_a_filing_named_by_its_country_is_that_agencys() -> None:
    text = (
        "The MFDS and the FDA have approved the company's IND applications for HSM-0412.\n\n"
        "HSM-0412 is an enzyme replacement mRNA. The MFDS approval came first. "
        "The company had submitted the Korean application in January 2027."
    )
    assert ("HSM-0412", "MFDS", "submitted", "2027-01") in _ind(text)


def test_a_filing_for_a_named_trial_is_the_last_named_products() -> None:
    text = (
        "Swissmedic has authorised the company's clinical trial application for HSM-0412.\n\n"
        "The KAIRO-2 study will enrol 80 patients, who will receive HSM-0412 or placebo.\n\n"
        "A clinical trial application for KAIRO-2 was submitted to Health Canada in "
        "April 2027 and is under review."
    )
    assert ("HSM-0412", "HC", "submitted", "2027-04") in _ind(text)


def test_an_outcome_received_last_month_is_dated_to_the_month_before() -> None:
    text = (
        "Swissmedic has authorised the company's clinical trial application for HSM-0412, "
        "its oral kinase inhibitor. The authorisation was received last month."
    )
    assert _ind(text) == {("HSM-0412", "SWISSMEDIC", "cleared", "2027-04")}


def test_an_acceptance_notice_issued_is_an_acceptance_not_a_clearance() -> None:
    text = (
        "The Company has received the Acceptance Notice issued by the CDE for the IND "
        "application of HSM-0412 tablets, its oral kinase inhibitor, in April 2027."
    )
    assert _ind(text) == {("HSM-0412", "NMPA", "accepted", "2027-04")}


def test_an_implied_licence_is_the_nmpas_even_beside_another_agencys_plan() -> None:
    text = (
        "Pipeline\n\n"
        "Product | Indication | Latest status\n"
        "HSM-0412 | Obesity | Implied license (March 3, 2027); FDA IND planned (end of 2027)\n"
    )
    assert {(p, a) for p, a, _s, _d in _ind(text)} == {("HSM-0412", "NMPA")}


def test_a_generic_short_name_gives_way_to_the_named_one_and_the_issuer_is_made_by() -> None:
    text = (
        "VOLUNTARY ANNOUNCEMENT - Ningbo Hoshimura Biosciences Co., Ltd.\n\n"
        "This announcement is made by Ningbo Hoshimura Biosciences Co., Ltd. (the "
        '"Company", together with its subsidiaries, the "Group" or "Hoshimura Bio") on a '
        "voluntary basis.\n\n"
        "The Company's HSM-0412, an oral kinase inhibitor, is in Phase 1. Kestrana Pharma "
        "Co., Ltd. announced on May 2, 2027 that it raised funds."
    )
    r = extract_release(text, published_date=PUBLISHED)
    assert r.issuer == "Hoshimura Bio"
    assert [c.name for c in r.companies if c.name.startswith(("Hoshimura", "Ningbo"))] == [
        "Hoshimura Bio"
    ]
    assert "Company" not in {c.name for c in r.companies}


def _companies(text: str) -> set[str]:
    return {c.name for c in extract_release(text, published_date=PUBLISHED).companies}


def test_a_name_does_not_run_back_over_a_sentence_end() -> None:
    text = (
        "KOBE, May 12, 2027 -- Hoshimura Pharma, Inc. today announced a licence for HSM-0412, "
        "its antibody, in all territories outside Greater China. Tenri Biologics Co., Ltd. "
        "keeps the rights in China."
    )
    names = _companies(text)
    assert "Tenri Biologics" in names or "Tenri" in names
    assert not any("China" in n for n in names)


def test_the_short_name_defined_after_a_listing_belongs_to_the_company() -> None:
    text = (
        "KOBE, May 12, 2027 -- Hoshimura Pharma, Inc. (NYSE: HSMP) and Ningbo Tenri Biologics "
        'Co., Ltd. (HKEX: 2791) ("Tenri Biologics") today announced a licence for HSM-0412, '
        "an antibody. Tenri discovered HSM-0412."
    )
    tenri = [c for c in extract_release(text, published_date=PUBLISHED).companies
             if "Tenri" in c.name]
    assert len(tenri) == 1 and "Ningbo Tenri Biologics" in tenri[0].aliases


def test_exchanges_banks_bookrunners_and_suppliers_are_no_companies() -> None:
    text = (
        "KOBE, May 12, 2027 -- Hoshimura Pharma, Inc. today announced news on HSM-0412, its "
        "antibody. The Company was listed on The Stock Exchange of Hong Kong Limited in 2023. "
        "It renewed a credit facility with Mizuho Banking Corporation. Nakano Securities LLC "
        "acted as sole book-running manager. Hoshimura has a manufacturing partnership with "
        "Sendai BioWorks for GMP supply."
    )
    assert _companies(text) == {"Hoshimura"}


def _codes(text: str) -> set[str]:
    return {p.code for p in _run(text).products}


def test_a_symbol_used_as_a_target_elsewhere_is_no_product() -> None:
    text = (
        "Hoshimura also develops HSM-0500, a MUCX4-directed ADC. It holds an option on "
        "HSM-0412, Tenri's MUCX4 ADC."
    )
    assert _codes(text) == {"HSM-0500", "HSM-0412"}


def test_a_protein_variant_and_a_pair_of_targets_are_no_products() -> None:
    text = (
        "HSM-0412 delivers a hyperactive Factor IX (FIXA-R338L) transgene. Hoshimura's "
        "PSMAxCD3 bispecific HSM-0500 is in Phase 1."
    )
    assert _codes(text) == {"HSM-0412", "HSM-0500"}


def test_a_capitalised_appositive_description_in_a_headline_is_an_alias() -> None:
    text = "Hoshimura Presents Data for HSM-0412, Its CD70-Directed CAR-T Therapy, at ASH\n"
    r = _run(text)
    assert [p.code for p in r.products] == ["HSM-0412"]


def test_the_molecule_developed_under_another_designation_is_the_same_product() -> None:
    text = (
        "Tenri discovered HSM-0412, an antibody-drug conjugate. After closing, Kestrana will "
        "develop the molecule outside China under the designation KST-831."
    )
    r = _run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("HSM-0412", ["KST-831"])]


def test_an_application_to_an_agency_for_a_designation_is_no_grant() -> None:
    text = (
        "HSM-0412 is a gene therapy for hemophilia B.\n\nAn application to the European "
        "Commission for orphan designation of HSM-0412 is under review; an opinion from the "
        "committee is expected in 2027."
    )
    assert _des(text) == set()


def test_a_code_ending_like_a_mutation_but_not_in_amino_acid_letters_is_a_product() -> None:
    text = "Its universal CD19/BCMA dual-targeting CAR-T cell injection QR-C27A is in Phase 1."
    assert _codes(text) == {"QR-C27A"}


def test_evidence_order_does_not_follow_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import datetime as dt\n"
        "from dossier.extract import extract_release\n"
        "t = 'KOMEVA\u00ae (generic name: pelarinib; development code: HSM-0412) is approved."
        "\\n\\nThe label of pelarinib is broad. Sales of KOMEVA start in May. The dose of "
        "pelarinib is 20 mg. KOMEVA ships in June.'\n"
        "r = extract_release(t, published_date=dt.date(2027, 5, 12))\n"
        "print([[e.char_start for e in p.evidence] for p in r.products])\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(12)
    }
    assert len(outs) == 1


def _attrs(text: str) -> dict[str, tuple]:
    return {p.code: (p.targets, p.modality) for p in _run(text).products}


def test_a_radionuclide_labelled_ligand_is_a_radioligand_for_its_target() -> None:
    text = (
        "The Company's second programme, HSM-0412, a lutetium-177 labelled MUCX4 ligand, is "
        "in IND-enabling studies."
    )
    assert _attrs(text) == {"HSM-0412": (["MUCX4"], "radioligand")}


def test_a_target_selective_inhibitor_names_its_target() -> None:
    text = "Its marketed product, KOMEVA (velotinib), a PARP1-selective inhibitor, is approved."
    assert _attrs(text)["velotinib"][0] == ["PARP1"]


def test_a_product_tables_target_column_gives_the_targets() -> None:
    text = (
        "Pipeline overview\n\n"
        "Product | Target / mechanism | Indication | Latest status\n"
        "HSM-0412 | GLP-1R / GIPR | Obesity | Phase 1\n"
        "HSM-0500 | MUCX4 | Gastric cancer | Preclinical\n"
    )
    attrs = _attrs(text)
    assert attrs["HSM-0412"][0] == ["GLP-1R", "GIPR"]
    assert attrs["HSM-0500"][0] == ["MUCX4"]


def test_approved_the_trials_ind_application_is_one_filing_with_its_date() -> None:
    text = (
        "HSM-0412 is an antibody.\n\nThe FDA cleared the Company's IND application on "
        "12 January 2027, and Korea's MFDS approved the trial's investigational new drug "
        "application in April 2027."
    )
    assert ("HSM-0412", "MFDS", "cleared", "2027-04") in _ind(text)


def test_a_quarter_without_a_year_is_the_releases_year() -> None:
    text = (
        "HSM-0412 is an antibody.\n\nSeparately, the CDE accepted the Company's IND "
        "application for HSM-0412 in the first quarter (acceptance number CXSL2700412)."
    )
    assert _ind(text) == {("HSM-0412", "NMPA", "accepted", "2027")}


def test_a_later_also_announced_grant_is_todays_news() -> None:
    text = (
        "HSM-0412 is an antibody for gastric cancer.\n\n"
        "The Company also announced that the U.S. Food and Drug Administration (FDA) has "
        "granted Fast Track designation to HSM-0412 for gastric cancer."
    )
    assert _des(text) == {("HSM-0412", "FDA", "fast_track", "2027-05")}


def test_items_under_a_products_first_line_tell_that_product() -> None:
    text = (
        "HSM-0500 is a peptide.\n\n"
        "HSM-0412, oral kinase inhibitor (small molecule)\n"
        "- Submitted a clinical trial notification to the PMDA in March for a Phase 1 study.\n"
        "- Received a Study May Proceed letter from the U.S. FDA dated 9 April 2027.\n"
    )
    assert _ind(text) == {
        ("HSM-0412", "PMDA", "submitted", "2027-03"),
        ("HSM-0412", "FDA", "cleared", "2027-04-09"),
    }


def test_a_bare_month_takes_no_year_from_a_later_deadline() -> None:
    text = (
        "HSM-0412 is an antibody.\n\nThe FDA accepted the application for HSM-0412 in "
        "February and granted Priority Review, with a target action date in January 2028."
    )
    assert _des(text) == {("HSM-0412", "FDA", "priority_review", "2027-02")}


def test_an_investigational_new_drug_application_is_no_marketing_application() -> None:
    text = (
        "HSM-0412 is an antibody. The FDA granted it Fast Track designation in 2026.\n\n"
        "Hoshimura submitted an Investigational New Drug application for HSM-0412 to the "
        "agency on April 2, 2027."
    )
    assert ("HSM-0412", "FDA", "submitted", "2027-04-02") in _ind(text)


def test_an_ind_with_no_agency_named_is_the_fdas_when_no_chinese_agency_is_named() -> None:
    text = (
        "The FDA granted HSM-0500 Fast Track designation in 2026.\n\n"
        + "Hoshimura's pipeline spans oncology and immunology. " * 12
        + "\n\nHSM-0412 (siRNA targeting LPA)\n"
        "- Hoshimura submitted an Investigational New Drug application for HSM-0412 on "
        "April 2, 2027.\n"
    )
    assert ("HSM-0412", "FDA", "submitted", "2027-04-02") in _ind(text)
    chinese = text.replace("The FDA granted HSM-0500", "The NMPA granted HSM-0500 BTD and the FDA")
    assert not any(a == "FDA" and p == "HSM-0412" for p, a, _s, _d in _ind(chinese))


def test_the_program_advanced_under_another_name_is_the_same_product() -> None:
    text = (
        "Hoshimura licensed HSM-0412, an antibody-drug conjugate, to Kestrana. Kestrana will "
        "lead global development of the program, which it will advance under the name KST-31."
    )
    r = _run(text)
    assert [(p.code, p.aliases) for p in r.products] == [("HSM-0412", ["KST-31"])]


def test_brazils_clinical_development_dossier_is_an_ind_equivalent() -> None:
    text = (
        "HSM-0412 is a radioligand.\n\nBrazil's ANVISA approved the Company's Drug Clinical "
        "Development Dossier (DDCM) for HSM-0412 on 6 April 2027."
    )
    assert _ind(text) == {("HSM-0412", "ANVISA", "cleared", "2027-04-06")}


def _lead_ind(text: str) -> set[tuple]:
    """IND events of a release whose lead sentence is the first line of `text`."""
    lead = "OSAKA, May 12, 2027 -- Hoshimura Pharma Co., Ltd. today announced that the NMPA"
    r = extract_release(lead + text, published_date=PUBLISHED)
    return {(e.product, e.agency, e.status, e.date) for e in r.ind_events}


def test_an_agency_accepting_the_application_told_further_up_is_an_acceptance() -> None:
    text = (
        " has granted implied approval for the clinical trial application of "
        "HSM-0412, an antibody.\n\nHSM-0412 binds MUCX4. It is given weekly. The notice "
        "took effect on April 2, 2027.\n\n"
        "The CDE had accepted the application in February of this year; under the review "
        "rule, a trial may start if the agency raises no objection within 60 working days."
    )
    found = _lead_ind(text)
    assert ("HSM-0412", "NMPA", "accepted", "2027-02") in found
    assert not any(s == "cleared" and d is None for _p, _a, s, d in found)


def test_a_quote_at_the_same_time_takes_no_date_of_an_earlier_filing() -> None:
    text = (
        " has granted implied approval for the clinical trial application of "
        "HSM-0412, an antibody.\n\nThe CDE had accepted the application in February.\n\n"
        '"Implied approval in China means we can run HSM-0412 in two markets at the same '
        'time," said the CEO.'
    )
    assert ("HSM-0412", "NMPA", "cleared", "2027-05") in _lead_ind(text)


def test_an_agency_accepting_a_marketing_application_told_before_is_no_ind() -> None:
    text = (
        " has granted implied approval for the clinical trial application of HSM-0412, an "
        "antibody.\n\nHSM-0500 is marketed in Japan. Kestrana submitted a Biologics License "
        "Application for HSM-0500 to the FDA in February. The FDA accepted the application "
        "in April and granted Priority Review."
    )
    assert not any(p == "HSM-0500" for p, _a, _s, _d in _lead_ind(text))


def test_the_gene_a_disease_is_caused_by_and_a_delivered_transgene_are_targets() -> None:
    text = (
        "The Company's second programme, HSM-0412, an AAV gene therapy for X-linked retinal "
        "dystrophy caused by mutations in RPXQ, is in preclinical development. HSM-0500 uses "
        "a liver-tropic AAV capsid to deliver a hyperactive Factor IX (FIXA-R338L) transgene."
    )
    attrs = _attrs(text)
    assert attrs["HSM-0412"][0] == ["RPXQ"]
    assert attrs["HSM-0500"][0] == ["Factor IX"]


def test_an_hla_restricted_epitope_targets_its_antigen_not_the_hla() -> None:
    text = (
        "Hoshimura's HSM-0412, an autologous TCR-T candidate targeting a HLA-A*02:01-restricted "
        "epitope of MAGE-C7, is in preclinical development."
    )
    assert _attrs(text)["HSM-0412"][0] == ["MAGE-C7"]
