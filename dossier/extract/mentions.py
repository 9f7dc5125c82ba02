"""Every vocabulary-backed mention in a release, from one Aho-Corasick pass.

Agencies, places, designation types, modalities, listed targets, INN stems, company legal
forms and sector words, deal words and regulatory keywords all come from vocab/ files.
"""

from __future__ import annotations

import re
from functools import cache

from dossier.extract import vocab
from dossier.extract.lexicon import Hit, Lexicon
from dossier.extract.prefilter import alternation_by_first_char

_TARGET_WORDS = frozenset(vocab.lines("targets.txt"))
_TARGET_RE = re.compile("(?:" + "|".join(vocab.lines("target_patterns.txt")) + r")\Z")

# A target's name, as a regular expression used next to cue words ("CD19-targeted"): a
# listed target (longest first), a Claudin with its number, a gene symbol (capitals and
# digits, hyphen parts starting with a capital or digit: NY-ESO-1, FRα), or "4-1BB".
_SYMBOL = (
    # ("THR-β", "PPAR-delta": a Greek letter, or its name, after a hyphen)
    # ("FGFR2b": an isoform's letter after the gene's number)
    # ("FGFR2/3", "KAT6A/B", "JAK1/2": a family's members after a slash)
    r"[A-Z][A-Za-z0-9]*[A-Z0-9](?:(?<=\d)[a-z](?![a-z]))?(?:[-.][A-Z0-9][A-Za-z0-9]*)*"
    r"(?:/[0-9A-Z](?![A-Za-z0-9/]))?"
    r"(?:-?[αβγδκ]|-(?:alpha|beta|gamma|delta|kappa)(?![a-z]))?"
    r"|[A-Z]{2,}[αβγδκ]|\d-\d?[A-Z]{2,}"
)
# listed names the symbol pattern does not cover (lower-case, several words, Greek letters);
# few, so the alternation stays cheap to try at every position
_LISTED_WORDS = [
    t
    for t in sorted(_TARGET_WORDS, key=len, reverse=True)
    if not re.fullmatch(_SYMBOL, t) or " " in t
]


# (grouped by first character: a place opening no listed name costs a few checks instead
# of one per name)
_LISTED = alternation_by_first_char(re.escape(t) for t in _LISTED_WORDS)
# the listed names that open with neither a capital nor a digit ("mesothelin", "γ-secretase")
TARGETS_OPENING_LOWER = frozenset(t for t in _LISTED_WORDS if not re.match(r"[A-Z0-9]", t))
# ("TNF-like ligand 1A (TL1A)": a name that only resembles the symbol's)
TARGET_NAME = (
    r"(?:" + _LISTED + r"|[Cc]laudin ?\d+(?:\.\d)?|" + _SYMBOL + r")(?![A-Za-z0-9]|-like\b)"
)
# every character a TARGET_NAME can open with, as the body of a character class
TARGET_FIRST_CHARS = r"A-Z\dCc" + "".join(
    re.escape(c) for c in sorted({t[0] for t in _LISTED_WORDS})
)


def is_target_symbol(token: str) -> bool:
    """Whether `token` names a molecular target rather than, say, a product code."""
    return token in _TARGET_WORDS or bool(_TARGET_RE.match(token))


def _rows(name: str) -> list[tuple[str, ...]]:
    return list(vocab.table(name))


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add("agency", _rows("agencies.tsv"))
    lex.add("country", _rows("countries.tsv"))
    lex.add("designation", _rows("designations.tsv"))
    lex.add("modality", _rows("modalities.tsv"))
    lex.add("target", [(t, t, "cs") for t in vocab.lines("targets.txt")])
    # WHO/USAN stems end a longer word: "-mab" in "velitamab"
    lex.add(
        "inn",
        [
            (stem.lstrip("-") if not stem.startswith("-") else stem, modality)
            for stem, modality, *_ in vocab.table("inn_stems.txt")
            if " " not in stem
        ],
        suffix=True,
    )
    lex.add("legal", [(w, "legal", "cs") for w in vocab.lines("legal_forms.txt")])
    lex.add(
        "sector", [(w.title(), "sector", "cs") for w in vocab.lines("company_words_strong.txt")]
    )
    lex.add("deal", [(w, "deal", "cs") for w in vocab.lines("deal_words.txt")])
    lex.add("brand_mark", [("®", "r"), ("™", "tm"), ("(R)", "r", "cs"), ("(TM)", "tm", "cs")])
    diseases = vocab.table("disease_words.tsv")
    lex.add(
        "disease",
        [(w, "disease", *rest) for w, kind, *rest in diseases if kind == "stem"],
        anywhere=True,
    )
    lex.add(
        "disease_word", [(w, "disease", *rest) for w, kind, *rest in diseases if kind == "word"]
    )
    # "-itis", "-osis": a word ending so names a disease; a whole word listed as "not"
    # ("diagnosis") is the longer, leftmost hit where it occurs and is dropped by disease_hits
    lex.add(
        "disease_suffix",
        [(w, kind, *rest) for w, kind, *rest in diseases if kind in ("suffix", "not")],
        suffix=True,
    )
    lex.add("ind_kw", [(w, "ind", *rest) for w, *rest in vocab.table("ind_keywords.tsv")])
    return lex


def scan(text: str, lower: str) -> dict[str, list[Hit]]:
    return lexicon().find(text, lower)


def disease_hits(hits: dict[str, list[Hit]]) -> list[Hit]:
    """The disease words among a release's lexicon hits, whatever their kind."""
    return (
        hits["disease"]
        + hits["disease_word"]
        + [h for h in hits["disease_suffix"] if h.value == "suffix"]
    )
