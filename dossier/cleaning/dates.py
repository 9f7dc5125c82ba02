"""Finding a release's publication date: in metadata strings and in the dateline.

A press release states its date once, in the dateline that opens the first body
paragraph ("BOSTON, March 4, 2024 (GLOBE NEWSWIRE) --"). Later dates in the text
(data cut-offs, PDUFA dates, webcast times) are not the publication date, so the
dateline search is anchored: a place-name prefix, then the date, then a wire-style
separator, all within the first paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"

# One alternation so a single regex scan finds the earliest date of any style.
DATE_RE = re.compile(
    r"(?<![\w/.])(?:"
    # Month D, YYYY  /  Month. DD YYYY  ("Nov. 08, 2024", "March 21, 2025")
    + _MONTH.format(g="m1")
    + r"\s+(?P<d1>\d{1,2})"
    + _ORD
    + r",?\s+(?P<y1>(?:19|20)\d\d)"
    # D Month YYYY  ("21 March 2025", "3 October 2022")
    + r"|(?P<d2>\d{1,2})"
    + _ORD
    + r"\s+"
    + _MONTH.format(g="m2")
    + r",?\s+(?P<y2>(?:19|20)\d\d)"
    # ISO and Chinese-style numeric: 2025-03-21, 2025/03/21, 2025.03.21, 2025年3月21日
    + r"|(?P<y3>(?:19|20)\d\d)(?:[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})"
    + r"|\s*年\s*(?P<m4>\d{1,2})\s*月\s*(?P<d4>\d{1,2})\s*日)"
    r")(?![\w])",
    re.IGNORECASE,
)

# US numeric dates (06/27/2024) are only trusted in metadata, never in prose.
_US_NUMERIC_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")

# What follows the date in a dateline: a wire tag, a dash, a colon or end of text.
_AFTER_DATE_RE = re.compile(
    # ("Lyon, France, 16 September 2025, 7:30 am CEST - ": the hour of release)
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?)?"
    r"\s*(?:\*\*|\*|_)?\s*(?:\)|\(|/|--|-|–|—|:|;|\||$)"
)

# Lower-case words allowed in the place part of a dateline ("ZUG, Switzerland and
# CAMBRIDGE, Mass."); any other lower-case word means we are inside a sentence.
# ("Leiden, the Netherlands,")
_PLACE_LOWER_OK = {
    "and", "&", "of", "de", "la", "le", "du", "del", "am", "upon", "on", "sur", "en", "the"
}
_WORD_RE = re.compile(r"[^\W\d_][\w.'’-]*")


def _match_to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return dt.date(int(g["y1"]), _MONTHS[g["m1"][:3].lower()], int(g["d1"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), _MONTHS[g["m2"][:3].lower()], int(g["d2"]))
        if g["m3"]:
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g["m4"]:
            return dt.date(int(g["y3"]), int(g["m4"]), int(g["d4"]))
    except ValueError:  # e.g. "February 30": not a real date, keep looking
        return None
    return None


def parse_date_string(value: str) -> dt.date | None:
    """Date from a metadata value: ISO timestamp, US numeric, RFC 822 or prose date."""
    value = value.strip()
    if not value:
        return None
    # ISO timestamps: take the calendar date as written (the publisher's local
    # day), not converted to UTC, which would shift evening US releases.
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = _US_NUMERIC_RE.match(value)
    if m:
        try:
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
        except ValueError:
            return None
    for m in DATE_RE.finditer(value):
        d = _match_to_date(m)
        if d:
            return d
    return None


def _looks_like_place(prefix: str) -> bool:
    """True if the text before a date reads like a dateline place ("SAN DIEGO, Calif.,")."""
    if not prefix:
        return True
    if len(prefix) > 160:
        return False
    # A place is "CITY, Region" or "CITY--(WIRE)--"; a Title Case headline ending
    # in a date ("Acme To Present On March 3, 2024") has neither.
    if not any(c in prefix for c in ",，、") and "--" not in prefix and not prefix.isupper():
        return False
    for w in _WORD_RE.findall(prefix):
        if w[0].islower() and w.lower() not in _PLACE_LOWER_OK:
            return False
    return True


_BULLET_RE = re.compile(r"^\s*(?:--|[-–—•*·]|\d+[.)])\s")
# A header line that labels the date: "*Published: 2025-12-02 | Source: ...*".
_DATE_LABEL_RE = re.compile(r"^(?:published|posted|released|issued|date)(?: on)?\s*:?$",
                            re.IGNORECASE)


_PERIOD_END_RE = re.compile(r"\b(?:ended|ending|as at|as of)$", re.IGNORECASE)
# "Hong Kong, 27 August 2025" on a line of its own: where a listed company's announcement
# (a Hong Kong exchange filing) dates itself, after "By order of the Board"
_SIGNOFF_RE = re.compile(r"^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3},[ \t]+(?P<date>[^\n]{6,30})$",
                         re.M)


# "Board of Directors of X Co., Ltd.\nNovember 6, 2025": a mainland-listed company's
# announcement ends with its board's name and the date, on a line of its own
_BOARD_SIGNOFF_RE = re.compile(
    r"^(?:(?:The )?Board of Directors\b|By order of the Board\b)[^\n]{0,120}\n"
    r"(?:[^\n]{1,120}\n)?[ \t]*(?P<date>[^\n]{6,30}?)[ \t]*$",
    re.M | re.I,
)


def find_signoff_date(text: str, *, tail_chars: int = 3000) -> dt.date | None:
    """The date of a sign-off line ("Hong Kong, 27 August 2025", or a date alone under the
    board's name) near the end, or None: for announcements without a dateline."""
    tail_start = max(0, len(text) - tail_chars)
    for pattern in (_SIGNOFF_RE, _BOARD_SIGNOFF_RE):
        for m in pattern.finditer(text, tail_start):
            date = DATE_RE.fullmatch(m.group("date").strip())
            if date:
                return _match_to_date(date)
    return None


def find_dateline_date(
    text: str, *, max_paragraphs: int = 25, max_chars: int = 6000
) -> dt.date | None:
    """The date in the release's dateline, or None.

    Only the opening paragraphs are searched, and a date only counts when it is
    preceded by a place-like prefix (or nothing) and followed by a dateline
    separator, so "webcast on Monday, December 9, 2024 at 8 p.m." is ignored.
    """
    head = text[:max_chars]
    paragraphs = [p for p in re.split(r"\n\s*\n|\n(?=[A-Z(*])", head) if p.strip()]
    for para in paragraphs[:max_paragraphs]:
        if _BULLET_RE.match(para):
            continue  # highlight bullets above the dateline mention other dates
        start = para[:220]
        for m in DATE_RE.finditer(start):
            prefix = start[: m.start()]
            # "(November 30, 2020)" and "**Houston, ..., 2023**" wrap the date
            prefix_clean = prefix.rstrip(" \t(*_[").lstrip(" \t*_")
            if _PERIOD_END_RE.search(prefix_clean):
                break  # "RESULTS FOR THE SIX MONTHS ENDED 30 JUNE 2025": a period's end
            if not (_looks_like_place(prefix_clean) or _DATE_LABEL_RE.match(prefix_clean)):
                break  # the paragraph is prose; later dates in it are not datelines
            if not _AFTER_DATE_RE.match(start, m.end()):
                continue
            d = _match_to_date(m)
            if d:
                return d
    return None
