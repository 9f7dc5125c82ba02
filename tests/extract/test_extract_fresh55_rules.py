"""Rules found on the blind set fresh55 (product attributes and ownership, written from
the same brief as fresh58), on texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from rule_texts import RuleTexts

TEXTS = RuleTexts(
    "INDIANAPOLIS, Sept. 9, 2025 -- Tallis Radiopharma, Inc. (Nasdaq: TLRP) today announced "
    "an update.\n\n",
    dt.date(2025, 9, 9),
)
DATED = ("product", "agency", "status", "date")


def test_a_status_in_a_clause_naming_another_agency_is_that_agencys() -> None:
    text = (
        "The Australian part of the trial was notified to the Therapeutic Goods Administration "
        "(TGA) under the Clinical Trial Notification scheme in 2024, and the FDA cleared the "
        "U.S. IND for TLR-177 in pancreatic cancer in January 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("TLR-177", "TGA", "submitted", "2024"),
        ("TLR-177", "FDA", "cleared", "2025-01"),
    }


def test_both_statuses_of_one_agency_stay_its_own() -> None:
    text = (
        "Tallis submitted the IND for TLR-177 to the FDA in May 2025, and the FDA cleared it "
        "in June 2025.\n"
    )
    assert TEXTS.ind(text, DATED) == {
        ("TLR-177", "FDA", "submitted", "2025-05"),
        ("TLR-177", "FDA", "cleared", "2025-06"),
    }


def test_the_molecule_named_again_a_long_paragraph_later_takes_its_partners_code() -> None:
    filler = (
        "Under the terms of the agreement, Valmont will pay Tallis an upfront payment of US$95 "
        "million and Tallis will be eligible for up to US$1.26 billion in development, "
        "regulatory and commercial milestone payments, as well as tiered royalties from high "
        "single digits to mid-teens on net sales outside Greater China. "
    )
    text = (
        "Tallis licensed TLR-3102, its EGFR x HER3 bispecific ADC, to Valmont Pharmaceuticals, "
        "Inc.\n\n" + filler * 3 + "Outside Greater China, Valmont will advance the molecule "
        "under the designation VMT-8802.\n"
    )
    products = {p.code: p.aliases for p in TEXTS.run(text).products}
    assert products == {"TLR-3102": ["VMT-8802"]}


def test_a_studys_protocol_number_in_brackets_is_no_product() -> None:
    text = (
        "In the ongoing Phase 1 study in China (TLS-3102-101), 58 patients with NSCLC had been "
        "treated with TLR-3102. The Phase 1b/2 study (TL451-102) will evaluate TLR-451 in "
        "pancreatic cancer.\n"
    )
    assert {p.code for p in TEXTS.run(text).products} == {"TLR-3102", "TLR-451"}


def test_a_regional_licensees_filing_leaves_the_product_with_its_licensor() -> None:
    text = (
        "In 2023, Tallis granted Jiaxing Pharmaceutical Co., Ltd. (\"Jiaxing\") an exclusive "
        "license to develop and commercialize TLR-217 in Greater China; Tallis retains all other "
        "rights and leads global development. The CDE granted implied approval for Jiaxing's "
        "clinical trial application for TLR-217 in advanced solid tumors in June 2025.\n"
    )
    assert TEXTS.products(text)["TLR-217"] == "Tallis Radiopharma"


def test_the_originator_that_develops_it_worldwide_owns_it() -> None:
    text = (
        "TLR-1207 was originated by Harrow Biosciences, Inc., which develops it worldwide as "
        "HB-0417; Tallis in-licensed the Greater China rights in 2022. The NMPA accepted "
        "Tallis's IND application for TLR-1207 in April 2025.\n"
    )
    assert TEXTS.products(text)["TLR-1207"] == "Harrow Biosciences"


def test_a_licensee_that_now_leads_its_global_development_owns_it() -> None:
    text = (
        "In 2023, Tallis granted Halvard Pharma A/S an exclusive license to TLR-105 worldwide "
        "outside Greater China, and Halvard now leads its global development under the name "
        "HLV-105.\n"
    )
    assert TEXTS.products(text)["TLR-105"] == "Halvard"


def test_an_acquirer_told_after_the_originator_owns_it() -> None:
    text = (
        "TLR-412 was originated by Tessarin Molecular GmbH; Tallis acquired exclusive worldwide "
        "rights in 2023 and now leads all development. TLR-330 was originated by Procyra Neuro "
        "Ltd.; Tallis in-licensed exclusive worldwide rights in 2022.\n"
    )
    owners = TEXTS.products(text)
    assert owners["TLR-412"] == "Tallis Radiopharma"
    assert owners["TLR-330"] == "Tallis Radiopharma"


def test_a_spin_out_that_now_develops_it_owns_it() -> None:
    text = (
        "In 2024 Tallis spun out its ophthalmology unit as Clearbrook Ocular, Inc. Clearbrook "
        "now develops TLR-808, an intravitreal bispecific antibody.\n"
    )
    assert TEXTS.products(text)["TLR-808"] == "Clearbrook Ocular"


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        (
            "TLR-415 is an in vivo adenine base editor designed to correct the PiZ (E342K) "
            "mutation in SERPINA1 that causes alpha-1 antitrypsin deficiency.",
            ["SERPINA1"],
        ),
        (
            "TLR-612 is an mRNA therapy encoding both the alpha and beta subunits of "
            "propionyl-CoA carboxylase (PCCA and PCCB).",
            ["PCCA", "PCCB"],
        ),
        (
            "TLR-808 is a bispecific antibody that neutralizes both vascular endothelial growth "
            "factor A (VEGF-A) and angiopoietin-2 (Ang-2).",
            ["VEGF-A", "Ang-2"],
        ),
    ],
)
def test_targets_told_in_these_ways_are_found(sentence: str, targets: list[str]) -> None:
    code = sentence.split()[0]
    assert {p.code: p.targets for p in TEXTS.run(sentence + "\n").products}[code] == targets


def test_a_clearance_that_follows_its_own_submission_dates_the_submission() -> None:
    text = (
        "Tallis announced that the FDA cleared its IND for TLR-225 in small cell lung cancer. "
        "The IND clearance follows Tallis's submission of the application on August 7, 2025. "
        "The IND clearance follows a pre-IND meeting with the FDA in March 2025.\n"
    )
    assert TEXTS.ind(text, ("product", "agency", "status", "date")) == {
        ("TLR-225", "FDA", "cleared", None),
        ("TLR-225", "FDA", "submitted", "2025-08-07"),
    }
