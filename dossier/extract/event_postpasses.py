"""The passes find_events makes over a release's events once every sentence is read: dates
and indications later sentences give them ("The designation was received on ..."), the
outcomes and application numbers told after a filing, and indications shared with earlier
facts or trials. (event_context.py works later, on the merged events.)"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from dossier.extract import cues
from dossier.extract.dates import DateMention, day_without_year_at, occurrences
from dossier.extract.event_dates import _BARE_MONTH, _DEADLINE_BEFORE, _MONTH_NAMES, _after_release
from dossier.extract.event_model import (
    _ANAPHORIC_FILING,
    _START,
    RawEvent,
    _Context,
    _period_not_over,
    _within,
)
from dossier.extract.event_products import _TRIAL_NAME
from dossier.extract.indications import DiseaseWords, disease_at, expand_acronyms, find_indication
from dossier.extract.lexicon import Hit
from dossier.extract.prefilter import Prefiltered
from dossier.extract.sentences import Sentence

# a marketing application's name, as the IGNORECASE expressions below (and events.py's
# _MARKETING_AFTER) read it
_MARKETING_APPLICATION = (
    r"marketing authori[sz]ation|s?NDA\b|s?BLA\b|MAA\b|(?<!investigational )new drug "
    r"application|biologics? licen[cs]e"
)
# a marketing application ("accepted the NDA for X for the treatment of Y")
_MARKETING_FILING = Prefiltered(
    re.compile(r"\b(?:" + _MARKETING_APPLICATION + ")", re.I),
    ("nda", "bla", "maa", "application", "authoris", "authoriz", "licen"),
)


def _review_of_the_filings_indication(ctx: _Context, events: list[RawEvent]) -> None:
    """ "The FDA granted the application Priority Review": a review is of a marketing
    application, and its indication (and, told without one, its date) is the one the
    filing is told with, in the same sentence or one of the few before it naming the
    product."""
    starts = [sent.start for sent in ctx.sentences]
    for ev in events:
        if ev.kind != "des" or ev.label != "priority_review" or (
            ev.indication is not None and ev.date is not None
        ):
            continue
        at = bisect.bisect_right(starts, ev.sentence.start)
        for sent in reversed(ctx.sentences[max(0, at - 8) : at]):
            filing = _MARKETING_FILING.search(ctx.text, sent.start, sent.end)
            if filing is None or (sent is not ev.sentence and not any(
                m.pid == ev.pid for m in _within(ctx.mentions, sent.start, sent.end)
            )):
                continue
            if ev.date is None:
                # "In June 2025, the FDA accepted the NDA ... The FDA granted the application
                # Priority Review": the review was granted with the acceptance
                ev.date = _acceptance_date(ctx, sent)
            if ev.indication is not None:
                break
            # (after the product named with the filing: "NDA for Kelvatinib in X")
            begin = max([filing.end()] + [
                m.end for m in _within(ctx.mentions, filing.end(), sent.end) if m.pid == ev.pid
            ])
            indication = find_indication(
                ctx.text, begin, sent.end, known=ctx.acronyms, diseases=ctx.diseases
            )
            if indication:
                ev.indication = expand_acronyms(indication, ctx.acronyms)
                break


# "MOONLIT ... is a randomized trial that will enroll adults with chronic spontaneous
# urticaria who ...", "LUMEN-1 will enrol approximately 40 adults with ...": a trial's
# population, the disease opening right after the match
_ENROLS_POPULATION = Prefiltered(
    re.compile(
        r"\b(?:will\s+(?:enrol|enroll|recruit)|enrol(?:l)?s|recruits|(?:is|are)\s+(?:enrolling|"
        r"recruiting))\s+(?:(?:approximately|about|around|up\s+to)\s+)?(?:\d[\d,]*\s+)?"
        r"(?:(?:adult|pediatric|paediatric)\s+)?(?:adults?|patients|participants|subjects|children|"
        r"people|adolescents)(?:\s+(?:and|or)\s+(?:adults|adolescents|children))?"
        r"(?:\s+aged\s+[^,;.]{1,40}?)?\s+(?:with|who\s+have)\s+"
    ),
    ("enrol", "recruit"),
)


def _named_trials_population(ctx: _Context, events: list[RawEvent]) -> None:
    """ "Tsukiyo submitted the clinical trial notification for MOONLIT to the PMDA": a
    filing told with its trial's name and no disease is for the population the release
    says that trial enrols, wherever it says so."""
    text = ctx.text
    # (a product whose filings the release tells with a disease somewhere is left to the
    # merging, which shares that disease between them)
    told = {ev.pid for ev in events if ev.kind == "ind" and ev.indication}
    for ev in events:
        if ev.kind != "ind" or ev.indication is not None:
            continue
        names = [m.group(0) for m in _TRIAL_NAME.finditer(text, ev.sentence.start, ev.sentence.end)]
        for name in names:
            population = _trial_population(ctx, name, ev.sentence)
            if population:
                ev.indication = population
                break
        if not names and ev.pid not in told and _THE_TRIAL.search(ev.sentence.text):
            ev.indication = _trial_told_before(ctx, ev)


# "Tallowood notified the TGA of the trial under the CTN scheme": the trial told before
_THE_TRIAL = re.compile(
    r"\b(?:the|this|that|the same)\s+(?:[\w/-]+\s+){0,3}?(?:trial|study)\b"
    r"(?!\s+(?:application|notification|authori[sz]ation|approval))"
)
_TRIAL_WORD_AT = re.compile(r"\b(?:trial|study)\b")

# ("in healthy volunteers and ...", "in approximately 90 patients aged 16 to 40 years ...")
_NOT_A_POPULATION = re.compile(r"(?i:healthy|approximately|about|around|up to|\d)")


def _trial_told_before(ctx: _Context, ev: RawEvent) -> str | None:
    """The population of the last trial of the event's product that a sentence before it
    described ("its first-in-human Phase 1 trial of X in patients with advanced
    FAP-positive solid tumours can now begin"), in the same release."""
    text = ctx.text
    j = bisect.bisect_right(ctx.sentences, ev.sentence.start, key=_START) - 1
    for sent in reversed(ctx.sentences[max(0, j - 12) : max(0, j)]):
        if not any(m.pid == ev.pid for m in _within(ctx.mentions, sent.start, sent.end)):
            continue
        word = _TRIAL_WORD_AT.search(text, sent.start, sent.end)
        if word is None:
            continue
        enrols = _ENROLS_POPULATION.search(text, word.end(), sent.end)
        found = _population(ctx, enrols.end() if enrols else word.end(), sent.end,
                            enrolled=bool(enrols))
        if found:
            return found
    return None


def _population(ctx: _Context, start: int, end: int, *, enrolled: bool) -> str | None:
    """The disease of a trial's population: the phrase opening at `start` right after "...
    will enroll adults with" (`enrolled`), else the first one "in"/"for" introduces; not
    healthy volunteers nor a head count."""
    known, diseases = ctx.acronyms, ctx.diseases
    found = (
        disease_at(ctx.text, start, end, known=known, diseases=diseases)
        if enrolled
        else find_indication(ctx.text, start, end, known=known, diseases=diseases)
    )
    return expand_acronyms(found, known) if found and not _NOT_A_POPULATION.match(found) else None


def _trial_population(ctx: _Context, name: str, told_in: Sentence) -> str | None:
    """The disease of the population the trial `name` enrols, told in another sentence
    that names it ("The Phase 2 study (X-201, "MOONLIT") is a ... trial that will enroll
    adults with ...")."""
    text = ctx.text
    for i in occurrences(text, name, hyphen=True):
        if told_in.start <= i < told_in.end:
            continue
        j = bisect.bisect_right(ctx.sentences, i, key=_START) - 1
        sent = ctx.sentences[j] if j >= 0 else None
        enrols = _ENROLS_POPULATION.search(text, i, sent.end) if sent else None
        if enrols is None or sent is None or ";" in text[i : enrols.start()]:
            continue
        found = _population(ctx, enrols.end(), sent.end, enrolled=True)
        if found:
            return found
    return None


# "The FDA has accepted for review the Company's NDA for X": today's news, told in the
# present perfect
_HAS_ACCEPTED = re.compile(r"\b(?:has|have)\s+accepted\b")


def _acceptance_date(ctx: _Context, sent: Sentence) -> str | None:
    """The date of a marketing application's acceptance told in `sent`: its date (not a
    PDUFA date), or the release's month for "has accepted" in a release of today's news."""
    for d in _within(ctx.dates, sent.start, sent.end):
        if not _after_release(d.value, ctx.published_month) and not _DEADLINE_BEFORE.search(
            ctx.text, max(sent.start, d.start - 60), d.start
        ):
            return d.value
    if ctx.published_month and _HAS_ACCEPTED.search(sent.text) and cues.TODAY.search(
        ctx.text, 0, ctx.lead_end
    ):
        return ctx.published_month
    return None


# "for the same disease", "for that indication": the indication told before
_SAME_INDICATION = Prefiltered(
    re.compile(
        r"\b(?:(?:the same|that|this) indication|the same (?:disease|disorder|condition|"
        r"population|patient population|setting))\b"
    ),
    ("same ", "indication"),
)


def _same_indication_as_before(events: list[RawEvent]) -> None:
    """ "The EMA granted X PRIME eligibility in the same indication": the indication of the
    product's fact told in an earlier sentence."""
    for i, ev in enumerate(events):
        if ev.indication is None and _SAME_INDICATION.search(ev.sentence.text):
            for prev in reversed(events[:i]):
                if (
                    prev.pid == ev.pid
                    and prev.indication
                    and prev.sentence.start < ev.sentence.start
                ):
                    ev.indication = prev.indication
                    break


def _attach_follow_ups(
    text: str,
    sentences: list[Sentence],
    events: list[RawEvent],
    known: dict[str, str],
    diseases: DiseaseWords | None,
    agencies: list[Hit] | None = None,
    dates: list[DateMention] | None = None,
    published_month: str | None = None,
) -> None:
    """What the sentence after an IND event adds about it: its application number
    ("acceptance number CXSL2400901") and, when it speaks of "the application", the
    indication it covers."""
    by_sentence: dict[int, list[RawEvent]] = {}
    for ev in events:
        if ev.kind == "ind":
            by_sentence.setdefault(ev.sentence.start, []).append(ev)
    if not by_sentence:
        return
    prev: list[RawEvent] = []
    cleared: list[RawEvent] = []
    for sent in sentences:
        own = by_sentence.get(sent.start, [])
        targets = own or prev
        if targets:
            m = cues.APPLICATION_NUMBER.search(text, sent.start, sent.end)
            if m:
                for ev in targets:
                    ev.application_number = ev.application_number or cues.application_number(
                        m, ev.agency
                    )
            if not own and dates is not None:
                _date_follow_up(text, sent, prev, agencies or [], dates, published_month)
                cleared.extend(_outcome_after_filing(text, sent, prev, dates, published_month))
            if not own and (
                _ANAPHORIC_FILING.search(text, sent.start, sent.end)
                or _OUTCOME_ALLOWS.match(text, sent.start, sent.end)
                or _STUDY_USE.match(text, sent.start, sent.end)
            ):
                indication = find_indication(
                    text, sent.start, sent.end, known=known, diseases=diseases
                )
                for ev in prev:
                    ev.indication = ev.indication or (
                        expand_acronyms(indication, known) if indication else None
                    )
        prev = own
    events.extend(cleared)


# "... submitted a clinical trial notification to the PMDA on February 9. The 30-day review
# period ended in March without objections, and the study may now proceed.": the outcome of
# the filing told before, in a sentence of its own (the review period's end and "without
# objection" are cues.STATUS_MORE's clearance wordings)
_MAY_NOW_PROCEED = Prefiltered(re.compile(r"\bmay (?:now )?proceed\b"), ("proceed",))


def _outcome_after_filing(
    text: str,
    sent: Sentence,
    prev: list[RawEvent],
    dates: list[DateMention],
    published_month: str | None,
) -> list[RawEvent]:
    """The clearance a sentence tells of the filings the sentence before submitted."""
    submitted = [ev for ev in prev if ev.label == "submitted"]
    if not submitted or not (
        _MAY_NOW_PROCEED.search(text, sent.start, sent.end)
        or any(m.lastgroup == "cleared" and not _period_not_over(text, m, sent.start)
               for m in cues.STATUS_MORE.finditer(text, sent.start, sent.end))
    ):
        return []
    # (the outcome's own clause: "..., and the study is expected to begin dosing in June"
    # plans what follows the clearance)
    clause_end = _NEXT_CLAUSE.search(text, sent.start, sent.end)
    end = clause_end.start() if clause_end else sent.end
    if cues.NOT_EVENT.search(text, sent.start, end):
        return []  # "the study may proceed once the review period ends"
    when = [d.value for d in _within(dates, sent.start, end)
            if not _after_release(d.value, published_month)]
    return [
        RawEvent(ev.pid, ev.agency, "ind", "cleared",
                 when[0] if when else _month_after(text, sent.start, end, ev.date),
                 ev.indication, sent, trigger=ev.trigger)
        for ev in submitted
    ]


_NEXT_CLAUSE = re.compile(r",\s+and\s+|;\s")


def _month_after(text: str, start: int, end: int, submitted: str | None) -> str | None:
    """ "submitted ... on 3 March 2025. The 30-day review period ended ... in April": a
    month without its year, after the filing's date, is in the filing's year (or the next)."""
    if not submitted or len(submitted) < 7:
        return None
    m = _BARE_MONTH.search(text, start, end)
    if m is None:
        # "... on August 30. The 30-day review period ended on September 29": a day
        # without its year, after the filing's
        day = day_without_year_at(text, start, end, dt.date(int(submitted[:4]), 12, 31))
        if day is None:
            return None
        value = day[1]
        return value if value >= submitted else f"{int(value[:4]) + 1:04d}{value[4:]}"
    year, month = int(submitted[:4]), _MONTH_NAMES.index(m.group(1)) + 1
    if month < int(submitted[5:7]):
        year += 1
    return f"{year:04d}-{month:02d}"


# "The approval allows X to conduct a Phase 1 trial of Y in Z": the use the outcome covers
_OUTCOME_ALLOWS = re.compile(
    r"(?:The|This|That|These) (?:[\w.-]+ ){0,2}?(?:approvals?|clearances?|authori[sz]ations?|"
    r"INDs?|CTAs?|notifications?) (?:allows?|permits?|enables?|covers?|supports?)\b"
)

# "The first-in-human study will enroll patients with X", "The Phase 1 study will evaluate
# Y in patients with X": the study a filing was for, told right after it
_STUDY_USE = re.compile(
    r"(?:The|This|That|These|Both|All of these) (?:[\w/-]+ ){0,4}?(?:study|trial|studies|trials)"
    r" (?:will |is |are |was |were )?(?:be )?(?:evaluat|enrol|assess|recruit|test|in\b)"
)

# "The Swissmedic authorisation was issued on 28 August 2025.": the date of a filing's
# outcome told in the sentence after it
_OUTCOME_DATED = Prefiltered(
    re.compile(
        # ("Both approvals were received in August 2025": the outcomes told before, together)
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Bb]oth|[Tt]hese|[Tt]heir)\s+(?:[\w'’.-]+\s+){0,3}?"
        r"(?P<noun>authori[sz]ation|approval|clearance|acceptance|acknowledge?ment|"
        r"No Objection Letter|letter|notice)s?"
        # "was issued on", "The letter, dated November 21,", "The approval followed on"
        r"(?:\s+(?:was|were|had been|has been)\s+(?:issued|granted|received|given|obtained|"
        r"dated|signed)|,\s+(?:issued|granted|received|dated|signed)|\s+(?:followed|came)\s+on"
        # "The TFDA approval letter is dated September 26, 2025"
        r"|\s+(?:is|are)\s+dated)\b"
    ),
    ("authori", "approval", "clearance", "acceptance", "acknowledg", "No Objection", "letter",
     "notice"),
)

# "The FDA notified the Company of the clearance on 27 February 2026.": the agency's
# letter dates the outcome told in the sentence before
_NOTIFIED_OF_OUTCOME = Prefiltered(
    re.compile(
        r"\b(?:notified|informed|advised)\s+(?:[\w'’.-]+\s+){1,4}?of\s+(?:the|its|this)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?P<noun>clearance|approval|authori[sz]ation|acceptance)\b"
    ),
    ("notified", "informed", "advised"),
)

# "The submission was made in May 2026.": the date of a filing told in the sentence before
_SUBMISSION_DATED = Prefiltered(
    re.compile(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w'’.-]+\s+){0,2}?(?:submission|filing)"
        r"\s+(?:was|had been|has been)\s+(?:made|completed|lodged|filed)\b"
    ),
    ("submission", "filing"),
)


def _date_submission_follow_up(
    text: str, sent: Sentence, prev: list[RawEvent], dates: list[DateMention]
) -> None:
    m = _SUBMISSION_DATED.search(text, sent.start, sent.end)
    if not m:
        return
    when = _within(dates, m.end(), sent.end)
    if not when:
        return
    for ev in prev:
        if ev.label == "submitted" and (ev.date is None or ev.loose_date):
            ev.date, ev.loose_date = when[0].value, False


def _date_follow_up(
    text: str,
    sent: Sentence,
    prev: list[RawEvent],
    agencies: list[Hit],
    dates: list[DateMention],
    published_month: str | None = None,
) -> None:
    m = _OUTCOME_DATED.search(text, sent.start, sent.end) or _NOTIFIED_OF_OUTCOME.search(
        text, sent.start, sent.end
    )
    if not m:
        _date_submission_follow_up(text, sent, prev, dates)
        return
    when = _within(dates, m.end(), sent.end) or _within(dates, sent.start, sent.end)
    if not when and published_month and cues.LAST_MONTH.search(text, m.end(), sent.end):
        # "The authorisation was received last month."
        year, month = int(published_month[:4]), int(published_month[5:7])
        last = f"{year - (month == 1)}-{(month - 2) % 12 + 1:02d}"
        when = [DateMention(m.end(), m.end(), last)]
    if not when:
        return
    status = "accepted" if m.group("noun") == "acceptance" else "cleared"
    hits = _within(agencies, sent.start, sent.end)
    named = {h.value for h in hits}
    # "The MFDS approval was received on 6 May, and the FDA clearance on 30 April": each
    # agency takes the date told after it, before the next agency
    own: dict[str, str] = {}
    if len(named) > 1:
        for i, h in enumerate(hits):
            end = hits[i + 1].start if i + 1 < len(hits) else sent.end
            after = [d for d in when if h.end <= d.start < end]
            if after:
                own.setdefault(h.value, after[0].value)
    for ev in prev:
        if ev.label == status and (not named or ev.agency in named):
            ev.date = own.get(ev.agency, when[0].value)


# "The designation was received on 18 May 2027.": the date of a grant told after it
_DESIGNATION_DATED = Prefiltered(
    re.compile(
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Bb]oth|[Tt]hese)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:designations?|status|passport)(?:\s+(?:was|were|had been|has been|have been)\s+"
        r"(?:received|granted|given|issued|awarded|obtained|confirmed)"
        # "The passport, issued on 12 May 2027, covers ..."
        r"|,\s+(?:received|granted|issued|awarded|dated))\b"
    ),
    ("designation", "status", "passport"),
)


def _designation_dated_after(
    ctx: _Context, sentences: list[Sentence], events: list[RawEvent]
) -> None:
    """An undated grant takes the date one of the next two sentences gives it ("The
    designation was received on 18 May 2027"; "The designation, granted on September 9,
    2025, covers the treatment of patients with X" after a sentence on the drug), and
    the disease that sentence says it covers, if it names none."""
    undated: dict[int, list[RawEvent]] = {}
    told = {ev.sentence.start for ev in events if ev.kind == "des"}
    for ev in events:
        if ev.kind == "des" and (ev.date is None or ev.loose_date):
            undated.setdefault(ev.sentence.start, []).append(ev)
    if not undated:
        return
    text = ctx.text
    starts = [s.start for s in sentences]
    for start, evs in undated.items():
        i = bisect.bisect_right(starts, start)
        for nxt in sentences[i : i + 2]:
            if nxt.start in told:
                break  # (a sentence with designations of its own dates those)
            m = _DESIGNATION_DATED.search(text, nxt.start, nxt.end)
            if not m:
                continue
            when = _within(ctx.dates, m.end(), nxt.end)
            if not when:
                break
            covers = _COVERS.search(text, when[0].end, nxt.end)
            indication = covers and find_indication(
                text, nxt.start, nxt.end, known=ctx.acronyms, diseases=ctx.diseases
            )
            for ev in evs:
                ev.date, ev.loose_date = when[0].value, False
                ev.indication = ev.indication or indication or None
            break


# "The designation, granted on ..., covers the treatment of X"
_COVERS = re.compile(r"\b(?:covers|applies to|is for)\b")

# "in the same indication", "the study", "the IND": a filing told again, for the same use
_SAME_USE = Prefiltered(
    re.compile(
        r"\b(?:same (?:indication|study|trial|disease|patient population)|"
        r"(?:the|this) (?:study|trial|IND|application|applications|notification))\b",
        re.I,
    ),
    ("same ", "the ", "this "),
)


def _share_indications(events: list[RawEvent]) -> None:
    """An IND event without an indication whose sentence points back to a filing ("the
    same study", "the IND") takes the indication of the product's filing told just
    before it, in its own sentence or the one or two before."""
    last: dict[int, RawEvent] = {}  # the product's last IND event with an indication
    last_any: dict[int, RawEvent] = {}  # ... or designation
    for ev in events:
        if ev.kind == "ind" and ev.indication is None and ev.pid in last_any:
            same = "same indication" in ev.sentence.text
            before = (last_any if same else last).get(ev.pid)
            if (
                before is not None
                and ev.sentence.start - before.sentence.end < 400
                and _SAME_USE.search(ev.sentence.text)
            ):
                ev.indication = before.indication
        if ev.indication:
            last_any[ev.pid] = ev
            if ev.kind == "ind":
                last[ev.pid] = ev
