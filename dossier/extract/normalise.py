"""Normalisation helpers shared by the extractors."""

from __future__ import annotations

import re

_CODE_NOISE = re.compile(r"[\s\-_./()®™]")


def code_key(s: str) -> str:
    """How product names are compared: no case, spaces, hyphens (CT-041 == ct041)."""
    return _CODE_NOISE.sub("", s).lower()


_SPACES = re.compile(r"\s+")
_TRIM = " ,;:.-–—\"'“”"


_DATED_ASIDE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


def tidy(s: str) -> str:
    """Collapse whitespace, drop dated asides ("(November 2021)"), strip punctuation at
    both ends."""
    s = _DATED_ASIDE.sub("", s)
    s = _SPACES.sub(" ", s).strip(_TRIM)
    # drop an unbalanced trailing or leading bracket left by a cut
    if s.count("(") < s.count(")") and s.endswith(")"):
        s = s[:-1].rstrip(_TRIM)
    if s.count("(") > s.count(")"):
        s = s[: s.rfind("(")].rstrip(_TRIM) if s.rfind("(") > 0 else s.lstrip("(")
    return s


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def find_words(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans where `needle` occurs as a whole word (str.find: much cheaper than a regex)."""
    out = []
    n = len(needle)
    pos = text.find(needle)
    while pos != -1:
        end = pos + n
        if (pos == 0 or not _word_char(text[pos - 1])) and (
            end >= len(text) or not _word_char(text[end])
        ):
            out.append((pos, end))
        pos = text.find(needle, pos + 1)
    return out
