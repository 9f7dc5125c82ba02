"""Normalisation helpers shared by the extractors."""

from __future__ import annotations

import re
from functools import lru_cache

_CODE_NOISE = re.compile(r"[\s\-_./()®™]")


@lru_cache(maxsize=8192)  # a release asks for each name's key several times
def code_key(s: str) -> str:
    """How product names are compared: no case, spaces, hyphens (CT-041 == ct041)."""
    return _CODE_NOISE.sub("", s).lower()


_TRIM = " ,;:.-–—\"'“”"


_DATED_ASIDE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


def tidy(s: str) -> str:
    """Collapse whitespace, drop dated asides ("(November 2021)"), strip punctuation at
    both ends."""
    aside = False
    # the aside's bracket and its century: no regex pass over most phrases
    if "(" in s and ("19" in s or "20" in s):
        n = len(s)
        s = _DATED_ASIDE.sub("", s)
        aside = len(s) != n
    # str.split() splits at the runs \s+ matches; the ends go anyway, " " being in _TRIM
    s = " ".join(s.split()).strip(_TRIM)
    # drop an unbalanced trailing or leading bracket left by a cut
    if s.count("(") < s.count(")") and s.endswith(")"):
        s = s[:-1].rstrip(_TRIM)
    if s.count("(") > s.count(")"):
        s = s[: s.rfind("(")].rstrip(_TRIM) if s.rfind("(") > 0 else s.lstrip("(")
    if aside and s.endswith((" and", " or")):
        # "mastocytosis (in 2022) and [orphan designation ...]": the dated aside ended it
        s = s.rsplit(" ", 1)[0].rstrip(_TRIM)
    return s


def find_words(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans where `needle` occurs as a whole word (str.find: much cheaper than a regex)."""
    out = []
    n = len(needle)
    pos = text.find(needle)
    while pos != -1:
        end = pos + n
        # a word character (alphanumeric, "_" or "-") on neither side; tested inline, as
        # this runs for every occurrence of every name
        before, after = text[pos - 1 : pos], text[end : end + 1]
        if not (before and (before.isalnum() or before in "_-")) and not (
            after and (after.isalnum() or after in "_-")
        ):
            out.append((pos, end))
        pos = text.find(needle, pos + 1)
    return out
