"""Examples straight from GUIDELINES.md, and the contract every result must keep."""

from __future__ import annotations

import datetime as dt

from dossier.extract import EXTRACTOR_VERSION, extract_release

RELEASE = (
    "Immunofoco's EpCAM CAR-T IMC001 Receives Second IND Clearance in China\n\n"
    "SHANGHAI, China, March 21, 2025 -- Immunofoco, a developer of cell therapies, today "
    "announced that the Center for Drug Evaluation (CDE) of China's National Medical Products "
    "Administration (NMPA) has cleared its second IND application for IMC001, an autologous "
    "CAR-T cell therapy directed against EpCAM. The application, acceptance number CXSL2400901, "
    "covers advanced EpCAM-positive epithelial solid tumors. IMC001 first received IND approvals "
    "from regulators in China and in the United States in February 2024.\n\n"
    "About Immunofoco\nIts CLDN18.2 CAR-T, IMC002, holds FDA orphan drug designations for gastric "
    "cancer and for pancreatic cancer. Immunofoco intends to submit an IND for IMC003 in 2026."
)


def _result():
    return extract_release(RELEASE, published_date=dt.date(2025, 3, 21))


def test_guideline_release() -> None:
    r = _result()
    assert r.issuer == "Immunofoco"
    imc001 = next(p for p in r.products if p.code == "IMC001")
    assert (imc001.targets, imc001.modality, imc001.cell_source) == (
        ["EpCAM"],
        "car_t",
        "autologous",
    )
    inds = {(e.product, e.agency, e.status, (e.date or "")[:7]) for e in r.ind_events}
    assert inds == {
        ("IMC001", "NMPA", "cleared", "2025-03"),
        ("IMC001", "NMPA", "cleared", "2024-02"),
        ("IMC001", "FDA", "cleared", "2024-02"),
    }
    first = next(e for e in r.ind_events if (e.date or "").startswith("2025"))
    assert first.application_number == "CXSL2400901"
    orphan = {(d.product, d.indication) for d in r.designations if d.type == "orphan_drug"}
    assert orphan == {("IMC002", "gastric cancer"), ("IMC002", "pancreatic cancer")}


def test_contract() -> None:
    r = _result()
    codes = {p.code for p in r.products}
    names = {c.name for c in r.companies}
    assert {e.product for e in r.ind_events} | {d.product for d in r.designations} <= codes
    assert {p.company for p in r.products} <= names
    evidence = [e.evidence for e in r.ind_events] + [d.evidence for d in r.designations]
    evidence += [e for p in r.products for e in p.evidence] + [
        e for c in r.companies for e in c.evidence
    ]
    assert evidence and all(RELEASE[e.char_start : e.char_end] == e.sentence for e in evidence)
    assert all(p.evidence for p in r.products) and all(c.evidence for c in r.companies)
    assert EXTRACTOR_VERSION


def test_empty_text() -> None:
    r = extract_release("")
    assert r.issuer is None and not r.products and not r.ind_events
