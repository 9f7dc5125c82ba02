"""Aho-Corasick phrase lookup with word boundaries and optional case sensitivity.

All vocabularies share one automaton run once over a release: lexicon lookup stays linear
in the text length whatever the number and size of the vocabularies. Each vocabulary
("category") keeps its own longest-match resolution, so an agency name and a place name
inside it ("Taiwan Food and Drug Administration" / "Taiwan") are both reported.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick


class Hit(NamedTuple):
    """A named tuple rather than a frozen dataclass: a release yields ~100 hits, and a
    tuple is several times cheaper to build."""

    start: int
    end: int
    value: str  # what the phrase stands for (agency code, designation type, ...)
    extra: str = ""  # an optional second column (e.g. a rank)


def lower_same_length(text: str) -> str:
    """Lower-case `text` without changing its length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # a few characters (e.g. "İ") lower-case to two code points; keep those as they are
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# a footnote's marker: "Orphan designation²" (event_products.py ties the note "² ..." to it)
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Lexicon:
    """Several vocabularies in one automaton run over the lower-cased text. Case-sensitive
    phrases (short acronyms: "SE", "US", "EMA") are stored lower-cased too and kept only
    when the text as written spells them exactly, so a two-letter acronym is not taken
    inside every word. (One pass: a second automaton over the text as written took longer
    than the extra matches this one reports; measured.)

    `add(category, rows)` takes rows (phrase, value[, extra][, "cs"]); `suffix=True`
    lets a phrase end a longer word ("-mab" in "velitamab"), `anywhere=True` sit
    inside one ("blastoma" in "neuroblastoma").
    """

    def __init__(self) -> None:
        self._auto = ahocorasick.Automaton()
        self._categories: list[str] = []
        self._ready = False

    def add(
        self,
        category: str,
        rows: Iterable[tuple[str, ...]],
        *,
        suffix: bool = False,
        anywhere: bool = False,
    ) -> Lexicon:
        cat = len(self._categories)
        self._categories.append(category)
        for row in rows:
            phrase, value = row[0], row[1] if len(row) > 1 else row[0]
            rest = [c for c in row[2:] if c]
            case_sensitive = "cs" in rest
            # entries are plain tuples: the matching loop below runs for every hit
            entry = (
                cat,
                len(phrase),
                value,
                next((c for c in rest if c != "cs"), ""),
                not (suffix or anywhere) and _is_word_char(phrase[0]),  # needs a word start
                not anywhere and _is_word_char(phrase[-1]),  # needs a word end
                phrase if case_sensitive else None,  # the exact spelling required
            )
            key = phrase.lower()
            entries = self._auto.get(key)[1] if key in self._auto else []
            entries.append(entry)
            # case-insensitive entries before case-sensitive ones, each in the order added:
            # ties in _longest keep this order
            entries.sort(key=lambda e: e[6] is not None)
            # with a flag saying whether every entry needs a word end, the matching loop
            # drops a phrase found inside a word ("ra" in "trial") at once
            self._auto.add_word(key, (all(e[5] for e in entries), entries))
        return self

    def find(self, text: str, lower: str | None = None) -> dict[str, list[Hit]]:
        """Per category: longest, leftmost, non-overlapping matches."""
        if not self._ready:
            self._auto.make_automaton()
            self._ready = True
        low = lower if lower is not None else lower_same_length(text)
        # per category, the case-insensitive and the case-sensitive candidates
        folded: list[list[_Candidate]] = [[] for _ in self._categories]
        exact: list[list[_Candidate]] = [[] for _ in self._categories]
        n = len(text)
        if len(self._auto):
            for end_idx, (all_need_end, entries) in self._auto.iter(low):
                end = end_idx + 1
                # (a footnote's superscript ends a word: "Orphan designation²")
                after_ok = (
                    end >= n
                    or not (text[end].isalnum() or text[end] == "_")
                    or text[end] in SUPERSCRIPT_DIGITS
                )
                if all_need_end and not after_ok:
                    continue
                for cat, length, value, extra, word_start, word_end, spelling in entries:
                    if word_end and not after_ok:
                        continue
                    start = end - length
                    if (
                        word_start
                        and start
                        and (text[start - 1].isalnum() or text[start - 1] == "_")
                    ):
                        continue
                    if spelling is None:
                        folded[cat].append((start, -length, end, value, extra))
                    elif text[start:end] == spelling:
                        exact[cat].append((start, -length, end, value, extra))
        return {
            cat: _longest(f + e) for cat, f, e in zip(self._categories, folded, exact, strict=True)
        }


# (start, -length, end, value, extra): sorted on its first two fields, leftmost then longest
_Candidate = tuple[int, int, int, str, str]
_LEFTMOST_LONGEST = operator.itemgetter(0, 1)
# Hit(start, end, value, extra) without the Python-level __new__ a NamedTuple call runs
# (about a hundred hits a release)
_new_tuple = tuple.__new__


def _longest(cands: list[_Candidate]) -> list[Hit]:
    if not cands:
        return []
    cands.sort(key=_LEFTMOST_LONGEST)  # stable: ties keep the order they were found in
    hits: list[Hit] = []
    last_end = -1
    for start, _neg_length, end, value, extra in cands:
        if start >= last_end:
            hits.append(_new_tuple(Hit, (start, end, value, extra)))
            last_end = end
    return hits
