"""When an event happened: the date in its trigger's scope, a month or day told without
its year, "last month" or "this year", the release's month for today's news, and dates
told "respectively" or after each agency."""

from __future__ import annotations

import datetime as dt
import re

from dossier.extract import cues
from dossier.extract.dates import DateMention, day_without_year, day_without_year_at
from dossier.extract.event_model import (
    RawEvent,
    Trigger,
    _Context,
    _own_clause_start,
    _semicolon_clause,
    _within,
)
from dossier.extract.lexicon import Hit
from dossier.extract.prefilter import Prefiltered
from dossier.extract.sentences import Sentence

_OTHER_VERB_BETWEEN = re.compile(
    r"[^.;]{0,20}?\band (?:was|were|has been|had been) [a-z]+ed\b"
    # "the COMP adopted a positive opinion in October 2024, and the European Commission
    # granted orphan designation ... on 28 November 2024"
    r"|,?\s+and\s+(?:the\s+)?[A-Z][^.;,]{0,60}?\s(?:granted|approved|cleared|issued)\b"
    # "held a pre-IND meeting with the FDA in March 2023 and submitted a CTA ... on June 30"
    r"|[^.;]{0,20}?\band (?:then |later |subsequently )?(?:submitted|filed|lodged)\b"
)
# "..., and the first patient was dosed at X in" (a month told after it is the dosing's)
_FIRST_DOSING_BEFORE = re.compile(
    r",? and (?:the )?(?:first|initial) (?:patient|participant|subject|volunteer)s?\b[^.;]{0,80}?"
    r"\b(?:dosed|enrolled|randomi[sz]ed|treated|infused)\b[^.;,]*\Z"
)
_DEADLINE_BEFORE = Prefiltered(
    re.compile(
        r"\b(?:action|goal|target|PDUFA|due) date (?:of|is|on|in)\s+"
        # ("a target action date in the third quarter of 2025")
        r"(?:(?:the )?(?:first|second|third|fourth) quarter of\s+)?\Z"
    ),
    (" date ",),
)
# "a milestone payment triggered by the NMPA approval, compared with none in the second
# quarter of 2025": the period a figure is compared with, not the event's date
_COMPARED_BEFORE = Prefiltered(
    re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|relative to)\b[^.;()]{0,40}\Z"),
    ("compared", "versus", "vs", "relative to"),
)
# "approvals in China, Singapore and Taiwan at the same time": the items listed are held
# together, at no time told before
_CONCURRENT_BEFORE = re.compile(r"\band\s+(?:[\w.'’-]+\s+){1,5}?(?:at\s+)?\Z")
# "at ASCO 2026", "during the ESMO 2025 Congress": a meeting's year names the meeting
_MEETING_BEFORE = re.compile(r"\b(?:at|during|from)\s+(?:the\s+)?[A-Z]{2,}[\w&-]*\s+\Z")


def _date_for(
    ctx: _Context,
    group: list[Trigger],
    lo: int,
    hi: int,
    sent: Sentence,
    lead_date: str | None,
    prev_date: str | None,
) -> str | None:
    # "a PDUFA target action date of August 28, 2024" is a deadline, not the event's date
    in_scope = [
        d
        for d in _within(ctx.dates, lo, hi)
        if not _DEADLINE_BEFORE.search(ctx.text, max(lo, d.start - 60), d.start)
        and not _COMPARED_BEFORE.search(ctx.text, max(lo, d.start - 60), d.start)
        and not (
            len(d.value) == 4 and _MEETING_BEFORE.search(ctx.text, max(lo, d.start - 30), d.start)
        )
        and not _after_release(d.value, ctx.published_month)
        # ("..., which holds the rights in China, Hong Kong and Macau under a 2024 license,
        # received ... approval in July 2025": the deal's year)
        and not (len(d.value) == 4 and _DEAL_AFTER.match(ctx.text, d.end))
        and not _planned_date(ctx.text, lo, d.start)
        and not _in_relative_clause(ctx.text, lo, d, group[0].start)
        # ("... was filed in July by Garam Bio Co., Ltd., which holds the rights under a
        # license signed in 2024": the filer's relative clause tells the filer's story)
        and not _in_filers_clause(ctx.text, group[0].start, d)
    ]
    if in_scope and group[0].kind == "des":
        # "X -- which the FDA cleared in January 2026 and which holds orphan designations":
        # what a product holds is not dated by what the clause before it tells
        holds = _HOLDS_BEFORE.search(ctx.text, max(lo, group[0].start - 60), group[0].start)
        if holds:
            in_scope = [d for d in in_scope if d.start > holds.start()]
        # "... granted Fast Track designation to X; the Company had applied for the
        # designation in March": the later clause's date is the application's
        semi = ctx.text.find(";", group[-1].end, hi)
        if semi != -1 and cues.DES_NOT_EVENT.search(ctx.text, semi, hi):
            in_scope = [d for d in in_scope if d.start < semi]
    if len(in_scope) > 1 and ";" in ctx.text[lo:hi]:
        # "Orion licensed X to Y in 2023; X received IND clearance from the NMPA in 2022":
        # the trigger's own ";" clause dates it
        a, b = _semicolon_clause(ctx.text, group, lo, hi)
        own = [d for d in in_scope if a <= d.start < b]
        if own:
            in_scope = own
    if len(in_scope) > 1:
        # "Following a pre-IND meeting in late 2023, the FDA cleared the IND ... in December
        # 2024": the opening phrase's date is the meeting's
        opener = _LEADING_PHRASE.match(ctx.text, sent.start)
        if opener and opener.end() <= group[0].start:
            rest = [d for d in in_scope if d.start >= opener.end()]
            if rest:
                in_scope = rest
    if len(in_scope) > 1:
        # "was accepted by the NMPA in February 2025 and was granted priority review by the
        # CDE in March 2025": a date before "and was <verb>" is the other verb's
        t = group[0].start
        after = [d for d in in_scope if d.start > t]
        if after:
            in_scope = [
                d for d in in_scope
                if d.start > t or not _OTHER_VERB_BETWEEN.match(ctx.text, d.end, t)
            ]
    if in_scope:
        # the date closest to the trigger, or one that makes it more precise ("conducted
        # since 2025 under the IND that the FDA cleared in April 2025")
        t = group[0].start
        closest = min(in_scope, key=lambda d: abs(d.start - t)).value
        return max((d.value for d in in_scope if d.value.startswith(closest)), key=len)
    # a date told in another ";" clause is another event's ("X received in March; FDA
    # granted Y", "HC No Objection Letter ...; U.K. application submitted last week")
    clause_lo, clause_hi = _semicolon_clause(ctx.text, group, lo, hi)
    # ("The NMPA implied approval, following the FDA clearance last year, means ...": a
    # relative date inside an aside on another event is that event's)
    scope = _EARLIER_EVENT_ASIDE.sub(",", ctx.text[clause_lo:clause_hi])
    if ctx.published_month:
        # ("submitted a CTN to the PMDA ..., and expects to begin dosing in October": a
        # month the clause gives a plan is the plan's)
        # ("approved the CTA in the second quarter, and the first patient was dosed in June":
        # the dosing's month)
        bare = next((b for b in _BARE_MONTH.finditer(ctx.text, clause_lo, clause_hi)
                     if not _planned_date(ctx.text, lo, b.start())
                     and not (b.start() > group[-1].end and _FIRST_DOSING_BEFORE.search(
                         ctx.text, group[-1].end, b.start()))), None)
        day_at = (
            day_without_year_at(ctx.text, clause_lo, clause_hi, ctx.published)
            if bare and ctx.published is not None
            else None
        )
        if day_at and bare and abs(day_at[0] - group[0].start) < abs(bare.start() - group[0].start):
            # "On 3 March, Health Canada issued a No Objection Letter ..., and the first
            # patient was dosed in May": the day told nearer the filing is its own
            return day_at[1]
        if bare:
            this_year = cues.THIS_YEAR.search(ctx.text, max(lo, bare.start() - 30), bare.start())
            return _year_of_bare_month(
                ctx, sent, _MONTHS3.index(bare.group(1)[:3]) + 1, this_year=bool(this_year),
                trig_start=group[0].start)
        # "submitted a clinical trial notification to the PMDA on August 30": a day told
        # without its year, where no date with one is in scope
        day = (
            day_without_year(ctx.text, clause_lo, clause_hi, ctx.published)
            if ctx.published is not None
            else None
        )
        if day:
            return day
        scope_text = ctx.text[lo:hi]
        quarter = (
            _BARE_QUARTER.search(ctx.text, lo, hi)
            if "quarter" in scope_text or " half" in scope_text
            else None
        )
        if quarter and _PLAN_BEFORE_DATE.search(
            ctx.text, _own_clause_start(ctx.text, lo, quarter.start()), quarter.start()
        ):
            quarter = None  # "a decision is expected in the third quarter": a plan's
        if quarter:
            # "accepted the IND in the third quarter": this year's, or last year's when
            # that quarter is still to come
            year, month = int(ctx.published_month[:4]), int(ctx.published_month[5:7])
            q = _QUARTERS.index(quarter.group(1)) + 1
            which = _OF_WHICH_YEAR.match(ctx.text, quarter.end())
            if which:  # "in the second quarter of last year"
                return str(year - (which.group(1) != "this"))
            first_month = 3 * q - 2 if quarter.group(2) == "quarter" else 6 * q - 5
            return str(year - (first_month > month))
        period = (
            _REPORTED_PERIOD.search(ctx.text, lo, hi)
            if any(word in ctx.text[lo:hi] for word in ("quarter", "eriod", "half"))
            else None
        )
        if period and not _PLAN_BEFORE_DATE.search(
            ctx.text, _own_clause_start(ctx.text, lo, period.start()), period.start()
        ):
            # the quarter or period just ended: this year's, or last year's early in a year
            year, month = int(ctx.published_month[:4]), int(ctx.published_month[5:7])
            return str(year - (month <= 3))
        if "end" in ctx.text[lo:hi] and _AFTER_PERIOD_END.search(ctx.text, lo, hi):
            return ctx.published_month[:4]
    same_time = cues.SAME_TIME.search(ctx.text, sent.start, hi)
    # ("... in two markets at the same time," said the CEO: a quote's own words)
    if same_time and sent.text[:1] not in '"“':
        if prev_date:
            # ("clearances from the NMPA in November 2024 and from the FDA in January 2025,
            # and the FDA granted it Fast Track that same month": the month told last)
            told = _within(ctx.dates, sent.start, same_time.start())
            return told[-1].value if told else prev_date
        # (an earlier sentence's date, unless the phrase only joins the items before it)
        if ctx.last_date and not _CONCURRENT_BEFORE.search(
            ctx.text, sent.start, same_time.start()
        ):
            return ctx.last_date
    if lead_date and not (
        # "In 2023 X requested BTD; the FDA declined, and X continued development under
        # Fast Track": a designation held, told after the clause the year opens
        group[0].kind == "des"
        and _UNDER_HELD_BEFORE.search(ctx.text, max(sent.start, group[0].start - 12),
                                      group[0].start)
        and ";" in ctx.text[sent.start : group[0].start]
    ):
        return lead_date
    if cues.EARLIER_YEAR.search(sent.text) and (prev_date or ctx.last_date):
        return (prev_date or ctx.last_date or "")[:4]
    if ctx.published_month and cues.LAST_MONTH.search(scope):
        year, month = int(ctx.published_month[:4]), int(ctx.published_month[5:7])
        return f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
    if ctx.published_month and ("month" in scope or "week" in scope or "esterday" in scope):
        relative = _relative_date(ctx, scope)
        if relative:
            return relative
    if ctx.published_month and (
        # (in the trigger's own ";" clause of the sentence: "X holds orphan designation; Y
        # cleared earlier this year")
        cues.THIS_YEAR.search(ctx.text, *_semicolon_clause(ctx.text, group, sent.start, sent.end))
        # "This year the EMA's CAT confirmed X's classification": the release's year
        # (not a plan's: "... and we will have X in the clinic this year")
        or ("his year" in scope and _told_this_year(scope))
    ):
        return ctx.published_month[:4]
    if ctx.published_month and cues.LAST_YEAR.search(scope):
        return str(int(ctx.published_month[:4]) - 1)
    if _is_todays_news(ctx, sent, scope, group):
        ctx.loose_date = True
        return ctx.published_month
    return None


_DEAL_AFTER = re.compile(
    r"\s+(?:licen[cs]es?|licensing|agreements?|deals?|collaborations?|partnerships?|"
    r"acquisitions?|mergers?)\b"
)
_EARLIER_EVENT_ASIDE = re.compile(r",\s+(?:following|after|like|as with|unlike)\s[^,;]{3,80},")


def _is_todays_news(ctx: _Context, sent: Sentence, scope: str, group: list[Trigger]) -> bool:
    """Whether the sentence tells the release's own news, dated by the release's month."""
    return bool(
        ctx.published_month
        and (
            sent.start < ctx.lead_end
            or _TODAY_WORD.search(scope)
            # "X also announced that the FDA has cleared its IND": more of today's news
            or _ALSO_ANNOUNCED.match(sent.text)
        )
        and cues.TODAY.search(sent.text)
        # "In addition to the EU decision announced today, X holds orphan designation from
        # the FDA": what a product holds is not dated by another fact's today
        and not _HOLDS_BEFORE.search(
            ctx.text, max(sent.start, group[0].start - 100), group[0].start)
    )


# "filed an IND at the end of September": a month told without its year (searched only
# where a month's name is written)
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
_BARE_MONTH = Prefiltered(
    re.compile(
        # ("in mid-June": no space after the hyphen)
        r"\b(?:[Ii]n|[Aa]t the (?:end|beginning|start|middle) of|[Ii]n (?:early|late|mid)|"
        r"[Ii]n mid-)\s*(?<=[\s-])"
        r"(" + "|".join(_MONTH_NAMES) + r")\b(?![\s,]*\d)"
    ),
    _MONTH_NAMES,
)
_LEADING_PHRASE = re.compile(
    r"(?:Following|After|Before|Prior to|Ahead of|Since)\b[^,;.]{0,120},\s"
)
_QUARTERS = ("first", "second", "third", "fourth")
_OF_WHICH_YEAR = re.compile(r",?\s+of\s+(last|the previous|the prior|this)\s+year\b")
# ("cleared by the FDA in the first half": a half year, told as a quarter is)
_BARE_QUARTER = re.compile(
    r"\b(?:[Ii]n|[Dd]uring) the (first|second|third|fourth) (quarter|half)\b"
    r"(?![\s,]*(?:of\s+)?\d)"
)
# "During the quarter, the FDA granted ...": the period a results release reports on
# ("granted ... last quarter": the quarter before the release's, in the same year but
# early in a year)
_REPORTED_PERIOD = re.compile(
    r"\b(?:(?:[Ii]n|[Dd]uring) the (?:quarter|[Rr]eporting [Pp]eriod|period|half[- ]year)"
    r"|(?:[Ll]ast|[Pp]revious|[Pp]rior) quarter)\b"
    r"(?![\s,]*(?:of\s+|ended\s+|ending\s+)?\w*\s*\d)"
)
# "Subsequent to quarter end, the FDA granted ...": between the period's end and the
# release, in the release's year
_AFTER_PERIOD_END = re.compile(
    r"\b(?:[Ss]ubsequent to|[Aa]fter|[Ss]ince|[Ff]ollowing) (?:the )?"
    r"(?:(?:quarter|period|year)[- ]end|end of the (?:quarter|period|year))\b"
)

# "obtained orphan designation in March, following U.S. orphan status in 2023; the
# partner received ...": a later date that an earlier event or another clause tells
_OTHER_EVENT_AFTER = re.compile(r";|\b(?:following|after|since)\b[^,;]*\Z")


def _year_of_bare_month(
    ctx: _Context, sent: Sentence, month: int, *, this_year: bool = False, trig_start: int = 0
) -> str:
    """The year of a month told bare: another date's in the sentence, else the release's
    (last year's when the month is still to come); the release's when the text says so
    ("issued earlier this year, in February", after a date of last December)."""
    # (not a deadline's year: "accepted in July ..., with a target action date in January 2027")
    dated = [
        d
        for d in _within(ctx.dates, sent.start, sent.end)
        if not _after_release(d.value, ctx.published_month)
        # ("Y, which acquired rights to X in 2023 ..., submitted an IND in September": the
        # relative clause's year is its own)
        and not _in_relative_clause(ctx.text, sent.start, d, trig_start)
        and not _in_filers_clause(ctx.text, trig_start, d)
        # ("filed its application in December and expects a decision in the second quarter
        # of 2026": a plan's year)
        and not _planned_date(ctx.text, sent.start, d.start)
        and not (trig_start and d.start > trig_start and _OTHER_EVENT_AFTER.search(
            ctx.text, trig_start, d.start))
    ]
    if dated and not this_year:
        return f"{dated[-1].value[:4]}-{month:02d}"
    return _in_release_year(ctx, month)


def _in_release_year(ctx: _Context, month: int) -> str:
    """A month told bare, in the release's year (last year's when it is still to come)."""
    year, now = int((ctx.published_month or "")[:4]), int((ctx.published_month or "")[5:7])
    return f"{year - (month > now)}-{month:02d}"


# "...; the Company expects a decision in the fourth quarter of 2026": a plan's date
_PLAN_BEFORE_DATE = Prefiltered(
    re.compile(
        r"\b(?:expects?|expected|anticipates?|anticipated|plans? to|planned|intends? to|will|"
        # ("preparing for a potential launch in the fourth quarter")
        r"preparing|prepares|potential)\b"
    ),
    ("expect", "anticipat", "plan", "intend", "will", "prepar", "potential"),
)

# "sites will operate under the IND the FDA cleared in February 2026": a past status
# between the plan and the date tells the date's own event
_PAST_STATUS = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:cleared|approved|accepted|authori[sz]ed|granted)\b"
)

# "X, which licensed rights to Y from Z in 2024, submitted an IND earlier this month":
# a date in a relative clause set off before the trigger is the clause's own
# (a company's "Co., Ltd." inside the clause: "where X licensed ... to Y Co., Ltd. in 2023")
_RELATIVE_OPEN = re.compile(
    # ("Y Co., Ltd., to which the Company granted the rights in 2023, obtained ...")
    r",\s+(?:(?:to|from|with|under) )?(?:which|whom|who|where)\s"
    r"(?:[^,;]|,\s(?=(?:Ltd|Inc|LLC|Limited|Corp)\b))*\Z"
)

_FILER_RELATIVE = Prefiltered(
    re.compile(
        r"\b(?:submitted|filed|sponsored)\b[^,;]{0,30}?\sby\s+[^,;]{2,60}"
        r"(?:,\s+(?:Inc|Ltd)\.)?,\s+(?:which|who)\b[^;]*\Z"
    ),
    (" by ",),
)


def _in_filers_clause(text: str, trig_start: int, d: DateMention) -> bool:
    """ "... was filed in July by Y Co., Ltd., which holds the rights under a license
    signed in 2024": a date in the filer's relative clause tells the filer's story."""
    return 0 < trig_start < d.start and bool(_FILER_RELATIVE.search(text, trig_start, d.start))


def _in_relative_clause(text: str, lo: int, d: DateMention, trig_start: int) -> bool:
    if d.end >= trig_start or not _RELATIVE_OPEN.search(text, max(lo, d.start - 150), d.start):
        return False
    close = text.find(",", d.end, trig_start)
    return close != -1 and ";" not in text[d.end : trig_start]


def _planned_date(text: str, lo: int, start: int) -> bool:
    """Whether a date belongs to a plan told before it in its clause."""
    if not _PLAN_BEFORE_DATE.may_match(text, lo, start):
        return False
    plan = _PLAN_BEFORE_DATE.search(text, _own_clause_start(text, lo, start), start)
    return plan is not None and not _PAST_STATUS.search(text, plan.end(), start)


def _after_release(value: str, published_month: str | None) -> bool:
    """A date later than the release ("first patient expected in early 2027") belongs to a
    plan told beside the event, not to the event: what happened cannot postdate the news."""
    if not published_month:
        return False
    n = min(len(value), 7)
    return value[:n] > published_month[:n]


def _relative_date(ctx: _Context, scope: str) -> str | None:
    if cues.THIS_MONTH.search(scope):
        return ctx.published_month
    if ctx.published is None:
        return None
    for cue, days in ((cues.LAST_WEEK, 7), (cues.YESTERDAY, 1)):
        if cue.search(scope):
            before = ctx.published - dt.timedelta(days=days)
            return f"{before.year:04d}-{before.month:02d}"
    return None


_THIS_YEAR_WORDS = re.compile(r"\b[Tt]his year\b")


def _told_this_year(scope: str) -> bool:
    """Whether the scope says "this year" of something done, not of a plan."""
    m = _THIS_YEAR_WORDS.search(scope)
    return m is not None and not _planned_date(scope, 0, m.start())


_UNDER_HELD_BEFORE = re.compile(r"\bunder\s+(?:the\s+|its\s+|an?\s+)?\Z")
_HOLDS_BEFORE = re.compile(r"\b(?:holds|retains|continues to hold)\b[^;:]*\Z")
_ALSO_ANNOUNCED = re.compile(
    r"(?:[A-Z][\w.&-]*\s+){1,4}(?:also|further|additionally)\s+announce[sd]\s+(?:today\s+)?that\s"
    r"[^;]{0,260}?\b(?:has|have)\s"
)
_TODAY_WORD = Prefiltered(re.compile(r"\btoday'?s?\b"), ("today",))
_MONTH_WORD = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?"
)
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _respectively(
    text: str, lo: int, hi: int, agencies: list[str]
) -> list[tuple[list[str], str | None]] | None:
    """ "U.S. and Chinese IND approvals ... in July and September 2021, respectively"."""
    if len(agencies) < 2 or "respectively" not in text[lo:hi]:
        return None
    months = [_MONTHS3.index(m.group(1)) + 1 for m in _MONTH_WORD.finditer(text, lo, hi)]
    years = _YEAR_WORD.findall(text, lo, hi)
    if not months and len(years) == len(agencies):
        # "The FDA and the EMA granted ... in 2023 and 2024, respectively": years alone
        return [([a], year) for a, year in zip(agencies, years, strict=True)]
    if len(months) != len(agencies) or not years:
        return None
    # ("from the FDA in December 2024 and from the MFDS in May 2025 ..., respectively":
    # each month with its own year)
    paired = years if len(years) == len(agencies) else [years[-1]] * len(agencies)
    return [
        ([a], f"{year}-{mo:02d}")
        for a, mo, year in zip(agencies, months, paired, strict=True)
    ]


def _date_types_respectively(
    ctx: _Context, sent: Sentence, group: list[Trigger], hi: int, events: list[RawEvent]
) -> None:
    """ "granted X Orphan Drug Designation and Rare Pediatric Disease Designation ... in
    March 2023 and June 2023, respectively": each type its own date, in the order named."""
    if "respectively" not in ctx.text[group[-1].end : hi]:
        return
    types = list(dict.fromkeys(t.dtype for t in group))
    dates = [d.value for d in _within(ctx.dates, group[-1].end, hi)]
    bare = _BARE_MONTH_LIST.search(ctx.text, group[-1].end, hi) if not dates else None
    if bare and ctx.published_month:
        # "in February and May, respectively": months of the sentence's (or this) year
        dates = [
            _year_of_bare_month(ctx, sent, _MONTHS3.index(m[:3]) + 1, trig_start=group[0].start)
            for m in re.findall(r"[A-Z][a-z]+", bare.group(0))
        ]
    if len(types) == 1:
        # "Orphan Drug Designations for ovarian cancer and for biliary tract cancer, in
        # February and May, respectively": each indication its own date
        indications = list(dict.fromkeys(ev.indication for ev in events if ev.indication))
        if len(indications) > 1 and len(dates) == len(indications):
            for ev in events:
                if ev.indication:
                    ev.date = dates[indications.index(ev.indication)]
        return
    if len(dates) != len(types):
        return
    for ev in events:
        if ev.label in types:
            ev.date = dates[types.index(ev.label)]


_BARE_MONTH_LIST = re.compile(
    r"\bin ((?:" + "|".join(_MONTH_NAMES) + r")(?:,? (?:and )?)){1,3}"
    r"(?:" + "|".join(_MONTH_NAMES) + r")\b(?![\s,]*\d)"
)


def _dated_per_agency(
    ctx: _Context, lo: int, hi: int, agencies: list[str], plural: bool = False
) -> list[tuple[list[str], str | None]] | None:
    """ "approved by the NMPA in 2021 and cleared by the FDA in 2022": each agency takes
    the date told after it, before the next agency is named; with `plural` filings, two
    authorities of one agency code ("authorizations from Germany's Paul-Ehrlich-Institut
    (January 2023) and France's ANSM (March 2023)"), each its own date."""
    if len(agencies) < 2 and not plural:
        return None
    named = [h for h in _within(ctx.agencies, lo, hi) if h.value in agencies]
    dates = _within(ctx.dates, lo, hi)
    if not dates and len(named) >= 2 and ctx.published_month:
        # "approved by the TFDA in July, by the HSA in August and by the MFDS in
        # September": months told without a year, the release's year's
        dates = _bare_months(ctx, lo, hi)
    if len(dates) < 2 or len(named) < 2:
        return None
    if len(agencies) == 1:
        return _dated_per_authority(ctx, named, dates, hi, agencies[0])
    out: dict[str, str] = {}
    for h, own in zip(named, _dates_after_each(named, dates, hi), strict=True):
        if own and h.value not in out:
            out[h.value] = own
    if set(out) != set(agencies) or len(set(out.values())) < 2:
        return None
    return [([a], out[a]) for a in agencies]


def _bare_months(ctx: _Context, lo: int, hi: int) -> list[DateMention]:
    """The months a span tells without a year, each in the release's year (the year
    before, if still to come), as dates; not a plan's."""
    return [
        DateMention(b.start(1), b.end(1),
                    _in_release_year(ctx, _MONTHS3.index(b.group(1)[:3]) + 1))
        for b in _BARE_MONTH.finditer(ctx.text, lo, hi)
        if not _planned_date(ctx.text, lo, b.start())
    ]


def _dated_per_authority(
    ctx: _Context, named: list[Hit], dates: list[DateMention], hi: int, agency: str
) -> list[tuple[list[str], str | None]] | None:
    surfaces = [ctx.text[h.start : h.end] for h in named]
    if len(set(surfaces)) != len(surfaces):
        return None  # the same authority named twice tells one authority's story
    out = _dates_after_each(named, dates, hi)
    if None in out or len(set(out)) != len(out):
        return None
    return [([agency], when) for when in out if when]


def _dates_after_each(named: list[Hit], dates: list[DateMention], hi: int) -> list[str | None]:
    """The first date told after each agency named, before the next one (or `hi`)."""
    ends = [h.start for h in named[1:]] + [hi]
    return [
        next((d.value for d in dates if h.end <= d.start < end), None)
        for h, end in zip(named, ends, strict=True)
    ]
