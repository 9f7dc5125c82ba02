"""Which product an event belongs to: the names in its trigger's clause, or, in a sentence
naming none, the product it is about (a footnote's, a trial's, a heading's or list's, the
paragraph's, the one last named)."""

from __future__ import annotations

import bisect
import re

from dossier.extract.dates import occurrences
from dossier.extract.event_model import (
    _ANAPHORIC_FILING,
    _BULLETS,
    _GRANTED_LABEL_ITEM,
    _HELD_FROM_ITEM,
    _START,
    Trigger,
    _Context,
    _own_clause_start,
    _within,
)
from dossier.extract.lexicon import SUPERSCRIPT_DIGITS
from dossier.extract.prefilter import Prefiltered, alternation_by_first_char
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence

# "ZQ071, a CAR-T ..., which has received": a relative clause takes its antecedent
_RELATIVE = re.compile(r"\s*(?:(?:for|in|of|under|with|by) )?(?:which|whom|whose|who|that)\b")
# a company's possessive ("Zelvet's IND"); all-capital words are agencies ("FDA's")
_POSSESSIVE = re.compile(r"\b[A-Z][a-z][\w-]*['’]s\s")
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
            # ("submitted the multinational CTA through CTIS"): the filing with its scope
            "the (?:multinational|international|global|original|initial|amended|updated|"
            "corresponding|underlying|related) (?:IND|CTA|CTN|applications?|filings?|"
            "submissions?)",
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
