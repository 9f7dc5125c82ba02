"""The indication of an IND event told around its sentence, not in it.

Releases often name a filing's outcome in one sentence and its use in the next ones:
"The MFDS approved the IND for X-1. The study will evaluate X-1 in adults with Y." or
"The approved indication is Y."; they tell the same application's other statuses
without the indication ("submitted ... for Y" then "cleared" later); and they call a
filing with another agency "the Australian arm of the study" or "a parallel application".
GUIDELINES.md gives every status of one IND (same product and agency) the IND's
indication, so after merging, an IND event without one takes it:

1. from the sentences that follow its own (at most a few, up to a heading), when they
   describe the product's study or use and name the population or disease;
2. from the other statuses of the same product and agency, when those agree on one;
3. from the product's other IND events, when its sentence calls the filing part of
   "the study" or a "parallel application" and the product has a single indication;
4. failing all these, from the one or two sentences before its own in its paragraph,
   read the same way ("X is being developed for Y. The FDA cleared the IND for X.");
5. then, from the first sentence anywhere in the release that presents the product alone
   and what it is developed for (fill_from_product_introduction);
6. last, from its section's heading when that names the product alone with its use ("X
   in propionic acidemia"), designations too (fill_from_section_heading).

A sentence about another product ends the search, and one telling a designation is
passed over: their indications are not this IND's. Everything is done with a handful of
searches over the few sentences after an event without an indication; nothing rescans
the whole release.
"""

from __future__ import annotations

import bisect
import re

from dossier.extract.event_model import RawEvent
from dossier.extract.indications import (
    DISEASE,
    PATIENT_NOUNS,
    DiseaseWords,
    _cut,
    _is_disease_phrase,
    expand_acronyms,
    find_indication,
)
from dossier.extract.merge import _dates_agree, _indications_agree
from dossier.extract.normalise import tidy
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence

_WINDOW = 5  # sentences after the event's own that may describe its study
_WINDOW_BACK = 2  # ... and before it, in its paragraph

# "in adults and adolescents with X", "will enroll patients with X", "in approximately
# 36 adults with genetically confirmed X": the population the study takes
_POPULATION = re.compile(
    # ("patients aged 16 to 40 years with X")
    rf"\b(?:{PATIENT_NOUNS})\s+(?:aged\s+\d[\w\s.-]{{0,25}}?\s+)?"
    r"(?:(?:who\s+have(?:\s+been\s+diagnosed\s+with)?|diagnosed\s+with|with)\s+)"
)
# "The approved indication is X", "the proposed indication will be X"
_INDICATION_IS = re.compile(
    r"\bindication\s+(?:is|was|will\s+be|covers)\s+(?:(?:the\s+)?treatment\s+of\s+)?"
)
_QUOTES = ('"', "“", "'", "‘")
_SAID = re.compile(r"\b(?:said|says|commented|added|noted)\b")
# words that say what the product is for ("being developed for", "studied in")
_USE = re.compile(
    r"\b(?:develop\w*|indicated|intended|designed|treat\w*|stud(?:y|ies|ied)|trials?|"
    r"evaluat\w*|enrol\w*|investigat\w*|cohorts?)\b"
    # ("X, an mRNA encoding the enzyme OTC, for OTC deficiency": the use after the
    # product's description)
    r"|,\s+for\s",
    re.I,
)
# a phrase that runs on into a clause of its own is no indication ("X to join the
# expansion cohorts", "X is eligible for ...")
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|put|puts|to\s+(?!treat)[a-z]+|will|can|may)\b"
)
# what makes a following sentence speak of the filing's study or of the product's use
_TOPIC = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|indication|developed|development|enrol\w*|evaluat\w*|"
    r"cohorts?|authori[sz]ations?|applications?|approvals?|protocol)\b",
    re.I,
)
# a designation told (a repeat merged away, or one the rules did not take as news)
_DESIGNATION = re.compile(r"\b(?:[Dd]esignations?|[Dd]esignated|PRIME|RMAT)\b")
# "the Australian arm of the study", "a parallel application": the same trial's filing
_SAME_TRIAL = re.compile(
    r"\b(?:(?:arm|part|portion|sites?|cohorts?|expansion)\s+of\s+the\s+(?:same\s+)?"
    r"(?:stud(?:y|ies)|trials?)|the\s+same\s+(?:study|trial|protocol)|"
    r"parallel\s+(?:application|filing|submission|CTA|IND))\b",
    re.I,
)
_END_PUNCT = (".", "!", "?", ":", '"', "”", ")")


def fill_ind_indications(
    text: str,
    sentences: list[Sentence],
    told: list[RawEvent],
    events: list[RawEvent],
    mentions: list[Mention],
    diseases: DiseaseWords,
    acr: dict[str, str],
) -> None:
    """Give the merged IND `events` without an indication the one their context tells
    (module doc). `told` holds every telling before merging: each is a place to look
    from, and each tells what a sentence is about. `diseases` are where the release
    names disease words, `acr` its acronyms."""
    missing = [ev for ev in events if ev.kind == "ind" and ev.indication is None]
    if not missing:
        return
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[RawEvent]] = {}
    for ev in told:
        i = bisect.bisect_right(starts, ev.sentence.start) - 1
        by_sentence.setdefault(i, []).append(ev)
    m_starts = [m.start for m in mentions]
    for backward in (False, True):
        found: dict[tuple[int, int], str | None] = {}  # (sentence, product) -> what it tells
        for ev in missing:
            if ev.indication is not None:
                continue
            # every telling of this event without an indication of its own, in text order
            places = sorted(
                {
                    bisect.bisect_right(starts, t.sentence.start) - 1
                    for t in told
                    if t is ev
                    or (
                        (t.pid, t.agency, t.kind, t.label) == (ev.pid, ev.agency, ev.kind, ev.label)
                        and t.indication is None
                        and _dates_agree(t.date, ev.date)
                    )
                }
            )
            for i in places:
                key = (i, ev.pid)
                if key not in found:
                    found[key] = _around(
                        text,
                        sentences,
                        i,
                        ev.pid,
                        by_sentence,
                        mentions,
                        m_starts,
                        diseases,
                        acr,
                        backward,
                    )
                if found[key]:
                    ev.indication = found[key]
                    break
        _share_siblings(events)
        _share_same_trial(events)
        _share_siblings(events)
    for ev in events:
        if ev.kind == "ind" and ev.indication is None:
            ev.indication = _named_trial_population(text, sentences, ev, diseases, acr)


def fill_indications_told_elsewhere(events: list[RawEvent]) -> None:
    """A designation told without its disease ("the Orphan Drug and Rare Pediatric Disease
    designations the FDA granted in March 2025") is for the disease the product's other
    designations in the release name, when they all name one; an IND event likewise takes
    the one the product's other filings all name ("Health Canada issued a No Objection
    Letter in June" after the FDA's clearance "for X in hypothalamic obesity")."""
    for kind in ("des", "ind"):
        _fill_from_the_same_kind(events, kind)


def _fill_from_the_same_kind(events: list[RawEvent], kind: str) -> None:
    told: dict[int, list[str]] = {}
    kinds_told: set[tuple[int, str, str]] = set()
    for ev in events:
        if ev.kind == kind and ev.indication:
            told.setdefault(ev.pid, []).append(ev.indication)
            kinds_told.add((ev.pid, ev.agency, ev.label))
    for ev in events:
        if ev.kind != kind or ev.indication is not None or ev.pid not in told:
            continue
        if (ev.pid, ev.agency, ev.label) in kinds_told:
            continue  # ("a second orphan drug designation, for ..."): another disease
        named = told[ev.pid]
        if all(_indications_agree(named[0], other) for other in named[1:]):
            ev.indication = min(named, key=len)


def fill_from_product_introduction(
    text: str,
    sentences: list[Sentence],
    events: list[RawEvent],
    mentions: list[Mention],
    diseases: DiseaseWords,
    known: dict[str, str],
) -> None:
    """An IND event that nothing around it gives a disease takes the one the release
    presents its product for, anywhere: "X, its radioligand ..., is being developed for
    GEP-NETs" in one paragraph, "Y submitted a clinical trial notification for X to the
    PMDA" in another. The first sentence naming that product alone and what it is
    developed for, outside quotes, tells it."""
    pids = {ev.pid for ev in events if ev.kind == "ind" and ev.indication is None}
    if not pids:
        return
    m_starts = [m.start for m in mentions]
    use: dict[int, str | None] = {}
    for s in sentences:
        if not pids - use.keys():
            break
        if s.text[:1] in _QUOTES:
            continue
        named = _pids_in(mentions, m_starts, s)
        if len(named) != 1 or not named <= pids or named <= use.keys():
            continue
        m = _DEVELOPED_FOR.search(s.text)
        if m is None:
            continue
        found = find_indication(
            text, s.start + m.start(), s.end, known=known, diseases=diseases
        )
        found = _before_clause(found) if found else None
        if found:
            use[next(iter(named))] = expand_acronyms(found, known)
    for ev in events:
        if ev.kind == "ind" and ev.indication is None and use.get(ev.pid):
            ev.indication = use[ev.pid]


def fill_from_section_heading(
    text: str,
    sentences: list[Sentence],
    events: list[RawEvent],
    mentions: list[Mention],
    diseases: DiseaseWords,
    known: dict[str, str],
) -> None:
    """An event (IND or designation) that nothing around it gives a disease takes the one
    its section's heading names with the product: "VNT-210 in propionic acidemia" above
    "The EMA confirmed the PRIME designation on November 28, 2024". The nearest heading
    above the event's sentence counts, and only when it names that product alone."""
    todo = [ev for ev in events if ev.indication is None]
    if not todo:
        return
    starts = [s.start for s in sentences]
    m_starts = [m.start for m in mentions]
    # heading sentence index -> (the one product it names, the use it gives), or None
    found: dict[int, tuple[int, str] | None] = {}
    for ev in todo:
        j = bisect.bisect_right(starts, ev.sentence.start) - 1
        while j >= 0 and not _is_heading(sentences[j], sentences, j):
            j -= 1
        if j < 0 or ev.sentence.start - sentences[j].start > _SECTION_REACH:
            continue
        if j not in found:
            heading = sentences[j]
            named = _pids_in(mentions, m_starts, heading)
            indication = None
            if len(named) == 1 and _FOR_OR_IN.search(heading.text):
                indication = find_indication(
                    text, heading.start, heading.end, known=known, diseases=diseases)
            found[j] = (
                (next(iter(named)), expand_acronyms(indication, known)) if indication else None
            )
        told = found[j]
        if told is not None and told[0] == ev.pid:
            ev.indication = told[1]


# how far (characters) below its heading an event may lie for the heading to tell its use
_SECTION_REACH = 2500
_FOR_OR_IN = re.compile(r"\b(?:in|for)\s")


# what a product is presented for: "is being developed for", "in development for the
# treatment of", "designed as a therapy for", "intended to treat"
_DEVELOPED_FOR = re.compile(
    r"\b(?:develop(?:ed|ing|ment)|intended|designed)\s+(?:(?:as\s+an?\s+)?(?:potential\s+)?"
    r"(?:treatment|therapy|medicine)\s+)?(?:for|to\s+treat)\b"
)


# a trial's name in capitals: "a Clinical Trial Notification for TIDEPOOL"
_TRIAL_NAME = re.compile(r"\b[A-Z]{4,}(?:-\d{1,3})?\b")


def _named_trial_population(
    text: str,
    sentences: list[Sentence],
    ev: RawEvent,
    diseases: DiseaseWords,
    known: dict[str, str],
) -> str | None:
    """A filing for a trial named in capitals takes the population of the sentence that
    presents "the NAME study ... in patients with X", or the disease of one that presents
    "NAME, a Phase 2 study of Y in X"."""
    for name in dict.fromkeys(_TRIAL_NAME.findall(ev.sentence.text)):
        shown = re.compile(
            re.escape(name) + r"\s+(?:study|trial)\b"
            # ("NAME, a Phase 2 study", "NAME is a randomized Phase 2 study")
            r"|" + re.escape(name) + r"(?:,|\s+(?:is|was))?\s+(?:an?|the|its|our)\s+"
            r"[^.;()]{0,80}?\b(?:study|trial)\b"
        )
        for s in sentences:
            if s.text[:1] in _QUOTES:
                continue
            presented = shown.search(s.text)
            if not presented:
                continue
            found = _population(text, s, diseases, known) or find_indication(
                text, s.start + presented.end(), s.end, known=known, diseases=diseases
            )
            if found:
                return expand_acronyms(found, known)
    return None


def _around(
    text: str,
    sentences: list[Sentence],
    i: int,
    pid: int,
    by_sentence: dict[int, list[RawEvent]],
    mentions: list[Mention],
    m_starts: list[int],
    diseases: DiseaseWords,
    known: dict[str, str],
    backward: bool,
) -> str | None:
    """The indication the sentences after sentence i tell about product `pid`'s study;
    `backward`, the one or two before it in its paragraph ("X is being developed for Y.
    The FDA cleared the IND for X.")."""
    if backward:
        js = range(i - 1, max(-1, i - 1 - _WINDOW_BACK), -1)
    else:
        js = range(i + 1, min(len(sentences), i + 1 + _WINDOW))
    for j in js:
        s = sentences[j]
        if backward and s.line != sentences[i].line:
            return None
        if _is_heading(s, sentences, j):
            return None
        pids = _pids_in(mentions, m_starts, s)
        if pids - {pid}:
            return None  # another product's sentence
        evs = by_sentence.get(j, [])
        if any(ev.pid != pid for ev in evs):
            return None  # another product's filing or designation
        if evs or _DESIGNATION.search(s.text) or not (pid in pids or _TOPIC.search(s.text)):
            # the same product's other filing or its designation (whose indication is the
            # designation's), or a sentence on something else
            continue
        if not diseases.any_in(s.start, s.end) and not known:
            continue
        if s.text[:1] in _QUOTES or _SAID.search(s.text):
            continue  # a quote tells the news in looser words
        found = _population(text, s, diseases, known)
        if found is None and not _POPULATION.search(s.text) and _USE.search(s.text):
            found = find_indication(text, s.start, s.end, known=known, diseases=diseases)
        found = _before_clause(found) if found else None
        if found:
            return expand_acronyms(found, known)
    return None


def _before_clause(phrase: str) -> str | None:
    """ "Wilson disease and to measure its effect" -> "Wilson disease"; None when what
    comes before the clause names no disease ("a path to ...")."""
    m = _CLAUSE.search(phrase)
    if m is None:
        return phrase
    head = re.sub(r"(?:[\s,;]+(?:and|or))?[\s,;]*$", "", phrase[: m.start()])
    return head if DISEASE.search(head) else None


def _population(
    text: str, s: Sentence, diseases: DiseaseWords, known: dict[str, str]
) -> str | None:
    for rx in (_INDICATION_IS, _POPULATION):
        for m in rx.finditer(text, s.start, s.end):
            begin = m.end()
            cut = _cut(text, begin, s.end, False, diseases, known)
            phrase = tidy(text[begin:cut])
            if _is_disease_phrase(phrase, known, diseases.any_in(begin, cut)):
                return phrase
    return None


def _pids_in(mentions: list[Mention], m_starts: list[int], s: Sentence) -> set[int]:
    out: set[int] = set()
    k = bisect.bisect_left(m_starts, s.start)
    while k < len(mentions) and mentions[k].start < s.end:
        m = mentions[k]
        if m.pid >= 0 and not m.study:
            out.add(m.pid)
        k += 1
    return out


def _is_heading(s: Sentence, sentences: list[Sentence], j: int) -> bool:
    """A line of its own without closing punctuation ("Study outline", "About X")."""
    alone = (j == 0 or sentences[j - 1].line != s.line) and (
        j + 1 == len(sentences) or sentences[j + 1].line != s.line
    )
    return alone and len(s.text) < 120 and not s.text.rstrip().endswith(_END_PUNCT)


def _share_siblings(events: list[RawEvent]) -> None:
    """Statuses of one application (same product and agency) share its indication, when
    the ones that name it agree on one."""
    groups: dict[tuple[int, str], list[RawEvent]] = {}
    for ev in events:
        if ev.kind == "ind":
            groups.setdefault((ev.pid, ev.agency), []).append(ev)
    for evs in groups.values():
        named = [ev.indication for ev in evs if ev.indication]
        if not named or len(named) == len(evs):
            continue
        first = named[0]
        if all(_indications_agree(first, other) for other in named[1:]):
            for ev in evs:
                ev.indication = ev.indication or first


def _share_same_trial(events: list[RawEvent]) -> None:
    """ "submitted a CTN for the Australian arm of the study": the filing takes the
    indication of the product's study, when its IND events name only one."""
    for ev in events:
        if ev.kind != "ind" or ev.indication is not None:
            continue
        if not _SAME_TRIAL.search(ev.sentence.text):
            continue
        named = [
            o.indication for o in events if o.kind == "ind" and o.pid == ev.pid and o.indication
        ]
        if named and all(_indications_agree(named[0], other) for other in named[1:]):
            ev.indication = named[0]
