"""Which agency acted on a filing or granted a designation: the agencies and countries named
in its scope, else one told before it in the sentence, the release or an earlier filing."""

from __future__ import annotations

import re

from dossier.extract.event_model import _BULLETS, Trigger, _Context, _semicolon_clause, _within
from dossier.extract.lexicon import Hit
from dossier.extract.prefilter import Prefiltered
from dossier.extract.sentences import Sentence

# designation types that only one agency grants
_TYPE_AGENCY = {
    "rmat": "FDA",
    "rare_pediatric_disease": "FDA",
    "fast_track": "FDA",
    "prime": "EMA",
    "sakigake": "PMDA",
    "innovation_passport": "MHRA",
}
# "filed both applications", "the two filings": more than one earlier filing
_PLURAL_FILING = re.compile(r"\b(?:applications|submissions|filings|INDs|CTAs|notifications)\b")
_IND_WORD = re.compile(r"\bind\b|investigational", re.I)
_DETERMINER = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth)\b")
# a trigger that points back to a filing already told ("the IND", "that application")
_BACK_REFERENCE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Bb]oth|[Ii]ts)\s+(?:[\w.-]+\s+){0,2})\Z"
)
_FILING_NOUN = re.compile(r"\b(?:applications?|INDs?|CTAs?|CTNs?|notifications?|filings?)\b")
# "The TGA's confirmation": an agency talked about rather than acting
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "The TFDA approval follows clearance of the IND by the FDA": the first agency's outcome,
# told before, is the subject of a sentence about the other agency's
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


_US_IND = re.compile(r"INDs?|[Ii]nvestigational [Nn]ew [Dd]rug(?: \(IND\))?(?: [Aa]pplications?)?")

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
    *,
    own_start: int | None = None,
) -> list[str]:
    """The agencies of a trigger group's event. `own_start`: where the event's own phrase
    starts in the sentence, when the words before it tell another product's outcome (whose
    agency is not this one's)."""
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
            # (not beside China's agency, whose filings are INDs too: "Two IND applications
            # for X cleared; CDE grants priority review to Y")
            and "NMPA" not in {h.value for h in _within(ctx.agencies, sent.start, sent.end)}
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
    # ("Health Canada clearance for X and an IND submission for Y": Canada takes no INDs,
    # the U.S. term is not the Canadian filing's)
    us_term = group[0].kind == "ind" and bool(_US_IND.match(ctx.text, group[0].start))
    if prev and not quote and not (us_term and prev == ["HC"]):
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
    whole_lo, whole_hi = own_start or sent.start, sent.end
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
    if whole and not (us_term and whole[:1] == ["HC"] and prev == ["HC"]):
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
        # ("NDA accepted; priority review granted | April / May 2025", a table's row in a
        # release whose headline names the NMPA alone, naming no country: that agency's)
        headline_agencies = set(_codes(_within(ctx.agencies, 0, ctx.lead_end))) if (
            " | " in sent.text and not _within(ctx.countries, sent.start, sent.end)) else set()
        return list(headline_agencies) if len(headline_agencies) == 1 else ["FDA"]
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


_TODAYS = re.compile(r"\b[Tt]oday['’]s\s+\Z")
_THIS_NEWS_OPENER = re.compile(
    r"(?:Before|Prior to|Ahead of|Besides|In addition to) (?:this|the|today['’]s) "
    r"[^,;.]{0,60}?(?:approval|clearance|acceptance|designation|news),\s"
)
