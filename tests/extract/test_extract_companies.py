"""Company names, canonical forms and the issuer."""

from __future__ import annotations

import pytest

from dossier.extract import extract_release
from dossier.extract.companies import ensure_issuer, find_companies
from dossier.extract.lexicon import lower_same_length
from dossier.extract.mentions import scan


def _companies(text: str) -> dict[str, list[str]]:
    comps = find_companies(text, scan(text, lower_same_length(text)))
    return {c.name: c.aliases for c in comps}


def test_legal_form_dropped_and_defined_short_name_used() -> None:
    text = 'SHANGHAI -- Zentavo Biotech Co., Ltd. ("Zentavo") today announced results.'
    comps = _companies(text)
    assert list(comps) == ["Zentavo"]
    assert "Zentavo Biotech Co., Ltd." in comps["Zentavo"]


def test_sector_word_dropped_when_the_brand_stands_alone() -> None:
    text = "Orvana Therapeutics, Inc. reported data. Orvana said the trial met its goal."
    assert list(_companies(text)) == ["Orvana"]


def test_sector_word_kept_when_the_text_never_drops_it() -> None:
    assert list(_companies("Orvana Therapeutics, Inc. reported data.")) == ["Orvana Therapeutics"]


@pytest.mark.parametrize(
    "text",
    [
        "Patients were treated at Shanghai Cancer Center and Kellan University Hospital.",
        "The European Medicines Agency and the Medicines and Healthcare products "
        "Regulatory Agency agreed.",
        "Led by Northgate Capital Partners and Bluefin Ventures, the round closed.",
        # a place, a law's title, India's exchange
        "The company is headquartered at the Leiden Bio Science Park.",
        "It qualifies under the Act on Securing Quality, Efficacy and Safety of Products "
        "Including Pharmaceuticals and Medical Devices.",
        "To: The General Manager, Department of Corporate Services, BSE Limited, Mumbai.",
    ],
)
def test_hospitals_regulators_and_investors_are_not_companies(text: str) -> None:
    assert _companies(text) == {}


def test_partner_named_in_deal_language() -> None:
    text = "Zentavo Bio Inc. signed a license agreement with Corvanta for ZTX-101."
    assert set(_companies(text)) == {"Zentavo Bio", "Corvanta"}


def test_issuer_is_first_company_of_the_lead_sentence() -> None:
    text = (
        "Corvanta and Zentavo Announce Deal\n"
        "BOSTON, May 2, 2024 -- Zentavo Bio Inc. and Corvanta Pharma, Inc. today announced a deal."
    )
    comps = find_companies(text, scan(text, lower_same_length(text)))
    issuer = ensure_issuer(text, comps)
    # the headline uses the bare brand, so that is the canonical name
    assert issuer is not None and issuer.name == "Zentavo"


def test_bare_issuer_without_legal_form() -> None:
    text = (
        "BOSTON, May 2, 2024 -- Lumora, a developer of cell therapies, today announced that "
        "its IND for LM-201 was cleared by the FDA."
    )
    result = extract_release(text)
    assert result.issuer == "Lumora"
    assert [c.name for c in result.companies] == ["Lumora"]


def test_advisers_are_not_companies() -> None:
    text = (
        "BOSTON, May 2, 2024 -- Zentavo Bio Inc. today announced it will acquire Corvanta "
        "Pharma, Inc. for its antibody CVX-12. Kestrel Ridge LLC is acting as financial "
        "adviser to Zentavo."
    )
    names = {c.name for c in extract_release(text).companies}
    assert "Kestrel Ridge" not in names and {"Zentavo", "Corvanta Pharma"} <= names


def test_a_product_code_after_rights_to_is_not_the_licensee() -> None:
    text = (
        "In 2022, Zentavo Bio Inc. out-licensed Greater China rights to ZTX-118 to Merrow "
        "Pharmaceutical, which develops it in China."
    )
    assert set(_companies(text)) == {"Zentavo Bio", "Merrow Pharmaceutical"}


def test_a_web_widgets_label_is_no_part_of_a_name() -> None:
    text = "Orvana Therapeutics, Inc. reported data.\nAttachment Orvana Therapeutics logo\n"
    assert list(_companies(text)) == ["Orvana Therapeutics"]
