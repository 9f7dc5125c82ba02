"""What the event modules share: the trigger and event records, the context a release is
read with, and the span and clause helpers and patterns more than one of them uses."""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from dataclasses import dataclass, field

from dossier.extract.dates import DateMention
from dossier.extract.indications import DiseaseWords
from dossier.extract.lexicon import Hit
from dossier.extract.prefilter import Prefiltered
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    kind: str  # "ind" | "des"
    dtype: str = ""  # designation type for "des"


@dataclass(slots=True)
class RawEvent:
    pid: int
    agency: str
    kind: str  # "ind" | "des"
    label: str  # status for IND, type for designations
    date: str | None
    indication: str | None
    sentence: Sentence
    application_number: str | None = None
    order: int = 0
    trigger: str = ""  # the words that named the filing ("IND", "clinical trial notification")
    loose_date: bool = False  # the date is only the release's month ("today announced")
    listed: bool = False  # only an item of a table's designations column, no sentence


@dataclass(slots=True)
class _Context:
    text: str
    agencies: list[Hit]
    countries: list[Hit]
    dates: list[DateMention]
    mentions: list[Mention]
    published_month: str | None
    lead_end: int  # offset where the release's lead paragraph ends
    last_date: str | None = None
    acronyms: dict[str, str] = field(default_factory=dict)
    diseases: DiseaseWords | None = None
    published: dt.date | None = None  # the release's date, for "last week"
    recent_ind: list[RawEvent] = field(default_factory=list)  # IND events told so far
    recent_des: list[RawEvent] = field(default_factory=list)  # designations told so far
    loose_date: bool = False  # whether the last date _date_for gave is the release's month
    sentences: list[Sentence] = field(default_factory=list)


_START = operator.attrgetter("start")


def _within(items: list, start: int, end: int) -> list:
    """Items (sorted by start) lying inside [start, end)."""
    lo = bisect.bisect_left(items, start, key=_START)
    hi = bisect.bisect_left(items, end, lo, key=_START)
    return [it for it in items[lo:hi] if it.end <= end]


def _by_sentence(items: list, sentences: list[Sentence]) -> list[list]:
    """`_within(items, s.start, s.end)` for every sentence in one pass over the items
    (sorted by start), instead of two bisections per sentence; sentences are disjoint."""
    out: list[list] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    for it in items:
        i = bisect.bisect_right(starts, it.start) - 1
        if i >= 0 and it.start < sentences[i].end and it.end <= sentences[i].end:
            out[i].append(it)
    return out


# a comma inside an agency's name ("Ministry of Health, Labour and Welfare") ends nothing
_NAME_COMMA = r"(?!\s*Labou?r\s+and\s+Welfare)"
# where the clause holding a trigger starts
# ",\s|;\s|\bthat\s" written so that every alternative opens with a literal: `re` then
# jumps between candidate characters instead of trying the pattern at every position
_OWN_CLAUSE = re.compile(rf"(?:,{_NAME_COMMA}|;|:|t(?<!\wt)hat)\s")


def _own_clause_start(text: str, lo: int, trig_start: int) -> int:
    """Where the clause holding a trigger starts (after ", ", "; ", "that ", "(")."""
    clause = max(lo, trig_start - 150)
    breaks = list(_OWN_CLAUSE.finditer(text, clause, trig_start))
    return breaks[-1].end() if breaks else clause


def _semicolon_clause(text: str, group: list[Trigger], lo: int, hi: int) -> tuple[int, int]:
    """The ";"-separated clause of the scope lo..hi that holds a trigger group (a ";"
    inside brackets separates no clauses: "ODD (FDA 2023; EC 2023)")."""
    start, end = group[0].start, group[-1].end
    semi = text.rfind(";", lo, start)
    while semi != -1 and text.count(")", semi, start) > text.count("(", semi, start):
        semi = text.rfind(";", lo, semi)
    a = semi + 1 if semi != -1 else lo
    semi = text.find(";", end, hi)
    while semi != -1 and text.count("(", end, semi) > text.count(")", end, semi):
        semi = text.find(";", semi + 1, hi)
    return a, semi if semi != -1 else hi


_BULLETS = ("- ", "* ", "• ", "•")

# "OBI filed the application with the TFDA": the previous sentence's IND, named again
_ANAPHORIC_FILING = Prefiltered(
    re.compile(
        # ("- Canada: ... No Objection Letter for X's Clinical Trial Application ... -
        # Switzerland: X filed its application with Swissmedic in December")
        r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Aa] separate|[Aa]nother|"
        r"[Ii]ts|[Tt]heir) (?:applications?|submissions?|filings?|notifications?)\b"
        # "X filed a CTA with the MHRA. The MHRA approved it on 20 May."
        r"|\b(?:approved|authori[sz]ed|cleared|accepted) it\b"
    ),
    (" application", " submission", " filing", " notification", "d it"),
)

# "- **Orphan Drug Designation** from the U.S. Food and Drug Administration (FDA) last
# December for uveal melanoma": a highlight's item names what the product holds, and whose
# (a markdown release's items come without their markers, each on a line of its own)
_ITEM_OPENING_BODY = r"(?:[-*•]\s+)?(?:\*\*|__)?"
_FROM_AGENCY_BODY = r"(?:\*\*|__)?\s+(?:designation\s+)?from\s+(?:the\s+)?[A-Z]"
_ITEM_OPENING = re.compile(_ITEM_OPENING_BODY)
_FROM_AGENCY_AFTER = re.compile(r"\)?" + _FROM_AGENCY_BODY)
_HELD_FROM_ITEM = re.compile(_ITEM_OPENING_BODY + r"[A-Z][^*_\n]{2,80}?" + _FROM_AGENCY_BODY)
# "- **Orphan Drug Designation (FDA):** granted in June 2024 for ...": a labelled item
_GRANTED_LABEL_ITEM = re.compile(
    _ITEM_OPENING_BODY + r"[A-Z][^*_\n:]{2,80}?(?:\*\*|__)?:(?:\*\*|__)?\s+"
    r"(?:granted|received|obtained|awarded)\b"
)

# "before the 30-day review period ended, the FDA placed the IND on hold": a period that
# had not run out says nothing was cleared
_BEFORE_PERIOD_ENDS = re.compile(
    r"\b(?:before|until|prior to)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?\Z"
)


def _period_not_over(text: str, m: re.Match[str], lo: int) -> bool:
    """Whether a review period's end (a cues.STATUS_MORE clearance) is told as not yet come."""
    return "period" in m.group(0) and bool(
        _BEFORE_PERIOD_ENDS.search(text, max(lo, m.start() - 30), m.start())
    )
