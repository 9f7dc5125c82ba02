"""The team corpus: every file cleans, with the gold published_date.

Skipped when the corpus is not beside the repository (../shared/corpus) and
DOSSIER_CORPUS does not point to one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dossier.cleaning import clean_release, decode_bytes, detect_format


def _corpus() -> Path | None:
    here = Path(__file__).resolve().parents[2]
    for c in (os.environ.get("DOSSIER_CORPUS"), here.parent / "shared" / "corpus"):
        if c and (Path(c) / "releases").is_dir() and (Path(c) / "gold").is_dir():
            return Path(c)
    return None


CORPUS = _corpus()
FILES = sorted((CORPUS / "releases").iterdir()) if CORPUS else []
pytestmark = pytest.mark.skipif(CORPUS is None, reason="team corpus not available")

# Headlines from the corpus pages' sidebars / "more news" boxes: other companies'
# news that must never reach the extractor as if it were part of the release.
SIDEBAR_STRINGS = (
    "Lantheus", "Rilzabrutinib", "Trace Biosciences", "OBI-992", "Henlius", "IMDELLTRA",
    "Peso closes", "Sun Pharma", "Diamyd", "Abeona", "ELEVIDYS", "Nkarta", "PHST001",
    "TREMFYA", "Most Read", "More news", "Cookie", "cookies", "Subscribe", "Share",
    "Privacy Policy", "Copyright",
)  # fmt: skip


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_published_date_matches_gold(path: Path) -> None:
    assert CORPUS is not None
    text, _ = decode_bytes(path.read_bytes())
    fmt = detect_format(path.name, text)
    assert fmt is not None
    c = clean_release(text, fmt)
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert c.published_date is not None
    assert c.published_date.isoformat() == gold["release"]["published_date"]
    assert c.title


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".html"], ids=lambda p: p.name)
def test_corpus_html_has_no_sidebar_and_keeps_the_end(path: Path) -> None:
    c = clean_release(path.read_text(encoding="utf-8"), "html")
    for s in SIDEBAR_STRINGS:
        assert s not in c.body, s
    # the body runs to the release's own end (contacts / SOURCE line), not cut short
    tail = c.body[-400:].lower()
    assert "source" in tail or "contact" in tail
    assert "<" not in c.body and "&rsquo;" not in c.body and "&amp;" not in c.body
