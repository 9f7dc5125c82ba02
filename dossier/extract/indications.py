"""The indication a regulatory fact names: "for the treatment of X", "in X"."""

from __future__ import annotations

import re

from dossier.extract.cues import DISEASE
from dossier.extract.normalise import tidy

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_INTRO = re.compile(
    r"\b(?:[Ff]or|[Ii]n|to treat|covering|covers|targeting)\s+"
    r"(?:(?:the|its|a|an)\s+)?(?:potential\s+)?(?:(?:first|second|third)-line\s+)?"
    r"(?:(?:treatment|investigation|prevention|management)\s+of\s+(?:[\w-]+\s+in\s+(?=patients))?)?"
    r"(?:(?:adult|pediatric|paediatric|female|male)\s+)?(?:(?:patients|people|subjects|children"
    r"|adults)\s+(?:with|who have)\s+)?"
)
# where an indication stops: a new clause, a date, a place, an agency, a product list
_STOP = re.compile(
    r"\s*(?:;|,\s|\.\s|\.$|:\s|\s\u2013\s|\s-\s|[,.]?[\"”“])"
    r"|\s+(?:in|on|by|from|since|as of|during)\s+(?:"
    + _MONTH
    + r"|\d{4}|early|late|mid|the (?:U\.S|US|United|"
    r"FDA|EMA|NMPA|European|first|second|third|fourth)|China|Japan|Europe|Korea|Taiwan|Australia|Canada|"
    r"the UK|the United Kingdom|Germany|France)\b"
    r"|\s+(?:which|that|who|where|based on|following|after (?:the|its)|and (?:the|has|have|had|"
    r"was|is|received|"
    r"granted|holds|from|by)|while|with (?:the|a|an) (?:FDA|U\.S|goal)|to (?:the|a|an)\b|under\b|"
    r"from the|by the)\b"
    r"|\s+\((?:NCT|ClinicalTrials|Study)"
)


# "for a phase 2 clinical trial of X in mUC": the disease comes after a trial's name
_NOT_A_DISEASE_START = re.compile(
    r"(?i)(?:a\s+|an\s+|the\s+)?(?:phase|clinical|trials?|stud(?:y|ies)|"
    r"first-in-human|dose|its|their|this|these|both\s+China|China|the\s+U|discovery|development|developing|"
    r"research|regenerative|several|testing|use|" + _MONTH[3:-1] + r")"
    r"|[A-Z][A-Za-z]*-?\d{2,}\w*\s+(?:were|was|is|has|have|in"
    r")\b"  # a product: "for CTX001 were approved"
)
# words of an agency's or a company's name: not an indication
_NOT_IN_DISEASE = re.compile(
    r"\b(?:Center|Centre|Agency|Administration|Evaluation|Research|approved|granted|"
    r"received|cleared)\b"
)
# "biliary tract cancer, gastric cancer and ovarian cancer": a list of diseases
_LIST_TAIL = re.compile(
    r"(?:,\s+(?!and\b|which\b|who\b|as\b)[^,;.()]{2,60}?)*,?\s+and\s+[^,;.()]{2,60}?(?=[,;.]|$)"
)


# "as an early-line treatment for multiple myeloma": the line of therapy belongs to it
_LINE_OF_THERAPY = re.compile(
    r"\b((?:early|first|second|third|later|front)-line)\s+(?:treatment|therapy)\s+\Z"
)


def find_indication(text: str, start: int, end: int, *, lists: bool = False) -> str | None:
    """The first disease-like phrase introduced by "for"/"in" between start and end;
    with `lists`, a comma list of diseases is kept whole (plural designations)."""
    pos = start
    while True:
        m = _INTRO.search(text, pos, end)
        if not m:
            return None
        stop = _STOP.search(text, m.end(), end)
        cut = stop.start() if stop else end
        if lists and stop and text[stop.start() : stop.end()].strip() == ",":
            tail = _LIST_TAIL.match(text, cut, end)
            if tail and DISEASE.search(tail.group(0)):
                cut = tail.end()
        phrase = tidy(text[m.end() : cut])
        if (
            phrase
            and len(phrase) <= 220
            and DISEASE.search(phrase)
            and not phrase[0].isdigit()
            and not _NOT_A_DISEASE_START.match(phrase)
            and not _NOT_IN_DISEASE.search(phrase)
        ):
            line = _LINE_OF_THERAPY.search(text, max(start, m.start() - 40), m.start())
            return f"{line.group(1)} {phrase}" if line else phrase
        pos = m.end()


_AND_SPLIT = re.compile(
    r",?\s+and\s+(?:(?:also\s+)?(?:of|for|in)\s+)(?:the\s+treatment\s+of\s+)?|\s+and\s+one\s+for\s+"
)
_SHARED_HEAD = re.compile(r"^(?:both\s+)?(?P<a>[\w-]+)\s+and\s+(?P<b>[\w-]+)\s+(?P<head>[\w\s-]+)$")


def split_indications(phrase: str, plural: bool) -> list[str]:
    """ "gastric cancer and for pancreatic cancer" -> two; with a plural designation,
    "gastric and pancreatic cancer" -> two as well."""
    phrase = re.sub(r"^one\s+for\s+", "", phrase)
    if plural and (phrase.startswith("both ") or "," in phrase):
        # "both sickle cell disease and beta thalassemia", "A, B and C"
        parts = [
            tidy(p)
            for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", phrase.removeprefix("both "))
            if tidy(p)
        ]
        if len(parts) > 1 and all(DISEASE.search(p) for p in parts):
            return parts
    parts = [tidy(p) for p in _AND_SPLIT.split(phrase) if tidy(p)]
    if len(parts) > 1:
        return parts
    if plural:
        m = _SHARED_HEAD.match(phrase)
        if m and DISEASE.search(m.group("head")):
            return [f"{m.group('a')} {m.group('head')}", f"{m.group('b')} {m.group('head')}"]
    return [phrase]


_ACRONYM_DEF = re.compile(r"\(([A-Za-z][A-Za-z0-9/\-]{1,9}(?: [A-Za-z0-9/\-]{1,6})?)\)")
_SMALL_WORDS = frozenset({"or", "and", "of", "the", "with", "to", "in"})


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the release defines: "relapsed or refractory multiple myeloma (R/R MM)"."""
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        need = [c.lower() for c in acr if c.isalpha()]
        if len(need) < 2 or acr in out:
            continue
        lo = max(0, m.start() - 120)
        words = list(_WORD.finditer(text, lo, m.start()))
        first = None
        while words and need:
            w = words.pop()
            low = w.group(0).lower()
            if low in _SMALL_WORDS and first is not None:
                continue
            if low[0] != need[-1]:
                break
            need.pop()
            first = w.start()
        if not need and first is not None:
            out[acr] = text[first : m.start()].strip()
    return out


_WORD = re.compile(r"[^\s\-/()]+")


def expand_acronyms(indication: str, known: dict[str, str]) -> str:
    """ "R/R MM" -> "relapsed or refractory multiple myeloma (R/R MM)": both spellings, so
    the indication reads the same whichever one another source uses."""
    if indication in known:
        return f"{known[indication]} ({indication})"
    return indication
