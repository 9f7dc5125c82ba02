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


@dataclass(frozen=True, slots=True)
class _Entry:
    category: str
    phrase: str
    value: str
    extra: str
    case_sensitive: bool
    suffix: bool  # matches at the end of a longer word (name stems): no start boundary
    word_start: bool  # the phrase starts with a word character, so needs a boundary there
    word_end: bool


class Lexicon:
    """Several vocabularies in one automaton.

    `add(category, rows)` takes rows (phrase, value[, extra][, "cs"]); `suffix=True`
    lets a phrase end a longer word ("-mab" in "zanidatamab").
    """

    def __init__(self) -> None:
        self._auto = ahocorasick.Automaton()
        self._categories: list[str] = []
        self._ready = False

    def add(
        self, category: str, rows: Iterable[tuple[str, ...]], *, suffix: bool = False
    ) -> Lexicon:
        self._categories.append(category)
        for row in rows:
            phrase, value = row[0], row[1] if len(row) > 1 else row[0]
            rest = [c for c in row[2:] if c]
            entry = _Entry(
                category,
                phrase,
                value,
                next((c for c in rest if c != "cs"), ""),
                "cs" in rest,
                suffix,
                not suffix and _is_word_char(phrase[0]),
                _is_word_char(phrase[-1]),
            )
            key = phrase.lower()
            entries = self._auto.get(key) if key in self._auto else []
            entries.append(entry)
            self._auto.add_word(key, entries)
        return self

    def find(self, text: str, lower: str | None = None) -> dict[str, list[Hit]]:
        """Per category: longest, leftmost, non-overlapping matches."""
        if not self._ready:
            self._auto.make_automaton()
            self._ready = True
        low = lower if lower is not None else lower_same_length(text)
        raw: dict[str, list[tuple[int, int, str, str]]] = {c: [] for c in self._categories}
        n = len(text)
        for end_idx, entries in self._auto.iter(low):
            end = end_idx + 1
            after_ok = end >= n or not (text[end].isalnum() or text[end] == "_")
            for e in entries:
                if not after_ok and e.word_end:
                    continue
                start = end - len(e.phrase)
                if (
                    e.word_start
                    and start > 0
                    and (text[start - 1].isalnum() or text[start - 1] == "_")
                ):
                    continue
                if e.case_sensitive and text[start:end] != e.phrase:
                    continue
                raw[e.category].append((start, end, e.value, e.extra))
        return {cat: _longest(cands) for cat, cands in raw.items()}


def _longest(cands: list[tuple[int, int, str, str]]) -> list[Hit]:
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    hits: list[Hit] = []
    last_end = -1
    for start, end, value, extra in cands:
        if start >= last_end:
            hits.append(Hit(start, end, value, extra))
            last_end = end
    return hits
