"""Rules found on the blind set fresh63 (Chinese and Korean announcements in translated
English), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "HONG KONG, 26 May 2025 -- Jinpeng Cell Therapy Co., Ltd. (the \"Company\") hereby "
    "announces the following.\n\n",
    dt.date(2025, 5, 26),
)


def test_the_submitted_protocol_is_no_submission() -> None:
    text = (
        "The IND application of JPC-301 was formally accepted by the CDE on 24 February 2025 "
        "under the acceptance number CXSL2500213, and as no negative or questioning opinion was "
        "raised by the CDE within 60 working days from the date of acceptance, the clinical "
        "trial can be carried out in accordance with the submitted protocol.\n"
    )
    statuses = TEXTS.ind(text, ("product", "agency", "status"))
    assert ("JPC-301", "NMPA", "submitted") not in statuses
    assert ("JPC-301", "NMPA", "accepted") in statuses


def test_a_headlines_indication_stops_at_its_verb() -> None:
    text = (
        "JPC's AAV Gene Therapy JPC-202 for Bietti Crystalline Dystrophy Obtains Implied "
        "Approval for Clinical Trial from China's CDE, Becoming Dual IND Asset in China and "
        "the U.S.\n\n"
        "SHANGHAI, Aug. 19, 2025 -- Jinpeng Therapeutics today announced an update on "
        "JPC-202.\n"
    )
    august = RuleTexts("", dt.date(2025, 8, 19))
    assert august.ind(text, ("product", "agency", "status", "indication")) == {
        ("JPC-202", "NMPA", "cleared", "Bietti Crystalline Dystrophy")
    }


def test_the_approval_of_an_agency_for_a_trial_dated_with_a_comma() -> None:
    text = (
        "The Company's second pipeline 'JPC-1003', an oral NLRP3 inhibitor, received the "
        "approval of the MFDS on December 22, 2024 for an investigator-initiated clinical trial "
        "in patients with recurrent pericarditis.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("JPC-1003", "MFDS", "cleared", "2024-12-22")
    }


def test_an_ind_applied_for_is_a_submission_and_a_korean_day_ends_the_indication() -> None:
    seoul = RuleTexts(
        "SEOUL, November 18, 2025 -- Hanbyul Life Sciences Co., Ltd. announced on the 18th "
        "that ",
        dt.date(2025, 11, 18),
    )
    text = (
        "the MFDS has approved its Phase 1/2 clinical trial plan (IND) of 'HBL-3317' for "
        "patients with Gaucher disease type 3 on the 17th. The company had applied for the IND "
        "to the MFDS on August 29.\n"
    )
    assert seoul.ind(text, ("product", "agency", "status", "indication")) == {
        ("HBL-3317", "MFDS", "cleared", "Gaucher disease type 3"),
        ("HBL-3317", "MFDS", "submitted", "Gaucher disease type 3"),
    }


def test_a_timeline_dated_year_dot_month() -> None:
    text = (
        "Development history of JPC-7110\n"
        "- 2023.12 -- The Ministry of Food and Drug Safety (MFDS) approved the Phase 1 clinical "
        "trial plan (IND) of JPC-7110 in healthy adults.\n"
        "- 2024.03.15 -- The Company submitted the IND application for JPC-7110 to the U.S. "
        "Food and Drug Administration (FDA).\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("JPC-7110", "MFDS", "cleared", "2023-12"),
        ("JPC-7110", "FDA", "submitted", "2024-03-15"),
    }


def test_a_code_told_as_former_in_brackets_is_an_alias() -> None:
    text = (
        "- Partner Halvard Biopharma's 'HVD-907' (former JPC-0907) granted U.S. FDA Fast Track "
        "in idiopathic pulmonary fibrosis\n\n"
        "HVD-907 is the autotaxin inhibitor originally discovered by the Company.\n"
    )
    assert {p.code: p.aliases for p in TEXTS.run(text).products} == {"HVD-907": ["JPC-0907"]}


def test_an_approval_notices_conclusion_agrees_to_the_trial_for_its_indication() -> None:
    # (each notice's conclusion: the filing accepted on a day, the trial agreed for one
    # indication; the agency named paragraphs above, or not at all, is the NMPA)
    notice = (
        "Approval conclusion: After review, the application for clinical trial of JPC-2817 "
        "Tablets accepted on August 26, 2024 meets the relevant requirements, and it is agreed "
        "that the clinical trial be carried out for the locally advanced or metastatic "
        "urothelial carcinoma with FGFR3 genetic alterations.\n"
    )
    filler = "".join(f"Item {i}: the dosage form and specification of the tablet.\n\n"
                     for i in range(20))
    assert TEXTS.ind(filler + notice, ("product", "agency", "status", "date", "indication")) == {
        ("JPC-2817", "NMPA", "cleared", None,
         "locally advanced or metastatic urothelial carcinoma with FGFR3 genetic alterations"),
        ("JPC-2817", "NMPA", "accepted", "2024-08-26",
         "locally advanced or metastatic urothelial carcinoma with FGFR3 genetic alterations"),
    }


def test_a_designation_not_yet_formally_included_is_none() -> None:
    text = (
        "On April 30, 2025, the CDE publicized on its website that JPC-0731 is proposed to be "
        "included in the Breakthrough Therapy program for advanced SSTR2-positive GEP-NETs. As "
        "of the date of this announcement the publicity period has not ended, and JPC-0731 has "
        "not yet been formally included in the Breakthrough Therapy program.\n"
    )
    assert TEXTS.des(text) == set()


def test_a_filing_named_by_who_filed_it_between_commas_is_its_acceptance_alone() -> None:
    text = (
        "The IND application of JPC-2101 for the clinical trial in China, filed by the Company "
        "as an imported drug, was accepted by the CDE in July 2024 with the acceptance number "
        "JXSL2400088.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("JPC-2101", "NMPA", "accepted", "2024-07")
    }


def test_a_partners_possessive_before_a_quoted_code_names_the_owner() -> None:
    text = (
        "- Partner Halden Biopharma's 'HDB-907' (former JPC-0907) granted U.S. FDA Fast Track "
        "in idiopathic pulmonary fibrosis\n\n"
        "HDB-907 is the autotaxin inhibitor, formerly known as "
        "'JPC-0907'. Halden Biopharma A/S obtained a CTA approval for it in 2024.\n"
    )
    assert TEXTS.products(text)["HDB-907"] == "Halden Biopharma"
