"""Sentence splitting with character offsets.

A regex splitter rather than pysbd/syntok: on this corpus pysbd is far too slow for the
>= 1,000 releases/second budget (see the extraction report), and press releases are
well-formed prose where "period + space + capital", minus a list of abbreviations
(vocab/abbreviations.txt), is enough. Every line break also ends a sentence, because
titles, bullets and headings carry no final punctuation.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dossier.extract import vocab


class Sentence(NamedTuple):
    """A named tuple rather than a frozen dataclass: several times cheaper to build, and
    a release has dozens."""

    start: int
    end: int
    text: str
    line: int  # index of the text line (paragraph) the sentence sits on


_ABBREVIATIONS = frozenset(vocab.lines("abbreviations.txt"))
# after "U.S." or "Inc.", these words still open a new sentence ("... in the U.S. The
# Company ..."); a name would not follow an abbreviation with them
_STARTER = re.compile(
    r"(?:The|This|These|Those|It|Its|We|Our|He|She|They|In|As|At|On|With|Since|Under|"
    r"Additionally|However|Moreover|Separately|Meanwhile)\s"
)
# candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can open a sentence
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# the same for a line without "!" or "?" (most lines): opening with the literal ".", it is
# found by `re`'s fast literal search instead of a test of every character against [.!?]
_PERIOD_BOUNDARY = re.compile(r"\.[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def _is_abbreviation(body: str, cut: int, dot: int) -> bool:
    space = body.rfind(" ", cut, dot)
    word = body[(space + 1 if space != -1 else cut) : dot].lstrip("(\"'“").lower()
    if not word.strip("."):
        return False  # (an ellipsis: "... Wins Approval ... Files IND" joins two headlines)
    if word in _ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "N.V.")
    return len(word) == 1 or (
        len(word) <= 6 and word.count(".") >= 1 and len(word.replace(".", "")) <= 3
    )


_LEGAL_ABBREVIATIONS = ("inc", "corp", "plc", "llc")
_LEGAL_CONTINUES = re.compile(r"\(|Ltd|Limited|LLC|Co\b")


def _after_legal_form(body: str, cut: int, m: re.Match[str]) -> bool:
    """ "..., Harbor Manufacturing, Inc. Tallis then ...": a legal form ends a name, and a
    capitalised word after it opens a sentence unless the form goes on ("Co. Ltd.")."""
    space = body.rfind(" ", cut, m.start())
    word = body[space + 1 : m.start()].lower()
    return word in _LEGAL_ABBREVIATIONS and not _LEGAL_CONTINUES.match(body, m.end())


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    base = 0
    for line_no, body in enumerate(text.split("\n")):
        if not body or body.isspace():
            base += len(body) + 1  # a blank line holds no sentence
            continue
        cut = 0
        boundary = _BOUNDARY if "!" in body or "?" in body else _PERIOD_BOUNDARY
        for m in boundary.finditer(body):
            if (
                body[m.start()] == "."
                and _is_abbreviation(body, cut, m.start())
                and not _STARTER.match(body, m.end())
                and not _after_legal_form(body, cut, m)
            ):
                continue
            _append(out, text, base + cut, base + m.end(), line_no)
            cut = m.end()
        _append(out, text, base + cut, base + len(body), line_no)
        base += len(body) + 1
    return out


# Sentence(...) without the Python-level __new__ a NamedTuple call runs (~40 a release)
_new_tuple = tuple.__new__


def _append(out: list[Sentence], text: str, start: int, end: int, line_no: int) -> None:
    # trim surrounding whitespace so text[start:end] is exactly the sentence (str.strip
    # drops what str.isspace calls white space, without a Python loop over characters)
    piece = text[start:end]
    core = piece.strip()
    if core:
        start += len(piece) - len(piece.lstrip())
        out.append(_new_tuple(Sentence, (start, start + len(core), core, line_no)))
