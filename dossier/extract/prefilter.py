"""Cheaper ways to run regular expressions, with exactly the answers of the plain ones.

Python's `re` jumps quickly between the characters a pattern can open with only when
the pattern opens with a literal or a character class; one that opens with `\\b`, a
look-behind, an optional part or IGNORECASE letters is tried at every position of the
string (25-50 ns a character). Two remedies:

- Prefiltered: a pattern that cannot match without one of a few words is searched only
  when one of them occurs (a plain `in` test, or one scan for the words as an
  alternation of literals, is much cheaper). The words must be chosen so that every
  possible match contains one of them.
- FirstCharScan: the pattern rewritten to open with the class of characters a match can
  start with.

WordScan answers many such word tests on one text at once, and alternation_by_first_char
writes a long alternation of words so that `re` tries few of its branches at each place.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

import ahocorasick


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` occurs in `text`."""
    # a plain loop: any() over a generator, or a regex alternation of the words, costs
    # more on the short strings this is asked about (measured)
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def alternation_by_first_char(fragments: Iterable[str], *, ignorecase: bool = False) -> str:
    """The alternation of regular-expression `fragments`, grouped by their first character:
    "c(?:leared|learance)|a(?:pproved|pproval)". `re` tries an alternation's branches one
    by one (each at some cost, more so in an IGNORECASE pattern); grouped, a place tries one
    branch per first character, then only the fragments opening with it. Each fragment
    opens with a plain character (a letter, a digit or a space, taken literally and not
    followed by a quantifier); fragments opening with different characters never match at
    the same place, and each group keeps its fragments' order, so the matches are the
    same. For an IGNORECASE pattern (`ignorecase`), no two first characters may differ only
    in case: such a pattern would match both at one place."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        first, rest = fragment[:1], fragment[1:]
        if not (first.isalnum() or first == " ") or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"fragment opens with no plain character: {fragment!r}")
        groups.setdefault(first, []).append(rest)
    if ignorecase and len({first.lower() for first in groups}) != len(groups):
        raise ValueError("first characters differing only in case")
    return "|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


class WordScan:
    """Which of a fixed set of words occur in a text, found in one Aho-Corasick pass: for
    a text asked about many word lists (a dozen `contains_any` tests on one window), one
    pass and set tests cost less than a test of every word."""

    __slots__ = ("_auto",)

    def __init__(self, words: Iterable[str]) -> None:
        self._auto = ahocorasick.Automaton()
        for word in words:
            self._auto.add_word(word, word)
        self._auto.make_automaton()

    def found(self, text: str) -> set[str]:
        """The words occurring in `text` (as substrings, as `contains_any` tests them)."""
        return {word for _end, word in self._auto.iter(text)}


class Prefiltered:
    """A compiled pattern with the words (`needles`) every match of it contains.

    For an IGNORECASE pattern the needles are compared with the lower-cased text; text
    that is not ASCII skips the test, as `re` folds a few other letters onto ASCII ones
    ("ſ" matches "s")."""

    __slots__ = ("pattern", "needles", "_folded", "_gate")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self._folded = bool(pattern.flags & re.IGNORECASE)
        self.needles = tuple(n.lower() for n in needles) if self._folded else needles
        # case-sensitive needles: one scan of the text for all of them, an alternation
        # of literals run in C, when they open with characters rare in prose; `re` tries
        # the alternation at every character a needle opens with, so for needles opening
        # with several common ones (lower-case letters, spaces) a test of each costs less
        # (measured on this corpus's windows)
        common = {n[:1] for n in self.needles if n[:1].islower() or n[:1].isspace()}
        self._gate = (
            re.compile("|".join(re.escape(n) for n in self.needles)) if len(common) <= 1 else None
        )

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when no match can lie within text[pos:endpos]."""
        if pos < 0:
            pos = 0
        if self._folded:
            chunk = text[pos:endpos]
            if not chunk.isascii():
                return True
            return contains_any(chunk.lower(), self.needles)
        if self._gate is None:
            return contains_any(text[pos:endpos], self.needles)
        return self._gate.search(text, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


class FirstCharScan:
    """The matches of `lookbehind + body` (`lookbehind` a zero-width test such as
    "(?<![\\w-])", "\\b" or ""; `body` never matching the empty string), found as
    "one of the characters a match can open with, then, from that character, the
    look-behind and the body as a look-ahead". The engine jumps between those characters
    instead of trying every position. Candidates overlapping the previous match are
    dropped, as finditer would have skipped them."""

    __slots__ = ("pattern", "_fast")

    def __init__(self, lookbehind: str, body: str, first_chars: str) -> None:
        """`first_chars`: the body of a character class holding every character a match
        of `body` can open with ("A-Z\\d(" ...)."""
        self.pattern = re.compile(lookbehind + body)  # the plain form it stands for
        self._fast = re.compile(
            "[" + first_chars + "](?<=" + lookbehind + "(?=(?P<span>" + body + ")).)"
        )

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches, as finditer finds them; their groups are the pattern's, and the
        group "span" holds the whole match (m.start()/m.end() do not)."""
        last_end = -1
        for m in self._fast.finditer(text, pos, endpos):
            start, end = m.span("span")
            if start >= last_end:
                yield m
                last_end = end

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match, as finditer finds it (the first candidate never overlaps an
        earlier match), without a generator."""
        return self._fast.search(text, pos, endpos)

    def spans(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[tuple[int, int]]:
        return [m.span("span") for m in self.finditer(text, pos, endpos)]
