"""Rules found on the blind set fresh71 (facts in tables, lists, footnotes and HTML
pages), on texts of our own."""

from __future__ import annotations

import datetime as dt

from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "OSAKA, Japan, February 10, 2025 -- Kiyomizu Pharmaceutical Co., Ltd. hereby announces "
    "the following.\n\n",
    dt.date(2025, 2, 10),
)


def test_a_trial_named_as_a_part_of_it_or_what_patients_are_brought_into_is_no_product() -> None:
    text = (
        "KYP-227 selectively inhibits KIF18A. The first patient in the U.S. part of HIKARI-01 "
        "was dosed in December 2024. In Korea, the MFDS approved the Company's IND for the "
        "HIKARI-01 study in December 2024.\n\n"
        '"Bringing Japanese patients into HIKARI-01 is an important step for a drug that was '
        'born in Japan," said the President. Expenses for the HIKARI-01 study are included in '
        "the forecast.\n"
    )
    assert "HIKARI-01" not in TEXTS.products(text)
    assert TEXTS.ind(text) == {("KYP-227", "MFDS", "cleared")}


def test_an_agency_whose_review_is_ongoing_has_not_cleared() -> None:
    text = (
        "Kiyomizu submitted clinical trial applications for KYP-350 to both Health Canada and "
        "the UK MHRA in April 2024. Health Canada issued a No Objection Letter in May 2024, and "
        "the MHRA review is ongoing.\n"
    )
    assert TEXTS.ind(text) == {
        ("KYP-350", "HC", "submitted"),
        ("KYP-350", "MHRA", "submitted"),
        ("KYP-350", "HC", "cleared"),
    }


def test_an_ethics_committee_in_a_city_approving_a_study_is_not_the_agency() -> None:
    text = (
        "A Human Research Ethics Committee in Melbourne approved the first-in-human study of "
        "KYP-702 in July 2024; Kiyomizu will notify the Therapeutic Goods Administration (TGA) "
        "under the Clinical Trial Notification (CTN) scheme before the first patient is dosed.\n"
    )
    assert TEXTS.ind(text) == set()


def test_who_filed_the_ind_after_its_approval_is_no_filing_and_an_analogue_no_product() -> None:
    text = (
        "KYP-08 is the Company's long-acting GLP-2 analogue for short bowel syndrome.\n\n"
        "- Korea: The MFDS approved the IND for a Phase 2 trial of KYP-08 in June 2024. The IND "
        "was filed by the Company's co-development partner, Hanseol Pharm Co., Ltd., which holds "
        "Korean commercial rights.\n"
    )
    assert TEXTS.ind(text) == {("KYP-08", "MFDS", "cleared")}
    assert "GLP-2" not in TEXTS.products(text)


def test_a_held_designation_with_a_long_indication_before_its_bracketed_date() -> None:
    text = (
        "Highlights of the regulatory history of KYP-5521\n"
        "- Orphan Drug Designation for primary hyperoxaluria from the FDA (2021)\n"
        "- Breakthrough Therapy Designation for pediatric patients with PH1 and preserved kidney "
        "function from the FDA (June 2023)\n"
    )
    assert TEXTS.des(text, ("product", "agency", "type", "date")) == {
        ("KYP-5521", "FDA", "orphan_drug", "2021"),
        ("KYP-5521", "FDA", "breakthrough_therapy", "2023-06"),
    }


def test_a_licensee_named_with_a_noise_word_before_its_legal_form_is_a_company() -> None:
    text = (
        "Tovarelstat is licensed to Ostrand Medical AB for commercialization in Sweden, and "
        "Ostrand will lead the launch there.\n"
    )
    assert "Ostrand Medical" in {c.name for c in TEXTS.run(text).companies}


def test_a_milestone_cell_ending_with_its_indication() -> None:
    text = (
        "Product | Milestone | Agency | Date\n"
        "KYP-101 | IND cleared (IND 031207), relapsed or refractory ccRCC | FDA | April 2023\n"
        "KYP-220 | IND submitted, lupus nephritis | FDA | December 2024\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "indication")) == {
        ("KYP-101", "FDA", "cleared", "relapsed or refractory ccRCC"),
        ("KYP-220", "FDA", "submitted", "lupus nephritis"),
    }
