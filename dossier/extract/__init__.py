"""Rule-based fact extraction from one cleaned press release (GUIDELINES.md).

    extract_release(text, published_date=..., title=...) -> ReleaseExtraction

Pipeline: sentences -> lexicon mentions (agencies, designations, modalities, targets)
-> products and their aliases -> companies and the issuer -> regulatory events ->
product attributes -> de-duplication -> the indications of IND events told around their
sentence (event_context.py). Everything runs on precompiled regexes and one
Aho-Corasick pass, a couple of milliseconds per release on one core.

Vocabularies live in vocab/ as data files; no company or product name is listed
anywhere, so the rules carry over to releases about other companies.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from dossier.extract import mentions as lex
from dossier.extract.attributes import describe, its_subject, possessive_owner
from dossier.extract.companies import Company, ends_like_company, ensure_issuer, find_companies
from dossier.extract.dates import dateline_date, find_dates, month_of, relative_dates
from dossier.extract.event_context import (
    fill_from_product_introduction,
    fill_from_section_heading,
    fill_ind_indications,
    fill_indications_told_elsewhere,
)
from dossier.extract.event_model import RawEvent
from dossier.extract.events import find_events
from dossier.extract.indications import (
    DiseaseWords,
    acronyms,
    drop_restated_acronym,
    expand_acronyms,
    spell_out,
)
from dossier.extract.lexicon import lower_same_length
from dossier.extract.merge import merge_events
from dossier.extract.model import (
    CompanyFact,
    DesignationFact,
    Evidence,
    IndEventFact,
    ProductFact,
    ReleaseExtraction,
)
from dossier.extract.prefilter import Prefiltered
from dossier.extract.products import Product, find_products
from dossier.extract.sentences import Sentence, split_sentences
from dossier.extract.tables import find_table_events, row_indication

EXTRACTOR_VERSION = "2026.11.29.406"

__all__ = ["EXTRACTOR_VERSION", "ReleaseExtraction", "extract_release"]


def extract_release(
    text: str, *, published_date: dt.date | None = None, title: str | None = None
) -> ReleaseExtraction:
    sentences = split_sentences(text)
    hits = lex.scan(text, lower_same_length(text))
    published = published_date or dateline_date(text)
    dates = find_dates(text)
    relative = relative_dates(text, published, dates)
    if relative:
        dates = sorted(dates + relative)

    products, mentions = find_products(text, hits)
    companies = find_companies(text, hits)
    issuer = ensure_issuer(text, companies, title)
    lead_start, lead_end = _lead(sentences, issuer)

    known = acronyms(text)
    diseases = DiseaseWords(text, lex.disease_hits(hits))
    raw = find_events(
        text,
        sentences,
        hits,
        dates,
        mentions,
        month_of(published) if published else None,
        lead_end,
        published,
        known=known,
        diseases=diseases,
    )
    table_events, planned_rows = find_table_events(
        text, hits, dates, mentions, month_of(published) if published else None
    )
    if planned_rows:  # a table row telling a plan states no event
        raw = [ev for ev in raw if not any(a <= ev.sentence.start < b for a, b in planned_rows)]
    # a row whose IND events the table reading told (each status with its own agency and
    # date cell items) is not read again as a sentence
    table_ind_rows = {ev.sentence.start for ev in table_events if ev.kind == "ind"}
    if table_ind_rows:
        raw = [ev for ev in raw if not (ev.kind == "ind" and ev.sentence.start in table_ind_rows)]
    for i, ev in enumerate(table_events, start=len(raw)):
        ev.order = i
    raw += table_events
    attrs = describe(
        text, sentences, products, mentions, hits["modality"], hits["target"], companies, issuer
    )

    starts = [s.start for s in sentences]  # for the evidence look-ups
    product_facts = [
        ProductFact(
            code=product.code,
            aliases=product.aliases,
            company=a.owner,
            targets=a.targets,
            modality=a.modality,
            cell_source=a.cell_source,
            evidence=_evidence_for([(m.start, m.end) for m in product.mentions], sentences, starts),
        )
        for product, a in zip(products, attrs, strict=True)
    ]
    merged = merge_events(raw, lead_start)
    fill_ind_indications(
        text,
        sentences,
        raw,
        merged,
        mentions,
        diseases,
        known,
    )
    fill_indications_told_elsewhere(merged)
    fill_from_product_introduction(text, sentences, merged, mentions, diseases, known)
    fill_from_section_heading(text, sentences, merged, mentions, diseases, known)
    for ev in merged:
        if ev.indication is None and (" | " in ev.sentence.text or "  " in ev.sentence.text):
            # a pipeline table's row: the disease its "Indication" column gives
            ev.indication = row_indication(text, ev.sentence.start)
    if published:
        # what happened cannot postdate the news: a filing or designation dated after
        # the release ("IND submission: 2027" in a pipeline table) is a plan
        now = month_of(published)
        merged = [ev for ev in merged if not (ev.date and ev.date[:7] > now[: len(ev.date[:7])])]
    passing = _passing_products(text, products, product_facts, companies, issuer, starts)
    if passing:
        merged = [ev for ev in merged if ev.pid not in passing]
    ind_events, designations = _facts_from(merged, products, known)
    owners = {p.company for p in product_facts if p.company}
    company_facts = _company_facts(companies, issuer, owners, sentences, starts, text)
    return ReleaseExtraction(
        issuer=issuer.name if issuer else None,
        companies=company_facts,
        products=product_facts,
        ind_events=ind_events,
        designations=designations,
    )


def _lead(sentences: list[Sentence], issuer: Company | None) -> tuple[int, int]:
    """Start and end of the lead paragraph: headline, subtitles and the paragraph that
    opens with "X today announced" tell today's news; later paragraphs tell background and
    history, and what comes before it is the headline and its bullets. Without such a
    paragraph: the first sentence, with no headline before it."""
    for s in sentences[:12]:
        if (
            issuer is not None
            and ("announc" in s.text or "today" in s.text)
            # (by name too: "China--(BUSINESS WIRE)--X Oncology, Inc." is no span of X's)
            and (any(s.start <= a < s.end for a, _b in issuer.spans)
                 or any(name in s.text for name in issuer.names()))
        ):
            line = [t for t in sentences if t.line == s.line]
            return line[0].start, max(t.end for t in line)
    return 0, sentences[0].end if sentences else 0


def _passing_products(
    text: str,
    products: list[Product],
    product_facts: list[ProductFact],
    companies: list[Company],
    issuer: Company | None,
    starts: list[int],
) -> set[int]:
    """Products named in passing: another company's drug, introduced with that company's
    possessive, in the one sentence that names the company and the drug ("several
    companies are pursuing one-time approaches; X Bio's base-editing candidate XB-04, for
    instance, holds FDA orphan drug designation"). Market context, not news of the
    release's products: their designations and INDs are not facts of it. A partner or
    licensor is named again (the deal, an About section), a licensee's work on the
    issuer's drug is told without the possessive ("XB-04 is developed by Y, which ...")."""
    by_name = {c.name: c for c in companies if c is not issuer}
    passing = set()
    for i, (product, fact) in enumerate(zip(products, product_facts, strict=True)):
        first = product.mentions[0].start if product.mentions else 0
        if "iosimilar" in text[max(0, first - 40) : first] and _REFERENCE_BEFORE.search(
            text, max(0, first - 40), first
        ):
            # "VSB-06, a proposed biosimilar to ELUVARA (dostrinumab)": the reference
            # product's history is context, not the release's news
            passing.add(i)
            continue
        owner = by_name.get(fact.company) if fact.company else None
        if owner is None and product.mentions and _named_by_unlisted_owner(
            text, product, issuer, starts
        ):
            passing.add(i)  # "Kolbeck Oncology's IKZF2 degrader KLB-900 received ..."
            continue
        if owner is None or not owner.spans or not product.mentions:
            continue
        first = product.mentions[0].start
        poss = possessive_owner(text, first)
        if poss is not None:
            said = _names_match(poss, owner)
        else:  # "Y announced FDA clearance of an IND for its gene therapy X"
            said = its_subject(text, first, companies) is owner
        if not said:
            continue  # ("the company's pipeline includes X, licensed to Y": the issuer's)
        told_in = {bisect.bisect_right(starts, start) - 1 for start, _end in owner.spans}
        told_in.update(bisect.bisect_right(starts, m.start) - 1 for m in product.mentions)
        if len(told_in) == 1:
            passing.add(i)
    return passing


def _named_by_unlisted_owner(
    text: str, product: Product, issuer: Company | None, starts: list[int]
) -> bool:
    """A drug told once, with the possessive of a company name the release names nowhere
    else (so not among its companies): another company's, in passing."""
    poss = possessive_owner(text, product.mentions[0].start)
    if poss is None or not ends_like_company(poss) or (issuer and _names_match(poss, issuer)):
        return False
    return len({bisect.bisect_right(starts, m.start) for m in product.mentions}) == 1


def _names_match(name: str, company: Company) -> bool:
    """Whether `name` is one of the company's names, or a longer or shorter form of one."""
    return any(name.startswith(n) or n.startswith(name) for n in company.names())


def _evidence_for(
    spans: list[tuple[int, int]], sentences: list[Sentence], starts: list[int]
) -> list[Evidence]:
    """The sentences holding the given spans, once each (`starts`: the sentences' start
    offsets, computed once per release)."""
    out: list[Evidence] = []
    seen: set[int] = set()
    for start, _end in spans:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or i in seen or start >= sentences[i].end:
            continue
        seen.add(i)
        s = sentences[i]
        out.append(Evidence(s.text, s.start, s.end))
    return out


def _facts_from(
    events: list[RawEvent], products: list[Product], known: dict[str, str]
) -> tuple[list[IndEventFact], list[DesignationFact]]:
    inds: list[IndEventFact] = []
    des: list[DesignationFact] = []
    for ev in events:
        evidence = Evidence(ev.sentence.text, ev.sentence.start, ev.sentence.end)
        code = products[ev.pid].code
        if ev.indication:
            # ("an IND for BKF-N33 in ccRCC": the product's name opening it is no disease)
            for name in (code, *products[ev.pid].aliases):
                for joint in (" in ", " for "):
                    if ev.indication.startswith(name + joint) and not ev.indication.startswith(
                        "combination", len(name) + len(joint)
                    ):
                        ev.indication = ev.indication[len(name) + len(joint) :]
            # (whichever rule found it: a release's own acronym spelled out once more)
            # (spelled out first: a trailing "Phase 2 study" dropped leaves "IgAN" to expand)
            told = spell_out(drop_restated_acronym(ev.indication, ev.sentence.text))
            ev.indication = expand_acronyms(told, known) if told else None
        if ev.kind == "ind":
            inds.append(
                IndEventFact(
                    code,
                    ev.agency,
                    ev.label,
                    ev.date,
                    ev.indication,
                    ev.application_number,
                    evidence,
                )
            )
        else:
            des.append(DesignationFact(code, ev.agency, ev.label, ev.date, ev.indication, evidence))
    return inds, des


_REFERENCE_BEFORE = re.compile(r"\bbiosimilar (?:candidate |version )?(?:to|of) (?:the )?\Z", re.I)


# a firm named only as an adviser, underwriter or counsel plays no part in a product
# ("copies of the final prospectus may be obtained from X": the offering's bookrunners)
_ADVISER = Prefiltered(
    re.compile(
        r"\b(?:advis[eo]rs?|counsel|underwriters?|bookrunners?|book-running|placement agents?|"
        r"law firm|prospectus|"
        r"legal|auditors?|investment bank)\b",
        re.I,
    ),
    (
        "prospectus",
        "advis",
        "counsel",
        "underwriter",
        "bookrunner",
        "book-running",
        "placement agent",
        "law firm",
        "legal",
        "auditor",
        "investment bank",
    ),
)


# "is backed by X and Y", "toxicology studies at X", "its CRO, X": a firm that invests in
# the company or does work for it
_SERVICE_BEFORE = re.compile(
    r"\b(?:backed by|funded by|investors?(?: such as| including| include)?|"
    r"stud(?:y|ies) (?:[\w-]+ ){0,2}?(?:at|by)|(?:conducted|performed|run) (?:at|by)|"
    # "its IPO was underwritten by X", "the financing was led by X": banks and investors
    r"underwritten by|(?:financing|round|offering|placement)s? (?:was |were )?(?:co-)?led by|"
    r"CROs?|CDMOs?|contract (?:research|development|manufacturing)(?: and manufacturing)? "
    r"organi[sz]ations?|"
    # "a manufacturing partnership with X for GMP supply": a supplier
    r"(?:manufacturing|supply|production) (?:partnership|agreement|alliance|contract|"
    r"collaboration|partner) with)"
    r"(?:,? (?:[A-Z][\w.&-]*,? ){1,4}(?:and|&) )?[ ,]*\Z"
)


def _company_facts(
    companies: list[Company],
    issuer: Company | None,
    owners: set[str],
    sentences: list[Sentence],
    starts: list[int],
    text: str = "",
) -> list[CompanyFact]:
    """The companies the detectors found (names with a legal form or a sector word, and
    partners named in deal language), less those only ever named as advisers, investors
    or service providers."""
    out = []
    for comp in companies:
        evidence = _evidence_for(comp.spans, sentences, starts)
        if (
            comp is not issuer
            and comp.name not in owners
            and evidence
            and all(_ADVISER.search(e.sentence) for e in evidence)
        ):
            continue
        if (
            comp is not issuer
            and comp.name not in owners
            and comp.spans
            and text
            and all(_SERVICE_BEFORE.search(text, max(0, s - 80), s) for s, _e in comp.spans)
        ):
            continue  # an investor or a service provider, never a developer
        out.append(
            CompanyFact(
                comp.name, list(comp.aliases), "issuer" if comp is issuer else "developer", evidence
            )
        )
    return out
