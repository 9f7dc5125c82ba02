"""Date mentions in text, normalised to "YYYY-MM-DD" / "YYYY-MM" / "YYYY"."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from dossier.extract.prefilter import FirstCharScan

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
    r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
    r"Dec(?:ember|\.)?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Dates are found from their year: a cheap scan for "19xx"/"20xx", then a look at the
# few characters before it (month and day) and after it (ISO month and day).
# One expression per century: `re` finds a literal opening ("20") several times faster
# than a class of opening characters ("19|20" becomes [12], checked at every character).
_YEAR_RES = (re.compile(r"19(?<!\d..)\d\d(?!\d)"), re.compile(r"20(?<!\d..)\d\d(?!\d)"))


def _years(text: str) -> list[re.Match[str]]:
    """Every "19xx"/"20xx" not inside a longer number, in text order (they never overlap)."""
    found = [m for rx in _YEAR_RES for m in rx.finditer(text)]
    found.sort(key=lambda m: m.start())
    return found


# (tried from the characters a month's name or a day opens with: the window before every
# year is searched)
_BEFORE_YEAR = FirstCharScan(
    "",
    r"(?:"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    # ("the 21st of October 2025")
    # (not across a line: "... type 3\nJune 2024" is a table row's end, then a date)
    + r"|(?<!\d)(?P<day2>\d{1,2})(?:st|nd|rd|th)?[^\S\n]+(?:of\s+)?"
    + _MONTH.replace("mon", "mon2")
    + r",?\s+"
    + r"|"
    + _MONTH.replace("mon", "mon3")
    + r",?\s+(?:of\s+)?)\Z",
    r"JFMASOND\d",
)
# "in 11/2025": a month and year written with a slash (not "3/11/2025", not "1/2")
_SLASH_MONTH_BEFORE = re.compile(r"(?<![\d/.,])(?P<m>0?[1-9]|1[0-2])/\Z")
# "12.03.2025": day, month and year with dots, the European order
_DOTTED_DAY_MONTH_BEFORE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.\Z")
_ISO_AFTER = re.compile(r"[-/](?P<m>\d\d)[-/](?P<d>\d\d)(?!\d)")
# a table's "2024-12": a year and month, ISO-written (not "2023-24", a season)
_ISO_MONTH_AFTER = re.compile(r"-(?P<m>0[1-9]|1[0-2])(?![\d-])")
# a Korean or Chinese timeline's "2023.12" and "2024.03.15"
_DOTTED_AFTER = re.compile(r"\.(?P<m>0[1-9]|1[0-2])(?:\.(?P<d>[0-3]\d))?(?![\d.]\d)")
_NOT_A_YEAR_AFTER = re.compile(
    # (an EU CT or EudraCT number: "2024-519032-41-00", "2019-001234-56")
    r"-\d{5,6}-\d\d|"
    r"[\d,.%]\d|\s*(?:ASCO|ESMO|ASH|AACR|EHA)\b|\s*(?:mg|patients|participants)\b"
)


class DateMention(NamedTuple):
    start: int
    end: int
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()[:3]]


def find_dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    for y in _years(text):
        ys, ye, year = y.start(), y.end(), y.group(0)
        iso = _ISO_AFTER.match(text, ye)
        dotted_after = _DOTTED_AFTER.match(text, ye) if text.startswith(".", ye) else None
        iso_month = None if iso else _ISO_MONTH_AFTER.match(text, ye)
        if iso:
            value, start, end = f"{year}-{iso.group('m')}-{iso.group('d')}", ys, iso.end()
        elif iso_month and not (ys > 0 and (text[ys - 1].isalnum() or text[ys - 1] == "-")):
            value, start, end = f"{year}-{iso_month.group('m')}", ys, iso_month.end()
        elif dotted_after:
            day = dotted_after.group("d")
            value = f"{year}-{dotted_after.group('m')}" + (f"-{day}" if day else "")
            start, end = ys, dotted_after.end()
        else:
            b = _BEFORE_YEAR.search(text, max(0, ys - 24), ys)
            start, end = (b.start("span"), ye) if b else (ys, ye)
            if b and b.group("mon"):
                value = f"{year}-{_month(b.group('mon')):02d}-{int(b.group('day')):02d}"
            elif b and b.group("mon2"):
                value = f"{year}-{_month(b.group('mon2')):02d}-{int(b.group('day2')):02d}"
            elif b:
                value = f"{year}-{_month(b.group('mon3')):02d}"
            elif ys > 1 and text[ys - 1] == "/" and (
                slash := _SLASH_MONTH_BEFORE.search(text, max(0, ys - 4), ys)
            ):
                value, start = f"{year}-{int(slash.group('m')):02d}", slash.start()
            elif ys > 3 and text[ys - 1] == "." and (
                dotted := _DOTTED_DAY_MONTH_BEFORE.search(text, max(0, ys - 7), ys)
            ):
                d, m = int(dotted.group("d")), int(dotted.group("m"))
                value, start = f"{year}-{m:02d}-{d:02d}", dotted.start()
            elif (
                _NOT_A_YEAR_AFTER.match(text, ye)
                or (ys > 0 and text[ys - 1] in "$.,/")
                or (ys > 1 and text[ys - 1] == "-" and text[ys - 2].isdigit())
                or _inside_code(text, ys)
            ):
                continue
            else:
                value = year
        if _valid(value):
            out.append(DateMention(start, end, value))
    return out


def _inside_code(text: str, start: int) -> bool:
    """Digits that close a product code ("ZL-1901", "AB2001") are not a year; a word
    before a hyphen ("mid-2024") leaves them one."""
    before = text[start - 1] if start > 0 else ""
    if before.isupper():
        # (a calendar or fiscal year is a year: "1H CY2026", "FY2025")
        return not (text.endswith(("CY", "FY"), max(0, start - 3), start)
                    and not text[start - 3 : start - 2].isalnum())
    return before == "-" and start > 1 and text[start - 2].isupper()


def _valid(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    return len(parts) < 3 or 1 <= parts[2] <= 31


_DATELINE = re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+" + _YEAR)


def dateline_date(text: str) -> dt.date | None:
    """The first full date near the top of a release: its dateline."""
    m = _DATELINE.search(text, 0, 2500)
    if not m:
        return None
    try:
        return dt.date(int(m.group("year")), _month(m.group("mon")), int(m.group("day")))
    except ValueError:
        return None


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


_MONTH_NAME = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
# a month whose year the text gives relative to the release or to the date before it:
# "last October", "that September"; "May last year", "March of that year", "June this
# year". Each expression opens with a literal (a word, or " year" read backwards from),
# so `re` skips to its candidates instead of trying every position of the text.
_PRE_MONTH = tuple(
    re.compile(word + r"\s+" + _MONTH_NAME + r"\b(?![\s,]*\d)")
    for word in ("last", "that", "Last", "That")  # (a sentence may open with it)
)
_MONTH_BEFORE_YEAR = re.compile(
    _MONTH_NAME + r",?\s+(?:of\s+)?(?P<post>last|this|that|the previous|the same)\s+\Z"
)
_MONTH_AFTER_YEAR = re.compile(r",?\s+" + _MONTH_NAME + r"\b(?![\s,]*\d)")
# number words a text counts time with ("thirty days later"), and their values
_NUMBER_VALUES = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
}
# "cleared by the FDA two months later", "30 days later": counted from the date told before
_MONTHS_BEFORE_LATER = re.compile(
    r"(?<![\w-])(?P<n>" + "|".join(_NUMBER_VALUES) + r"|\d{1,3})\s+"
    r"(?P<unit>months?|weeks?|days?|years?)"
    r"\s+\Z",
    re.I,
)
# a day told without a year ("submitted ... on August 30"): the release's year
_MONTH_DAY = re.compile(
    # (opening with the month names, not a look-behind, lets `re` skip to their first letters)
    _MONTH_NAME + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\w:])"
    r"(?!,?\s*(?:19|20)\d\d)"
)
# ... or the day first ("On 3 March, the CDE granted"), after "on"
_DAY_MONTH = re.compile(
    r"[Oo]n\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME
    + r"\b(?![\s,]*(?:19|20)\d\d)"
)
# a month told without a year ("approved in June")
_BARE_MONTH_IN = re.compile(r"\bin (?:early |late |mid-)?" + _MONTH_NAME + r"\b(?![\s,]*\d)")
_THE_FOLLOWING = re.compile(r"\s+(?:month\b|" + _MONTH_NAME + r"\b(?![\s,]*\d))")
# "three months after the FDA clearance", "... after its IND acceptance": after another event
_AFTER_EVENT = re.compile(
    r"\s+(?:the|its|that|this)\s+(?:[\w.-]+\s+){0,3}?(?:clearance|approval|acceptance|"
    r"submission|filing|grant|authori[sz]ation)\b"
)
# how far back "two months later" looks for the date it counts from
_LATER_REACH = 400


def day_without_year(text: str, lo: int, hi: int, published: dt.date) -> str | None:
    """The first day told without its year between lo and hi ("submitted ... on August
    30"), in the release's year (last year's when that day is still to come)."""
    found = day_without_year_at(text, lo, hi, published)
    return found[1] if found else None


def day_without_year_at(
    text: str, lo: int, hi: int, published: dt.date
) -> tuple[int, str] | None:
    """day_without_year, with where the day is told."""
    found = list(_MONTH_DAY.finditer(text, lo, hi))
    if " on " in text[lo:hi] or " On " in text[lo:hi] or text.startswith("On ", lo):
        found = sorted(found + list(_DAY_MONTH.finditer(text, lo, hi)), key=lambda m: m.start())
    for m in found:
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        month, day = _month(m.group("mon")), int(m.group("day"))
        if 1 <= day <= 31:
            year = published.year - ((month, day) > (published.month, published.day))
            return m.start(), f"{year:04d}-{month:02d}-{day:02d}"
    if "on the " in text[lo:hi]:
        # "received approval from the MFDS on the 11th": this month's day (last month's
        # when it is still to come); not the news's own "announced on the 12th"
        for m in _ON_THE_DAY.finditer(text, lo, hi):
            day = int(m.group(1))
            if not 1 <= day <= 31:
                continue
            month, year = published.month, published.year
            if day > published.day:
                month, year = (month - 1, year) if month > 1 else (12, year - 1)
            return m.start(), f"{year:04d}-{month:02d}-{day:02d}"
    return None


_ON_THE_DAY = re.compile(
    r"(?<!announced )(?<!said )(?<!reported )\bon the (\d{1,2})(?:st|nd|rd|th)\b"
)


def _joined(char: str, hyphen: bool) -> bool:
    return char.isalnum() or (hyphen and char in "-_")


def occurrences(text: str, word: str, hyphen: bool = False) -> list[int]:
    """Where `word` starts in `text` as a word of its own (with `hyphen`, not as part of
    a hyphenated word either: "GLOW-1" is not in "GLOW-1-EXT"). str.find is several times
    cheaper than a pattern built per word."""
    found, i = [], text.find(word)
    while i != -1:
        end = i + len(word)
        if not (i and _joined(text[i - 1], hyphen)) and not (
            end < len(text) and _joined(text[end], hyphen)
        ):
            found.append(i)
        i = text.find(word, i + 1)
    return found


def relative_dates(
    text: str, published: dt.date | None, absolute: list[DateMention]
) -> list[DateMention]:
    """Months the text dates relative to the release ("last October", "May last year",
    "June this year") or to the date told before ("March of that year", "two months
    later"), at month precision; `absolute` is find_dates' output, in text order."""
    told: list[tuple[int, int, int, str]] = []  # (start, end, month, which year)
    for rx in _PRE_MONTH:
        for pre in rx.finditer(text):
            if pre.start() == 0 or not text[pre.start() - 1].isalnum():
                # ("last" before the month: the latest such month; "that": the year before's)
                which = "latest" if pre.group(0).startswith(("last", "Last")) else "that"
                told.append((pre.start(), pre.end(), _month(pre.group("mon")), which))
    for i in occurrences(text, "year"):
        before_year = _MONTH_BEFORE_YEAR.search(text, max(0, i - 40), i)
        if before_year:
            told.append((before_year.start(), i + 4, _month(before_year.group("mon")),
                         before_year.group("post").split()[-1]))
        elif text.endswith(("the same ", "that "), 0, i):
            # "in the same year November": the month after the year it names
            after_year = _MONTH_AFTER_YEAR.match(text, i + 4)
            if after_year:
                told.append((i, after_year.end(), _month(after_year.group("mon")), "same"))
    out: list[DateMention] = []
    for start, end, month, which in sorted(told):
        if which in ("that", "same"):
            before = _date_before(absolute, start, len(text))
            year = int(before.value[:4]) if before else None
        elif published is None:
            year = None
        elif which == "this":
            year = published.year
        elif which == "latest":  # "last October": the latest October before the release
            year = published.year - (month >= published.month)
        else:  # "May last year", "May of the previous year"
            year = published.year - 1
        if year is not None:
            out.append(DateMention(start, end, f"{year:04d}-{month:02d}"))
    for i in occurrences(text, "following"):
        # "cleared ... in December 2023, and the FDA cleared its IND the following March";
        # "... the following month": from the date told before (with a month)
        following = _THE_FOLLOWING.match(text, i + len("following"))
        if following is None or not text.endswith("the ", 0, i):
            continue
        before = _date_before(sorted(absolute + out), i, _LATER_REACH)
        if before is None or len(before.value) < 7:
            continue
        year, month = int(before.value[:4]), int(before.value[5:7])
        if following.group("mon"):
            later = _month(following.group("mon"))
            year += later <= month
        else:
            later = month % 12 + 1
            year += month == 12
        out.append(DateMention(i - 4, following.end(), f"{year:04d}-{later:02d}"))
    # "two months later"; "approved the study three months after the FDA clearance": counted
    # from the date told before, the other event's
    anchors = [(i, i + 5) for i in occurrences(text, "later")]
    for i in occurrences(text, "after"):
        event = _AFTER_EVENT.match(text, i + 5)
        if event is not None:
            anchors.append((i, event.end()))
    for i, anchor_end in sorted(anchors):
        m = _MONTHS_BEFORE_LATER.search(text, max(0, i - 25), i)
        if m is None:
            continue
        before = _date_before(sorted(absolute + out), m.start(), _LATER_REACH)
        bare = list(_BARE_MONTH_IN.finditer(text, max(0, m.start() - 200), m.start()))
        if bare and published is not None and (
            before is None
            or (before.value == published.isoformat() and bare[-1].start() > before.end)
        ):
            # "opened in January ...; German sites followed two months later": a month told
            # without its year, in the release's year (or the year before, if still to come)
            month = _month(bare[-1].group("mon"))
            year = published.year - (month > published.month)
            before = DateMention(bare[-1].start("mon"), bare[-1].end("mon"),
                                 f"{year:04d}-{month:02d}")
        if before is None:
            continue
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUMBER_VALUES[n]
        if m.group("unit").lower().startswith("year"):
            # "Orphan Drug Designation in 2020, and Breakthrough Therapy Designation two
            # years later": told at the year
            out.append(DateMention(m.start(), anchor_end, f"{int(before.value[:4]) + count:04d}"))
            continue
        if not m.group("unit").lower().startswith("month"):
            # "the FDA cleared the IND 30 days later" after June 2, 2022: July 2022, told
            # at the month (the text counts, it does not name the day)
            if len(before.value) < 7:
                continue
            days = count * (7 if m.group("unit").lower().startswith("week") else 1)
            # (from a month, "submitted in October 2025 ... Thirty days later": its middle)
            counted_from = before.value if len(before.value) == 10 else before.value + "-15"
            day = dt.date.fromisoformat(counted_from) + dt.timedelta(days=days)
            out.append(DateMention(m.start(), anchor_end, f"{day.year:04d}-{day.month:02d}"))
            continue
        if len(before.value) >= 7:
            year, month = int(before.value[:4]), int(before.value[5:7])
        else:
            # "in 2023, when ... approved in June and cleared two months later"
            bare = list(_BARE_MONTH_IN.finditer(text, before.end, m.start()))
            if not bare:
                continue
            year, month = int(before.value), _month(bare[-1].group("mon"))
            # (the month counted from is dated too: "in June" is June 2023 here)
            out.append(DateMention(bare[-1].start("mon"), bare[-1].end("mon"),
                                   f"{year:04d}-{month:02d}"))
        month += count
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        out.append(DateMention(m.start(), anchor_end, f"{year:04d}-{month:02d}"))
    return sorted(out)


def _date_before(dates: list[DateMention], pos: int, reach: int) -> DateMention | None:
    """The last date that ends before `pos`, within `reach` characters."""
    found = None
    for d in dates:
        if d.end > pos:
            break
        found = d
    return found if found is not None and pos - found.end <= reach else None
