"""Wordings first met in the fourteenth unseen set (agencies beyond the US): a disease whose
name holds a status word, one agency's outcome "following" another's, an agency's letter
dating the outcome told before, and a trial named by its acronym."""

from __future__ import annotations

import datetime as dt

from dossier.extract import extract_release

DATELINE = "OSLO, March 4, 2027 -- Fjordline Bio ASA today announced an update.\n\n"
PUBLISHED = dt.date(2027, 3, 4)


def _run(text: str):
    return extract_release(DATELINE + text, published_date=PUBLISHED)


def _ind(text: str) -> set[tuple]:
    return {(e.product, e.agency, e.status) for e in _run(text).ind_events}


def test_clear_cell_carcinoma_is_no_clearance() -> None:
    text = (
        "FJB-404 is an allogeneic CAR-NK cell therapy. The MFDS approved the IND for FJB-404 "
        "in May 2027.\n\nA trial of FJB-404 in clear cell renal cell carcinoma; Australian "
        "cohort under the TGA's CTN scheme\n"
    )
    assert _ind(text) == {("FJB-404", "MFDS", "cleared")}


def test_an_agency_whose_approval_follows_another_is_not_the_one_acting() -> None:
    text = (
        "The TFDA approved the IND application for FJB-210 in patients with glioma on "
        "February 20, 2027. The TFDA approval follows clearance of the FJB-210 IND by the "
        "U.S. Food and Drug Administration in November 2026."
    )
    events = {(e.agency, e.date) for e in _run(text).ind_events}
    assert events == {("TFDA", "2027-02-20"), ("FDA", "2026-11")}


def test_the_agency_notifying_the_company_of_the_clearance_dates_it() -> None:
    text = (
        "Fjordline is pleased to announce that the U.S. Food and Drug Administration (FDA) "
        "has cleared its IND application for FJB-330 in metastatic melanoma. The FDA "
        "notified Fjordline of the clearance on 26 February 2027.\n"
    )
    events = [(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events]
    assert events == [("FJB-330", "FDA", "cleared", "2027-02-26")]


def test_a_trial_named_by_its_acronym_is_its_products() -> None:
    text = (
        "The FDA has cleared the IND for FJB-330, enabling U.S. sites in its Phase 1 "
        "NORDLYS-1 study in melanoma. FJB-118 received a positive opinion in January.\n\n"
        "NORDLYS-1 began in Australia after Fjordline notified the Therapeutic Goods "
        "Administration (TGA) of the study under the CTN scheme in June 2025.\n"
    )
    assert ("FJB-330", "TGA", "submitted") in _ind(text)
    assert ("FJB-118", "TGA", "submitted") not in _ind(text)


def test_the_submission_dated_in_the_next_sentence() -> None:
    text = (
        "Fjordline has also submitted a CTA to the Paul-Ehrlich-Institut for FJB-620 for "
        "propionic acidemia. The submission was made in May 2026.\n"
    )
    events = [(e.product, e.agency, e.status, e.date) for e in _run(text).ind_events]
    assert events == [("FJB-620", "EMA", "submitted", "2026-05")]


def test_a_developer_named_after_a_combination_partner_is_the_partners() -> None:
    text = (
        "Fjordline Bio develops FJB-710, a bispecific antibody. The data come from the "
        "Phase 1 study of FJB-710 in combination with rostelimab, an anti-PD-1 antibody "
        "developed by Karvik Pharma Co., Ltd., which supplies rostelimab.\n"
    )
    owners = {p.code: p.company for p in _run(text).products}
    assert owners["FJB-710"] == "Fjordline Bio"


def test_a_target_before_monoclonal_antibody() -> None:
    text = (
        "Fjordline Bio's first-generation GPC3 monoclonal antibody, FJB-090, was "
        "out-licensed in 2023.\n"
    )
    targets = {p.code: p.targets for p in _run(text).products}
    assert targets["FJB-090"] == ["GPC3"]


def test_an_adeno_associated_virus_serotype_is_no_target() -> None:
    text = (
        "FJB-220 is Fjordline's AAVrh10 gene therapy delivering the GALC gene, for the "
        "treatment of Krabbe disease.\n"
    )
    targets = {p.code: p.targets for p in _run(text).products}
    assert targets["FJB-220"] == ["GALC"]


def test_an_acronym_spelled_by_a_compound_word() -> None:
    text = (
        "The EMA granted PRIME to FJB-509 for methylmalonic acidemia (MMA). In the United "
        "States, the FDA granted FJB-509 Orphan Drug designation for MMA in 2024.\n"
    )
    des = {(d.agency, d.indication) for d in _run(text).designations}
    assert ("FDA", "methylmalonic acidemia (MMA)") in des
