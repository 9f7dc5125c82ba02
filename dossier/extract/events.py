"""IND events and designations: which product, which agency, what happened, when.

Works sentence by sentence. Inside a sentence, each regulatory trigger ("IND", "Fast
Track designation") gets a scope: the words between the previous trigger's clause and the
next one's, so "received FDA orphan drug designation in August 2023, IND approval in the
U.S. and China in February 2024" gives the designation August and the INDs February.
Triggers joined by "and"/commas ("RMAT and Orphan Drug designations from the FDA in
2019") share one scope, hence one agency, date and indication.

The rest of the story has modules of its own: event_products.py (which product),
event_agencies.py (which agency), event_dates.py (when) and event_postpasses.py (what
later sentences add); event_model.py holds the records they share.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from dossier.extract import cues
from dossier.extract.dates import DateMention, day_without_year_at
from dossier.extract.event_agencies import (
    _FILING_NOUN,
    _OUTCOME_FOLLOWS_AFTER,
    _TYPE_AGENCY,
    _agencies_for,
    _codes,
    _shared_agency_after,
)
from dossier.extract.event_dates import (
    _BARE_MONTH,
    _MONTHS3,
    _after_release,
    _date_for,
    _date_types_respectively,
    _dated_per_agency,
    _in_relative_clause,
    _is_todays_news,
    _relative_date,
    _respectively,
    _year_of_bare_month,
)
from dossier.extract.event_model import (
    _ANAPHORIC_FILING,
    _BULLETS,
    _FROM_AGENCY_AFTER,
    _ITEM_OPENING,
    _NAME_COMMA,
    RawEvent,
    Trigger,
    _by_sentence,
    _Context,
    _own_clause_start,
    _period_not_over,
    _semicolon_clause,
    _within,
)
from dossier.extract.event_postpasses import (
    _MARKETING_APPLICATION,
    _SAME_INDICATION,
    _attach_follow_ups,
    _designation_dated_after,
    _named_trials_population,
    _review_of_the_filings_indication,
    _same_indication_as_before,
    _share_indications,
)
from dossier.extract.event_products import (
    _fallback_product,
    _is_partner_drug,
    _list_intro,
    _products_for,
)
from dossier.extract.indications import (
    AND_FOR_ANOTHER,
    COUNTED_INDICATIONS_LIST,
    DISEASE,
    PLACE_NAMES,
    DiseaseWords,
    acronyms,
    expand_acronyms,
    find_indication,
    split_indications,
)
from dossier.extract.lexicon import Hit
from dossier.extract.mentions import disease_hits
from dossier.extract.prefilter import Prefiltered
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence
from dossier.extract.table_columns import COLUMN, DESIGNATIONS_HEADER, NOT_HELD_ITEM

# triggers joined by "and"/commas share a scope: "RMAT and Orphan Drug designations"
_COORDINATION = re.compile(r"^[\s,]*(?:(?:and|or|as well as|&|plus)\s+)?(?:(?:an?|the)\s+)?[\s,]*$")
# "Orphan Drug Designation (ODD)": the acronym restates the trigger before it
_SAME_DESIGNATION = re.compile(r"^\s*\(\s*$|^\s*$")
_SHARED_INDICATION = re.compile(r",\s*(?:both|all|each)\s+(?:for|in)\b")
# where one trigger's scope ends and the next one's begins
_STRONG_BREAK = re.compile(
    r",\s*(?:and|while|whereas|but)\s+(?:then\s+)?"
    # ("... in April and, in July, obtained orphan drug designation": the aside after "and,"
    # opens the next clause)
    r"|\s+and,\s+(?=[^,;]{1,40},\s)"
)
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:and|while|whereas|but|then)\s|\band\s+(?=(?:a|an|the|its|has|was|received|"
    rf"obtained|granted|then|later)\b)|,{_NAME_COMMA}\s|\band\b"
)
# ", was approved": a comma closing an aside, then the subject's verb
_ASIDE_THEN_VERB = re.compile(
    r",\s+(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?\Z"
)
# "from the EMA for ...": an agency followed by its own indication
_FOR_AFTER = re.compile(r"\)?\s*(?:\([A-Z]+\)\s*)?(?:,\s*)?(?:for|in)\s")
_DATELINE_AFTER = re.compile(r"[)*\s]*(?:/[^/\n]{2,30}/|\([A-Z][A-Z ]{3,30}\)|--|—|–|-\s|:\s)")
# an ethics committee's approval, or a filing to one, is not the agency's
_ETHICS_BEFORE = Prefiltered(
    re.compile(
        r"\b(?:ethics|ethical|IRB|HREC|committee|board)(?:'s)?\)?\s+"  # ("... (HREC) approval")
        # "the lead HREC at Bellarine Health approved": the committee of a named site
        # ("A Human Research Ethics Committee in Melbourne approved")
        r"(?:(?:at|of|in)\s+(?:[A-Z][\w.'’-]*\s+){1,4})?(?:has\s+|had\s+)?\Z",
        re.I,
    ),
    ("ethic", "irb", "hrec", "committee", "board"),
)
# "The CDE had accepted the application": an agency (all capitals) doing something to it
_AGENCY_ACTS = Prefiltered(
    re.compile(
        r"\b(?:[Tt]he )?[A-Z]{2,}\s+(?:had |has |have )?(?:accepted|approved|cleared|"
        r"authori[sz]ed) (?:the|that|this|these|both) (?:[\w-]+ )?applications?\b"
    ),
    (" application",),
)
# "the Korean application", "the U.S. application": an earlier filing named by its country
_COUNTRY_FILING = re.compile(
    r"\b[Tt]he (?:U\.S\.|[A-Z][a-z]+(?:an|ese|ish|ian|ic|ch)) (?:IND |CTA |clinical trial )?"
    r"applications?\b"
    # "Submission of the application in mid-August was supported by ...": the filing told
    # just before, named by what happened to it
    r"|(?<=[Ss]ubmission of )the application\b|(?<=[Ff]iling of )the application\b"
)
# a date belongs to the status word before it in its clause (not across ", 2017")
_CLAUSE_END = re.compile(rf";|,{_NAME_COMMA}\s(?!\d{{4}})")
# "for both TDT and SCD": one event per indication
_BOTH = re.compile(r"^both\s+\S+.*\band\b")
_BOILERPLATE = Prefiltered(
    re.compile(
        r"forward-looking statements?|actual results (?:may|could) differ|\bour ability to\b"
        # "Risks include the possibility that the FDA does not grant Fast Track ..."
        r"|\brisks (?:include|and uncertainties)\b|\bthe possibility that\b",
        re.I,
    ),
    (
        "forward-looking statement",
        "actual results may differ",
        "actual results could differ",
        "our ability to",
        "risks include",
        "risks and uncertainties",
        "the possibility that",
    ),
)
# "the CTN route is faster than the CTA route": a pathway described, not a filing
_GENERIC_ROUTE = re.compile(
    r"\)?\s*(?:\([^()]{1,12}\)\s*)?(?:route|scheme|pathway|process|system|framework|regime)\b"
)
_VIA_BEFORE = re.compile(r"\b(?:via|under|through)\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+)?\Z")
# "approved by the institutional review boards": the approver, right after "by"
_BY_ETHICS = r" by (?:the |its |their |an? )?(?:[\w-]+ ){0,3}?" + cues.ETHICS_BODY_WORDS + r"\b"
_BY_ETHICS_BODY = re.compile(_BY_ETHICS, re.I)
# an ethics body named right after a status ("approval from the IRB"; "approval of the
# trial protocol by an independent Human Research Ethics Committee (HREC)")
_ETHICS_AFTER = re.compile(
    r"[^.;]{0,40}?\b" + cues.ETHICS_BODY_WORDS + r"\b| of [^.;,]{1,40}?" + _BY_ETHICS
    # ("approval from the Bellfield Health Human Research Ethics Committee": a long name)
    + r"|\s+(?:from|by)\s+(?:the\s+|an?\s+|its\s+)?(?:(?!and\b|or\b|the\b)[\w'’&-]+\s+){1,6}"
    + cues.ETHICS_BODY_WORDS + r"\b",
    re.I,
)
# "once the BfArM had approved": a past perfect after "once" tells what was done
_HAD_DONE = re.compile(r"\bhad (?:already )?(?:[a-z]+ed|granted|given|issued)\b")
# "IND-enabling studies", "(IND)-ready": a stage of research, not a filing
# ("an IND amendment to add a cohort": a change to a filing in effect, not a new one)
_ENABLING = re.compile(r"\)?-(?:enabling|ready)|\)? [Aa]mendments?\b")
# "For Galactosemia, X has received ...": an indication for the whole sentence
_OPENER = re.compile(r"(?:For|In)\s(?!addition\b)[^,;]{3,80},")
_COMMENT = re.compile(
    r",\s+(?:which|making|allowing|enabling|giving|following|on the recommendation|based on|"
    # "..., an indication the company intends to pursue": a comment on the indication
    r"an? (?:indication|disease|condition|setting))\b"
)
_FOLLOWS_ITS_SUBMISSION = re.compile(
    r"\s+(?:approval|clearance)\s+follows\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?"
    r"(?:submission|filing)\s+of\s+(?:the|its)\s+(?:IND\s+)?application\b"
)
_PLACE_THEN_FOR = re.compile(
    r"(?:the )?(?:"
    + "|".join(re.escape(name) for name in PLACE_NAMES)
    # ("in the United States, both for FCMD")
    + r"),? (?:(?:both|each|all|also) )?for (?=\S)"
)
# "clear cell carcinoma", "clear-cell sarcoma": a disease, not a clearance
_CELL_AFTER = re.compile(r"[\s-]cells?\b")
# "Orphan Drug Act", "Office of Orphan Products Development", "priority review voucher"
_PILOT_ACRONYM = re.compile(r"\b[Pp]ilot\s+\([A-Z][A-Za-z0-9-]{1,9}\)\s+[Pp]rogram(?:me)?\b")
_SELECTED_FOR = re.compile(
    r"\b(?:selected|chosen|accepted|admitted)\s+(?:for|into|to)\s+[^.;]*\Z"
)
_CLASSIFIED_AS = re.compile(
    r"\b(?:classified|classification(?:\s+of)?)\s+(?:[\w'’-]+\s+){0,6}?as\s+an?\s+"
    r"(advanced[ -]therapy medicinal product(?:\s*\(ATMP\))?|ATMP\b)",
    re.I,
)
# what a designation's acronym stands for when the release spells it out ("Fast Track
# Designation (FTD)", "Orphan-drug Designation (ODD)")
_DESIGNATION_SPELLED = re.compile(
    r"designat|track|breakthrough|orphan|pa?ediatric|priority|medicine|therap|qualified", re.I
)


def _acronym_of_something_else(text: str, start: int, end: int, known: dict[str, str]) -> bool:
    """ "FTD-GRN", "PROGRESS-FTD", "frontotemporal dementia (FTD)": a designation's acronym
    that is part of a longer name, or that the release defines as something else."""
    surface = text[start:end]
    if not surface.isupper():
        return False
    if (text.startswith("-", end) and text[end + 1 : end + 2].isalnum()) or (
        text.endswith("-", 0, start) and text[start - 2 : start - 1].isalnum()
    ):
        return True  # "FTD-GRN", "PROGRESS-FTD"
    meaning = known.get(surface)
    return meaning is not None and not _DESIGNATION_SPELLED.search(meaning)


_NOT_DESIGNATION_AFTER = re.compile(
    r"\s*(?:Act|Products? Development|[Vv]ouchers?|program(?:me)?s?\s+(?:is|are|was|provides)|"
    # "the FDA's fast-track pathway for rare diseases": a route in general
    r"pathways?|routes?|"
    r"-designated|"
    # "the Mission Row Fast Track incubator", "a Fast Track venture program": a name
    r"(?:incubator|venture|accelerator|building|campus|fund|cohort|initiative|prize|award)s?)\b"
)
# A sentence naming none of the release's products that tells of a person's former
# employer ("joins X from Y, where she led ... IND clearances") or counts filings and
# designations in bulk ("more than 40 IND and CTA submissions, eleven of which received
# Fast Track designation"): someone else's record, not a fact about a product here.
_NOT_OUR_RECORD = Prefiltered(
    re.compile(
        r"\b(?:joins?|joined|joining) (?:[\w&.-]+ ){1,4}?from\b|\bpreviously (?:served|worked|"
        r"was|held|led)\b|\b(?:was|were) most recently\b|\bmost recently (?:served|was|led)\b|"
        r"\b(?:prior to|before) joining\b|\bunder (?:his|her|their) leadership\b"
        r"|\b(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"dozens|several|multiple|numerous) (?:[\w-]+ ){0,3}?(?:INDs?|CTAs?|IND and CTA|"
        r"CTA and IND)s? (?:clearances|submissions|applications|approvals|filings)\b"
        r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
        r"most|some) of (?:which|them|these)\b"
    ),
    ("join", "previously", "most recently", "joining", "leadership", " of which",
     " of them", " of these", " clearances", " submissions", " applications",
     " approvals", " filings"),
)
# "since Orvane Pharma's TELMIRA (telmizumab), which held Breakthrough Therapy designation,
# ...": another company's drug, by brand and INN, in a sentence naming none of ours
# a rival's own announcement, told as market context
_RIVAL_SAYS = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:[Rr]ival|[Cc]ompetitor)s?\s+(?:[A-Z][\w&.'’-]*\s+){1,4}"
    r"(?:announced|reported|said|disclosed|stated)\b"
)
_OTHERS_DRUG = re.compile(r"['’]s [A-Z][A-Z0-9-]{3,}[®™]? \([a-z]{5,}\)")
# "Another CDH17-directed candidate, developed by a different company, was granted ..."
_RIVALS_DRUG = Prefiltered(
    re.compile(
        r"^(?:Another|A competing|A rival|One competing) (?:[\w-]+ ){0,3}?(?:candidate|drug|"
        r"product|therapy|antibody|molecule|program)\b"
        r"|\b(?:by|from|of) (?:a different|another|a competing|a rival|other) compan(?:y|ies)\b"
    ),
    ("Another", "competing", "rival", " compan"),
)


def find_events(
    text: str,
    sentences: list[Sentence],
    hits: dict[str, list[Hit]],
    dates: list[DateMention],
    mentions: list[Mention],
    published_month: str | None,
    lead_end: int,
    published: dt.date | None = None,
    *,
    known: dict[str, str] | None = None,
    diseases: DiseaseWords | None = None,
) -> list[RawEvent]:
    """The events the sentences tell; `known` (the release's acronyms) and `diseases`
    (where it names disease words) are computed here unless the caller has them."""
    ctx = _Context(
        text, hits["agency"], hits["country"], dates, mentions, published_month, lead_end
    )
    ctx.published = published
    ctx.sentences = sentences
    ctx.acronyms = known if known is not None else acronyms(text)
    # the dateline's date is when the release went out, not when an event happened;
    # today's news takes the release's month instead (GUIDELINES.md)
    datelines = [d for d in dates if d.start < lead_end and _DATELINE_AFTER.match(text, d.end)]
    ctx.dates = [d for d in dates if d not in datelines]
    if datelines and ctx.countries:
        # "CAMBRIDGE, Mass. and SUZHOU, China, Sept. 17, 2024 /PRNewswire/ --": where the
        # release was issued, not an agency's country
        # (a dateline's own line: a bullet's date before the next bullet's dash is none)
        spans = [
            (text.rfind("\n", 0, d.start) + 1, d.start)
            for d in datelines
            if "\n" not in _DATELINE_AFTER.match(text, d.end).group(0)  # type: ignore[union-attr]
        ]
        ctx.countries = [
            c for c in ctx.countries if not any(a <= c.start < b for a, b in spans)
        ]
    ctx.diseases = diseases or DiseaseWords(text, disease_hits(hits))
    ind_hits = _ind_triggers(text, sentences, hits["ind_kw"])
    des_hits = [
        Trigger(h.start, h.end, "des", h.value)
        for h in hits["designation"]
        if not _NOT_DESIGNATION_AFTER.match(text, h.end)
        # the EMA's "Committee for Orphan Medicinal Products" names a committee, no grant
        and not text.endswith(("Committee for ", "committee for "), 0, h.start)
        and not _acronym_of_something_else(text, h.start, h.end, ctx.acronyms)
    ]
    if "classifi" in text:
        # "the CAT classified X as an advanced therapy medicinal product": the classification
        des_hits += [
            Trigger(m.start(1), m.end(1), "des", "other") for m in _CLASSIFIED_AS.finditer(text)
        ]
    if "ilot (" in text:
        # "the FDA's ... Readiness Pilot (CDRP) program": the lexicon's "pilot program"
        # with the programme's acronym between its words; the selection starts the
        # trigger, as the name may hold commas ("Chemistry, Manufacturing, and Controls")
        for m in _PILOT_ACRONYM.finditer(text):
            chosen = _SELECTED_FOR.search(text, max(0, m.start() - 160), m.start())
            start = chosen.start() if chosen else m.start()
            des_hits.append(Trigger(start, m.end(), "des", "other"))
    triggers = sorted(ind_hits + des_hits, key=lambda t: t.start)
    events: list[RawEvent] = []
    last_pid: int | None = None
    for sent, trig, sent_mentions in zip(
        sentences, _by_sentence(triggers, sentences), _by_sentence(mentions, sentences), strict=True
    ):
        if trig and _BOILERPLATE.search(sent.text):
            trig = []  # forward-looking-statement boilerplate states no facts
        if trig and _is_timeline_plan(sent.text, published_month):
            trig = []  # "- IND submission for X: second half of 2027" is a milestone ahead
        if trig and "; " in sent.text and sent.text.startswith(_BULLETS):
            # ("- X: topline data in the first quarter of 2027; IND submission in Y in the
            # second half of 2026": one milestone of a product's list)
            trig = [t for t in trig if not _in_timeline_clause(text, sent, t, published_month)]
        if trig and _IMPERATIVE.match(sent.text) and text[sent.start - 1 : sent.start] in (
            "\n", ""
        ):
            trig = []  # "- Begin a Phase 2 study of X after IND clearance": a goal listed
        if (
            trig
            and not sent_mentions
            and (
                _NOT_OUR_RECORD.search(sent.text)
                or _OTHERS_DRUG.search(sent.text)
                or _RIVALS_DRUG.search(sent.text)
            )
        ):
            trig = []
        if trig and _RIVAL_SAYS.match(sent.text):
            trig = []  # "Domestic rival Y announced that the MFDS had approved its ..."
        if trig:
            fallback = _fallback_product(ctx, sent, sent_mentions, last_pid)
            if not fallback and sent_mentions and ";" in sent.text:
                # (for a fact whose ";" clause names no product, when later ones do)
                semi = text.find(";", trig[0].end, sent.end)
                if semi != -1 and sent_mentions[0].start > semi:
                    fallback = _fallback_product(ctx, sent, [], last_pid)
            if sent_mentions and all(_is_partner_drug(text, m) for m in sent_mentions):
                # "The Breakthrough Therapy Designation ... is for X in combination with
                # Y's anti-PD-1 antibody Z": the partner's drug alone is named; the fact is
                # the product the sentence goes on about, when there is one (else Z's)
                about = _fallback_product(ctx, sent, [], last_pid)
                if about:
                    sent_mentions, fallback = [], about
            found = _sentence_events(ctx, sent, trig, sent_mentions, fallback)
            if found:
                events.extend(found)
                ctx.recent_ind.extend(ev for ev in found if ev.kind == "ind")
                ctx.recent_des.extend(ev for ev in found if ev.kind == "des")
        if sent_mentions:
            # (a combination's partner drug is not what the next sentence goes on about)
            last_pid = next(
                (m.pid for m in reversed(sent_mentions) if not _is_partner_drug(text, m)),
                last_pid if last_pid is not None else sent_mentions[-1].pid,
            )
    _attach_follow_ups(
        text, sentences, events, ctx.acronyms, ctx.diseases, ctx.agencies, ctx.dates,
        published_month,
    )
    _designation_dated_after(ctx, sentences, events)
    _share_indications(events)
    _same_indication_as_before(events)
    _review_of_the_filings_indication(ctx, events)
    _named_trials_population(ctx, events)
    for i, ev in enumerate(events):
        ev.order = i
    return events


# "- IND submission for X: second half of 2027": an item of a milestone list names a thing
# and, after a colon, when it is due, with no verb; due later than the release, a plan.
# The period may also follow in parentheses or after "in"/"by": "- IND submission for X
# (first half of 2027)", "- IND filing for X in the second half of 2026".
_TIMELINE_ITEM = re.compile(
    r"[-*•\s]*(?P<what>[^:;\n]{3,160}?)(?P<sep>:\s+|\s+\(|\s+(?=in\b|by\b|during\b))"
    r"(?:(?:in|by|during|the|around|approximately)\s+)*"
    r"(?P<when>(?:(?:early|mid|late|end of|the end of)[\s-]+)?"
    r"(?:(?:first|second|1st|2nd) half|[12]H|H[12]|[1-4]Q|Q[1-4]|"
    r"(?:first|second|third|fourth) quarter|year[- ]end|[A-Z][a-z]{2,8})?)(?:\s+of)?[\s-]*"
    r"(?P<year>(?:19|20)\d\d)\)?\s*[.;]?\s*"
)
_DONE_VERB = re.compile(
    r"\b(?:cleared|granted|received|submitted|approved|accepted|obtained|achieved|completed|"
    r"filed|authori[sz]ed|went|became|took)\b",
    re.I,
)
_TIMELINE_END = {
    "first half": 6, "1st half": 6, "1h": 6, "h1": 6, "second half": 12, "2nd half": 12,
    "2h": 12, "h2": 12, "1q": 3, "q1": 3, "first quarter": 3, "2q": 6, "q2": 6,
    "second quarter": 6, "3q": 9, "q3": 9, "third quarter": 9, "4q": 12, "q4": 12,
    "fourth quarter": 12, "early": 4, "mid": 7,
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# a list item opening with a bare verb: "Begin a Phase 2 study ...", "Submit an IND ..."
_IMPERATIVE = re.compile(
    r"(?:[-*•]\s+)?(?:Begin|Complete|Submit|File|Initiate|Start|Obtain|Seek|Apply|Pursue|Achieve|Deliver|"
    r"Enroll|Enrol|Advance|Launch|Expand|Continue|Finalize|Finalise|Prepare|Request|Secure|"
    # ("Report initial Phase 1 data for X (year-end 2026) and submit a U.S. IND")
    r"Report|Present|Announce|Share|Dose|Open)"
    r"\s+(?:a|an|the|our|its|enrol\w*|dosing|patients|initial|first|topline|top-line|[A-Z])"
)


def _in_timeline_clause(
    text: str, sent: Sentence, trig: Trigger, published_month: str | None
) -> bool:
    """Whether the trigger's clause, in a list item's clauses split by "; ", is a milestone
    ahead (the item's "X: " label left out of its first clause)."""
    start = text.rfind("; ", sent.start, trig.start)
    start = start + 2 if start != -1 else sent.start
    if start == sent.start:
        colon = text.find(": ", sent.start, trig.start)
        start = colon + 2 if colon != -1 else start
    end = text.find("; ", trig.end, sent.end)
    return _is_timeline_plan(text[start : end if end != -1 else sent.end], published_month)


def _is_timeline_plan(sentence: str, published_month: str | None) -> bool:
    """A milestone list's item ("CTA submission for X in the EU: first half of 2027") whose
    period ends after the release's month: a plan, not an event."""
    if not sentence.rstrip(" .;)")[-1:].isdigit():
        return False
    item = _TIMELINE_ITEM.fullmatch(sentence)
    if not item or _DONE_VERB.search(item.group("what")):
        return False
    if published_month is None:
        # without the release's date only the colon form says "when it is due"
        return item.group("sep").startswith(":")
    when = item.group("when").lower().replace("-", " ").strip()
    month = 12
    for words, end in _TIMELINE_END.items():
        if words in when:
            month = end
            break
    else:
        if when[:3] in _MONTHS:
            month = _MONTHS.index(when[:3]) + 1
        elif when and not when.startswith(("late", "end", "the end", "year")):
            return False  # a word that is no period: not a timeline item
    if not when and not item.group("sep").startswith(":"):
        # "- IND clearance for X in 2026." in a release of 2026: done or due, it does not say
        return item.group("year") > published_month[:4]
    return f"{item.group('year')}-{month:02d}" > published_month[:7]


_ACRONYM_OPEN = re.compile(r"\s*\(\s*[\"“]?\Z")
_ACRONYM_CLOSE = re.compile(r"[\"”]?\s*\)")


def _restated_acronyms_merged(text: str, found: list[Trigger]) -> list[Trigger]:
    """ 'investigational new drug ("IND") application': the acronym in brackets restates
    the trigger before it, one filing."""
    out = [found[0]]
    for t in found[1:]:
        prev = out[-1]
        close = _ACRONYM_CLOSE.match(text, t.end)
        if close and _ACRONYM_OPEN.fullmatch(text, prev.end, t.start):
            out[-1] = Trigger(prev.start, close.end(), prev.kind, prev.dtype)
            continue
        out.append(t)
    return out


def _ind_triggers(text: str, sentences: list[Sentence], keywords: list[Hit]) -> list[Trigger]:
    """IND triggers, looked for only in sentences holding an IND keyword (a cheap gate)."""
    out: list[Trigger] = []
    starts = [s.start for s in sentences]
    done: set[int] = set()
    with_ind: set[int] = set()
    for kw in keywords:
        i = bisect.bisect_right(starts, kw.start) - 1
        if i < 0 or i in done:
            continue
        done.add(i)
        sent = sentences[i]
        gates = cues.ind_trigger_gates(sent.text)
        scan = cues.IND_TRIGGER if gates.verbal else cues.IND_TRIGGER_NAMES
        spans = scan.spans(text, sent.start, sent.end)
        more = cues.IND_TRIGGER_MORE.spans(text, sent.start, sent.end) if gates.more else []
        if gates.rare:
            more += cues.IND_TRIGGER_RARE.spans(text, sent.start, sent.end)
        if more:
            spans = sorted(
                spans + [s for s in more if not any(a < s[1] and s[0] < b for a, b in spans)]
            )
        found = [
            Trigger(start, end, "ind")
            for start, end in spans
            if not _ENABLING.match(text, end)
            and (text[start] not in "ac" or _agency_approves(text, sent, start, end))
            and (
                not text.startswith(("that ", "which "), start)
                or _relative_of_a_trial(text, sent, start)
            )
            and (
                not text.startswith(("received ", "obtained ", "secured "), start)
                or cues.TRIAL_BEFORE_RECEIVED.search(text, max(sent.start, start - 80), start)
            )
            and (
                text[start] not in "ac"
                or not text.startswith(("approval ", "clearance ", "authori"), start)
                or not text.endswith(("following ", "after "), 0, start)
                or _TRIAL_EARLIER.search(text, max(sent.start, start - 160), start)
            )
            # ("that request was filed together with the IND": the filing told before)
            and not (
                ("with " in text[max(sent.start, start - 20) : start]
                 or "alongside" in text[max(sent.start, start - 20) : start])
                and _ALONGSIDE_BEFORE.search(text, max(sent.start, start - 20), start)
            )
            # ("submitted the IND (IND 172998) on ...", "cleared the IND in November 2022
            # under IND 168214": the number of the filing just named)
            and not (
                (text[start - 1 : start] == "(" or text.endswith("under ", 0, start))
                and _IND_NUMBER.match(text, start)
            )
            and (
                not text.startswith("Application ", start)
                or _line_before_names_filing(text, start)
            )
        ]
        if len(found) > 1:
            found = _restated_acronyms_merged(text, found)
        if len(found) > 1:
            # ("submitted a CTA ... through the CTIS in July": the portal a filing named
            # before went through; alone, it names the filing)
            found = [t for t in found if not _PORTAL.fullmatch(text, t.start, t.end)]
        if len(found) > 1:
            # "IND approval from the MFDS and from the TGA via the CTN scheme": the pathway
            # an agency's part went through, not a filing of its own ("notified the trial
            # to the TGA under the CTN scheme on 4 July, and the trial was cleared to
            # proceed under the CTN scheme on 9 July": routes alone, the filing is the first)
            found = [
                t
                for t in found
                if not (
                    _GENERIC_ROUTE.match(text, t.end)
                    and _VIA_BEFORE.search(text, max(sent.start, t.start - 30), t.start)
                )
            ] or found[:1]
        if not found and with_ind and "application" in sent.text:
            # "The company had submitted the Korean application in March": a filing named
            # by its country, after the release has told of filings
            found = [
                Trigger(m.start(), m.end(), "ind")
                for m in _COUNTRY_FILING.finditer(text, sent.start, sent.end)
            ]
        if (
            not found
            and with_ind
            and i - 1 not in with_ind
            and i - 2 not in with_ind
            and _AGENCY_ACTS.search(sent.text)
            and not cues.IND_NOT_EVENT.search(sent.text)
            # ("... submitted a BLA in May. The FDA accepted the application in July.")
            and not (i > 0 and cues.IND_NOT_EVENT.search(sentences[i - 1].text))
        ):
            # "The CDE had accepted the application in June": an agency acting on the
            # filing told further up
            found = [
                Trigger(m.start(), m.end(), "ind")
                for m in _ANAPHORIC_FILING.finditer(text, sent.start, sent.end)
                if m.group(0).endswith(("application", "applications"))
            ]
        if (
            not found
            and i > 0
            # (or the one before it: "... implied approval. The approval allows a trial.
            # The application was accepted on ...")
            and (i - 1 in with_ind or i - 2 in with_ind)
            and not cues.IND_NOT_EVENT.search(sent.text)
        ):
            # "OBI filed the application with the TFDA on May 29": the previous
            # sentence's IND, named again
            found = [
                Trigger(m.start(), m.end(), "ind")
                for m in _ANAPHORIC_FILING.finditer(text, sent.start, sent.end)
            ]
        if found:
            with_ind.add(i)
        out.extend(found)
    return out


_FILING_NAMED = re.compile(
    r"\b(?:INDs?|CTAs?|CTN|[Cc]linical [Tt]rial [Aa]pplication|[Ii]nvestigational [Nn]ew [Dd]rug)\b"
)


def _line_before_names_filing(text: str, start: int) -> bool:
    """ "January 2025  Clinical trial application submitted to the CDE" over "February
    2025  Application accepted (CXSL2500214)": the bare "Application" of a timeline's row is
    the filing the row before it names."""
    line_start = text.rfind("\n", 0, start)
    if line_start <= 0:
        return False
    before_start = text.rfind("\n", 0, line_start) + 1
    return bool(_FILING_NAMED.search(text, before_start, line_start))


def _agency_approves(text: str, sent: Sentence, start: int, end: int) -> bool:
    """For the triggers that open with a verb ("approved the study", "cleared by the"):
    "the hospital's ethics committee approved the study" is not the agency's, and
    "approved by the NMPA" counts after "the trial was", not after a drug."""
    if _ETHICS_BEFORE.search(text, max(sent.start, start - 45), start) or (
        # ("the study's protocol has been approved by the institutional review boards")
        _BY_ETHICS_BODY.match(text, end - 4)
    ):
        return False
    if text.endswith(("following ", "after "), 0, start):
        return True  # "... following approval by Medsafe" (the trial before it is checked)
    # ("the first-in-human Phase 1 study of X, in healthy volunteers and patients with
    # elevated triglycerides, was approved by": the trial may lie past a long aside)
    return text[end - 4 : end] not in (" by ", "the ") or bool(
        cues.TRIAL_BEFORE_BY.search(text, max(sent.start, start - 130), start)
    )


def _relative_of_a_trial(text: str, sent: Sentence, start: int) -> bool:
    """ "a Phase 2 study of X in Y that the MFDS approved": the relative clause follows a
    trial named in its clause (not "the drug, which the FDA approved")."""
    return bool(cues.TRIAL_BEFORE_RELATIVE.search(text, max(sent.start, start - 110), start))


_IND_NUMBER = re.compile(r"IND\s*(?:[Nn]o\.?\s*|#\s*)?\d{5,6}\b")

# "a Phase 1 study ... is under way in New Zealand following approval from Medsafe"
_TRIAL_EARLIER = re.compile(r"\b(?:trial|study)\b[^.;]*\Z")


def _group(text: str, trig: list[Trigger]) -> list[list[Trigger]]:
    groups: list[list[Trigger]] = []
    for t in trig:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end : t.start]
            if (
                prev.kind == t.kind == "des"
                and prev.dtype == t.dtype
                and _SAME_DESIGNATION.match(gap)
            ):
                prev.end = t.end  # "Orphan Drug Designation (ODD)" is one mention
                continue
            if prev.kind == t.kind == "ind" and (
                _OF_FILING.fullmatch(gap) or _THROUGH_FILING.fullmatch(gap)
            ):
                prev.end = t.end  # "clearance of its clinical trial application": one filing
                continue
            if prev.kind == t.kind and (_COORDINATION.match(gap) or _designation_word_gap(gap)):
                groups[-1].append(t)
                continue
        groups.append([t])
    return groups


_OF_FILING = re.compile(
    # ("a No Objection Letter in 2024 for the clinical trial application of X")
    r"\s*(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s+)?"
    r"(?:for|of|on|to)\s+(?:(?:the (?:[Cc]ompany|trial|study)['’]s|its|the|an?|their|our"
    r"|[A-Z][\w-]*['’]s)\s+)?"
    # ("a No Objection Letter for the Canadian CTA": the country's filing; "implied approval
    # of the first clinical trial application")
    r"(?:(?:U\.S\.|UK|EU|U\.K\.|[A-Z][a-z]+(?:an|ese|ish|ian))\s+)?"
    r"(?:(?:first|second|third|initial|original|new)\s+)?"
    # ("a No Objection Letter for the BMT-530 Phase 1 clinical trial application")
    r"(?:[A-Z][A-Za-z]*-?\d[\w-]*\s+)?(?:Phase\s+[\dI]\w*(?:/[\dI]\w*)?\s+)?"
    # "approved the trial's investigational new drug application": one filing
    r"|['’]s\s+"
)

# "was cleared to begin in Australia in 2022 through a Clinical Trial Notification": the
# clearance and the filing it came through, one event
_THROUGH_FILING = re.compile(
    r"\s+(?:in\s+[A-Z][a-z]+\s+)?(?:in\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}\s+)?"
    r"(?:through|via|by way of)\s+(?:an?|the|its)\s+"
)

_DESIGNATION_WORD_GAP = re.compile(
    r"\s*(?:\)\s*)?(?:designations?|status)?\s*(?:,|and|or)?\s*(?:the\s+)?", re.I
)

# "October 2024 — FDA Orphan Drug Designation for myasthenia gravis.": an entry of a
# timeline, dated first, needs no verb to say the designation was given
_DATE_THEN_DASH = re.compile(r"[*\s]*[—–:-]\s")


def _timeline_entry(ctx: _Context, sent: Sentence) -> bool:
    opening = _within(ctx.dates, sent.start, sent.start + 25)
    return bool(
        opening
        and opening[0].start - sent.start <= 2
        and _DATE_THEN_DASH.match(ctx.text, opening[0].end)
        and not _after_release(opening[0].value, ctx.published_month)
        and not NOT_HELD_ITEM.search(sent.text)
    )


def _granted_list_lead(ctx: _Context, sent: Sentence) -> tuple[int, int] | None:
    """The line introducing the list `sent` is an item of, when it says what was granted
    ("The FDA has granted CVN-201:")."""
    intro = _list_intro(ctx, sent)
    return intro if intro is not None and cues.GRANTED.search(ctx.text, *intro) else None


def _held_item(text: str, sent: Sentence, trig_start: int) -> tuple[int, int] | None:
    """A designation in a table row's designations column, which lists what a product
    holds ("FDA Orphan Drug (HCC, November 2024); FDA Fast Track (mUC, 2024)"): a row has
    no verb to say it was given. The span of its item, or None."""
    if " | " not in sent.text:
        return None
    line_start = text.rfind("\n", 0, trig_start) + 1
    column = text.count(" | ", line_start, trig_start)
    # the header: the first line of the run of table lines above
    header = line_start
    while header > 0:
        prev = text.rfind("\n", 0, header - 1) + 1
        if " | " not in text[prev : header - 1]:
            break
        header = prev
    header_cells = text[header : text.find("\n", header)].split(" | ")
    if (
        column >= len(header_cells)
        or not DESIGNATIONS_HEADER.search(header_cells[column])
        # a table with its own agency or date column is read row by row (tables.py)
        or any(COLUMN["agency"].search(cell) or COLUMN["date"].search(cell)
               for cell in header_cells)
    ):
        return None
    # (an item told as not given, "RMAT (requested)", never reaches here: _sentence_events
    # drops every table row's not-held item first)
    return _cell_item(text, sent, trig_start)


def _from_agency_item(text: str, sent: Sentence, group: list[Trigger]) -> tuple[int, int] | None:
    """The span of a list item that opens with a designation held "from" an agency."""
    if text[sent.start - 1 : sent.start] not in ("\n", ""):
        return None
    opening = _ITEM_OPENING.match(text, sent.start)
    if opening is None or opening.end() != group[0].start:
        return None
    if not _FROM_AGENCY_AFTER.match(text, group[-1].end):
        return None
    return sent.start, sent.end


# a pipeline table's regulatory cell: "ODD PNH (FDA, 2022)", "Fast Track (FDA, Sep 2025)",
# "Swissmedic orphan drug status (2019)", "ODD - testicular germ cell tumors (FDA, 2024)"
_BRACKETED_AGENCY_YEAR = re.compile(
    # ("Breakthrough Therapy Designation for pediatric patients with PH1 and preserved kidney
    # function from the FDA (June 2023)": a long indication between)
    r"(?:\s*[-–:]\s*|\s+)?(?:[^\s();|][^();|]{0,100}?\s)?\("
    r"(?:[A-Z][A-Za-z]{1,10}[,;]?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d"
    r"(?:\s*[;,]\s*[A-Z][A-Za-z]{1,10}[,;]?\s*(?:19|20)\d\d)*\)"
)
# where an item of such a cell starts: after ";", "|", a column gap or the line start
_ITEM_START = re.compile(r"(?:;\s*|\|\s*|\s{2,}|^)(?=[^;|]*\Z)", re.M)

# "Orphan drug designations for primary hyperoxaluria: FDA (April 2022), European
# Commission (September 2022) and MHLW (June 2025)": held, each agency with its date
_AGENCIES_DATED_AFTER_COLON = re.compile(
    r"[^:;.()]{0,80}:\s*(?:the\s+)?[A-Z][\w.'’ -]{1,50}?\s*\((?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2}\s+)?(?:19|20)\d\d\)"
)


def _agencies_dated_after_colon(
    text: str, sent: Sentence, group: list[Trigger]
) -> tuple[int, int] | None:
    if ":" not in text[group[-1].end : sent.end]:
        return None
    m = _AGENCIES_DATED_AFTER_COLON.match(text, group[-1].end, sent.end)
    return (group[0].start, sent.end) if m else None


def _dated_in_brackets(
    text: str, sent: Sentence, group: list[Trigger]
) -> tuple[int, int] | None:
    """The item of a designation a table cell lists as held, with its agency and year in
    brackets after it: the span of the item, or None."""
    m = _BRACKETED_AGENCY_YEAR.match(text, group[-1].end, sent.end)
    if m is None:
        return None
    start = _ITEM_START.search(text, max(sent.start, group[0].start - 40), group[0].start)
    return (start.end() if start else group[0].start), m.end()


def _cell_item(text: str, sent: Sentence, trig_start: int) -> tuple[int, int]:
    """The span of the table cell holding a trigger, or of its ";" item."""
    line_start = text.rfind("\n", 0, trig_start) + 1
    cell_start = max(line_start, text.rfind(" | ", line_start, trig_start) + 3)
    cell_end = text.find(" | ", trig_start, sent.end)
    cell_end = sent.end if cell_end == -1 else cell_end
    item_start = max(cell_start, text.rfind(";", cell_start, trig_start) + 1)
    item_end = text.find(";", trig_start, cell_end)
    return item_start, cell_end if item_end == -1 else item_end


# "FDA Orphan Drug (HCC, November 2024)": the item's indication before its date
_ITEM_PARENTHESIS = re.compile(r"\s*\(\s*([^,;()]{2,80}?)\s*[,)]")


def _item_indication(ctx: _Context, trig_end: int, hi: int) -> str | None:
    m = _ITEM_PARENTHESIS.match(ctx.text, trig_end, hi)
    # ("ODD (FDA, 2025)": the bracket names the agency, not a disease)
    if not m or _within(ctx.dates, m.start(1), m.end(1)) or _within(
        ctx.agencies, m.start(1), m.end(1)
    ):
        return None
    words = m.group(1)
    if words in ctx.acronyms or DISEASE.search(words):
        return expand_acronyms(words, ctx.acronyms)
    return None


def _designation_word_gap(gap: str) -> bool:
    return bool(_DESIGNATION_WORD_GAP.fullmatch(gap))


def _scopes(text: str, sent: Sentence, groups: list[list[Trigger]]) -> list[tuple[int, int]]:
    """Split the sentence between trigger groups at the last clause break in each gap."""
    bounds = [sent.start]
    for prev, nxt in zip(groups, groups[1:], strict=False):
        gap_start, gap_end = prev[-1].end, nxt[0].start
        semi = text.find(";", gap_start, gap_end)
        while semi != -1 and text.count("(", gap_start, semi) > text.count(")", gap_start, semi):
            # ("ODD (FDA 2023; EC 2023); PRIME (Jun 2025)": a ";" inside the brackets)
            semi = text.find(";", semi + 1, gap_end)
        if semi != -1:
            bounds.append(semi + 1)
            continue
        strong = _STRONG_BREAK.search(text, gap_start, gap_end)
        if strong:
            bounds.append(strong.end())
            continue
        breaks = list(_CLAUSE_BREAK.finditer(text, gap_start, gap_end))
        if breaks and _ASIDE_THEN_VERB.match(text, breaks[-1].start(), gap_end):
            # "Its first clinical trial application, for X, was approved by ...": the
            # aside between the filing and its verb is the filing's, not a new clause
            breaks = []
        bounds.append(breaks[-1].end() if breaks else gap_start)
    bounds.append(sent.end)
    return [(bounds[i], bounds[i + 1]) for i in range(len(groups))]


def _sentence_events(
    ctx: _Context,
    sent: Sentence,
    trig: list[Trigger],
    sent_mentions: list[Mention],
    fallback: list[int],
) -> list[RawEvent]:
    text = ctx.text
    groups = _group(text, trig)
    scopes = _scopes(text, sent, groups)
    out: list[RawEvent] = []
    prev_agencies: list[str] = []
    prev_pids: list[int] = []  # the products of the group that named prev_agencies
    prev_end = sent.start
    prev_date: str | None = None
    sent_dates = _within(ctx.dates, sent.start, sent.end)
    lead_date = (
        sent_dates[0].value if sent_dates and sent_dates[0].start - sent.start < 25 else None
    )
    # "For Galactosemia, X has received ..." names the indication for the whole sentence
    opener = _OPENER.match(sent.text)
    lead_indication = (
        find_indication(text, sent.start, sent.start + opener.end(), diseases=ctx.diseases)
        if opener
        else None
    )
    granted: bool | None = None  # whether the sentence says something was given
    des_groups: list[tuple[int, int, list[RawEvent]]] = []
    ind_groups: list[tuple[int, int, list[RawEvent]]] = []
    # a headline has no closing stop (the cheap half of _is_headline, tried first)
    headline = not sent.text.rstrip().endswith(".") and _is_headline(sent.text)
    for index, (group, (lo, hi)) in enumerate(zip(groups, scopes, strict=True)):
        kind = group[0].kind
        item_indication: str | None = None
        held_item = False
        own_start: int | None = None  # where the filing's own phrase starts, if not at lo
        if headline and kind == "ind":
            # "Receives Health Canada Approval for A and Submits U.S. IND for B": the
            # headline's verb opens the trigger's own clause
            verb = cues.HEADLINE_STATUS_BEFORE.search(
                text, max(lo, group[0].start - 40), group[0].start
            )
            if verb and text[max(lo, verb.start() - 5) : verb.start()].endswith("and "):
                lo = verb.start()
        elif kind == "ind" and sent_mentions:
            own_start = _second_filing_start(text, lo, hi, group[0].start, sent_mentions)
            lo = own_start or lo
        if (
            kind == "ind"
            and text[sent.start : group[0].start].strip() in ("The", "This")
            and _OUTCOME_FOLLOWS_AFTER.match(text, group[-1].end)
            # ("The IND clearance follows X's submission of the application on August 7,
            # 2025": the submission it follows is this filing's, dated)
            and not _FOLLOWS_ITS_SUBMISSION.match(text, group[-1].end)
        ):
            # "The IND clearance follows a pre-IND meeting in March": the clearance told
            # before, restated as the subject; what it follows has its own triggers
            continue
        # the cheap test first: no product, no fact
        pids = _products_for(group, lo, hi, sent, sent_mentions, fallback, text)
        if pids and kind == "ind" and " | " in sent.text:
            # "U.S. Phase 1/2 (IND cleared Nov 2024) | Japan orphan (2022)": a table row's
            # filing is told by its own cell (or ";" item): its agency, status and date
            lo, hi = _cell_item(text, sent, group[0].start)
            cell_dates = _within(ctx.dates, lo, hi)
            if cell_dates and all(_after_release(d.value, ctx.published_month)
                                  for d in cell_dates):
                continue  # "IND submission 2H 2027": a milestone ahead
        if not pids or (
            kind == "des"
            and not sent_mentions
            # ('"We have an NDA under priority review," said the CEO': a quote naming no
            # product restates news in looser words; "Orphan designation in the EU is
            # granted by the European Commission": how the programme works)
            and (sent.text[:1] in '"“' or cues.HOW_GRANTED.search(text, lo, hi))
        ):
            continue
        scope = text[lo:hi]
        if kind == "ind" and cues.IND_NOT_EVENT.search(scope) and not _within(ctx.agencies, lo, hi):
            continue
        trig_span = (group[0].start, group[-1].end)
        if _is_not_event(kind, text, lo, trig_span, hi, sent.start) or _in_enumerated_plan(
            text, sent, group[0].start
        ):
            continue
        if kind == "des":
            if " | " in sent.text and NOT_HELD_ITEM.search(
                text, *_cell_item(text, sent, group[0].start)
            ):
                # a table row's item told as not given: "... designation requested April
                # 2025, decision pending", "NMPA Breakthrough Therapy proposed (public
                # notice)", "RMAT (requested)"
                continue
            if granted is None:
                granted = bool(cues.GRANTED.search(sent.text))
            lead = None if granted else _granted_list_lead(ctx, sent)
            if lead is not None and not prev_agencies:
                # "The FDA has granted CVN-201:" over "- Orphan Drug Designation for ...
                # (August 2023);": each item was granted, by the lead's agency
                prev_agencies = _codes(_within(ctx.agencies, *lead))
            if not granted and lead is None and not _timeline_entry(ctx, sent):
                held = (
                    _held_item(text, sent, group[0].start)
                    or _agencies_dated_after_colon(text, sent, group)
                    or _dated_in_brackets(text, sent, group)
                    or _from_agency_item(text, sent, group)
                )
                if held is None:
                    continue
                # the item alone tells its agency, date and indication
                lo, hi = held
                held_item = True
                item_indication = _item_indication(ctx, group[-1].end, hi)
        if (
            kind == "ind"
            and prev_agencies
            and ";" in text[prev_end : group[0].start]
            and not set(pids) & set(prev_pids)
        ):
            # "X cleared in the UK and the US; Y CTA submitted": another product's news
            # after the ";", whose agencies are not this filing's
            prev_agencies = []
        agencies = _shared_agency_after(ctx, groups, scopes, index) or _agencies_for(
            ctx, group, lo, hi, sent, prev_agencies, pids, own_start=own_start
        )
        if not agencies:
            continue
        ctx.loose_date = False
        date = _date_for(ctx, group, lo, hi, sent, lead_date, prev_date)
        loose = ctx.loose_date
        # the indication after the trigger, else one in the trigger's own clause before it
        plural = kind == "des" and bool(
            cues.PLURAL_DESIGNATION.search(scope) or COUNTED_INDICATIONS_LIST.search(scope)
            or ((" and for " in scope or " and, " in scope) and AND_FOR_ANOTHER.search(scope))
        )
        indication = (
            find_indication(
                text, group[0].end, hi, lists=plural, known=ctx.acronyms, diseases=ctx.diseases
            )
            or find_indication(
                text,
                _after_announcement(text, lo, group[0].start),
                group[0].start,
                known=ctx.acronyms,
                diseases=ctx.diseases,
            )
            or item_indication
            or lead_indication
        )
        if (
            indication is None
            and kind == "ind"
            and group[0].end - group[0].start > 40
            and _WITH_POPULATION.search(text, group[0].start, group[0].end)
        ):
            # ("has notified the company that its Phase 2 study of X in patients with Y may
            # proceed": the long trigger holds the study's population)
            indication = find_indication(
                text, group[0].start, group[0].end, known=ctx.acronyms, diseases=ctx.diseases
            )
        if indication and (
            sent.text[:1] in '"“'
            or (headline and not held_item)  # (a table's row reads like a headline)
            or (kind == "ind" and _is_subheading(ctx, sent))
        ):
            indication = None  # a quote or a headline restates the news in looser words
        if indication:
            # "under priority review in Japan for FOP": the place is no part of the disease
            place = _PLACE_THEN_FOR.match(indication)
            indication = expand_acronyms(indication[place.end() if place else 0 :], ctx.acronyms)
        elif _SAME_INDICATION.search(scope):
            # "... and its NDA was accepted with priority review for the same indication"
            told = [ev for ev in out if ev.indication and ev.pid in pids]
            if told:
                indication = told[-1].indication
        prev_agencies, prev_date = agencies, date or prev_date
        prev_pids, prev_end = pids, group[-1].end
        if kind == "ind" and indication:
            # "issued a No Objection Letter for the Company's CTA for X in Y": the filing
            # named after the outcome tells the outcome's indication
            for ev in out:
                if ev.kind == "ind" and ev.indication is None and ev.pid in pids:
                    ev.indication = indication
        if indication and _SHARED_INDICATION.search(scope):
            # "Priority Review in May and BTD in March, both for G/GEJA": earlier facts
            # of the sentence share the indication
            for ev in out:
                ev.indication = ev.indication or indication
        first_new = len(out)
        if kind == "ind":
            spread = _respectively(text, lo, hi, agencies) or _dated_per_agency(
                ctx, lo, hi, agencies,
                plural=bool(_PLURAL_FILINGS.search(text, group[0].start, group[-1].end + 1)),
            )
            spread_dates = {when for _a, when in spread or []}
            for agency_list, when in spread or [(agencies, date)]:
                out.extend(
                    _ind_events(ctx, group, lo, hi, sent, pids, agency_list, when, indication,
                                others=spread_dates - {when})
                )
            if not spread:
                out.extend(_second_filing(ctx, hi, out[first_new:]))
        else:
            per_agency = _indication_per_agency(ctx, lo, hi) or _indications_respectively(
                text, lo, hi, agencies, indication
            )
            # "granted by the EC and the FDA in March and May 2025, respectively", "from
            # the FDA in 2024 and from the European Commission in November 2025"
            spread = _respectively(text, lo, hi, agencies) or _dated_per_agency(
                ctx, lo, hi, agencies
            )
            own = {_TYPE_AGENCY.get(t.dtype) for t in group}
            if spread and len(own) == 1 and any(own <= set(a) for a, _when in spread):
                # "PRIME by the EMA in 2024 and GIFT designation by the MFDS in 2025": the
                # other agency's date is its own news, not a second PRIME
                spread = [(a, when) for a, when in spread if own <= set(a)]
            for agency_list, when in spread or [(agencies, date)]:
                out.extend(
                    _designations(
                        group, plural, sent, pids, agency_list, when, indication, per_agency,
                        ctx.acronyms,
                    )
                )
            if not spread:
                _date_types_respectively(ctx, sent, group, hi, out[first_new:])
                out.extend(_second_dated_indication(ctx, group, hi, out[first_new:]))
        if loose:
            for ev in out[first_new:]:
                ev.loose_date = ev.date == date
        if held_item:
            for ev in out[first_new:]:
                ev.listed = True
        if kind == "des":
            des_groups.append((group[0].start, group[-1].end, out[first_new:]))
        else:
            ind_groups.append((group[0].start, group[-1].end, out[first_new:]))
    if len(ind_groups) > 1:
        out.extend(_shared_submission(ctx, sent, ind_groups))
    if len(des_groups) > 1:
        _share_list_indication(ctx, sent, des_groups)
        _share_trailing_indication(text, des_groups)
    if prev_date:
        ctx.last_date = prev_date
    return out


# "... submitted its IND application to the FDA and a CTA to the MHRA": the verb governs
# both filings
_AND_ANOTHER_FILING = re.compile(
    r"\s+(?:application\s+)?to\s+(?:the\s+)?[^,;.]{2,80}?\s+and\s+(?:a|an|its)\s+\Z"
)


def _shared_submission(
    ctx: _Context, sent: Sentence, ind_groups: list[tuple[int, int, list[RawEvent]]]
) -> list[RawEvent]:
    """The second filing of "X submitted A to the FDA and B to the MHRA on June 2": a
    submission of its own, to the agency named right after it, dated as the first."""
    text = ctx.text
    added: list[RawEvent] = []
    for (_s1, end1, evs1), (start2, end2, evs2) in itertools.pairwise(ind_groups):
        sub = next((e for e in evs1 if e.label == "submitted"), None)
        if sub is None or any(e.label == "submitted" for e in evs2):
            continue
        if not _AND_ANOTHER_FILING.search(text, end1, start2):
            continue
        stop = text.find(";", end2, sent.end)
        stop = stop if stop != -1 else sent.end
        named = _codes(_within(ctx.agencies, end2, stop))
        if named and named[0] != sub.agency:
            # ("... to the MHRA on the same day, June 2, 2022": the date told after both)
            told = [d for d in _within(ctx.dates, end2, stop)
                    if not _after_release(d.value, ctx.published_month)]
            if sub.date is None and told:
                sub.date = told[0].value
            added.append(RawEvent(sub.pid, named[0], "ind", "submitted", sub.date,
                                  sub.indication, sub.sentence, trigger=text[start2:end2]))
    return added


def _share_trailing_indication(
    text: str, des_groups: list[tuple[int, int, list[RawEvent]]]
) -> None:
    """ "Orphan Drug Designation from the FDA (2022) and orphan designation from the
    European Commission (2023) for hemophilia B": a trailing indication covers the
    designations joined to it by "and" that name none of their own (and one told before
    both covers the later one)."""
    for (_s1, e1, evs1), (s2, _e2, evs2) in zip(des_groups, des_groups[1:], strict=False):
        gap = text[e1:s2]
        later = next((ev.indication for ev in evs2 if ev.indication), None)
        if not _AND_GAP.fullmatch(gap):
            continue
        if later and all(ev.indication is None for ev in evs1):
            for ev in evs1:
                ev.indication = later
        earlier = next((ev.indication for ev in evs1 if ev.indication), None)
        if earlier and not later and earlier[:12] not in gap:
            # "X, a drug for Y, which received Orphan Drug Designation and Rare Pediatric
            # Disease designation": an indication told before both covers both
            for ev in evs2:
                ev.indication = earlier
        # "Fast Track designation from the FDA and PRIME from the EMA in 2025": one date
        when = next((ev.date for ev in evs2 if ev.date), None)
        if when and all(ev.date is None for ev in evs1) and not _YEAR_IN.search(gap):
            for ev in evs1:
                ev.date = when


def _share_list_indication(
    ctx: _Context, sent: Sentence, des_groups: list[tuple[int, int, list[RawEvent]]]
) -> None:
    """ "several designations from the FDA for X: Orphan Drug Designation in 2022, Rare
    Pediatric Disease Designation in 2023 and ...": the indication told before the colon
    covers every designation listed after it that names none of its own."""
    colon = ctx.text.rfind(":", sent.start, des_groups[0][0])
    if colon == -1 or "for " not in ctx.text[sent.start : colon]:
        return
    shared = find_indication(
        ctx.text, sent.start, colon + 1, known=ctx.acronyms, diseases=ctx.diseases
    )
    if not shared:
        return
    for _s, _e, evs in des_groups:
        for ev in evs:
            ev.indication = ev.indication or shared


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# the words between two designations joined by "and", naming no indication of the first
_AND_GAP = re.compile(r"(?:(?!\bfor\b|\bin\b|;)[^.;])*?\band\b(?:(?!\bfor\b|;)[^.;])*")

_ANNOUNCED = Prefiltered(
    re.compile(
        r"\b(?:announc\w*|said|reported|highlighted|(?:pleased|delighted) to (?:advise|report|"
        r"inform|confirm|provide)|advises|confirms|informs)(?:\s+today)?(?:\s+that)?\s"
    ),
    ("announc", "said", "reported", "highlighted", "pleased to", "delighted to", "advises",
     "confirms", "informs"),
)


def _after_announcement(text: str, lo: int, trig_start: int) -> int:
    """Skip "X, a company developing therapies for Y, today announced that" before a trigger."""
    ends = [m.end() for m in _ANNOUNCED.finditer(text, lo, trig_start)]
    return ends[-1] if ends else lo


def _is_subheading(ctx: _Context, sent: Sentence) -> bool:
    """A line above the lead paragraph without a closing stop ("First trial of X in
    autoimmune disease; U.S. IND submitted"): a subheading, whose filings are told in
    looser words too (a designation's subheading names its indication faithfully)."""
    return (
        sent.end < ctx.lead_end
        and not sent.text.rstrip().endswith((".", "!", "?", '"', "”", ";", ":"))
        and ctx.text.find("\n", sent.end, ctx.lead_end) != -1
    )


def _is_headline(sentence: str) -> bool:
    """A headline: no closing stop, and Title Case ("X Receives Fast Track Designation for
    Y in Z") - its words are capitalised, so they read badly as an indication."""
    if sentence.rstrip().endswith((".", "!", "?", '"', "”", ";", ":")):
        return False
    words = [w for w in sentence.split() if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# "In 2026, we expect (i) the approval decision ...; (ii) ...; and (iv) IND submissions for
# X": every item of a list the plan opens is planned
_ENUMERATED_PLAN = re.compile(
    r"\b(?:expects?|expected|anticipates?|anticipated|plans?|planned|intends?|aims?|targets?|"
    r"will)\b[^.;:()]{0,40}?:?\s*\((?:i|a|1)\)"
)


# "reports Health Canada clearance for X and an IND submission for Y": an outcome named
# with its own product before the filing joined by "and"
_OUTCOME_FOR_THEN_AND = re.compile(
    r"\b(?i:clearance|approval|authori[sz]ation|acceptance)\s+(?:for|of)\s+[^,;()]{1,60}?"
    r"\s+and\s+(?=(?:an?|the|its)\s+(?:[\w.-]+\s+){0,2}\Z)"
)


def _second_filing_start(
    text: str, lo: int, hi: int, trig_start: int, mentions: list[Mention]
) -> int | None:
    """Where the filing's own phrase starts when it is the second of two joined by "and",
    each naming its product ("clearance for X and an IND submission for Y": the filing is
    Y's alone, the clearance and its agency none of its own); else None."""
    if " and " not in text[max(lo, trig_start - 20) : trig_start]:
        return None
    joined = _OUTCOME_FOR_THEN_AND.search(text, max(lo, trig_start - 120), trig_start)
    if joined is None:
        return None
    first = any(joined.start() < m.start < joined.end() for m in mentions)
    second = any(trig_start < m.start < hi for m in mentions)
    return joined.end() if first and second else None


# "X expects the FDA's decision in the fourth quarter, topline data in mid-2026 and a U.S.
# IND filing in the first half of 2026": the verb governs each item of the list after it,
# up to the trigger, when no other verb or clause comes between
_LISTED_PLAN = re.compile(
    r"\b(?:expects?|anticipates?)\s(?=[^;:]*,)"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|which|that|who|after|following|since|under|"
    # ("a U.S. IND filing": an abbreviation's stop ends no sentence)
    r"received|submitted|filed|granted|cleared|approved|accepted|obtained|completed)\b)"
    r"(?:[^.;:]|(?<=[A-Z])\.))*\Z"
)


def _in_enumerated_plan(text: str, sent: Sentence, trig_start: int) -> bool:
    head = text[sent.start : trig_start]
    if "(i)" in head or "(a)" in head or "(1)" in head:
        return bool(_ENUMERATED_PLAN.search(text, sent.start, trig_start))
    return ("xpect" in head or "nticipat" in head) and bool(
        _LISTED_PLAN.search(text, sent.start, trig_start)
    )


def _is_not_event(
    kind: str, text: str, lo: int, trig: tuple[int, int], hi: int, sent_start: int | None = None
) -> bool:
    # Only the trigger's own clause counts: a company description earlier in the
    # sentence ("a company that aims to ...") says nothing about the event. Plans are
    # told before the trigger ("intends to submit an IND"); generalities about a
    # designation programme anywhere in its clause.
    trig_start, trig_end = trig
    clause = _own_clause_start(text, lo, trig_start)
    # (a phrase continuing the clauses before it may reach back past its own group's
    # scope: "could be eligible for Breakthrough Therapy designation and, ultimately, for
    # priority review")
    floor = sent_start if sent_start is not None and kind == "des" else lo
    for _ in range(3):
        if not (_DANGLING_FOR.fullmatch(text, clause, trig_start) and clause - 2 > floor):
            break
        # "may qualify for rolling submission and, if the criteria are met, for priority
        # review": a phrase that continues the clauses before it
        clause = _own_clause_start(text, floor, clause - 2)
    if _LIST_LEAD.match(text, clause) and clause - 2 > lo:
        # "could qualify for expedited pathways, including Fast Track designation": an
        # example in a list belongs to the clause the list hangs from
        clause = _own_clause_start(text, lo, clause - 2)
    if kind == "des" and clause - 2 > lo and not text[clause:trig_start].strip():
        # "Designated products may receive guidance from the PMDA, priority review of the
        # application, and ...": a designation opening its clause is an item of the list
        # the clause before began
        clause = _own_clause_start(text, lo, clause - 2)
    if kind == "des" and "ligib" in text[clause:hi]:
        # "granted X eligibility for its PRIME scheme", "the EMA confirmed that X is
        # eligible for its PRIME scheme": that eligibility is the grant
        # (the confirmation opens the sentence, before the clause that names the product)
        granted = _GRANTED_ELIGIBILITY.search(text, clause, hi) or _CONFIRMED_ELIGIBLE.search(
            text, lo, hi
        )
        if granted:
            a, b = granted.span(1)
            text = text[:a] + " " * (b - a) + text[b:]
    if _NEGATED_BEFORE.search(text, clause, trig_start):
        return True  # "but no IND has been submitted at this time"
    plan = cues.NOT_EVENT.search(text, clause, trig_start)
    if plan and kind == "ind" and plan.group() == "applied for":
        plan = None  # "The company had applied for the IND to the MFDS on August 29": filed
    if plan and plan.group() == "once" and _HAD_DONE.search(text, plan.end(), trig_start + 12):
        plan = None  # "German sites followed once the BfArM had approved the study": done
    if plan and not (
        # "sites will operate under the IND the FDA cleared in 2026": the plan is the
        # sites', the filing named after "under" was cleared before
        kind == "ind"
        and _UNDER_BEFORE.search(text, plan.end(), trig_start)
        and _CLEARED_RELATIVE.search(text, trig_start, min(hi, trig_start + 160))
    ) and not (
        # "the trial will run alongside the U.S. study for which the FDA cleared the
        # Company's IND in October": the relative clause tells what was done
        kind == "ind" and _CLEARED_IN_RELATIVE_BEFORE.search(text, plan.end(), trig_start)
    ):
        return True
    if kind == "des" and _NOT_YET_RELATIVE.match(text, trig_start, hi):
        return True  # "Rare Pediatric Disease Designation, which X has not yet requested"
    if kind == "des":
        # "..., which makes the Company eligible for a voucher" comments on the grant; a
        # clause after ";" tells other news ("...; the proposed trade name is X")
        semi = text.find(";", trig_start, hi)
        hi = semi if semi != -1 else hi
        comment = _COMMENT.search(text, trig_start, hi)
        return bool(cues.DES_NOT_EVENT.search(text, clause, comment.start() if comment else hi))
    # "an IND is expected to be filed", "IND submission for X remains on track": a plan
    # told right after the trigger
    # (in the trigger's own clause: "... cleared the IND in October, and data from both
    # countries will be pooled" tells the trial's plan)
    own_end = text.find(", and ", trig_start, min(hi, trig_start + 60))
    after = _PLAN_AFTER.search(
        text[trig_start : own_end if own_end != -1 else min(hi, trig_start + 60)]) or (
        # "IND submission for a Phase 2 study in primary hyperoxaluria type 1 planned for
        # the second half of 2026": the submission's own clause, however long
        _SUBMISSION_PLANNED.match(text, trig_end, hi)
    )
    if after and after.group().startswith(("under", "Under")) and _FILED_BEFORE.search(
        text, clause, trig_start
    ):
        # "submitted a parallel CTA to Health Canada in May, which is under review": the
        # filing happened, its review is what is pending
        after = None
    return bool(after or _OUTCOME_AWAITED_AFTER.match(text, trig_start, hi))


_FILED_BEFORE = re.compile(r"\b(?:submitted|filed|lodged)\b[^.;]*\Z")
_SUBMISSION_PLANNED = re.compile(
    # ("An IND submission to the U.S. FDA is being considered for 2026": "U.S." no end)
    r"\s+(?:submission|filing)\s+(?:[^.;,]|(?<=[A-Z])\.){0,100}?\b(?:[Pp]lanned|[Ee]xpected|"
    # ("FDA IND submission planned 1H 2026": a table cell's date, no preposition; "IND
    # submission   Planned 2H 2026": an aligned table's next cell)
    r"[Ss]cheduled|[Tt]argeted|being considered)\s+(?:(?:for|in|by)\b|(?=\S*\d))"
)

# "no IND", "no U.S. IND", "neither an IND nor": a filing denied ("no objection to the IND"
# is the agency's, not a denial)
_NEGATED_BEFORE = re.compile(
    r"\b(?:[Nn]o|[Nn]either|nor)\s+(?!objection|question|comment|concern)(?:[\w.-]+\s+){0,2}\Z"
)
_NOT_YET_RELATIVE = re.compile(
    r"[^.;,]{0,60}?,\s*which\s+(?:[\w.'’-]+\s+){0,4}?(?:has|have|had)\s+not\s+(?:yet\s+)?"
    r"(?:requested|applied|sought|received|obtained|been granted)\b"
)
_DANGLING_FOR = re.compile(
    r"\s*(?:and\s+|or\s+)?(?:(?:ultimately|eventually|potentially|possibly|later),?\s+)?"
    r"(?:for|to)\s+(?:the\s+|an?\s+)?"
)
_LIST_LEAD = re.compile(r"(?:including|such as|e\.g\.|for example|notably|like)\s")
_UNDER_BEFORE = re.compile(r"\b(?:under|through)\s+(?:the|its|an?)\s+\S*\s*\Z")
# "... application (that) the U.S. Food and Drug Administration (FDA) cleared in 2026"
# "the U.S. Food and Drug Administration (FDA) cleared": an agency's name, then its verb
_AGENCY_CLEARED = (
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+(?:(?:and|of|for)\s+)?){1,8}"
    r"(?:\([A-Z]+\)\s+)?(?:cleared|approved|authori[sz]ed|accepted)"
)
_CLEARED_RELATIVE = re.compile(r"\b(?:that |which )?" + _AGENCY_CLEARED + r"\b")
_DECISION_BEFORE = re.compile(
    r"\b(?:decision|approval|authori[sz]ation|outcome|opinion)s?,?\s+"
    r"(?:(?:was|were|has been|had been|is|are)\s+)?\Z"
)
_CLEARED_IN_RELATIVE_BEFORE = re.compile(
    r"\b(?:for|under|in|through) which\s+" + _AGENCY_CLEARED + r"\s+[^.;,]{0,40}\Z"
)
_GRANTED_ELIGIBILITY = re.compile(
    r"\b(?:granted|grants|received|receives|obtained|gained|awarded|confirmed)\s+"
    r"(?:[\w-]+\s+){0,3}?(eligibility)\b",
    re.I,
)

_CONFIRMED_ELIGIBLE = re.compile(
    r"\b(?:confirmed|determined|decided)\s+that\s+[^.;]{0,160}?\b(?:is|was)\s+(eligible)\s+"
    r"for\s+(?:its\s+|the\s+)?(?:PRIME|PRIority)"
)

# "whether the U.S. portion of the trial may proceed": a status not yet known
# ("a trial may start if the agency raises no objection": a rule told, not an outcome)
_UNDECIDED = re.compile(r"\b(?:whether|if|unless)\b[^;]*\Z")
# "the study is expected to begin once the 30-day review period has passed": a condition
# (not "once the FDA cleared the IND, dosing began": a verb, a past condition met)
_ONCE_BEFORE = re.compile(r"\bonce\b[^;.]{0,40}\Z")
_WITH_POPULATION = re.compile(r"\b(?:patients|adults|children|participants|people) with\b")
_RESPONSE_AFTER = re.compile(
    r"\s+(?:a |an |its |the )?(?:complete |full |formal |written )?(?:response|reply|answer)\b"
)
_ALONGSIDE_BEFORE = re.compile(r"\b(?:together with|along with|alongside) (?:the|its) \Z")
_NOT_BEFORE_STATUS = re.compile(r"\b(?:not|never|yet to)\s+(?:yet\s+)?(?:been\s+)?\Z")
_BEFORE_AGENCY_HAD = re.compile(
    r"\b(?:before|until|prior to) (?:the )?[\w.'’()-]+(?: [\w.'’()-]+){0,3} had (?:yet )?\Z"
)
_HOLD = re.compile(r"\b(?:on (?:a )?(?:full |partial )?(?:clinical )?hold|may not proceed)\b")
# a trigger that itself says the filing went through ("IND clearance", "implied approval")
_CLEARED_WORDS = re.compile(r"approv|implied|authori|clearance|cleared|no objection|^nol$")
_MARKETING_AFTER = re.compile(
    r"\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:application for marketing|"
    + _MARKETING_APPLICATION + ")",
    re.I,
)
_EXPECTED_AFTER = re.compile(
    r"\s+(?:is|are|remains?)\s+(?:(?:now|still)\s+)?(?:expected|anticipated|pending|planned)\b"
)
# "... and expects clearance in the first quarter", "anticipates FDA clearance this
# quarter": the outcome awaited, not given
_AWAITED_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|anticipates?|anticipated|anticipating|awaits?|awaiting|"
    r"hopes?|hoping|targets?|targeting|looks? forward to|seeks?|seeking)\s+"
    r"(?:to\s+(?:receive|obtain|secure|gain)\s+)?(?:the\s+|an?\s+|its\s+)?"
    r"(?:[A-Z][\w.]*(?:['’]s)?\s+){0,2}\Z"
)
# "IND submission anticipated in mid-2026", "FDA IND clearance expected in 1H 2026": the
# filing's outcome, named right after the trigger, still to come
_OUTCOME_AWAITED_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:submission|clearance|approval|filing|acceptance|authori[sz]ation|"
    r"application)s?\s+(?:is\s+|are\s+|remains?\s+)?(?:now\s+)?(?:anticipated|expected)\b"
)
_PLAN_AFTER = re.compile(
    r"\b(?:to be (?:submitted|filed)|is expected|are expected|is planned|will be|"
    # "IND submission planned for 2028" (a table cell), "remains on track for 2026"
    r"(?:planned|targeted|scheduled) (?:for|in)|on track|"
    # ("| Pre-IND meeting held; IND filing planned | 2026": a table cell's plan)
    r"(?:planned|expected)(?=\s*(?:[|;)]|$))|"
    # "U.S. IND under FDA review": filed, not yet cleared (a filing told elsewhere)
    # (a headline's "U.S. IND Under Review" too)
    r"[Uu]nder (?:[A-Z]+ |[Rr]egulatory )?[Rr]eview)\b"
)

_FILED_BY = re.compile(r"(?:submitted|filed) by\b")
_PORTAL = re.compile(r"(?:EU(?:['’]s)? )?(?:Clinical Trials Information System|CTIS)")
_WHO_FILED_IT = re.compile(
    # ("...; the Korean application was filed by Daeyang": the partner that filed it)
    r"(?:[Tt]he|This|That) (?:[A-Z][\w.-]* )?(?:IND|CTA|application|filing)\s+"
    r"(?:had been|has been|was)\s+(?:filed|submitted)\s+by\b"
)
_FILED_BY_ASIDE = re.compile(
    r"(?<=, )(?:submitted|filed) by [^,;.()]{2,60}, (?:was|were|has been|had been|have been) "
)
_FILING_NOUN_BEFORE = re.compile(r"(?:[Aa]pplications?|IND|CTA)\)?\s+\Z")


def _indications_respectively(
    text: str, lo: int, hi: int, agencies: list[str], indication: str | None
) -> dict[str, str] | None:
    """ "from the U.S. FDA ... and from the MFDS ... for biliary tract cancer and
    cholangiocarcinoma, respectively": the agencies' indications in the order named."""
    if not indication or len(agencies) < 2 or "respectively" not in text[lo:hi]:
        return None
    items = split_indications(indication, True)
    if len(items) != len(agencies):
        return None
    return dict(zip(agencies, items, strict=True))


_AGENCY_BEFORE = re.compile(r"\b[A-Z]{2,}\)?\s+(?:has\s+|had\s+)?\Z")

_PLURAL_FILINGS = re.compile(r"(?:authori[sz]ations|approvals|clearances|applications|CTAs)\b")


def _own_clause_statuses(
    ctx: _Context, group: list[Trigger], lo: int, hi: int, pids: list[int],
    found: list[re.Match[str]],
) -> list[re.Match[str]]:
    """ "X now cleared in the U.S. and France; Y IND submitted to FDA": where the filing's
    own ";" clause tells a status, a status in another clause about another product is
    that product's news ("...; the PMDA raised no objection in April" stays)."""
    text = ctx.text
    a, b = _semicolon_clause(text, group, lo, hi)
    if not any(a <= m.start() < b for m in found):
        return found
    kept = []
    own_agencies = {h.value for h in _within(ctx.agencies, a, b)}
    for m in found:
        if not a <= m.start() < b:
            c = text.rfind(";", lo, m.start()) + 1 or lo
            d = text.find(";", m.start(), hi)
            d = d if d != -1 else hi
            if any(x.pid not in pids for x in _within(ctx.mentions, c, d)):
                continue
            # ("FDA IND clearance in May ...; application filed with Brazil's ANVISA": the
            # other clause's agency filed with)
            # (a filing clause naming no agency is the named one's: "submitted the clinical
            # trial notification in July 2022; the PMDA's 30-day review was completed without
            # objection in August 2022")
            named = {h.value for h in _within(ctx.agencies, c, d)}
            if named and own_agencies and not named & own_agencies:
                continue
        kept.append(m)
    return kept


def _ind_events(
    ctx: _Context,
    group: list[Trigger],
    lo: int,
    hi: int,
    sent: Sentence,
    pids: list[int],
    agencies: list[str],
    date: str | None,
    indication: str | None,
    others: set[str | None] | None = None,
) -> list[RawEvent]:
    """The events of one IND trigger group for these agencies; `others`, the dates the
    sentence gives its other agencies ("cleared by the FDA in 2022 and by the NMPA in
    2023"), which a status of these agencies does not take."""
    text = ctx.text
    who = _WHO_FILED_IT.search(text, max(lo, group[0].start - 12), min(hi, group[-1].end + 40))
    if who and who.start() <= group[0].start and not _within(
            ctx.dates, *_semicolon_clause(text, group, lo, hi)):
        # "... approved the IND in June. The IND was filed by the Company's partner, X":
        # who filed the filing told before, no filing of its own
        return []
    statuses: list[tuple[str, int]] = []
    found = list(cues.STATUS.finditer(text, lo, hi))
    more = list(cues.STATUS_MORE.finditer(text, lo, hi))
    if more:
        found = sorted(found + more, key=lambda m: m.start())
    if found and ";" in text[lo:hi]:
        found = _own_clause_statuses(ctx, group, lo, hi, pids, found)
    # "the trial proceeded under the CTN scheme: X notified the TGA": the notification
    # was the clearance itself
    unders = [m for m in more if " under " in m.group(0)]
    ran_under = bool(unders)
    # (unless the clearance under the scheme has a date of its own: "notified the trial to
    # the TGA ... on 4 July 2025, and the trial was cleared to proceed under the CTN scheme
    # on 9 July 2025")
    ran_under_dated = any(_within(ctx.dates, m.end(), m.end() + 40) for m in unders)
    # "Health Canada No Objection Letter ...; U.K. application submitted last week": a
    # status past a ";" that names another country's filing is that filing's ("...; the
    # Company had filed that application in 2012" is the same one's)
    semi = text.find(";", group[-1].end, hi)
    other_filing = -1
    # "...; Y, its partner in Greater China, submitted the Chinese application in October
    # 2022": a status told before that filing's name is the named country's agency's only
    other_agencies: set[str] = set()
    if semi != -1:
        filing = _FILING_NOUN.search(text, semi, hi)
        places = _within(ctx.countries, semi, filing.start()) if filing else []
        if places and filing:
            other_filing = filing.start()
            other_agencies = {h.value for h in places}
    by_other: set[str] = set()  # statuses told only in that other clause
    own_seen: set[str] = set()
    # ("a clinical trial authorisation application": the filing's name, no clearance)
    named_filing = text.endswith(("application", "applications"), 0, group[-1].end)
    for m in found:
        status = m.lastgroup or ""
        if named_filing and group[0].start <= m.start() < group[-1].end:
            continue
        if status == "submitted" and m.group(0) in _RESUBMITTED:
            # "submitted a CTA in 2023 but withdrew it ...; resubmitted the application in
            # July 2024": a second filing, with its own date (told as "submitted" below)
            status = "resubmitted"
        if other_filing != -1 and m.start() > other_filing:
            continue
        if other_filing != -1:
            if m.start() < semi:
                own_seen.add(status)
            elif status not in own_seen:
                by_other.add(status)
        if ran_under and m.group(0) == "notified" and not ran_under_dated:
            continue
        window_start = max(lo, m.start() - 50)
        window = text[window_start : m.start()]
        if (
            ("not" in window or "yet" in window or "never" in window)
            and _NOT_BEFORE_STATUS.search(text, max(lo, m.start() - 16), m.start())
        ) or (" had " in window and _BEFORE_AGENCY_HAD.search(text, window_start, m.start())):
            # "Health Canada has not yet issued a decision"; "withdrew it ..., before
            # Swissmedic had issued a decision"
            continue
        if status == "submitted" and text.endswith(("before ", "prior to "), lo, m.start()):
            continue  # "held a pre-IND meeting in January before filing the application"
        if m.group(0) == "clear" and _CELL_AFTER.match(text, m.end()):
            continue  # "clear cell renal cell carcinoma" names a disease, not a clearance
        if _ETHICS_BEFORE.search(text, max(lo, m.start() - 60), m.start()) or _ETHICS_AFTER.match(
            text, m.end()
        ):
            continue  # an ethics committee's approval (or a filing to one) is not the agency's
        if m.group(0) == "notified" and (
            _AGENCY_BEFORE.search(text, max(lo, m.start() - 12), m.start())
            or _DECISION_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        ):
            # "the FDA notified the company that ...": the agency's answer ("The decision,
            # notified through CTIS on April 30": the answer's delivery)
            continue
        if m.group(0) == "issued" and "cceptance" in text[max(lo, m.start() - 30) : m.start()]:
            continue  # "the Acceptance Notice issued by the CDE": what was issued is an acceptance
        if (status == "submitted" and m.group(0) in ("submitted", "filed")
                and text.endswith(("the ", "its ", "The "), lo, m.start())):
            # "in accordance with the submitted protocol": a thing, no filing ("following
            # the submission of the CTA in August" is one)
            continue
        if status == "submitted" and _RESPONSE_AFTER.match(text, m.end()):
            continue  # "has since submitted a complete response" (to a hold): no filing
        if status == "submitted" and _MARKETING_AFTER.match(text, m.end()):
            continue  # "... and for which X submitted an application for marketing authorisation"
        if _EXPECTED_AFTER.match(text, m.end()):
            continue  # "approval is expected in the coming weeks": not yet given
        if _AWAITED_BEFORE.search(text, max(lo, m.start() - 50), m.start()):
            continue  # "... and expects clearance in the first quarter": not yet given
        if _UNDECIDED.search(text, max(lo, m.start() - 80), m.start()):
            continue  # "expects to learn whether the trial may proceed": not yet known
        if " " in m.group(0) and _ONCE_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            continue
        if status == "accepted" and text.startswith(" into ", m.end()):
            continue  # "AURELIS accepted into the TAP pilot": admitted to a programme
        if _period_not_over(text, m, lo):
            continue
        if m.group(0).startswith(("completed", "concluded")) and _HOLD.search(text, m.end(), hi):
            continue  # "completed its review of the IND and placed the study on clinical hold"
        if (
            status == "cleared"
            and m.group(0).startswith("allowing")
            and statuses
            and statuses[-1][0] == "submitted"
        ):
            # "notified to the TGA in February 2025, allowing the sites to proceed": the
            # notification was the clearance itself
            statuses[-1] = ("cleared", statuses[-1][1])
            continue
        if not statuses or statuses[-1][0] != status:
            statuses.append((status, m.start()))
    if len(statuses) > 1 and any(st in ("cleared", "accepted") for st, _pos in statuses):
        # "cleared the IND application submitted by the consortium": the filing named
        # by who submitted it, cleared; one event
        # (or told after a comma, undated: "cleared the IND application of X in August
        # 2025 for SLE, submitted by the Company's U.S. subsidiary"; or between commas
        # before its outcome: "The IND application of X, filed by the Company as an
        # imported drug, was accepted by the CDE in July 2025")
        statuses = [
            (st, pos) for st, pos in statuses
            if not (st == "submitted" and _FILED_BY.match(text, pos)
                    and (_FILING_NOUN_BEFORE.search(text, max(lo, pos - 16), pos)
                         or _FILED_BY_ASIDE.match(text, pos)
                         or (text.endswith(", ", lo, pos) and not _within(ctx.dates, pos, hi))))
        ]
    trig_text = text[group[0].start : group[-1].end].lower()
    if not statuses and _is_headline(sent.text):
        statuses = _headline_status(text, group, sent)
    if (
        not statuses
        and _CLEARED_WORDS.search(trig_text)
        and not _ETHICS_AFTER.match(text, lo)
        and not _GENERIC_ROUTE.match(text, group[-1].end)
    ):
        statuses.append(("cleared", group[0].start))
    kinds = list(dict.fromkeys(st for st, _pos in statuses))
    when: dict[str, str | None] = {st: None for st in kinds}
    paired = _statuses_dated_in_turn(ctx, statuses, lo, hi) if len(kinds) > 1 else None
    if paired:
        when = paired
    elif len(kinds) > 1:
        # "filed in December 2012, accepted in August 2015, approved on January 16,
        # 2017": a date belongs to the status word before it in its clause, else to
        # the one right after it ("in April 2016, clearing the trial")
        for d in _within(ctx.dates, lo, hi):
            if _in_relative_clause(text, lo, d, group[0].start):
                continue  # "In China, where X licensed the rights in 2023, Y submitted ..."
            owner = _status_of_date(text, statuses, d)
            if owner:
                when[owner] = when[owner] or d.value
        if not all(when.values()) and ctx.published_month:
            # "filed an IND ... in late July, and the FDA cleared it in September": months
            # without a year, each its status's (in the sentence's or the release's year)
            for bare in _BARE_MONTH.finditer(text, lo, hi):
                # (the status told last before it: "filed ... in late July, and the FDA
                # cleared it in September")
                before = [st for st, pos in statuses if pos < bare.start()]
                owner = before[-1] if before else None
                if owner and when[owner] is None:
                    when[owner] = _year_of_bare_month(
                        ctx, sent, _MONTHS3.index(bare.group(1)[:3]) + 1,
                        trig_start=group[0].start,
                    )
        if not all(when.values()) and ctx.published is not None:
            # "submitted a CTN to the PMDA on August 30, and the 30-day investigation period
            # ended on September 29": days without a year, each its status's (told after it)
            bounds = [pos for _st, pos in statuses] + [hi]
            for (st, pos), nxt in zip(statuses, bounds[1:], strict=False):
                if when.get(st) is None:
                    day = day_without_year_at(text, pos, nxt, ctx.published)
                    # ("..., and the 30-day review period ended without inquiries this
                    # month": a relative date of the status's own stretch)
                    when[st] = day[1] if day else (
                        _relative_date(ctx, text[pos:nxt]) if st == "cleared" else None
                    )
        if (
            when.get("cleared", "") is None
            and any(when.values())
            and _is_todays_news(ctx, sent, text[lo:hi], group)
        ):
            # "The Company also announces that the review period for the CTN, which it
            # submitted on October 2, has ended": the submission dated, the clearance today's
            when["cleared"] = ctx.published_month
    else:
        when = {st: date for st in kinds}
    if others and date:
        # (a status dated by another agency's date takes this agency's own)
        when = {st: date if d in others else d for st, d in when.items()}
    # "CTAs approved in 2018 for both TDT and SCD": one event per indication
    indications: list[str | None] = (
        list(split_indications(indication, True))
        if indication and _BOTH.search(indication)
        else [indication]
    )
    clause_agency = (
        _clause_agencies(ctx, statuses, group, lo, hi, agencies) if len(kinds) > 1 else {}
    )
    out = []
    for status in kinds:
        label = "submitted" if status == "resubmitted" else status
        own_agencies = (
            [a for a in agencies if a in other_agencies] if status in by_other else agencies
        )
        if status in clause_agency:
            own_agencies = [clause_agency[status]]
        for pid in pids:
            for agency in own_agencies:
                for ind in indications:
                    out.append(
                        RawEvent(
                            pid, agency, "ind", label, when[status], ind, sent, trigger=trig_text
                        )
                    )
    return out


_RESUBMITTED = frozenset({"resubmitted", "re-submitted", "refiled"})
# where a clause of a sentence holding several statuses ends
_AND_CLAUSE = re.compile(r",\s+and\s+|;\s+")


def _clause_agencies(
    ctx: _Context,
    statuses: list[tuple[str, int]],
    group: list[Trigger],
    lo: int,
    hi: int,
    agencies: list[str],
) -> dict[str, str]:
    """ "The Australian part was notified to the TGA in 2024, and the FDA cleared the U.S.
    IND in January 2025": a status told in a clause of its own (before ", and" or ";"),
    not the trigger's, that names one other agency is that agency's."""
    text = ctx.text
    bounds = [lo] + [m.end() for m in _AND_CLAUSE.finditer(text, lo, hi)] + [hi]
    out: dict[str, str] = {}
    for status, pos in statuses:
        a = max(b for b in bounds if b <= pos)
        b = min((b for b in bounds if b > pos), default=hi)
        if a <= group[0].start < b:
            continue  # the trigger's own clause: its agencies
        named = {h.value for h in _within(ctx.agencies, a, b)}
        if len(named) == 1 and not named & set(agencies):
            out[status] = named.pop()
    return out


def _headline_status(text: str, group: list[Trigger], sent: Sentence) -> list[tuple[str, int]]:
    """A Title Case headline's status, written right after or before its trigger: "FDA IND
    Clearance", "NMPA Accepts IND Application", "Submits U.S. IND"."""
    start, end = group[0].start, group[-1].end
    m = cues.HEADLINE_STATUS_AFTER.match(text, end, sent.end) or cues.HEADLINE_STATUS_BEFORE.search(
        text, max(sent.start, start - 40), start
    )
    if not m:
        return []
    word = m.group("w").lower()
    status = (
        "accepted"
        if word.startswith("accept")
        else "submitted"
        if word.startswith(("submi", "fil"))
        else "cleared"
    )
    return [(status, m.start("w"))]


_SLASH = re.compile(r"\s*/\s*")


def _statuses_dated_in_turn(
    ctx: _Context, statuses: list[tuple[str, int]], lo: int, hi: int
) -> dict[str, str | None] | None:
    """A table row's "IND submitted / cleared ... 2024-12 / 2025-01-24": the statuses and
    the dates each joined by a slash, paired in turn; None for other wordings."""
    dates = _within(ctx.dates, lo, hi)
    if len(statuses) != 2 or len(dates) != 2 or dates[0].start < statuses[-1][1]:
        return None
    (first, pos1), (second, pos2) = statuses
    if not _SLASH.fullmatch(ctx.text, ctx.text.find(" ", pos1, pos2), pos2) or not (
        _SLASH.fullmatch(ctx.text, dates[0].end, dates[1].start)
    ):
        return None
    return {first: dates[0].value, second: dates[1].value}


def _status_of_date(text: str, statuses: list[tuple[str, int]], d: DateMention) -> str | None:
    before = [(st, pos) for st, pos in statuses if pos < d.start]
    if before and not _CLAUSE_END.search(text, before[-1][1], d.start):
        return before[-1][0]
    after = [(st, pos) for st, pos in statuses if pos >= d.end]
    if after and ";" not in text[d.end : after[0][1]]:
        return after[0][0]
    if (
        before
        and d.start - before[-1][1] < 150
        and ";" not in text[before[-1][1] : d.start]
        and _DATE_AFTER_ASIDE.search(text, before[-1][1], d.start)
    ):
        # "authorised by the PEI, acting as reporting Member State, on 12.03.2025": the
        # date after an aside is the status's before it
        return before[-1][0]
    return None


_DATE_AFTER_ASIDE = re.compile(r",\s+(?:on|in)\s+\Z")

# "... for PNH in 2020 and for C3G in 2023": the same designation again, for a second
# disease at a later date
_AND_FOR_AFTER_DATE = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?P<intro>for\s+)(?!the\s+same\b)")
_IN_BEFORE_DATE = re.compile(r"\b(?:in|on)\s+\Z")

# "... in March 2024 and a second IND, in diffuse cutaneous systemic sclerosis, in June"
_SECOND_FILING_AFTER = re.compile(
    r",?\s+and\s+(?:a|an|the)\s+(?:second|another|further|separate|new)\s+"
    r"(?:IND|CTA|application|clinical trial application)\b,?\s*(?P<intro>(?:in|for)\s+)"
)


def _second_filing(ctx: _Context, hi: int, told: list[RawEvent]) -> list[RawEvent]:
    """The filings `told` (one date) followed "and a second IND, in Y, in June 2024": the
    same agency's second filing, with its own disease and date."""
    if not told or len({ev.date for ev in told}) != 1 or told[0].date is None:
        return []
    # (the second filing is a trigger group of its own, past `hi`, that tells no status)
    start, hi = told[0].sentence.start, max(hi, told[0].sentence.end)
    for d in _within(ctx.dates, start, hi):
        # right after the date, or after the first filing's disease ("in February 2025 for
        # SLE, and a second IND, for myositis, in March 2025"), with no date between
        more = _SECOND_FILING_AFTER.search(ctx.text, d.end, hi) if d.value == told[0].date else None
        if not more or _within(ctx.dates, d.end, more.start()):
            continue
        then = next((x for x in _within(ctx.dates, more.end(), hi)), None)
        if then is None or not _IN_BEFORE_DATE.search(ctx.text, max(0, then.start - 4), then.start):
            return []
        second = find_indication(
            ctx.text, more.start("intro"), then.end, known=ctx.acronyms, diseases=ctx.diseases
        )
        return [
            RawEvent(ev.pid, ev.agency, "ind", ev.label, then.value,
                     expand_acronyms(second, ctx.acronyms) if second else None, ev.sentence,
                     trigger=ev.trigger)
            for ev in told
        ]
    return []


def _second_dated_indication(
    ctx: _Context, group: list[Trigger], hi: int, told: list[RawEvent]
) -> list[RawEvent]:
    """The designations `told` (one indication, one date) granted again "and for" a second
    disease with a date of its own, later in the same clause."""
    if not told or len({(ev.indication, ev.date) for ev in told}) != 1 or told[0].date is None:
        return []
    dated = _within(ctx.dates, group[-1].end, hi)
    for i, d in enumerate(dated[:-1]):
        more = _AND_FOR_AFTER_DATE.match(ctx.text, d.end)
        if not more or not _IN_BEFORE_DATE.search(ctx.text, max(0, d.start - 4), d.start):
            continue
        then = dated[i + 1]
        if d.value != told[0].date or not _IN_BEFORE_DATE.search(
            ctx.text, max(0, then.start - 4), then.start
        ):
            return []
        second = find_indication(
            ctx.text, more.start("intro"), then.end, known=ctx.acronyms, diseases=ctx.diseases
        )
        if not second:
            return []
        second = expand_acronyms(second, ctx.acronyms)
        return [
            RawEvent(ev.pid, ev.agency, "des", ev.label, then.value, second, ev.sentence)
            for ev in told
        ]
    return []


def _designations(
    group: list[Trigger],
    plural: bool,  # the scope names designations in the plural (cues.PLURAL_DESIGNATION)
    sent: Sentence,
    pids: list[int],
    agencies: list[str],
    date: str | None,
    indication: str | None,
    per_agency: dict[str, str] | None = None,
    acronyms: dict[str, str] | None = None,
) -> list[RawEvent]:
    only = {_TYPE_AGENCY.get(t.dtype) for t in group}
    if len(agencies) > 1 and len(only) == 1 and None not in only and only <= set(agencies):
        # "Swissmedic authorisation and EMA PRIME eligibility": PRIME is the EMA's alone
        agencies = [a for a in only if a]
    elif len(only) == 1 and None not in only and agencies and not only & set(agencies):
        # "Swiss and German trial approvals and Fast Track designation": the agencies
        # named belong to the approvals; Fast Track is the FDA's alone
        agencies = [a for a in only if a]
    out = []
    for agency in agencies:
        own = (per_agency or {}).get(agency, indication)
        indications: list[str | None] = [None]
        if own:
            named = split_indications(own, plural)
            if len(named) > 1 and acronyms:
                # "for both FOP and DIPG": each item spelled out as the release defined it
                named = [expand_acronyms(ind, acronyms) for ind in named]
            indications = list(named)
        for t in group:
            for pid in pids:
                for ind in indications:
                    out.append(RawEvent(pid, agency, "des", t.dtype, date, ind, sent))
    return out


def _indication_per_agency(ctx: _Context, lo: int, hi: int) -> dict[str, str] | None:
    """ "from the FDA for X, and from the EMA for both Y and Z": each agency's own indication."""
    named = _within(ctx.agencies, lo, hi)
    if len({h.value for h in named}) < 2:
        return None
    found: dict[str, str] = {}
    for i, h in enumerate(named):
        if not _FOR_AFTER.match(ctx.text, h.end):
            continue
        end = named[i + 1].start if i + 1 < len(named) else hi
        ind = find_indication(
            ctx.text, h.end, end, lists=True, known=ctx.acronyms, diseases=ctx.diseases
        )
        if ind:
            found.setdefault(h.value, ind)
    return found if len(found) >= 2 else None
