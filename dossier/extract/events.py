"""IND events and designations: which product, which agency, what happened, when.

Works sentence by sentence. Inside a sentence, each regulatory trigger ("IND", "Fast
Track designation") gets a scope: the words between the previous trigger's clause and the
next one's, so "received FDA orphan drug designation in August 2023, IND approval in the
U.S. and China in February 2024" gives the designation August and the INDs February.
Triggers joined by "and"/commas ("RMAT and Orphan Drug designations from the FDA in
2019") share one scope, hence one agency, date and indication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import re
from dataclasses import dataclass, field

from dossier.extract import cues, vocab
from dossier.extract.dates import (
    DateMention,
    day_without_year,
    day_without_year_at,
    occurrences,
)
from dossier.extract.indications import (
    AND_FOR_ANOTHER,
    COUNTED_INDICATIONS_LIST,
    DISEASE,
    DiseaseWords,
    acronyms,
    disease_at,
    expand_acronyms,
    find_indication,
    split_indications,
)
from dossier.extract.lexicon import SUPERSCRIPT_DIGITS, Hit
from dossier.extract.mentions import disease_hits
from dossier.extract.prefilter import Prefiltered, alternation_by_first_char
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence
from dossier.extract.table_columns import COLUMN, DESIGNATIONS_HEADER, NOT_HELD_ITEM

# designation types that only one agency grants
_TYPE_AGENCY = {
    "rmat": "FDA",
    "rare_pediatric_disease": "FDA",
    "fast_track": "FDA",
    "prime": "EMA",
    "sakigake": "PMDA",
    "innovation_passport": "MHRA",
}
# triggers joined by "and"/commas share a scope: "RMAT and Orphan Drug designations"
_COORDINATION = re.compile(r"^[\s,]*(?:(?:and|or|as well as|&|plus)\s+)?(?:(?:an?|the)\s+)?[\s,]*$")
# "Orphan Drug Designation (ODD)": the acronym restates the trigger before it
_SAME_DESIGNATION = re.compile(r"^\s*\(\s*$|^\s*$")
_SHARED_INDICATION = re.compile(r",\s*(?:both|all|each)\s+(?:for|in)\b")
# where one trigger's scope ends and the next one's begins
_STRONG_BREAK = re.compile(r",\s*(?:and|while|whereas|but)\s+(?:then\s+)?")
# a comma inside an agency's name ("Ministry of Health, Labour and Welfare") ends nothing
_NAME_COMMA = r"(?!\s*Labou?r\s+and\s+Welfare)"
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:and|while|whereas|but|then)\s|\band\s+(?=(?:a|an|the|its|has|was|received|"
    rf"obtained|granted|then|later)\b)|,{_NAME_COMMA}\s|\band\b"
)
# "from the EMA for ...": an agency followed by its own indication
_FOR_AFTER = re.compile(r"\)?\s*(?:\([A-Z]+\)\s*)?(?:,\s*)?(?:for|in)\s")
_OTHER_VERB_BETWEEN = re.compile(
    r"[^.;]{0,20}?\band (?:was|were|has been|had been) [a-z]+ed\b"
    # "the COMP adopted a positive opinion in October 2024, and the European Commission
    # granted orphan designation ... on 28 November 2024"
    r"|,?\s+and\s+(?:the\s+)?[A-Z][^.;,]{0,60}?\s(?:granted|approved|cleared|issued)\b"
    # "held a pre-IND meeting with the FDA in March 2023 and submitted a CTA ... on June 30"
    r"|[^.;]{0,20}?\band (?:then |later |subsequently )?(?:submitted|filed|lodged)\b"
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
# "at ASCO 2026", "during the ESMO 2025 Congress": a meeting's year names the meeting
_MEETING_BEFORE = re.compile(r"\b(?:at|during|from)\s+(?:the\s+)?[A-Z]{2,}[\w&-]*\s+\Z")
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
# "OBI filed the application with the TFDA": the previous sentence's IND, named again
_ANAPHORIC_FILING = Prefiltered(
    re.compile(
        r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Aa] separate|[Aa]nother)"
        r" (?:applications?|submissions?|filings?|notifications?)\b"
        # "X filed a CTA with the MHRA. The MHRA approved it on 20 May."
        r"|\b(?:approved|authori[sz]ed|cleared|accepted) it\b"
    ),
    (" application", " submission", " filing", " notification", "d it"),
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
# "filed both applications", "the two filings": more than one earlier filing
_PLURAL_FILING = re.compile(r"\b(?:applications|submissions|filings|INDs|CTAs|notifications)\b")
_IND_WORD = re.compile(r"\bind\b|investigational", re.I)
_DETERMINER = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth)\b")
# a trigger that points back to a filing already told ("the IND", "that application")
_BACK_REFERENCE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Ii]ts)\s+(?:[\w.-]+\s+){0,2})\Z"
)
# a date belongs to the status word before it in its clause (not across ", 2017")
_CLAUSE_END = re.compile(rf";|,{_NAME_COMMA}\s(?!\d{{4}})")
# "for both TDT and SCD": one event per indication
_BOTH = re.compile(r"^both\s+\S+.*\band\b")
# "ZQ071, a CAR-T ..., which has received": a relative clause takes its antecedent
_FILING_NOUN = re.compile(r"\b(?:applications?|INDs?|CTAs?|CTNs?|notifications?|filings?)\b")
_RELATIVE = re.compile(r"\s*(?:(?:for|in|of|under|with|by) )?(?:which|whom|whose|who|that)\b")
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
_ETHICS_AFTER = re.compile(r"[^.;]{0,40}?\b" + cues.ETHICS_BODY_WORDS + r"\b", re.I)
# "approved by the institutional review boards": the approver, right after "by"
_BY_ETHICS_BODY = re.compile(
    r" by (?:the |its |their |an? )?(?:[\w-]+ ){0,3}?" + cues.ETHICS_BODY_WORDS + r"\b", re.I
)
# "IND-enabling studies", "(IND)-ready": a stage of research, not a filing
# ("an IND amendment to add a cohort": a change to a filing in effect, not a new one)
_ENABLING = re.compile(r"\)?-(?:enabling|ready)|\)? [Aa]mendments?\b")
# "For Galactosemia, X has received ...": an indication for the whole sentence
_OPENER = re.compile(r"(?:For|In)\s(?!addition\b)[^,;]{3,80},")
# where the clause holding a trigger starts
# ",\s|;\s|\bthat\s" written so that every alternative opens with a literal: `re` then
# jumps between candidate characters instead of trying the pattern at every position
_OWN_CLAUSE = re.compile(rf"(?:,{_NAME_COMMA}|;|:|t(?<!\wt)hat)\s")
# a company's possessive ("Zelvet's IND"); all-capital words are agencies ("FDA's")
_POSSESSIVE = re.compile(r"\b[A-Z][a-z][\w-]*['’]s\s")
_COMMENT = re.compile(
    r",\s+(?:which|making|allowing|enabling|giving|following|on the recommendation|based on|"
    # "..., an indication the company intends to pursue": a comment on the indication
    r"an? (?:indication|disease|condition|setting))\b"
)
# "The TGA's confirmation": an agency talked about rather than acting
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "The TFDA approval follows clearance of the IND by the FDA": the first agency's outcome,
# told before, is the subject of a sentence about the other agency's
_FOLLOWS_ITS_SUBMISSION = re.compile(
    r"\s+(?:approval|clearance)\s+follows\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?"
    r"(?:submission|filing)\s+of\s+(?:the|its)\s+(?:IND\s+)?application\b"
)
_OUTCOME_FOLLOWS_AFTER = re.compile(
    r"\s+(?:(?:IND|CTA|CTN|trial)\s+)?(?:approval|clearance|authori[sz]ation|acceptance|"
    r"decision|nod)\s+(?:follows|followed|comes after|came after|builds on|built on|"
    # "The IND clearance allows the Company to begin a Phase 1 trial in patients with ...":
    # what the clearance told before brings about
    r"(?:will |would )?(?:allows?|allowed|enables?|enabled|permits?|permitted|paves?|paved|"
    r"marks?|marked|represents?|triggers?|triggered|supports?|opens?|opened)|"
    r"(?:is|was) (?:an? |the )(?:important|key|major|significant|critical|first)"
    r")\b"
)
_PLACE_THEN_FOR = re.compile(
    r"(?:the )?(?:"
    + "|".join(re.escape(row[0]) for row in sorted(
        vocab.table("countries.tsv"), key=lambda row: -len(row[0])))
    # ("in the United States, both for FCMD")
    + r"),? (?:(?:both|each|all|also) )?for (?=\S)"
)
# "clear cell carcinoma", "clear-cell sarcoma": a disease, not a clearance
_CELL_AFTER = re.compile(r"[\s-]cells?\b")
# words that point back to the product last named
_ANAPHOR = re.compile(
    r"\b(?:"
    + alternation_by_first_char(
        [
            "it",
            "its",
            "the (?:product|candidate|drug|therapy|molecule|program|programme|asset|"
            "antibody|compound|company's|Company's|IND|CTA|CTN|study|trial|applications?|"
            "BLA|NDA|MAA|sBLA|sNDA|notification|protocol)",
            "this (?:product|candidate|therapy|program|study|trial)",
            # ("granted the oncolytic virus Orphan Drug Designation"): the product by its kind
            "the (?:oncolytic virus|vaccine|gene therapy|cell therapy|ADC|conjugate|bispecific|"
            "radioligand|peptide|oligonucleotide|ASO|siRNA)",
            "the same (?:study|trial|indication)",
            "both",
        ],
        ignorecase=True,
    )
    + r")\b",
    re.I,
)
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


# a marketing application's name, as the IGNORECASE expressions below read it
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
            # ("submitted the IND (IND 172998) on ...": the number of the filing just named)
            and not (text[start - 1 : start] == "(" and _IND_NUMBER.match(text, start))
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


# "The Company also submitted a CTA to the MHRA", "A parallel application was filed":
# the story of the product last named goes on
_CONTINUES = Prefiltered(
    re.compile(
        r"\b(?:also|parallel|separately|additionally|in addition|previously|subsequently|"
        r"[Tt]he [Cc]ompany)\b"
    ),
    (
        "also",
        "parallel",
        "separately",
        "additionally",
        "in addition",
        "previously",
        "subsequently",
        "ompany",
    ),
)


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


# one to three lines of the same block (no blank line) between two items of a list
_LATER_ITEM = re.compile(
    # (the item holding the filing may go on after it: "- UK: X filed a CTA. The MHRA
    # approved it in May.\n- Switzerland: Swissmedic authorised the study")
    r"(?:[^\n]{1,400}|(?:[ \t]*\n[ \t]*(?:[-*•][ \t]+)?[^\s][^\n]{0,400}){1,3})"
    r"\n[ \t]*(?:[-*•][ \t]*)?"
)


def _fallback_product(
    ctx: _Context, sent: Sentence, sent_mentions: list[Mention], last_pid: int | None
) -> list[int]:
    """The products a sentence without a product name is about ("its IND", "the
    company's", "the study of A in combination with B")."""
    if sent_mentions:
        return []
    if sent.text.startswith(("[^", "(")) or sent.text[:1] in SUPERSCRIPT_DIGITS:
        noted = _footnoted_products(ctx, sent)
        if noted is not None:
            return noted
    by_trial = _trial_products(ctx, sent)
    if by_trial:
        return by_trial
    one = _one_product(ctx, sent, last_pid)
    return [one] if one is not None else []


_IND_NUMBER = re.compile(r"IND\s*(?:[Nn]o\.?\s*|#\s*)?\d{5,6}\b")
_FOOTNOTE_LABEL = re.compile(r"\[\^([^\]\s]{1,20})\]:")
_NUMBERED_NOTE = re.compile(r"\((\d{1,2})\) ")


def _footnoted_products(ctx: _Context, sent: Sentence) -> list[int] | None:
    """A markdown footnote ("[^odd]: Orphan Drug Designation was granted ...") is about the
    products of the sentence its marker follows; None when there is no such marker."""
    label = _FOOTNOTE_LABEL.match(sent.text)
    if label is not None:
        marker = f"[^{label.group(1)}]"
        at = ctx.text.find(marker)
        while at != -1 and ctx.text.startswith(":", at + len(marker)):
            at = ctx.text.find(marker, at + 1)
    elif sent.text[:1] in SUPERSCRIPT_DIGITS:
        # "³ The CTA was submitted on January 9, 2026": the note of the row whose word
        # carries the "³" ("... submitted to the MHRA³ | Done")
        marker = sent.text[: len(sent.text) - len(sent.text.lstrip(SUPERSCRIPT_DIGITS))]
        at = ctx.text.find(marker)
        while at != -1 and (at == sent.start or not ctx.text[at - 1 : at].isalnum()):
            at = ctx.text.find(marker, at + 1)
    else:
        # a plain text's "(3) Authorisation was granted ..." at a line's start, its marker
        # "(3)" closing a word of the body ("... and the Netherlands(3).")
        number = _NUMBERED_NOTE.match(sent.text)
        if number is None or ctx.text[sent.start - 1 : sent.start] not in ("\n", ""):
            return None
        marker = f"({number.group(1)})"
        at = ctx.text.find(marker)
        while at > 0 and not ctx.text[at - 1].isalnum():
            at = ctx.text.find(marker, at + 1)
    if at == -1:
        return None
    starts = [s.start for s in ctx.sentences]
    home = ctx.sentences[bisect.bisect_right(starts, at) - 1]
    return list(dict.fromkeys(
        m.pid for m in _within(ctx.mentions, home.start, home.end) if m.pid >= 0
    ))


# "a Phase 1 study ... is under way in New Zealand following approval from Medsafe"
_TRIAL_EARLIER = re.compile(r"\b(?:trial|study)\b[^.;]*\Z")

# "a Phase 1b study in Ireland, for which the HPRA authorised the clinical trial
# application": a trial's filing in a release that has named one product so far
_TRIAL_WORD = Prefiltered(re.compile(r"\b(?:study|trial)\b"), ("study", "trial"))


def _trial_after_its_product(ctx: _Context, sent: Sentence, last_pid: int) -> bool:
    """ "X is already in the clinic in Australia. The Phase 1 LUMEN-1 trial ... was cleared
    under the CTN scheme": a trial told right after a sentence about one product alone,
    in the same paragraph, is that product's."""
    if not _TRIAL_WORD.search(sent.text):
        return False
    j = bisect.bisect_right(ctx.sentences, sent.start, key=_START) - 2
    if j < 0 or ctx.sentences[j].line != sent.line:
        return False
    before = ctx.sentences[j]
    named = _within(ctx.mentions, before.start, before.end)
    return bool(named) and named[0].start == before.start and {m.pid for m in named} == {last_pid}


def _list_intro(ctx: _Context, sent: Sentence) -> tuple[int, int] | None:
    """The line ending in a colon that introduces the list `sent` opens an item of (the
    span before the colon), when the list runs from it to here item after item."""
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.text[line_start : sent.start].strip(" *-•"):
        return None  # not the first sentence of its line
    intro_end = ctx.text.rfind(":\n", max(0, line_start - 800), line_start)
    if intro_end == -1 or "\n\n" in ctx.text[intro_end + 2 : line_start].strip("\n"):
        return None
    return ctx.text.rfind("\n", 0, intro_end) + 1, intro_end


def _item_of_list_about(ctx: _Context, sent: Sentence, last_pid: int) -> bool:
    """ "Key regulatory milestones for VSB-11:" then "October 2024 — FDA Orphan Drug
    Designation for myasthenia gravis.": an item of a list whose introducing line names
    one product alone is that product's."""
    intro = _list_intro(ctx, sent)
    return intro is not None and {m.pid for m in _within(ctx.mentions, *intro)} == {last_pid}


def _only_product_so_far(ctx: _Context, sent: Sentence) -> int | None:
    # (not in the headline and highlights, told before the body introduces the products)
    if sent.start < ctx.lead_end or not (
        _TRIAL_WORD.search(sent.text)
        or (
            ctx.text[sent.start - 1 : sent.start] == "\n"
            and (_HELD_FROM_ITEM.match(sent.text) or _GRANTED_LABEL_ITEM.match(sent.text))
        )
    ):
        return None
    headline_end = ctx.sentences[0].end if ctx.sentences else 0
    body = [m.pid for m in ctx.mentions if headline_end <= m.start < sent.start]
    pids = {m.pid for m in ctx.mentions if m.start < sent.start}
    return pids.pop() if body and len(pids) == 1 else None


def _one_product(
    ctx: _Context, sent: Sentence, last_pid: int | None
) -> int | None:
    if last_pid is not None and (
        _ANAPHOR.search(sent.text)
        or _POSSESSIVE.search(sent.text)
        or _ANAPHORIC_FILING.search(sent.text)  # "a separate application": the same product's
        or _CONTINUES.search(sent.text)
        # "Health Canada CTA filed | September 2026": a table's row goes on telling the
        # story of the product last named
        or " | " in sent.text
        # "... cleared a parallel IND in January. In the United States, X submitted an IND
        # in May": the paragraph goes on telling the last product's filings
        or (
            ctx.recent_ind
            and ctx.recent_ind[-1].pid == last_pid
            and (
                ctx.recent_ind[-1].sentence.line == sent.line
                # or in the next item of a list
                or not ctx.text[ctx.recent_ind[-1].sentence.end : sent.start].strip(" \n*-•")
                # or in a later item of the same list
                or _LATER_ITEM.fullmatch(ctx.text, ctx.recent_ind[-1].sentence.end, sent.start)
            )
            and not sent.text.startswith(('"', "“"))
        )
        or _names_its_trial(ctx.text, sent)
        or _trial_after_its_product(ctx, sent, last_pid)
        or _item_of_list_about(ctx, sent, last_pid)
    ):
        return last_pid
    if sent.start < ctx.lead_end and ctx.mentions:
        return ctx.mentions[0].pid  # the headline product
    heading = _heading_product(ctx, sent)
    if heading is not None:
        return heading
    only = _only_product_so_far(ctx, sent)
    if only is not None:
        return only
    paragraph = _paragraph_product(ctx, sent)
    return paragraph if paragraph is not None else _section_product(ctx, sent)


def _section_product(ctx: _Context, sent: Sentence) -> int | None:
    """ "KB-450 - oral therapy for Alport syndrome" heading a section whose paragraphs name
    it alone, then "The US Phase 2 ALTITUDE study is being conducted under an IND that
    was cleared by the FDA in December 2024": the section's product (not a quote's)."""
    if sent.text[:1] in '"“':
        return None
    text = ctx.text
    pos = sent.start
    for _ in range(4):  # (up to four paragraphs above the sentence)
        gap = text.rfind("\n\n", 0, pos)
        if gap == -1:
            return None
        block_start = text.rfind("\n\n", 0, gap)
        block_start = block_start + 2 if block_start != -1 else 0
        if block_start < ctx.lead_end:
            return None  # (the release's headline heads no section)
        block = text[block_start:gap].strip()
        if block and "\n" not in block and len(block) < 120 and block[-1] not in ".:\"”":
            pid = _heading_pid(ctx, block_start, gap)
            below = {m.pid for m in _within(ctx.mentions, gap, sent.start)}
            return pid if pid is not None and below <= {pid} else None
        pos = block_start
    return None


def _paragraph_product(ctx: _Context, sent: Sentence) -> int | None:
    """ "ALM-301 is an AAV9 gene therapy ... ARCADIA is being conducted under an IND that
    the FDA cleared in September 2023.": a sentence naming no product, in a paragraph that
    has named one product alone before it, is about that product."""
    if sent.text[:1] in '"“':
        return None
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    pids = {m.pid for m in _within(ctx.mentions, line_start, sent.start)}
    return pids.pop() if len(pids) == 1 else None


# "A clinical trial application for ALPINE-2 was submitted": a filing for a named trial
# (or a trial's name in capitals: "a Clinical Trial Notification for TIDEPOOL")
_FOR_TRIAL = re.compile(r"\bfor (?:the )?([A-Z][A-Za-z]{2,}-\d{1,3}[A-Za-z]?|[A-Z]{4,})\b")


# a trial's name: "GLOW-1", "FAPtor-1", "SHINE-412", "REDOX"
# (the capital opens the pattern and the word's start is tested after it, "(?<!\w.)" being
# "\b" before a word character: `re` then skips to capitals instead of trying each place)
# ("SNH1402-101": a protocol number, its product's code and the study's number)
_TRIAL_NAME = re.compile(
    r"[A-Z](?<!\w.)(?:[A-Za-z]{2,}-\d{1,3}[A-Za-z]?|[A-Z]{3,}(?:-\d{1,3})?|[A-Z]{1,4}\d{3,5}-\d{3})\b"
)
_TRIAL_NOUN_AFTER = re.compile(r"\s+(?:[Pp]hase\s+\S+\s+)?(?:study|trial)\b")
# ("a study of A, and B"): a list going on after a comma
_JOINED_AFTER = re.compile(r",\s+(?:and|or|plus)\s")
# "GLOW-2 is a Phase 1b/2 study of A in combination with B", "BRAMBLE-3, the global
# Phase 3 trial of X": the trial's products
_TRIAL_OF_AFTER = re.compile(
    # ("GALACTA-1 is an open-label, dose-escalation Phase 1/2 study evaluating X")
    r"(?:\s+is\s+an?|,\s+(?:an?|the|its))\s+(?:[\w/-]+,?\s+){0,6}?(?:study|trial)\s+"
    r"(?:of|evaluating|testing|investigating|assessing)\s"
)


def _trial_products(ctx: _Context, sent: Sentence) -> list[int]:
    """ "FAPtor-1 began after X notified the TGA of the study": a sentence naming no product
    but a trial the release called "its Phase 1/2 FAPtor-1 study" beside one product, or
    "a study of A in combination with B" (both)."""
    text = ctx.text
    for m in _TRIAL_NAME.finditer(text, sent.start, sent.end):
        name = m.group(0)
        for i in occurrences(text, name, hyphen=True):
            if sent.start <= i < sent.end:
                continue
            j = bisect.bisect_right(ctx.sentences, i, key=_START) - 1
            if j < 0:
                continue
            named_in = ctx.sentences[j]
            of = _TRIAL_OF_AFTER.match(text, i + len(name))
            if of:
                # the products the study is of, in the rest of its clause
                semi = text.find(";", of.end(), named_in.end)
                studied = _within(ctx.mentions, of.end(), semi if semi != -1 else named_in.end)
                if studied:
                    # ("a study of X in patients with Y, selected by PET imaging with the
                    # imaging agent Z": a clause after the first product's is no more of it)
                    comma = text.find(", ", studied[0].end, named_in.end)
                    if comma != -1 and not _JOINED_AFTER.match(text, comma):
                        studied = [mm for mm in studied if mm.start < comma]
                # ("..., a Phase 3 study of KB-09 plus ostrelimab": the partner drug known
                # only by its name is no filer; "a study of X-12 in combination with X-63"
                # names two of the company's codes, both)
                coded = {mm.pid for mm in ctx.mentions if mm.kind == "code"}
                studied = [
                    mm for mm in studied if mm.pid in coded or not _is_partner_drug(text, mm)
                ] or studied
                if studied:
                    return list(dict.fromkeys(mm.pid for mm in studied))
            # only where the release calls it a study ("its FAPtor-1 study of X"), not in a
            # list beside another product ("costs of the ALTITUDE study and VNT-330")
            noun = _TRIAL_NOUN_AFTER.match(text, i + len(name))
            if not noun or text.startswith(" and ", noun.end()):
                continue
            # the product named with the trial, in the same sentence
            pids = {mm.pid for mm in _within(ctx.mentions, named_in.start, named_in.end)}
            if len(pids) == 1:
                return [pids.pop()]
    return []


def _names_its_trial(text: str, sent: Sentence) -> bool:
    """A filing "for X-2" where the release calls X-2 a study or trial: the trial of the
    product last named."""
    if "for " not in sent.text:
        return False
    for m in _FOR_TRIAL.finditer(sent.text):
        name = m.group(1)
        if f"{name} study" in text or f"{name} trial" in text:
            return True
    return False


def _heading_product(ctx: _Context, sent: Sentence) -> int | None:
    """ "Regulatory history of XY-201" above a block of dated lines ("December 2023 -
    clinical trial application authorised ..."): the lines tell the heading's product."""
    text = ctx.text
    gap = text.rfind("\n\n", 0, sent.start)
    # "XY-214 (siRNA targeting APOC3)" opening the block, its items on the lines below
    block_start = gap + 2 if gap != -1 else 0
    first_end = text.find("\n", block_start, sent.start)
    if first_end != -1:
        pid = _heading_pid(ctx, block_start, first_end)
        if pid is not None:
            return pid
    if gap == -1:
        return None
    head_start = text.rfind("\n", 0, gap) + 1
    if text.startswith(_BULLETS, block_start) and text[gap - 1 : gap] in ".:":
        # "MZP-1150 (...) is Mizuhara's most advanced program, in a global Phase 2 study."
        # then "- Taiwan: the Phase 2 protocol was approved by ...": a list of items below
        # a paragraph about one product alone is that product's
        pids = {m.pid for m in _within(ctx.mentions, head_start, gap)}
        if len(pids) == 1:
            return pids.pop()
    if head_start > 1 and text[head_start - 2] != "\n":
        return None  # the heading is a line of its own
    return _heading_pid(ctx, head_start, gap)


def _heading_pid(ctx: _Context, start: int, end: int) -> int | None:
    """The one product a heading line (no closing stop) names."""
    heading = ctx.text[start:end].strip(" *_#")
    # (a question may head its answer: "**Which recognitions does LMV-201 hold?**")
    if not heading or len(heading) > 100 or heading.endswith((".", ":", "!", '"', "”")):
        return None
    pids = {m.pid for m in _within(ctx.mentions, start, end)}
    if not pids:
        # "Regulatory status of TLV6620-101": the product of the trial the heading names
        pids = set(_trial_products(ctx, Sentence(start, end, ctx.text[start:end], -1)))
    return pids.pop() if len(pids) == 1 else None


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


# "..., and Orphan Drug Designation (HCC) and Rare Pediatric Disease designation
# (hepatoblastoma) from the FDA": the agency told after the last of designations joined
# by "and" is each one's
_JOINED_DESIGNATION_GAP = re.compile(
    r"\s*(?:designations?\s*)?(?:\([^()]{1,60}\)\s*)?,?\s*and\s+"
)
_FROM_AGENCY = re.compile(
    r"\s*(?:designations?\s*)?(?:\([^()]{1,60}\)\s*)?(?:from|by)\s+(?:the\s+)?"
)


def _shared_agency_after(
    ctx: _Context, groups: list[list[Trigger]], scopes: list[tuple[int, int]], index: int
) -> list[str]:
    """The agency a designation shares with the next one it is joined to by "and"; none
    when it names its own."""
    group, (lo, hi) = groups[index], scopes[index]
    if group[0].kind != "des" or index + 1 >= len(groups) or _within(ctx.agencies, lo, hi):
        return []
    nxt = groups[index + 1]
    if nxt[0].kind != "des" or not _JOINED_DESIGNATION_GAP.fullmatch(
        ctx.text, group[-1].end, nxt[0].start
    ):
        return []
    named = _FROM_AGENCY.match(ctx.text, nxt[-1].end)
    if not named:
        return []
    after = [h for h in _within(ctx.agencies, named.end(), scopes[index + 1][1])
             if h.start == named.end()]
    return [after[0].value] if after else []


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
        if headline and kind == "ind":
            # "Receives Health Canada Approval for A and Submits U.S. IND for B": the
            # headline's verb opens the trigger's own clause
            verb = cues.HEADLINE_STATUS_BEFORE.search(
                text, max(lo, group[0].start - 40), group[0].start
            )
            if verb and text[max(lo, verb.start() - 5) : verb.start()].endswith("and "):
                lo = verb.start()
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
        if not pids or (kind == "des" and not sent_mentions and sent.text[:1] in '"“'):
            # ('"We have an NDA under priority review," said the CEO': a quote naming no
            # product restates news in looser words)
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
        agencies = _shared_agency_after(ctx, groups, scopes, index) or _agencies_for(
            ctx, group, lo, hi, sent, prev_agencies, pids
        )
        if not agencies:
            continue
        ctx.loose_date = False
        date = _date_for(ctx, group, lo, hi, sent, lead_date, prev_date)
        loose = ctx.loose_date
        # the indication after the trigger, else one in the trigger's own clause before it
        plural = kind == "des" and bool(
            cues.PLURAL_DESIGNATION.search(scope) or COUNTED_INDICATIONS_LIST.search(scope)
            or (" and for " in scope and AND_FOR_ANOTHER.search(scope))
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


def _own_clause_start(text: str, lo: int, trig_start: int) -> int:
    """Where the clause holding a trigger starts (after ", ", "; ", "that ", "(")."""
    clause = max(lo, trig_start - 150)
    breaks = list(_OWN_CLAUSE.finditer(text, clause, trig_start))
    return breaks[-1].end() if breaks else clause


# "In 2026, we expect (i) the approval decision ...; (ii) ...; and (iv) IND submissions for
# X": every item of a list the plan opens is planned
_ENUMERATED_PLAN = re.compile(
    r"\b(?:expects?|expected|anticipates?|anticipated|plans?|planned|intends?|aims?|targets?|"
    r"will)\b[^.;:()]{0,40}?:?\s*\((?:i|a|1)\)"
)


def _in_enumerated_plan(text: str, sent: Sentence, trig_start: int) -> bool:
    head = text[sent.start : trig_start]
    if "(i)" not in head and "(a)" not in head and "(1)" not in head:
        return False
    return bool(_ENUMERATED_PLAN.search(text, sent.start, trig_start))


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
    if plan and not (
        # "sites will operate under the IND the FDA cleared in 2026": the plan is the
        # sites', the filing named after "under" was cleared before
        kind == "ind"
        and _UNDER_BEFORE.search(text, plan.end(), trig_start)
        and _CLEARED_RELATIVE.search(text, trig_start, min(hi, trig_start + 160))
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
    after = _PLAN_AFTER.search(text[trig_start : min(hi, trig_start + 60)]) or (
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
_CLEARED_RELATIVE = re.compile(
    r"\b(?:that |which )?(?:the\s+)?(?:[A-Z][\w.]*\s+(?:(?:and|of|for)\s+)?){1,8}"
    r"(?:\([A-Z]+\)\s+)?(?:cleared|approved|authori[sz]ed|accepted)\b"
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

_WITH_POPULATION = re.compile(r"\b(?:patients|adults|children|participants|people) with\b")
_US_IND = re.compile(r"INDs?|[Ii]nvestigational [Nn]ew [Dd]rug(?: \(IND\))?(?: [Aa]pplications?)?")
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


def _products_for(
    group: list[Trigger],
    lo: int,
    hi: int,
    sent: Sentence,
    sent_mentions: list[Mention],
    fallback: list[int],
    text: str = "",
) -> list[int]:
    if len(sent_mentions) > 1 and text:
        # "X together with Y", "KB-1 in combination with FENRIVA": the partner drug of a
        # combination is not what the filing or designation is for
        own_drugs = [m for m in sent_mentions if not _is_partner_drug(text, m)]
        if own_drugs and len(own_drugs) < len(sent_mentions):
            sent_mentions = own_drugs
    in_scope = [m for m in sent_mentions if lo <= m.start < hi]
    if in_scope:
        # the subject right before the trigger, or the names right after it, with any
        # names coordinated to them ("A and B received ..."); "In addition to A, B ..."
        # leaves A out
        start = group[0].start
        before = [m for m in in_scope if m.start < start]
        semi = text.find(";", start, hi)
        after = [m for m in in_scope if m.start >= start and (semi == -1 or m.start < semi)]
        clause = _own_clause_start(text, lo, start)
        aside = _RELATIVE_ASIDE.search(text, max(lo, clause - 200), clause)
        if aside and any(m.start < aside.start() for m in before):
            # "X, which competes with Y, was granted ...": Y is named in an aside on X
            before = [m for m in before if not aside.start() <= m.start < clause]
        own = [m for m in before if m.start >= clause]
        if own:
            chosen = _coordinated(text, own[::-1])
        elif before and (
            _RELATIVE.match(text, clause)
            # "X, a GPC3-directed ADC whose clinical trial application ... was approved by
            # the NMPA ..., and Y, a preclinical ADC": the relative clause is X's
            or _WHOSE_BEFORE.search(text, clause, start)
        ):
            # "ZQ071, a GPRC5D CAR-T ..., which has received IND clearance": the antecedent
            # ("includes X and Y, a monoclonal antibody for COPD, for which ...": Y alone,
            # the name the appositive describes)
            last = before[-1]
            chosen = (
                [last] if _APPOSITIVE_AFTER.match(text, last.end) else
                _coordinated(text, before[::-1])
            )
        elif not before and _second_relative_of(text, lo, sent_mentions):
            # "X, whose IND ..., and which holds Fast Track designation ..., and Y": the
            # relative clause is X's, not the next name's
            chosen = [[m for m in sent_mentions if m.start < lo][-1]]
        elif after:
            chosen = _coordinated(text, after)
        else:
            chosen = _coordinated(text, before[::-1])
        if chosen:
            return list(dict.fromkeys(m.pid for m in chosen))
    before = [m for m in sent_mentions if m.start < group[0].start]
    if before:
        return [before[-1].pid]
    semi = text.find(";", group[-1].end, sent.end) if fallback else -1
    if semi != -1 and sent_mentions and sent_mentions[0].start > semi:
        # "ALK2 inhibitor also holds Orphan Drug and Rare Pediatric Disease Designations;
        # New Drug Application for Y submitted": Y is the next clause's news
        return list(fallback)
    if sent_mentions:
        return [sent_mentions[0].pid]
    return list(fallback)


_APPOSITIVE_AFTER = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:a|an)\s")
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,4}\Z")
_COMBINATION_BEFORE = re.compile(
    # ("... compared with brevolimab alone": a comparator is no more the subject)
    r"\b(?i:in combination with|together with|combined with|plus|and its partner's|"
    r"compared (?:with|to)|versus|vs\.)\s+"
    r"(?:(?:the|its|partner's|[A-Z][\w-]*'s)\s+)?(?:[\w-]+\s+){0,2}\Z"
)


def _is_partner_drug(text: str, m: Mention) -> bool:
    """ "X in combination with Brenmore's anti-PD-1 antibody TORIVEX": the partner (and
    its code in brackets after it: "... antibody tavrelimab (HLN-604)")."""
    start = m.start
    if text[start - 1 : start] == "(":
        # (back over the word before the bracket: "tavrelimab (HLN-604)")
        k = start - 1
        if text[k - 1 : k] == " ":
            k -= 1
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "-"):
            k -= 1
        start = k
    lo = max(0, start - 60)
    window = text[lo:start]
    # (the cheap test first: every cue holds one of these words)
    if not ("ith " in window or "plus " in window or "partner" in window):
        return False
    return bool(_COMBINATION_BEFORE.search(text, lo, start))



# a relative clause set off by commas that ends where the trigger's clause starts
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,\s*\Z")
_AND_JOINED = re.compile(r"\band\s*\Z")
_RELATIVE_WORD = re.compile(r",\s+(?:whose|which|that|who)\b")


def _second_relative_of(text: str, lo: int, sent_mentions: list[Mention]) -> bool:
    """Whether the scope at `lo` opens a second relative clause joined by "and" to one
    told of the name before it ("X, whose IND ... and which holds ...")."""
    prior = [m for m in sent_mentions if m.start < lo]
    return bool(
        prior
        and _RELATIVE.match(text, lo)
        and _AND_JOINED.search(text, max(0, lo - 8), lo)
        and _RELATIVE_WORD.search(text, prior[-1].end, lo)
    )


_COORD_GAP = re.compile(r"\s*(?:,|and|or|&|as well as|/)?\s*(?:and\s+)?(?:its\s+|the\s+)?\Z")


def _coordinated(text: str, ordered: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by "and"/commas, in the given order."""
    if not ordered:
        return []
    chosen = [ordered[0]]
    for m in ordered[1:]:
        a, b = sorted((chosen[-1], m), key=lambda x: x.start)
        if m.pid != chosen[-1].pid and not _COORD_GAP.match(text[a.end : b.start]):
            break
        chosen.append(m)
    return chosen


# "will enroll 48 participants at sites in the United States and the United Kingdom":
# a country told as where a trial runs, not as the agency that acted
_SITES_IN = re.compile(
    r"\b(?:sites?|cent(?:er|re)s?|hospitals?|clinics?|patients|participants|subjects|"
    r"volunteers|enrol(?:l|ls|led|ling)?|recruit(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?in\s+"
    r"(?:the\s+)?\Z"
)


# ", adding sites in Germany to the ongoing U.S. portion of the study": what the event
# brings about, told after it, places the trial, not the filing
_PARTICIPLE_AFTER = re.compile(
    r",\s+(?:adding|allowing|enabling|bringing|expanding|extending|joining|complementing)\b"
)


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


def _country_scope(text: str, group: list[Trigger], lo: int, hi: int) -> tuple[int, int]:
    """Where a country can name the agency of a filing: its own ";" clause ("Phase 3 of X
    enrolling in the U.S. and Europe; IND submitted for Y"), before any participle."""
    if group[0].kind == "ind" and ";" in text[lo:hi]:
        lo, hi = _semicolon_clause(text, group, lo, hi)
    participle = _PARTICIPLE_AFTER.search(text, group[-1].end, hi)
    return lo, participle.start() if participle else hi


# "..., and plans to file an application with the MFDS": an agency of the plan after it
_PLAN_CLAUSE_AFTER = Prefiltered(
    re.compile(r",?\s+(?:and\s+)?(?:plans?|intends?|expects?) to\b"), ("plan", "intend", "expect")
)


# "taking X from our Australian Phase 1 study to a global program": a country's adjective
# that places a study, not the agency that acted on a filing
_STUDY_AFTER_COUNTRY = re.compile(
    r"\s+(?:Phase\s+[\dI]+[\w/]*\s+)?(?:[\w-]+\s+)?(?:stud(?:y|ies)|trials?|cent(?:er|re)s|sites)\b"
)


def _not_sites(text: str, countries: list[Hit], ind_named: bool = False) -> list[Hit]:
    out: list[Hit] = []
    site_end = -1  # the end of the last country told as a trial's place
    for h in countries:
        if ind_named and text[h.end - 1 : h.end] == "n" and _STUDY_AFTER_COUNTRY.match(
            text, h.end
        ):
            # (an adjective, "Australian", "Korean", beside an IND; "the Australian trial
            # of X after CTN filing" names the CTN's country)
            continue
        if text.endswith(("in ", "the "), max(0, h.start - 4), h.start) and (
            _SITES_IN.search(text, max(0, h.start - 60), h.start)
            or (site_end != -1 and _COUNTRY_JOIN_THE.fullmatch(text, site_end, h.start))
        ):
            site_end = h.end
            continue
        out.append(h)
    return out


_COUNTRY_JOIN_THE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:the\s+)?")


def _codes(hits: list[Hit]) -> list[str]:
    return list(dict.fromkeys(h.value for h in hits))


_FILED_BY = re.compile(r"(?:submitted|filed) by\b")
_PORTAL = re.compile(r"(?:EU(?:['’]s)? )?(?:Clinical Trials Information System|CTIS)")
_WHO_FILED_IT = re.compile(
    r"(?:The|This|That) (?:IND|CTA|application|filing)\s+(?:had been|has been|was)\s+"
    r"(?:filed|submitted)\s+by\b"
)
_FILED_BY_ASIDE = re.compile(
    r"(?<=, )(?:submitted|filed) by [^,;.()]{2,60}, (?:was|were|has been|had been|have been) "
)
_FILING_NOUN_BEFORE = re.compile(r"(?:[Aa]pplications?|IND|CTA)\)?\s+\Z")
_SO_AFTER = re.compile(r",\s+(?:so|thus|which means|meaning)\b")
_AND_BEFORE = re.compile(r"\band\s+(?:the\s+|its\s+)?\Z")
_COUNTRY_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?")


_COMPARED_AGENCY_BEFORE = Prefiltered(
    re.compile(r"\b(?:weeks?|months?|years?|days?|shortly|soon)\s+(?:after|before)\s+(?:the\s+)?\Z"),
    ("after", "before"),
)
_MEETING_WITH_BEFORE = Prefiltered(
    re.compile(r"\bmeetings?\s+with\s+(?:the\s+)?(?:U\.S\.\s+)?\Z"), ("meeting",)
)
_AFTER_OTHER_ACT = re.compile(
    r"\b(?:after|before)\s+(?=[^,;.]{0,120}?\b(?:accepted|cleared|approved|granted|"
    r"authori[sz]ed|issued)\b)"
)


def _agencies_for(
    ctx: _Context,
    group: list[Trigger],
    lo: int,
    hi: int,
    sent: Sentence,
    prev: list[str],
    pids: list[int] | None = None,
) -> list[str]:
    opener = _THIS_NEWS_OPENER.match(ctx.text, sent.start) if lo == sent.start else None
    if opener and opener.end() <= group[0].start:
        # "Before this NMPA approval, X has already received the clearance of its IND from
        # the U.S. FDA": the opener points at the news told above, the agency is the FDA
        lo = opener.end()
    if group[0].kind == "des":
        # "... secured approval in the UK ..., and added a European orphan designation": a
        # place's adjective right before the designation names its agency
        near = _within(ctx.countries, max(lo, group[0].start - 20), group[0].start)
        if near and not ctx.text[near[-1].end : group[0].start].strip():
            named = _within(ctx.agencies, lo, hi)
            if not named:
                return _codes(near[-1:])
    if group[0].kind == "ind":
        # "...by Korea's MFDS; U.S. IND Submitted": a country's adjective right before the
        # filing names its agency
        # ("the U.S. and Chinese IND approvals": each country joined to it counts)
        near = _within(ctx.countries, max(lo, group[0].start - 60), group[0].start)
        if near and not ctx.text[near[-1].end : group[0].start].strip():
            chain = [near[-1]]
            for h in reversed(near[:-1]):
                if not _COUNTRY_JOIN.fullmatch(ctx.text, h.end, chain[-1].start):
                    break
                chain.append(h)
            # ("EU trial application authorised and Swissmedic approval obtained": an
            # agency named after the filing keeps its part)
            # (not past ", so": "..., so with the MFDS approval it now holds both")
            so = _SO_AFTER.search(ctx.text, group[0].start, hi)
            after = _codes(_within(ctx.agencies, group[0].start, so.start() if so else hi))
            return list(dict.fromkeys([h.value for h in reversed(chain)] + after))
    if group[0].kind == "des" and ";" in ctx.text[lo:hi]:
        # "X now cleared in the U.S. and UK; Y receives Breakthrough Therapy designation":
        # places named in another clause of the list belong to that clause's news
        lo, hi = _semicolon_clause(ctx.text, group, lo, hi)
    elif ";" in ctx.text[lo:hi]:
        # "FDA "may proceed" letter received; MHRA CTA approved": a filing's own clause
        # names its agency, the other clause's agency acted on the other news
        a, b = _semicolon_clause(ctx.text, group, lo, hi)
        if (a, b) != (lo, hi) and _within(ctx.agencies, a, b):
            lo, hi = a, b
        elif (
            (a, b) != (lo, hi)
            and _US_IND.fullmatch(ctx.text, group[0].start, group[-1].end)
            and not _within(ctx.countries, a, b)
        ):
            # "IND cleared Q3 2024 (lymphoma); Health Canada NOL Mar 2025 (SLE)": the U.S.
            # term, in a clause naming no agency; the other clause's agency is its own
            return ["FDA"]
    plan = _PLAN_CLAUSE_AFTER.search(ctx.text, group[-1].end, hi)
    if plan:
        hi = plan.start()
    if group[0].kind == "ind" and ", so " in ctx.text[group[-1].end : hi]:
        # "... received a 'Study May Proceed' letter from the FDA on September 19, so with
        # the MFDS approval it now holds both": the agency after ", so" is another's
        so = _SO_AFTER.search(ctx.text, group[-1].end, hi)
        if so:
            hi = so.start()
    other_act = sent.end  # where a clause telling another agency's act begins
    rest = ctx.text[group[-1].end : sent.end] if group[0].kind == "ind" else ""
    if "after " in rest or "before " in rest:
        # "submitted the IND in August, four weeks after China's CDE accepted the CTA": the
        # agency told after "after" acted on a filing of its own
        other = _AFTER_OTHER_ACT.search(ctx.text, group[-1].end, sent.end)
        if other and _within(ctx.agencies, other.end(), sent.end):
            other_act = other.start()
            hi = min(hi, other_act)
    named = _within(ctx.agencies, lo, hi)
    # "The TGA's confirmation comes after the FDA cleared ...": an agency in the
    # possessive is talked about, not acting, when another one is named
    acting = [
        h
        for h in named
        if not _POSSESSIVE_AFTER.match(ctx.text, h.end)
        and not _OUTCOME_FOLLOWS_AFTER.match(ctx.text, h.end)
        # ("held a pre-IND meeting with the FDA ... and submitted a CTA to the MHRA")
        and not _MEETING_WITH_BEFORE.search(ctx.text, max(lo, h.start - 30), h.start)
        # ("The FDA cleared the IND ..., three months after the NMPA": a comparison)
        and not _COMPARED_AGENCY_BEFORE.search(ctx.text, max(lo, h.start - 24), h.start)
        # ("Health Canada issued a No Objection Letter ..., and the MHRA review is ongoing")
        and not (h.start > group[-1].end and _REVIEW_PENDING_AFTER.match(ctx.text, h.end))
    ] or named
    countries = [
        h for h in _within(ctx.countries, *_country_scope(ctx.text, group, lo, hi))
        # ("first cleared for clinical study outside China": not China's)
        if not ctx.text.endswith(("outside ", "outside of "), 0, h.start)
    ]
    if countries and group[0].kind == "des" and sent.text[:1] in '"“':
        # '"With orphan status already granted, we can bring the program we started in
        # Australia to U.S. patients"': a quote's places after the designation are the
        # speaker's story ("the U.S. orphan drug designation we received" names its own)
        countries = [h for h in countries if h.end <= group[0].start]
    if countries and not acting:
        trigger = ctx.text[group[0].start : group[-1].end]
        countries = _not_sites(
            ctx.text, countries, "IND" in trigger or "Investigational New" in trigger
        )
    if group[0].kind == "des" and countries and not acting:
        # "X under priority review and Y now cleared in the U.S.": a country told after
        # "and" another product belongs to that product's clause
        for m in _within(ctx.mentions, group[-1].end, hi):
            if _AND_BEFORE.search(ctx.text, max(lo, m.start - 8), m.start):
                countries = [h for h in countries if h.start < m.start]
                break
    found = _codes(acting) or _codes(countries)
    if found:
        return found
    quote = sent.text[:1] in '"“'
    if group[0].kind == "ind" and (
        "mplied" in ctx.text[group[0].start : group[-1].end]
        or ctx.text.startswith("agree", group[0].start)
    ):
        # an implied approval or licence is the NMPA's procedure; so is an approval
        # notice's "it is agreed that the clinical trial be carried out", translated
        return ["NMPA"]
    if prev and not quote:
        return prev
    if group[0].kind == "des" and pids and _DETERMINER_BEFORE.search(
        ctx.text, max(sent.start, group[0].start - 8), group[0].start
    ):
        # "The Breakthrough Therapy Designation, granted on November 25, 2024, is for ...":
        # the product's designation of that type told before, by its agency
        told = [
            ev.agency for ev in ctx.recent_des
            if ev.pid in pids and ev.label == group[0].dtype
        ]
        if told:
            return told[-1:]
    whole_lo, whole_hi = sent.start, sent.end
    if group[0].kind == "ind" and ";" in sent.text:
        # ("X cleared to start Phase 1b trial; Y IND filed with US FDA": an agency in
        # another clause that tells a filing of its own took that filing)
        a = ctx.text.rfind(";", sent.start, group[0].start) + 1 or sent.start
        b = ctx.text.find(";", group[-1].end, sent.end)
        b = sent.end if b == -1 else b
        if _FILING_NOUN.search(ctx.text, b, sent.end) or _FILING_NOUN.search(
            ctx.text, sent.start, a
        ):
            whole_lo, whole_hi = a, b
    whole = _codes(_within(ctx.agencies, whole_lo, min(whole_hi, other_act)))
    if whole:
        return whole[:1]
    if group[0].kind == "ind" and ctx.recent_ind:
        earlier_filings = _filings_referred_to(ctx, group, sent, pids)
        if earlier_filings:
            return earlier_filings
    if group[0].kind == "des" and all(t.dtype in _TYPE_AGENCY for t in group):
        return [_TYPE_AGENCY[group[0].dtype]]
    if quote:
        return []  # a quote names its agency or adds no fact
    if group[0].kind == "des" and _US_SUPPLEMENT.search(ctx.text, lo, hi):
        return ["FDA"]  # "supplemental BLA in ITP under Priority Review": the FDA's procedure
    if _TODAYS.search(ctx.text, max(sent.start, group[0].start - 12), group[0].start):
        # "Today's Breakthrough Therapy designation is for ...": the lead's news, by the
        # agency the lead names
        lead = _codes(_within(ctx.agencies, 0, ctx.lead_end))
        if lead:
            return lead[:1]
    # (a table's row is a record of its own, a pipe table's or a whitespace-aligned one's:
    # the row above names its own event's agency)
    earlier = [] if " | " in sent.text or "   " in sent.text else _within(
        ctx.agencies, max(0, sent.start - 600), sent.start)
    if earlier and pids and sent.start >= ctx.lead_end and any(
        m.pid not in pids for m in _within(ctx.mentions, earlier[-1].end, sent.start)
    ):
        # "... NMPA ... of A.\n\nB IND clearance": in the body, the agency last named acted
        # on another product, told after it
        earlier = []
    if earlier and sent.start < ctx.lead_end and _in_another_highlight(ctx, earlier[-1], sent):
        # "- Phase 3 trial authorized in the EU\n- X under Priority Review": each highlight
        # names its own agency (the headline's frames them all)
        earlier = []
    if earlier:
        return [earlier[-1].value]
    if group[0].kind == "des":
        return ["FDA"]
    # "X submitted an Investigational New Drug application for Y": an IND with no agency
    # named is the FDA's, in a release that names the FDA and no Chinese agency (whose
    # filings are called INDs too)
    words = ctx.text[group[0].start : group[-1].end]
    if ("IND" in words or "nvestigational" in words) and (
        {h.value for h in ctx.agencies} & {"FDA", "NMPA"} == {"FDA"}
    ):
        return ["FDA"]
    return []


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+\Z")
# "the MHRA review is ongoing", "the MHRA's assessment continues": that agency has not acted
_REVIEW_PENDING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:review|assessment|evaluation)\s+(?:is\s+|remains\s+)?(?:still\s+)?"
    r"(?:ongoing|pending|under way|underway|continuing|continues|in progress)\b"
)
_US_SUPPLEMENT = re.compile(
    r"\bs(?:BLA|NDA)\b|\b[Ss]upplemental (?:BLA|NDA|Biologics? License|New Drug)"
)


def _in_another_highlight(ctx: _Context, agency: Hit, sent: Sentence) -> bool:
    """Whether the agency is named in an earlier bullet of the highlights than this one."""
    if not sent.text.startswith(_BULLETS) or "\n" not in ctx.text[agency.end : sent.start]:
        return False
    line_start = ctx.text.rfind("\n", 0, agency.start) + 1
    return ctx.text.startswith(_BULLETS, line_start)


_BULLETS = ("- ", "* ", "• ", "•")


def _filings_referred_to(
    ctx: _Context, group: list[Trigger], sent: Sentence, pids: list[int] | None = None
) -> list[str]:
    """The agencies of the filings a sentence points back to without naming an agency:
    "Tavira submitted the IND on ..." (the earlier IND's agency), "filed both
    applications" (the last two agencies told)."""
    text = ctx.text
    start, end = group[0].start, group[-1].end
    words = text[start:end]
    if not (
        _BACK_REFERENCE.search(text, max(0, start - 40), start)
        or _DETERMINER.match(words)
        # (a timeline row's "Application accepted", under the row naming the filing)
        or words.startswith("Application ")
    ):
        return []
    recent = ctx.recent_ind[::-1]
    if pids:
        # "the IND for Y went into effect": a filing of Y told before, not another product's
        recent = [ev for ev in recent if ev.pid in pids]
        if not recent:
            return []
    if _PLURAL_FILING.search(words) or "both " in text[max(0, start - 5) : end].lower():
        found: list[str] = []
        for ev in recent:
            if ev.agency not in found:
                found.append(ev.agency)
            if len(found) == 2:
                break
        return found
    # "... has notified the TGA of the trial. The CTN was lodged on 4 February": the
    # filing at the agency the paragraph names, not one a highlight above told last
    paragraph = _codes(_within(ctx.agencies, text.rfind("\n", 0, sent.start) + 1, sent.start))
    recent = [ev for ev in recent if ev.agency in paragraph] or recent
    if "IND" in words or "nvestigational" in words:
        same = [ev.agency for ev in recent if _IND_WORD.search(ev.trigger)]
        if same:
            return same[:1]
    return [recent[0].agency]


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
        bare = _BARE_MONTH.search(ctx.text, clause_lo, clause_hi)
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
        quarter = (
            _BARE_QUARTER.search(ctx.text, lo, hi) if "quarter" in ctx.text[lo:hi] else None
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
            return str(year - (3 * q - 2 > month))
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
    if (
        cues.SAME_TIME.search(ctx.text, sent.start, hi)
        and (prev_date or ctx.last_date)
        # ("... in two markets at the same time," said the CEO: a quote's own words)
        and sent.text[:1] not in '"“'
    ):
        return prev_date or ctx.last_date
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
        or ("his year" in scope and _THIS_YEAR_WORDS.search(scope))
    ):
        return ctx.published_month[:4]
    if ctx.published_month and cues.LAST_YEAR.search(scope):
        return str(int(ctx.published_month[:4]) - 1)
    if _is_todays_news(ctx, sent, scope, group):
        ctx.loose_date = True
        return ctx.published_month
    return None


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


_TODAYS = re.compile(r"\b[Tt]oday['’]s\s+\Z")
_THIS_NEWS_OPENER = re.compile(
    r"(?:Before|Prior to|Ahead of|Besides|In addition to) (?:this|the|today['’]s) "
    r"[^,;.]{0,60}?(?:approval|clearance|acceptance|designation|news),\s"
)
_LEADING_PHRASE = re.compile(
    r"(?:Following|After|Before|Prior to|Ahead of|Since)\b[^,;.]{0,120},\s"
)
_QUARTERS = ("first", "second", "third", "fourth")
_OF_WHICH_YEAR = re.compile(r",?\s+of\s+(last|the previous|the prior|this)\s+year\b")
_BARE_QUARTER = re.compile(
    r"\b(?:[Ii]n|[Dd]uring) the (first|second|third|fourth) quarter\b(?![\s,]*(?:of\s+)?\d)"
)
# "During the quarter, the FDA granted ...": the period a results release reports on
_REPORTED_PERIOD = re.compile(
    r"\b(?:[Ii]n|[Dd]uring) the (?:quarter|[Rr]eporting [Pp]eriod|period|half[- ]year)\b"
    r"(?![\s,]*(?:of\s+|ended\s+|ending\s+)?\w*\s*\d)"
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
        and not (trig_start and d.start > trig_start and _OTHER_EVENT_AFTER.search(
            ctx.text, trig_start, d.start))
    ]
    if dated and not this_year:
        return f"{dated[-1].value[:4]}-{month:02d}"
    year, now = int((ctx.published_month or "")[:4]), int((ctx.published_month or "")[5:7])
    return f"{year - (month > now)}-{month:02d}"


# "...; the Company expects a decision in the fourth quarter of 2026": a plan's date
_PLAN_BEFORE_DATE = Prefiltered(
    re.compile(
        r"\b(?:expects?|expected|anticipates?|anticipated|plans? to|planned|intends? to|will)\b"
    ),
    ("expect", "anticipat", "plan", "intend", "will"),
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


_PLURAL_FILINGS = re.compile(r"(?:authori[sz]ations|approvals|clearances|applications|CTAs)\b")


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
    if _WHO_FILED_IT.match(text, max(lo, group[0].start - 5)) and not _within(ctx.dates, lo, hi):
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
        if m.group(0) == "notified" and _AGENCY_BEFORE.search(
            text, max(lo, m.start() - 12), m.start()
        ):
            continue  # "the FDA notified the company that ...": the agency's answer
        if m.group(0) == "issued" and "cceptance" in text[max(lo, m.start() - 30) : m.start()]:
            continue  # "the Acceptance Notice issued by the CDE": what was issued is an acceptance
        if status == "submitted" and text.endswith(("the ", "its ", "The "), lo, m.start()):
            continue  # "in accordance with the submitted protocol": a thing, no filing
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
        r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w'’.-]+\s+){0,3}?"
        r"(?P<noun>authori[sz]ation|approval|clearance|acceptance|acknowledge?ment|"
        r"No Objection Letter|letter|notice)"
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
