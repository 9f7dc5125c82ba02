"""Company mentions, canonical names and the issuer of a release.

Companies are found three ways: names carrying a legal form ("Zelmora Therapeutics Co.,
Ltd.") or a sector word ("Varda Pharmaceuticals"), short forms the release defines
("Tovane Biosciences Inc. ("Tovane")"), and bare names in deal language ("license
agreement with Norbridge"). The canonical name drops the legal form and, when the text
uses the bare brand on its own, the sector word too (GUIDELINES.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dossier.extract import vocab
from dossier.extract.lexicon import Hit
from dossier.extract.normalise import find_words
from dossier.extract.prefilter import Prefiltered

_LEGAL = frozenset(vocab.lines("legal_suffixes.txt"))
_SECTOR = frozenset(vocab.lines("company_words.txt"))
_NOISE = frozenset(vocab.lines("name_noise_words.txt"))
_NOT_COMPANY = frozenset(vocab.lines("non_company_words.txt"))
_PARK_AFTER = re.compile(
    r"\s+(?:(?:Science|Research|Business|Technology|Innovation)\s+)?(?:Park|Campus)\b"
)
_NOT_COMPANY_PHRASES = tuple(w for w in _NOT_COMPANY if " " in w)

# one word of a company name: "Tovane", "iBio", "(Shanghai)", "BioNTech", "A/S"
_NAME_WORD = re.compile(r"(?:[A-Z][\w&'’.\-]*|[a-z]{1,3}[A-Z][\w\-]*|\([A-Z][a-z]+\)|&)\Z")
_MAX_NAME_WORDS = 5
# a word closing a sentence: a full word and its stop ("China."), not "Co." or "U.S."
_ENDS_SENTENCE = re.compile(r"[A-Z][a-z]{3,}\.\Z")
# "(HKEX: 2791)", "(NYSE: ABC)", "(Euronext Amsterdam: XYZ)": a listing, no name
_LISTING = re.compile(
    r"\s*\((?:[A-Z][A-Za-z]{1,12}(?: [A-Z][a-z]+)?|[Ss]tock [Cc]ode):\s*[^()]{1,20}\)"
)
# "Session: Halvane Bio Investor Day": a meeting's label, the name after it no company
_SESSION_LABEL_BEFORE = Prefiltered(
    re.compile(
        r"(?:^|\n)[ \t*_#-]*(?:Session|Track|Category|Oral Session|Poster Session)[*_]*:[*_]*"
        r"[ \t]*\Z"
    ),
    ("Session", "Track", "Category"),
)
# the title-case words of a meeting's name run up to the candidate
_EVENT_NAME_BEFORE = Prefiltered(
    re.compile(
        r"\b(?:Conference|Congress|Symposium|Meeting|Summit|Workshop|Forum)\s+(?:on|of|for)\s+"
        r"(?:(?:[A-Z][\w-]*|and|&|of|in|for)\s+)*\Z"
    ),
    ("Conference", "Congress", "Symposium", "Meeting", "Summit", "Workshop", "Forum"),
)
# "The Stock Exchange of Hong Kong Limited", "University of Tokyo": an institution "of" a place
_INSTITUTION_OF = Prefiltered(re.compile(r"\b([A-Za-z]+) of\s+\Z"), (" of",))
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# "XY-12 Biologics License Application": the application, not a company named XY-12
_BIOLOGICS_LICENSE = re.compile(r"(?<=Biologics)[ \t]+Licen[cs]e[ \t]+Application", re.I)
_SHORT_DEF = re.compile(
    r"\s*\((?:hereinafter(?: referred to as)?\s*)?(?:the\s+)?[\"“'‘]?(?P<short>[A-Z][\w\-&.]*(?"
    r":\s[A-Z][\w\-&]*){0,2})"
    r"[\"”'’]?\s*(?:,|\)|\s+or\b|;)"
)
# (not "licence to XYZ-330" or "license to YQ-R11": a name running on into a code's
# digits is the code)
_DEAL_NAME = re.compile(
    r"\s+(?:(?:with|to|from|between|by)\s+)?(?P<name>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})"
    r"(?![A-Za-z]|-?\d|-[A-Z]{1,3}\d)"
)
_LICENSED_TO = re.compile(
    r"[^.;]{0,120}?\bto\s+(?P<name>[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})(?![\w-])"
)


@dataclass
class Company:
    name: str  # canonical
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # where the text names it

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


# a role told before a name ("- Partner Yunqiao Pharmaceutical secured ..."), cut when what
# follows is a name by itself ("Partner Therapeutics" stays a name)
_LEADING_ROLES = frozenset({"partner", "licensee", "licensor", "collaborator", "distributor"})


# (cached: a release offers the same candidate name several times, one per mention)
@lru_cache(maxsize=4096)
def _strip_leading_noise(name: str) -> str:
    """Keep the words after the last one that cannot belong to a company name."""
    words = name.split()
    cut, end = 0, len(words)
    for i, w in enumerate(words):
        low = w.lower().strip("(),").replace("’", "'")  # "Japan’s" as "Japan's"
        if low in _NOISE or low.removesuffix("'s") in _NOISE or low.endswith("'s"):
            if i > 0 and not low.endswith("'s") and all(
                x.lower().strip(".,") in _LEGAL for x in words[i + 1 :]
            ) and i + 1 < len(words):
                end = i + 1  # "Ostrander Medical AB": a word of the name, then its legal form
                break
            cut = i + 1
        elif (
            i + 1 < len(words) and w.endswith(".") and "." not in w[:-1] and len(w) > 3
            and low not in _LEGAL and low.rstrip(".") not in _LEGAL
        ):
            cut = i + 1  # "... in MPS IIIC. Selvanor Therapeutics": a sentence ended there
    if (
        len(words) > cut + 1
        and words[cut].lower() in _LEADING_ROLES
        and _is_company_name(" ".join(words[cut + 1 : end]))
    ):
        cut += 1
    return " ".join(words[cut:end])


def ends_like_company(name: str) -> bool:
    """ "Kolbeck Oncology", "Norvale Medicines Inc.": a proper name closed by a sector word
    or legal form, even one too weak to find a company on its own."""
    words = [w.lower().strip(".,") for w in name.split()]
    return len(words) > 1 and (words[-1] in _SECTOR or words[-1] in _LEGAL) and _is_company_name(
        name
    )


@lru_cache(maxsize=4096)  # (as _strip_leading_noise)
def _is_company_name(name: str) -> bool:
    words = [w.lower().strip("()") for w in name.split()]
    if not words or any(w in _NOT_COMPANY for w in words):
        return False
    if any(phrase in " ".join(words) for phrase in _NOT_COMPANY_PHRASES):
        return False  # "Harlow Clinical Research Inc.": a CRO
    return not all(w in _SECTOR or w in _LEGAL for w in words)


def _canonical(base: str, short: str | None, text: str) -> str:
    """The shortest name that still identifies the company."""
    if short and short.lower() not in _NOT_COMPANY and not short.isdigit():
        return short
    words = base.split()
    # "Tideway Therapeutics" -> "Tideway" when the text also says just "Tideway"
    while len(words) > 1 and words[-1].lower() in _SECTOR:
        shorter = " ".join(words[:-1])
        tail = words[-1]
        if not any(
            not text[end:].lstrip(" ").startswith(tail) for _start, end in find_words(text, shorter)
        ):
            break
        words = words[:-1]
    return " ".join(words)


def _name_before(text: str, pos: int) -> tuple[int, str] | None:
    """The capitalised words right before `pos` (a legal form or sector word)."""
    lo = max(0, pos - 120)
    chunk = text[lo:pos]
    nl = chunk.rfind("\n")
    if nl != -1:
        lo, chunk = lo + nl + 1, chunk[nl + 1 :]
    stripped = chunk.rstrip(" ,\t")
    words = stripped.split(" ")
    taken: list[str] = []
    for w in reversed(words):
        opened = w.removeprefix("(").lstrip("\"“") if w.startswith(('"', "“", '("', "(“")) else w
        if opened != w:
            # ("("Jinlan Cell Biotech" or ...": the name opens after the quote)
            if opened and _NAME_WORD.match(opened) and len(taken) < _MAX_NAME_WORDS:
                taken.append(opened)
            break
        if not w or not _NAME_WORD.match(w) or len(taken) >= _MAX_NAME_WORDS:
            break
        if taken and _ENDS_SENTENCE.match(w) and w[:-1].lower() not in _LEGAL:
            break  # "... outside Greater China. Norvale Biologics": a sentence ended there
        taken.append(w)
    while taken and taken[0] in ("&", "and"):
        taken.pop(0)  # "Brannock & Co., Inc.": the name is "Brannock"
    if not taken:
        return None
    name = " ".join(reversed(taken))
    end = stripped.rfind(name) + len(name)
    return lo + end - len(name), name


def _org_spans(text: str, hits: dict[str, list[Hit]]) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, has_legal_form) for names ending in a legal form or sector word."""
    marks = sorted(hits["legal"] + hits["sector"], key=lambda h: h.start)
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(marks):
        first = marks[i]
        j = i
        # "Therapeutics Holdings Limited", "Biotech Co., Ltd.": one name ending
        while j + 1 < len(marks) and text[marks[j].end : marks[j + 1].start].strip(" ,") == "":
            j += 1
        end = marks[j].end
        legal = any(m.value == "legal" for m in marks[i : j + 1])
        i = j + 1
        if text.startswith("-", end) and text[end + 1 : end + 2].isdigit():
            continue  # "GRPR-Targeted Radioligand PLC-310": a product's code, no plc
        if text[first.start - 1 : first.start] == "-":
            continue  # "Conditional and Time-Limited Marketing Approval": a word's part
        before = _name_before(text, first.start)
        if first.value == "sector":
            if before is None or text[before[0] + len(before[1]) : first.start].strip(" ") != "":
                continue
            start, core = before[0], before[1] + " " + text[first.start : first.end]
        elif before is None:
            continue
        else:
            start, core = before
        out.append((start, end, core, legal))
    return out


def find_companies(text: str, hits: dict[str, list[Hit]]) -> list[Company]:
    found: dict[str, Company] = {}
    order: list[str] = []
    canonical: dict[tuple[str, str | None], str] = {}

    def add(full: str, base: str, short: str | None, start: int, end: int) -> None:
        base = _strip_leading_noise(base)
        if not base or not _is_company_name(base):
            return
        if (base, short) not in canonical:
            canonical[base, short] = _canonical(base, short, text)
        canon = canonical[base, short]
        key = _key_for(canon, found)
        if key is None and (short or canon != base):
            # the full name met before without its short form: the same company (or before
            # its shorter name: "Suzhou Qinglan Biopharma Co., Ltd.", then "Qinglan
            # Biopharma" of a text that also says "Qinglan")
            key = _key_for(base, found)
            if key is not None and found[key].name != canon:
                old = found[key]
                old.aliases = [a for a in old.aliases if a != canon]
                if old.name not in old.aliases:
                    old.aliases.insert(0, old.name)
                old.name = canon
        if key is None:
            key = canon.lower()
            found[key] = Company(canon)
            order.append(key)
        comp = found[key]
        for alias in (full.strip(), base, short):
            if alias and alias != comp.name and alias not in comp.aliases:
                comp.aliases.append(alias)
        comp.spans.append((start, end))

    for start, end, core, _legal in _org_spans(text, hits):
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1).lower() in _NOT_COMPANY:
            continue  # "European Medicines Agency", "Shanghai Cancer Center"
        if _BIOLOGICS_LICENSE.match(text, end) or _PARK_AFTER.match(text, end):
            continue  # (a "Biologics License", the "Leiden Bio Science Park")
        clean = _strip_leading_noise(core)
        if not clean:
            continue
        start += len(core) - len(clean)
        if _EVENT_NAME_BEFORE.search(text, max(0, start - 100), start):
            continue  # "Conference on Molecular Targets and Cancer Therapeutics": a title
        if _SESSION_LABEL_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Session: Developmental Therapeutics - ...": a meeting's track
        inst = _INSTITUTION_OF.search(text, max(0, start - 30), start)
        if inst and inst.group(1).lower() in _NOT_COMPANY:
            continue
        sd = _SHORT_DEF.match(text, end)
        listed = sd is None or _is_exchange(sd.group("short"))
        listing = _LISTING.match(text, end) if listed else None
        if listing:
            # "X Co., Ltd. (HKEX: 2791) ("X Bio")": the short name after the listing
            sd = _SHORT_DEF.match(text, listing.end())
        short = sd.group("short") if sd and not _is_exchange(sd.group("short")) else None
        if short and sd and _in_legal_name(text, sd.end()):
            short = None  # "X Pharmaceutical (Suzhou) Co., Ltd.": a place inside the name
        if short and sd and short.lower() in _GENERIC_SHORT:
            short = _named_short(text, sd.end(), clean)
        add(text[start:end], clean, short, start, end)
    for h in hits["deal"]:
        m = (
            _LICENSED_TO
            if h.value == "deal" and text[h.start : h.end].lower() == "out-licensed"
            else _DEAL_NAME
        ).match(text, h.end)
        if not m:
            continue
        name = m.group("name")
        if name.split()[0].lower() in _NOISE or _looks_like_place_or_month(name):
            continue
        after = text[m.end("name") : m.end("name") + 40].lower().split()[:2]
        if any(w.strip(",.;()") in _NOT_COMPANY for w in after):
            continue  # "MD Anderson Cancer Center"
        add(name, name, None, m.start("name"), m.end("name"))
    comps = [found[k] for k in order]
    _add_mentions(text, comps)
    if "formerly" in text or "previously" in text:
        comps = _merge_former_names(text, comps)
    return comps


# "X Bio, Inc., formerly known as Y Neurosciences, Inc.": the company's old name
_FORMER_BEFORE = Prefiltered(
    re.compile(r"\b(?:formerly|previously)(?: known as| named| called)?\s+(?:as\s+)?\Z"),
    ("formerly", "previously"),
)


def _merge_former_names(text: str, comps: list[Company]) -> list[Company]:
    """A company named as another's former name is that company: its names become aliases."""
    out = list(comps)
    for comp in comps:
        former = [
            s for s, _e in comp.spans if _FORMER_BEFORE.search(text, max(0, s - 30), s)
        ]
        if not former:
            continue
        pos = former[0]
        # the company named last before the cue, close by
        best, best_end = None, -1
        for other in out:
            if other is comp:
                continue
            for _s, e in other.spans:
                if best_end < e <= pos and pos - e < 120:
                    best, best_end = other, e
        if best is None:
            continue
        for name in comp.names():
            if name != best.name and name not in best.aliases:
                best.aliases.append(name)
        best.spans = sorted(set(best.spans) | set(comp.spans))
        out.remove(comp)
    return out


# '(the "Company", together with its subsidiaries, the "Group" or "Tiangang Bio")': words
# that stand for the company in the text but do not name it
_GENERIC_SHORT = frozenset({"company", "group", "issuer", "we", "us", "our", "board"})
_QUOTED = re.compile(r"[\"“]([A-Z][^\"”()]{1,40})[\"”]")


def _named_short(text: str, pos: int, base: str) -> str | None:
    """The short name the same parenthesis defines after a generic one, if it shares a
    word with the full name."""
    close = text.find(")", pos, pos + 200)
    if close == -1:
        return None
    words = set(base.split())
    for m in _QUOTED.finditer(text, pos, close):
        name = m.group(1).strip()
        if name.lower() not in _GENERIC_SHORT and name.split()[0] in words:
            return name
    return None


def _in_legal_name(text: str, pos: int) -> bool:
    """Whether a legal form follows `pos` at once (the parenthesis was part of a name)."""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt is not None and nxt.start(1) == pos + 1 and nxt.group(1).lower() in _LEGAL


def _key_for(canon: str, found: dict[str, Company]) -> str | None:
    low = canon.lower()
    for key, comp in found.items():
        names = {n.lower() for n in comp.names()}
        if low in names or any(
            n.startswith(low + " ") or low.startswith(n + " ") or _place_before(low, n)
            or _place_before(n, low)
            for n in names
        ):
            return key
    return None


def _place_before(longer: str, name: str) -> bool:
    """ "Suzhou Linghang Biopharma" and "Linghang Biopharma": a legal name that opens with
    the company's city or province, one word more before a name of two words or more."""
    return (
        " " in name
        and longer.endswith(" " + name)
        and longer.count(" ") == name.count(" ") + 1
    )


_EXCHANGES = frozenset(
    {
        "nasdaq",
        "nyse",
        "hkex",
        "tpex",
        "kosdaq",
        "stock",
        "sse",
        "szse",
        "tsx",
        "asx",
        "isin",
        "otc",
        "lse",
        "euronext",
        "sz",
        "sh",
        "tokyo",
    }
)


def _is_exchange(short: str) -> bool:
    # ("TPEx-listed, "X"": the listing told as an adjective)
    word = short.split()[0].lower().rstrip(":")
    return word.removesuffix("-listed") in _EXCHANGES or ":" in short


_MONTHS_PLACES = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "china",
        "japan",
        "europe",
        "korea",
        "taiwan",
        "australia",
        "canada",
        "asia",
        "america",
        "germany",
        "france",
        "phase",
        "fda",
        "nmpa",
        "ema",
        "u",
        "us",
        "eu",
    }
)


def _looks_like_place_or_month(name: str) -> bool:
    return name.split()[0].lower() in _MONTHS_PLACES


def _add_mentions(text: str, comps: list[Company]) -> None:
    """Every place the text names a company by any of its names (for evidence)."""
    for comp in comps:
        seen = set(comp.spans)
        # every offset inside a span: a set look-up instead of a scan of all spans
        covered = {i for s, e in seen for i in range(s, e)}
        for name in sorted({n for n in comp.names() if len(n) >= 3}, key=len, reverse=True):
            for span in find_words(text, name):
                if span[0] not in covered:
                    seen.add(span)
                    covered.update(range(*span))
        comp.spans = sorted(seen)


# --- the issuer --------------------------------------------------------------------

# words of a lead sentence ("X today announced"); found with str.find, which is much
# cheaper than a regex over the top of every release
_LEAD_WORDS = ("announc", "today", "highlighted", "reported", "is pleased to")


def _lead_words(text: str, end: int) -> list[int]:
    found = []
    for word in _LEAD_WORDS:
        pos = text.find(word, 0, end)
        while pos != -1:
            if pos == 0 or not text[pos - 1].isalpha():
                found.append(pos)
            pos = text.find(word, pos + 1, end)
    return sorted(found)


_DATELINE_SEP = re.compile(r"(?:--|—|–|\s-\s)\s*(?:\*\*)?\s*")


def find_issuer(text: str, comps: list[Company], title: str | None = None) -> Company | None:
    """The company that put the release out: the first one named in the lead sentence."""
    if not comps:
        return None
    window_end = min(len(text), 4000)
    for lead in _lead_words(text, window_end):
        made_by = _MADE_BY.match(text, lead)
        if made_by:
            # "This announcement is made by X Co., Ltd.": the issuer follows
            line_end = text.find("\n", made_by.end())
            found = _first_company_between(
                comps, made_by.end(), line_end if line_end != -1 else len(text)
            )
            if found is not None:
                return found
        line_start = text.rfind("\n", 0, lead) + 1
        seps = list(_DATELINE_SEP.finditer(text, line_start, lead))
        subject_start = seps[-1].end() if seps else line_start
        best = _first_company_between(comps, subject_start, lead)
        if best is not None:
            return best
    # fall back to the first company the text names (title included)
    if title:
        for comp in comps:
            if any(
                re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", title) for n in comp.names()
            ):
                return comp
    return min(comps, key=lambda c: c.spans[0][0] if c.spans else len(text))


_MADE_BY = re.compile(r"announcements? (?:is |are )?(?:made |issued |published )?by\s+")


def _first_company_between(comps: list[Company], start: int, end: int) -> Company | None:
    best, best_pos = None, end
    for comp in comps:
        for s, _e in comp.spans:
            if start <= s < best_pos:
                best, best_pos = comp, s
    return best


_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})\s*(?:,|\(|\s+today\b|\s+announced\b)"
)


def bare_issuer(text: str) -> tuple[str, int, int] | None:
    """A bare subject after the dateline ("-- Zelcell, a developer of ...")."""
    for lead in _lead_words(text, min(len(text), 4000)):
        line_start = text.rfind("\n", 0, lead) + 1
        seps = list(_DATELINE_SEP.finditer(text, line_start, lead))
        if not seps:
            continue
        m = _SUBJECT.match(text, seps[-1].end())
        if m and _is_company_name(m.group("name")):
            sd = _SHORT_DEF.match(text, m.end("name"))
            if sd and not _is_exchange(sd.group("short")):
                return m.group("name") + "\t" + sd.group("short"), m.start("name"), m.end("name")
            return m.group("name"), m.start("name"), m.end("name")
    return None


def ensure_issuer(text: str, comps: list[Company], title: str | None = None) -> Company | None:
    """The issuer, adding a bare-named one to `comps` if the patterns missed it."""
    issuer = None
    bare = bare_issuer(text)
    if bare is not None:
        name, start, end = bare
        name, _tab, short = name.partition("\t")
        base = _strip_leading_noise(name)
        for comp in comps:
            if any(
                n.lower() == base.lower()
                or base.lower().startswith(n.lower() + " ")
                or n.lower().startswith(base.lower() + " ")
                for n in comp.names()
            ):
                issuer = comp
                break
        if issuer is None and base:
            issuer = Company(_canonical(base, short or None, text))
            if issuer.name != base:
                issuer.aliases.append(base)
            issuer.spans.append((start, end))
            comps.insert(0, issuer)
            _add_mentions(text, [issuer])
    return issuer or find_issuer(text, comps, title)
