"""Product mentions: codes by shape and context, INNs, brands, aliases tied together."""

from __future__ import annotations

from dossier.extract.lexicon import lower_same_length
from dossier.extract.mentions import scan
from dossier.extract.products import find_products


def _products(text: str) -> dict[str, list[str]]:
    products, _ = find_products(text, scan(text, lower_same_length(text)))
    return {p.code: sorted(p.aliases) for p in products}


def test_codes_are_found_and_targets_are_not_codes() -> None:
    text = (
        "Zentavo's ZTX-101, a CD19-targeted CAR-T, and QR2207, an anti-PD-L1/4-1BB antibody "
        "for HER2-positive cancer, entered trial NCT01234567 under acceptance number CXSL2400123."
    )
    assert _products(text) == {"ZTX-101": [], "QR2207": []}


def test_trial_names_are_not_products() -> None:
    text = (
        "ZTX-101 is being studied in the BRAVO-1 study. BRAVO-1 and the LUNA-202 trial "
        "enrol patients; the ZTX-101-ST-01 protocol (ZTX-101-ST-01) continues."
    )
    assert _products(text) == {"ZTX-101": []}


def test_weak_codes_need_product_context() -> None:
    assert _products("Patients with T1D and NF1 were excluded.") == {}
    assert _products("Its candidate AB12 is an antibody.") == {"AB12": []}


def test_aliases_from_parentheses_and_known_as() -> None:
    text = (
        "zentacabtagene autoleucel (zenta-cel, ZT-041) is an autologous CAR-T. "
        "Velomab (formerly VX-12) is an antibody. "
        "Zentavo out-licensed QX051, a bispecific antibody; the molecule, now known as QX-900, "
        "is in Phase 1."
    )
    products = _products(text)
    assert products["ZT-041"] == ["zenta-cel", "zentacabtagene autoleucel"]
    assert products["VX-12"] == ["velomab"]
    assert any({"QX051", "QX-900"} <= {code, *aliases} for code, aliases in products.items())


def test_inn_needs_an_owner_or_a_description() -> None:
    text = "Our drug velotinib, an oral small molecule, beat pembrolizumab in the study."
    assert _products(text) == {"velotinib": []}


def test_brand_is_an_alias_not_a_product() -> None:
    text = "ZENTRA® (velotinib), a kinase inhibitor, is marketed by Zentavo. DuoFab® is a platform."
    assert _products(text) == {"velotinib": ["ZENTRA"]}


def test_descriptive_name_is_a_product_or_an_alias() -> None:
    text = (
        "Zentavo's CD19-targeted CAR-NK cell injection has received IND clearance. "
        "Its CLDN18.2 CAR-T, ZTX-202, holds orphan drug designation."
    )
    assert _products(text) == {
        "CD19-targeted CAR-NK cell injection": [],
        "ZTX-202": ["CLDN18.2 CAR-T"],
    }


def test_names_found_again_without_their_marks() -> None:
    text = "VELOCEL® (ZTX-11) is an NK cell therapy. The FDA cleared an IND for VELOCEL in 2023."
    products, mentions = find_products(text, scan(text, lower_same_length(text)))
    assert [p.code for p in products] == ["ZTX-11"]
    assert len(products[0].mentions) == 3


def test_a_trial_family_shares_its_prefix() -> None:
    text = (
        "ZTX-101 is studied in two trials, ORBIT-111 in adults and ORBIT-121 in children. "
        "The ORBIT-111 study is enrolling."
    )
    assert _products(text) == {"ZTX-101": []}


def test_names_told_as_what_a_product_was_discovered_as_or_is_known_as_elsewhere() -> None:
    text = "Zentavo in-licensed ZTX-101, originally discovered as MRW-77 by Merrow Inc., in 2022."
    assert _products(text) == {"ZTX-101": ["MRW-77"]}
    text = (
        "Zentavo licensed ZTX-202 from Merrow Inc. in 2022. Merrow's own U.S. IND for the "
        "same antibody, known there as MRW-88, was cleared in 2021."
    )
    assert _products(text) == {"ZTX-202": ["MRW-88"]}


def test_a_brand_name_told_of_the_product_a_pronoun_stands_for() -> None:
    # "it" is the product the sentence before named; "under the brand name" names it again
    text = (
        "Relvicopan (KSN-0482) is an oral factor D inhibitor. In Japan, it has been marketed "
        "since November 2024 under the brand name DOVERIQ(R) for adults with PNH. Before that "
        "approval, DOVERIQ had been designated an orphan drug for PNH by the MHLW in 2022."
    )
    assert _products(text) == {"KSN-0482": ["DOVERIQ"]}


def test_a_marketed_drug_named_by_its_brand_and_inn_after_its() -> None:
    # "Its marketed products include BRAND (inn)": the company's drug, capital "Its" too
    text = (
        "Its marketed products include KAZAMI (tofacitinib), approved in Japan in 2019 for "
        "rheumatoid arthritis."
    )
    assert set(_products(text)) == {"tofacitinib"}


def test_what_a_drug_is_anti_is_a_target_wherever_named() -> None:
    text = (
        "Lanyang Receives Approval for Trial of Anti-MASP-2 Antibody LYB-208\n\n"
        "In 2025, the Company's subsidiary obtained a TFDA Class II medical device license for "
        "its MASP-2 activity assay kit, which will be used in the LYB-208 study."
    )
    assert "MASP-2" not in _products(text)


def test_a_biologics_suffixed_name_is_its_base_names_product() -> None:
    text = (
        "BOSTON, May 2, 2026 -- Veltra Bio, Inc. today announced that the FDA accepted the BLA "
        "for VLT-118 (selvatamab-vrdn), a GPC3 bispecific antibody. In China, selvatamab is "
        "developed by a partner under the code HN-118.\n"
    )
    products = _products(text)
    assert list(products) == ["VLT-118"]
    assert {"selvatamab-vrdn", "selvatamab", "HN-118"} <= set(products["VLT-118"])
