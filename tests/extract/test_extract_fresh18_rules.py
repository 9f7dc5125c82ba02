"""Wordings first met in the eighteenth unseen set (Asia-Pacific biotechs writing in
English about licences): a clearance restated as the subject of what it followed, a
place told between a designation and its indication, a listing told as an adjective
("TPEx-listed"), an owner told in a possessive after the code, and a licensee that now
leads global development."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "SYDNEY, Australia, 15 September 2027: Wombray Bio Limited today announced news.\n\n"
PUBLISHED = dt.date(2027, 9, 15)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def test_a_clearance_restated_as_what_followed_a_meeting_is_not_told_again() -> None:
    text = (
        "The FDA cleared the Company's IND application for WBY-12 on 11 September 2027. "
        "The IND clearance follows a pre-IND meeting with the FDA in March 2027, at which "
        "the agency gave feedback on the manufacturing package."
    )
    assert [(e.agency, e.status, e.date) for e in _run(text).ind_events] == [
        ("FDA", "cleared", "2027-09-11")]


def test_what_a_first_agencys_outcome_follows_is_still_an_event() -> None:
    text = (
        "The TFDA approved the CTA for WBY-12 in May 2027. The TFDA approval follows "
        "clearance of the IND by the FDA in January 2027."
    )
    assert {(e.agency, e.date) for e in _run(text).ind_events} == {
        ("TFDA", "2027-05"), ("FDA", "2027-01")}


def test_a_place_between_a_designation_and_its_indication_is_no_part_of_it() -> None:
    text = (
        "WBY-12 is a drug for fibrodysplasia ossificans progressiva (FOP). WBY-12 is under "
        "priority review in Japan for FOP, the company said."
    )
    assert [d.indication for d in _run(text).designations] == [
        "fibrodysplasia ossificans progressiva (FOP)"]


def _owners(text: str) -> dict[str, str | None]:
    return {p.code: p.company for p in _run(text).products}


def test_a_listing_told_as_an_adjective_is_no_company_name() -> None:
    release = extract_release(
        "TAIPEI, Taiwan, October 13, 2027 -- Mirrowen Biopharma Co., Ltd. (TPEx-listed, "
        "\"Mirrowen\"), a Taiwanese company, today announced that the TFDA approved "
        "Mirrowen's IND for MRW-0311 in 2027.", published_date=dt.date(2027, 10, 13))
    assert release.issuer == "Mirrowen"
    assert {p.code: p.company for p in release.products} == {"MRW-0311": "Mirrowen"}


def test_a_possessive_told_after_the_code_names_its_owner() -> None:
    text = (
        "Wombray develops WBY-88 for liver disease. Wombray also co-develops TLX-12, "
        "Tallowick Bio's allogeneic CAR-NK cell therapy, in Singapore."
    )
    assert _owners(text)["TLX-12"] == "Tallowick Bio"


def test_a_licensee_that_now_leads_global_development_owns_the_product() -> None:
    text = (
        "Wombray entered into an exclusive worldwide license agreement with Brisk Harbor "
        "Pharmaceuticals, Inc. (\"Brisk Harbor\") for WBY-417. WBY-417 is under review in "
        "Japan; Brisk Harbor now leads all global development and commercialization."
    )
    assert _owners(text)["WBY-417"] == "Brisk Harbor"


def test_both_after_a_singular_designation_still_gives_one_per_disease() -> None:
    text = (
        "Velquor's lead candidate, VLQ-417, is in development for fibrodysplasia ossificans "
        "progressiva (FOP) and diffuse intrinsic pontine glioma (DIPG). In 2024, Japan's "
        "Ministry of Health, Labour and Welfare (MHLW) designated VLQ-417 an orphan drug for "
        "both FOP and DIPG.\n"
    )
    found = {(e.agency, e.type, e.indication) for e in _run(text).designations}
    assert found == {
        ("PMDA", "orphan_drug", "fibrodysplasia ossificans progressiva (FOP)"),
        ("PMDA", "orphan_drug", "diffuse intrinsic pontine glioma (DIPG)"),
    }
