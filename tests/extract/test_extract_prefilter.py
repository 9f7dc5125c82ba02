"""Prefiltered patterns and first-character scans give exactly the plain pattern's answers."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import dossier.extract
from dossier.extract import cues
from dossier.extract.prefilter import FirstCharScan, Prefiltered

SAMPLES = [
    "The FDA cleared the IND for CT041 in relapsed or refractory multiple myeloma.",
    "An Investigational New Drug (IND) application was submitted in March 2024.",
    "The NMPA granted implied approval; the clinical trial application (CTA) was accepted.",
    "The company received approval from the MHRA to conduct a Phase 1 clinical trial.",
    "Health Canada issued a No Objection Letter, and the protocol was approved by the "
    "competent authority.",
    "It holds Orphan Drug designations for both gastric and pancreatic cancer.",
    "Forward-looking statements: actual results may differ; our ability to raise funds.",
    "The ethics committee approval (EC approval) came at the same time as the NDA filing.",
    "Earlier that year the drug, now known as ATG-101, was developed by Keymed as AK112.",
    "Acceptance number CXSL2400901; approval No. 2017L00106; that application followed.",
    "FORWARD-LOOKING STATEMENTS and the Review Board's clinical hold were lifted last month.",
    "ſome ſtatements: forward-looking ſtatement, ONE KELVIN \u212a, İND",
    "Pre-IND and IND-enabling studies; the CTN route; CLINICAL TRIAL approvals; pre-IND.",
    "Advisers and counsel: the law firm, the underwriters and the investment bank.",
    "CT041 (CLDN18.2) is a CD19-targeted CAR-T; anti-BCMA antibody; HER2 ADC; GPRC5D CAR T.",
    "For the treatment of adult patients with relapsed or refractory multiple myeloma, in AML.",
    "a claudin 18.2-directed therapy targeting tissue factor and 4-1BB, TNF-α inhibitor (IL-6)",
]


def _instances(kind: type) -> list:
    """Every module-level `kind` object of the extract package."""
    found = []
    for info in pkgutil.iter_modules(dossier.extract.__path__):
        module = importlib.import_module(f"dossier.extract.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, kind)]
    return found


def _windows(text: str) -> list[tuple[int, int]]:
    rng = random.Random(len(text))
    spans = [(0, len(text))]
    for _ in range(30):
        a = rng.randint(0, len(text))
        spans.append((a, rng.randint(a, len(text))))
    return spans


def test_prefiltered_answers_like_its_pattern() -> None:
    patterns = _instances(Prefiltered)
    assert len(patterns) >= 10
    for pf in patterns:
        for text in SAMPLES:
            for lo, hi in _windows(text):
                got = pf.search(text, lo, hi)
                want = pf.pattern.search(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (pf.pattern.pattern, text)
                assert [m.span() for m in pf.finditer(text, lo, hi)] == [
                    m.span() for m in pf.pattern.finditer(text, lo, hi)
                ]


def test_prefiltered_skips_text_without_its_words() -> None:
    pf = Prefiltered(re.compile(r"\b(?:last|previous) month\b", re.I), (" month",))
    assert not pf.may_match("nothing to see here")
    assert pf.search("in the Previous Month") is not None
    assert pf.may_match("ſome non-ASCII text")  # re folds "ſ" onto "s": no shortcut


def test_first_char_scan_spans_equal_finditer() -> None:
    scans = _instances(FirstCharScan)
    assert cues.IND_TRIGGER in scans and len(scans) >= 3
    for scan in scans:
        for text in SAMPLES:
            for lo, hi in _windows(text):
                want = list(scan.pattern.finditer(text, lo, hi))
                got = list(scan.finditer(text, lo, hi))
                assert [m.span("span") for m in got] == [m.span() for m in want], text
                assert [m.groupdict() for m in got] == [
                    {**m.groupdict(), "span": m.group(0)} for m in want
                ]


def test_first_char_scan_drops_overlapping_candidates() -> None:
    scan = FirstCharScan(r"(?<!x)", r"(?:aba|ba)", "ab")
    # candidates at 1 ("ba") and 2 ("aba") overlap the first span, as finditer skips them
    assert scan.spans("ababa") == [m.span() for m in scan.pattern.finditer("ababa")]
    assert scan.spans("ababa") == [(0, 3), (3, 5)]
