"""De-duplication of events told several times in one release (headline, body, About)."""

from __future__ import annotations

import re

from dossier.extract.event_model import RawEvent

_STOP = frozenset(
    {
        "the",
        "of",
        "for",
        "treatment",
        "patients",
        "with",
        "and",
        "in",
        "a",
        "an",
        "who",
        "have",
        "or",
        "to",
    }
)


# words every indication shares; two indications agree on the words that tell them apart
_GENERIC = frozenset(
    {
        "cancer",
        "tumor",
        "tumour",
        "carcinoma",
        "disease",
        "syndrome",
        "advanced",
        "solid",
        "metastatic",
        "relapsed",
        "refractory",
        "r",
        "locally",
        "unresectable",
        "adult",
        "patient",
        "positive",
        "stage",
        "chronic",
        "severe",
        "moderate",
        "malignancie",
        "prior",
        "therapy",
        # (a line of therapy: "late-line gastric adenocarcinoma", "heavily pretreated")
        "late",
        "later",
        "line",
        "heavily",
        "pretreated",
        "previously",
        "treated",
    }
)


_WORD = re.compile(r"[a-z0-9]+")

# a class of diseases, no indication of its own: "one of the first in vivo CAR-T therapies
# for autoimmune disease to be cleared" restates the clearance the release dates elsewhere
_DISEASE_CLASS = frozenset(
    {"autoimmune", "disease", "diseases", "disorders", "cancer", "cancers", "tumors",
     "tumours", "solid", "oncology", "inflammatory", "immune", "mediated", "rare", "genetic",
     "hematologic", "haematologic", "malignancies", "indications", "multiple", "various",
     # ("an inherited retinal disease": the class of the release's own indication)
     "inherited", "hereditary", "retinal", "neuromuscular", "metabolic", "neurological",
     "neurodegenerative"}
)


def _words(s: str) -> set[str]:
    words = {w.rstrip("s") for w in _WORD.findall(s.lower()) if w not in _STOP}
    return words - _GENERIC or words


def _dates_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


def _covered(words: set[str], other: set[str], own_initials: set[str] | None = None) -> int:
    """How many of `words` the other side names, directly or as an acronym's letters
    ("gej" covers "gastroesophageal junction")."""
    initials = {w[0] for w in other if len(w) > 1 and w.isalpha()}
    # ... and the words an acronym of the other side spells ("nsclc" covers "non small
    # cell lung cancer"), read from all the words of this side, generic ones too ("hcc"
    # spells "hepatocellular carcinoma")
    if own_initials is None:
        own_initials = {w[0] for w in words if w.isalpha()}
    spelled = {
        c
        for a in other
        if a.isalpha() and 3 <= len(a) <= 6 and set(a) <= own_initials
        for c in a
    }
    hit = 0
    for w in words:
        if (
            w in other
            or (w.isalpha() and len(w) <= 5 and all(c in initials for c in w))
            or (w[:1] in spelled and w.isalpha())
        ):
            hit += 1
    return hit


def _indications_agree(a: str | None, b: str | None) -> bool:
    """Two tellings of one indication: the shorter is (nearly) all named by the longer."""
    if a is None or b is None:
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return True
    # the shorter side named by the longer; either, when they are as long
    sides = [(wa, a, wb, b), (wb, b, wa, a)]
    for small, text, big, big_text in sides:
        if len(small) > len(big):
            continue
        # ("GEJ" spells "gastroesophageal junction", a letter inside a compound word; not
        # an acronym its own side spells out: "lymphoblastic lymphoma (T-LBL)")
        own_words = _WORD.findall(text.lower())
        spelled = {
            w for w in small
            if _spelled_by(w, _WORD.findall(big_text.lower())) and not _spelled_by(w, own_words)
        }
        initials = {w[0] for w in _WORD.findall(text.lower()) if w.isalpha()}
        if (_covered(small - spelled, big, initials) + len(spelled)) / len(small) >= 0.8:
            return True
    return False


def _spelled_by(acronym: str, words: list[str]) -> bool:
    """Whether an acronym's letters run in order through consecutive words, opening the
    first and the last of them ("gej": "gastroesophageal junction")."""
    if not (acronym.isalpha() and 2 <= len(acronym) <= 5):
        return False
    for i, first in enumerate(words):
        if first[:1] != acronym[0]:
            continue
        for j in range(i + 1, min(len(words), i + len(acronym))):
            if words[j][:1] == acronym[-1] and _subsequence(acronym, "".join(words[i : j + 1])):
                return True
    return False


def _subsequence(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(c in rest for c in letters)


def _names_a_class(indication: str | None) -> bool:
    words = _WORD.findall((indication or "").lower())
    return bool(words) and all(w in _DISEASE_CLASS or w in _STOP for w in words)


# "X subsequently obtained FDA clearance of its own IND for Agni-01": a filing told as
# another than the one before
_ANOTHER_FILING = re.compile(
    # (not "It is not a new IND clearance": the one told before)
    r"(?<!not )\b(?:its own|a second|another|a new|a separate|an additional|a further)\s+"
    r"(?:IND|CTA|clinical trial application|Investigational New Drug)"
)


def _another_filing(a: RawEvent, b: RawEvent) -> bool:
    """An undated IND event told as another filing than a dated one of another sentence
    (undated, it would otherwise join any date)."""
    undated = a if a.date is None else b
    return (
        a.kind == "ind"
        and (a.date is None) != (b.date is None)
        and a.sentence.start != b.sentence.start
        and bool(_ANOTHER_FILING.search(undated.sentence.text))
    )


def _detail(ev: RawEvent) -> int:
    return (len(ev.date) if ev.date else 0) + (5 if ev.indication else 0)


def _likeness(a: RawEvent, b: RawEvent) -> int:
    return int(a.date is not None and a.date == b.date) + int(
        a.indication is not None and a.indication == b.indication
    )


def _loose_repeat(a: RawEvent, b: RawEvent) -> bool:
    """A headline's "Receives Clinical Trial Authorization" dated only by the release's
    month repeats the body's dated telling of the same event; so does the lead's "today
    announced that the implied approval took effect" when the body dates it in the month
    before the release's (released on 3 November, effective on 31 October)."""
    return _loosely_repeats(a, b) or _loosely_repeats(b, a)


def _loosely_repeats(loose: RawEvent, told: RawEvent) -> bool:
    if not loose.loose_date or loose.date is None:
        return False
    year, month = int(loose.date[:4]), int(loose.date[5:7])
    before = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    if loose.indication is None:
        # (not a clearance told as last year's: "today announced that the FDA has cleared an
        # IND for X" and "The FDA cleared the first IND for X last year" are two)
        return told.date is None or told.date[:4] == loose.date[:4] or told.date[:7] == before
    return told.date is not None and told.date[:7] == before


def merge_events(events: list[RawEvent], body_start: int = 0) -> list[RawEvent]:
    """One event per (product, agency, status/type) unless dates or indications differ.

    The most detailed mentions go first, so a bare repeat ("its IND was cleared") joins
    the telling it agrees with best instead of swallowing the first one it meets. An
    undated event of the headline and its bullets (before `body_start`) that the body
    tells once, dated, is that event, whatever indication each words."""
    events = _drop_headline_summaries(events, body_start)
    kept: list[RawEvent] = []
    # (an item of a table's designations column goes last: the prose tells it better)
    for ev in sorted(events, key=lambda e: (e.listed, -_detail(e), e.order)):
        same = [
            k
            for k in kept
            if (k.pid, k.agency, k.kind, k.label) == (ev.pid, ev.agency, ev.kind, ev.label)
            and (_dates_agree(k.date, ev.date) or _loose_repeat(k, ev))
            and not _another_filing(k, ev)
            and (
                _indications_agree(k.indication, ev.indication)
                or (ev.date is None and _names_a_class(ev.indication))
                # a table's list repeats what the prose told, in fewer words
                or ev.listed
            )
        ]
        if not same:
            kept.append(ev)
            continue
        k = max(same, key=lambda k: _likeness(k, ev))
        if ev.date and (
            k.date is None
            or len(ev.date) > len(k.date)
            # (a date told beats the release's month, unless it is that month's year
            # alone: "today announced ... Orphan Drug Designation" and "ODD (2026)")
            or (
                k.loose_date
                and not ev.loose_date
                and not ev.listed
                and not (len(ev.date) < len(k.date) and k.date.startswith(ev.date))
            )
        ):
            k.date, k.loose_date = ev.date, ev.loose_date
        k.indication = k.indication or ev.indication
        k.application_number = k.application_number or ev.application_number
        k.order = min(k.order, ev.order)
    kept.sort(key=lambda e: e.order)
    kept = _drop_notice_filings(kept)
    _share_filing_details(kept)
    return kept


def _drop_headline_summaries(events: list[RawEvent], body_start: int) -> list[RawEvent]:
    """ "- Company also submitted a CTA to Health Canada for its MPS IIIB gene therapy X"
    above the dateline, then "in June it submitted a CTA to Health Canada for a study of X
    in children with MPS IIIB": one filing, told twice in other words."""
    def key(e: RawEvent) -> tuple:
        return e.pid, e.agency, e.kind, e.label

    body: dict[tuple, list[RawEvent]] = {}
    for e in events:
        if e.sentence.start >= body_start:
            body.setdefault(key(e), []).append(e)
    out = []
    for e in events:
        # (an undated restatement in the body, a quote's "its Breakthrough Therapy
        # Designation in China", tells no other event)
        all_told = body.get(key(e), [])
        told = [t for t in all_told if t.date] or all_told
        # (undated, with no indication, or dated as the body dates it: "FHT-301 now holds
        # Orphan Drug Designations in the U.S. and EU" sums up what the body tells; the
        # body may tell its event twice, dated alike: the narrative and a table)
        if (
            e.sentence.start < body_start
            and told
            and told[0].date
            and all(t.date and _dates_agree(t.date, told[0].date) for t in told)
            and (
                e.date is None
                or e.indication is None
                or e.loose_date
                or _dates_agree(e.date, told[0].date)
            )
        ):
            told[0].application_number = told[0].application_number or e.application_number
            if len(all_told) == 1:  # (what the headline adds, the body may not tell)
                told[0].indication = told[0].indication or e.indication
            continue
        out.append(e)
    return out


def _share_filing_details(events: list[RawEvent]) -> None:
    """The submission, acceptance and clearance of one product's filing at one agency are
    one application: where only one indication (or application number) is told for them,
    it holds for the others ("CTA filed | September 2026" beside the NOL "for X")."""
    by_filing: dict[tuple[int, str], list[RawEvent]] = {}
    for e in events:
        if e.kind == "ind":
            by_filing.setdefault((e.pid, e.agency), []).append(e)
    for group in by_filing.values():
        if len(group) < 2:
            continue
        for attr in ("indication", "application_number"):
            told = {getattr(e, attr) for e in group} - {None}
            if len(told) == 1:
                value = told.pop()
                for e in group:
                    if getattr(e, attr) is None:
                        setattr(e, attr, value)


def _drop_notice_filings(events: list[RawEvent]) -> list[RawEvent]:
    """A clinical trial notification is the clearance itself: a "CTN filing" undated (a
    headline's) or dated the day the body says the notification cleared the trial ("notified
    to the TGA under the CTN scheme on 15 July 2025") adds nothing beside the same
    product's cleared CTN at that agency."""
    cleared: dict[tuple[int, str], set[str | None]] = {}
    for e in events:
        if e.kind == "ind" and e.label == "cleared":
            cleared.setdefault((e.pid, e.agency), set()).add(e.date)
    if not cleared:
        return events
    return [
        e
        for e in events
        if not (
            e.kind == "ind"
            and e.label == "submitted"
            and (e.pid, e.agency) in cleared
            and (e.date is None or (len(e.date) == 10 and e.date in cleared[(e.pid, e.agency)]))
            and ("ctn" in e.trigger or "notif" in e.trigger)
        )
    ]
