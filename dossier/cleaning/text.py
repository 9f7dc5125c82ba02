"""Plain-text helpers shared by all formats: whitespace normalisation and titles."""

from __future__ import annotations

import re
from itertools import islice

from .errors import NotAReleaseError

# Characters that render as (or like) a space; mapped 1:1 to " " so text offsets
# stay meaningful and regexes downstream only need to know about " ".
_ODD_SPACE_RE = re.compile("[\xa0\u2007\u202f\u3000\t]")
# Invisible characters that only get in the way of matching ("PT\u200b217").
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TRAILING_WS_RE = re.compile(r"[ \t]+\n")
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")
# (a lone space, the most common run, is left alone rather than replaced by itself: the
# run must open with another white space character or hold more than one)
_INLINE_WS = r"[ \t\r\n\f\v\xa0\u2007\u202f]"
_INLINE_WS_RE = re.compile(_INLINE_WS + r"(?:(?<=[^ ])|(?=" + _INLINE_WS + r"))" + _INLINE_WS + "*")

# Label lines that some issuers put above the headline; never the title.
_LABEL_LINE_RE = re.compile(
    r"^(?:(?:ASX|HKEX|SGX|TSX|LSE|AIM|NASDAQ|NYSE|SEHK)\s+)?"
    r"(?:company\s+|regulatory\s+|corporate\s+)?"
    r"(?:announcement|press\s+release|news\s+release|media\s+release|for\s+immediate\s+release"
    r"|news|release|regulatory news)\s*[.:]?$"
    # a mainland-listed company's header: "Securities Code: 300846   Announcement No.: ..."
    r"|^(?:securities|stock|share) (?:code|abbreviation)\s*[:：][^\n]*$",
    re.IGNORECASE,
)


# A box or section headed so lists other pages ("Most viewed", "Related news"): other
# companies' headlines, which name their products and their regulatory news.
OTHER_PAGES_HEADING = (
    r"(?:most (?:viewed|read|popular|shared)|latest (?:news|releases|headlines)|"
    r"more (?:news|releases|stories|from)|related (?:news|articles|stories|releases)|"
    r"recent (?:news|releases|press releases|headlines)|other news|"
    r"popular|trending|recommended|you may also like|read more|top stories)"
)
# ... written on a line of its own in a text or markdown release ("**Related News**");
# opening with the line break, a literal that `re` finds quickly, not with "^" tried at
# every character (never the first line: that is the headline)
_OTHER_PAGES_LINE = re.compile(r"\n[#*_ ]*" + OTHER_PAGES_HEADING + r"[^\w\n]*(?=\n|\Z)", re.I)
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*•·]|\d+[.)])\s")


def drop_other_pages(text: str) -> str:
    """The text without a section that lists other pages: its heading line and the list
    of headlines under it (bulleted, or one short line each without a closing stop)."""
    found = _OTHER_PAGES_LINE.search(text)
    if found is None:
        return text
    lines = text[found.end() + 1 :].split("\n")
    rest = 0  # lines of the section, which ends at the first line of prose
    for line in lines:
        stripped = line.strip()
        if stripped and not (
            _LIST_ITEM_RE.match(line) or (len(stripped) < 200 and not stripped.endswith("."))
        ):
            break
        rest += 1
    kept = "\n".join(lines[rest:])
    return drop_other_pages(text[: found.start() + 1] + kept)


# a line that goes on a sentence: a word in lower case, then a space (not an e-mail
# address or a web address on a contact block's line)
_GOES_ON_RE = re.compile(r"[a-z][a-z-]*[,;]? ")


def join_broken_sentences(text: str, separator: str = "\n") -> str:
    """The text's lines (split at `separator`, stripped, blank ones dropped) joined by
    newlines, except where a line break falls inside a sentence: a line that opens in
    lower case goes on the line before it unless that one ended a sentence or a clause
    ("... in 2021<br>and Breakthrough Therapy Designation in May 2023")."""
    out: list[str] = []
    for line in (x.strip() for x in text.split(separator)):
        if not line:
            continue
        if (
            out
            and _GOES_ON_RE.match(line)
            and not out[-1].endswith((".", "!", "?", ":", ";"))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


# Hard-wrapped text (lines broken at a fixed width, as in e-mailed and filed releases)
# breaks sentences in two: a text is taken as wrapped when most of its lines end near one
# width and none is much longer. A line is prose up to _MAX_WRAP_WIDTH characters.
_MAX_WRAP_WIDTH = 100
_MIN_WRAPPED_LINE = 55
_MIN_WRAPPED_LINES = 5
# the line a wrapped line goes on to does not start a block of its own: a list item, a
# table row or a heading in capitals
_BLOCK_START_RE = re.compile(r"(?:[-*•·–—>|]|\(?\d{1,2}[.)]\s|\([a-z]\)\s)|[A-Z][A-Z0-9 &/,'()-]+$")
# a table row: a tab, or a run of spaces not after a sentence's end ("dosed.  The")
_COLUMN_GAP_RE = re.compile(r"\t| \| |(?<=[^\s.!?:]) {2,}(?=\S)")
_HYPHEN_BREAK_RE = re.compile(r"([A-Za-z]*[a-z])-$")  # the letters of the first half
_WORD_START_RE = re.compile(r"[a-z]+")
_LINE_END_BREAK_RE = re.compile(r"[a-z]+-\s*\n\s*[a-z]+")
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def unwrap_hard_wrapped(text: str) -> str:
    """The text with each paragraph's wrapped lines joined into one line.

    A line is joined to the next when it runs close to the text's wrap width (the next
    word would not have fitted) and neither is a table row, a heading in capitals or the
    start of a list item. A word broken at a hyphen ("notifica-" / "tion") is joined
    without it, unless the text writes the hyphenated word elsewhere or both halves as
    words of their own ("dose-" / "escalation").
    """
    lines = [line.rstrip() for line in text.split("\n")]
    lengths = [len(line) for line in lines]
    if max(lengths, default=0) > _MAX_WRAP_WIDTH:
        return text
    wrapped = sum(1 for n in lengths if n >= _MIN_WRAPPED_LINE)
    if wrapped < _MIN_WRAPPED_LINES or 3 * wrapped < sum(1 for n in lengths if n):
        return text
    long_enough = max(lengths) * 0.75
    words: set[str] | None = None
    out: list[str] = []
    goes_on = False  # the last line of `out` goes on in the next line
    for line in lines:
        stripped = line.lstrip()
        is_row = bool(_COLUMN_GAP_RE.search(stripped))
        if goes_on and stripped and not is_row and not _BLOCK_START_RE.match(stripped):
            last = out[-1]
            if last.endswith("-") and not last.endswith(("--", " -")):
                # a word broken at a hyphen: the halves join ("anti-" / "PD-1")
                broken = _HYPHEN_BREAK_RE.search(last)
                rest = _WORD_START_RE.match(stripped)
                if broken and rest:
                    if words is None:
                        words = _words_outside_breaks(text)
                    left, right = broken.group(1).lower(), rest.group()
                    if f"{left}-{right}" not in words and not (left in words and right in words):
                        last = last[:-1]  # a syllable break: "notifica-" / "tion"
                out[-1] = last + stripped
            else:
                out[-1] = f"{last} {stripped}"
        else:
            out.append(line)
        goes_on = (
            len(line) >= long_enough
            and not is_row
            and not stripped.isupper()
        )
    return "\n".join(out)


def _words_outside_breaks(text: str) -> set[str]:
    """The lowercased words (hyphenated ones whole) of a text, but for those broken
    across a line end."""
    return set(_WORD_RE.findall(_LINE_END_BREAK_RE.sub(" ", text.lower())))


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# (the first digit written apart: a pattern opening with a character class is scanned
# for that class in C, not tried at every character as one opening with a repeat is)
_SUPERSCRIPT_MASS_RE = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=m?[A-Z][a-z]?)")


def normalize_text(text: str) -> str:
    """Minimal normalisation of plain text: newlines, odd spaces, blank-line runs.

    Paragraph structure (single vs double newlines) is kept as written.
    """
    # Each step is guarded by a cheap substring test: most releases need few of
    # them, and this runs once per release at 100k-release scale.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        # (regex, not str.translate: translate is ~10x slower on non-ASCII text)
        text = _ODD_SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", text))
        # "¹⁷⁷Lu-PSMA", "⁶⁸Ga": an isotope's mass number written in superscript
        text = _SUPERSCRIPT_MASS_RE.sub(lambda m: m.group(1).translate(_SUPERSCRIPT_DIGITS), text)
    elif "\t" in text:
        text = text.replace("\t", " ")
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_WS_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_NEWLINES_RE.sub("\n\n", text)
    return text.strip()


def collapse_inline(text: str) -> str:
    """Collapse all whitespace runs to one space (HTML inline semantics)."""
    return _INLINE_WS_RE.sub(" ", text)


def is_label_line(line: str) -> bool:
    return bool(_LABEL_LINE_RE.match(line.strip()))


MIN_BODY_CHARS = 100
MIN_WORDS = 15
_WORDISH_RE = re.compile(r"[^\W\d_]{2,}")


def check_release_text(text: str, what: str) -> None:
    """Raise NotAReleaseError when text is too short or has no prose to be a release."""
    if len(text) < MIN_BODY_CHARS:
        raise NotAReleaseError(f"no release body: only {len(text)} characters of text {what}")
    # A CSV dump or a page of numbers is long enough but has no sentences.
    # (CJK text has no spaces, so each run of letters counts as one word; the
    # character threshold above still applies.)
    # islice: stop at MIN_WORDS, since counting all words of a release costs more
    words = sum(1 for _ in islice(_WORDISH_RE.finditer(text, 0, 5000), MIN_WORDS))
    if words < MIN_WORDS and text.isascii():
        raise NotAReleaseError(f"no release body: only {words} words of text {what}")


def first_line_title(text: str) -> str | None:
    """First non-empty line that is not a label such as "ASX ANNOUNCEMENT"."""
    for line in text.split("\n"):
        line = line.strip()
        if line and not is_label_line(line):
            return line[:500]
    return None
