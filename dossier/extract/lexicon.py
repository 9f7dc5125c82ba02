"""Aho-Corasick phrase lookup with word boundaries and optional case sensitivity.

All vocabularies share one automaton run once over a release: lexicon lookup stays linear
in the text length whatever the number and size of the vocabularies. Each vocabulary
("category") keeps its own longest-match resolution, so an agency name and a place name
inside it ("Taiwan Food and Drug Administration" / "Taiwan") are both reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True, slots=True)
class Hit:
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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Lexicon:
    """Several vocabularies in two automata: case-insensitive phrases run over the
    lower-cased text, case-sensitive ones (short acronyms: "SE", "US", "EMA") over the
    text as written, so a two-letter acronym is not tried inside every word.

    `add(category, rows)` takes rows (phrase, value[, extra][, "cs"]); `suffix=True`
    lets a phrase end a longer word ("-mab" in "zanidatamab"), `anywhere=True` sit
    inside one ("blastoma" in "neuroblastoma").
    """

    def __init__(self) -> None:
        self._folded = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
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
            )
            auto, key = (self._exact, phrase) if case_sensitive else (self._folded, phrase.lower())
            entries = auto.get(key) if key in auto else []
            entries.append(entry)
            auto.add_word(key, entries)
        return self

    def find(self, text: str, lower: str | None = None) -> dict[str, list[Hit]]:
        """Per category: longest, leftmost, non-overlapping matches."""
        if not self._ready:
            self._folded.make_automaton()
            self._exact.make_automaton()
            self._ready = True
        low = lower if lower is not None else lower_same_length(text)
        raw: list[list[tuple[int, int, str, str]]] = [[] for _ in self._categories]
        n = len(text)
        for auto, haystack in ((self._folded, low), (self._exact, text)):
            if not len(auto):
                continue
            for end_idx, entries in auto.iter(haystack):
                end = end_idx + 1
                after_ok = end >= n or not (text[end].isalnum() or text[end] == "_")
                for cat, length, value, extra, word_start, word_end in entries:
                    if word_end and not after_ok:
                        continue
                    start = end - length
                    if (
                        word_start
                        and start
                        and (text[start - 1].isalnum() or text[start - 1] == "_")
                    ):
                        continue
                    raw[cat].append((start, end, value, extra))
        return {cat: _longest(cands) for cat, cands in zip(self._categories, raw, strict=True)}


def _longest(cands: list[tuple[int, int, str, str]]) -> list[Hit]:
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    hits: list[Hit] = []
    last_end = -1
    for start, end, value, extra in cands:
        if start >= last_end:
            hits.append(Hit(start, end, value, extra))
            last_end = end
    return hits
