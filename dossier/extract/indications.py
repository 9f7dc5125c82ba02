"""The indication a regulatory fact names: "for the treatment of X", "in X"."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import islice

from dossier.extract import vocab
from dossier.extract.lexicon import Hit
from dossier.extract.normalise import tidy
from dossier.extract.prefilter import FirstCharScan, Prefiltered, alternation_by_first_char

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# the people a study or a disease is told of ("adults with X"): one list for the
# extractors that read a population before a disease (event_context, products)
PATIENT_NOUNS = (
    r"patients|adults|adolescents|children|participants|subjects|people|infants|"
    r"individuals|women|men|girls|boys"
)
_INTRO = FirstCharScan(
    r"\b",
    r"(?:[Ff]or|[Ii]n|to treat|covering|covers|targeting|enrol(?:l|ls|ling)?"
    # ("in combination with chemotherapy as first-line treatment of NSCLC")
    r"|as(?=\s+(?:an?\s+)?(?:(?:first|second|third)-line\s+)?treatment\s+of\s))\s+"
    r"(?:(?:the|its|a|an)\s+)?(?:potential\s+)?(?:(?:first|second|third)-line\s+)?"
    # "for a second indication, diffuse cutaneous systemic sclerosis,"
    r"(?:(?:new|second|third|additional|further)\s+indication,?\s+)?"
    r"(?:(?:treatment|investigation|prevention|management)\s+of\s+"
    r"(?:[\w-]+\s+in\s+(?=patients))?)?"
    r"(?:(?:adult|pediatric|paediatric|female|male)(?:\s+(?:and|or)\s+(?:adult|pediatric|"
    r"paediatric))?\s+)?"
    # ("in Chinese patients with HoFH": the population is no part of the indication)
    r"(?:(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?(?:patients|people|subjects|children|adults|women|"
    r"men|girls|boys)\s+(?:aged\s+\d[\w\s.-]{0,30}?\s+)?(?:with|who have)\s+)?"
    # ("the first in vivo CAR-T ... for autoimmune disease": a method, not a setting)
    r"(?!(?:vivo|vitro|situ|silico)\b)",
    "FfIitcea",  # the first letters of the words above
)
# where an indication stops: a new clause, a date, a place, an agency, a quote
_STOP = FirstCharScan(
    "",
    # (" | ": a table's next cell)
    r"\s*(?:;|,\s|\.\s|\.$|:\s|\s\u2013\s|\s-\s|[,.]?[\"”“]|\|)"
    # ("... for patients with Gaucher disease type 3 on the 17th": a Korean release's day)
    r"|\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    # ("for X and, in a separate decision, for Y": the aside opens the list's next item)
    r"|\s+and,\s"
    # ("adults with SCA2 across Switzerland, Germany and Japan": where the trial runs)
    r"|\s+(?:across|throughout)\s+(?:the\s+)?(?=[A-Z])"
    r"|\s+(?:in|on|by|from|since|as of|during)\s+(?:(?:\d{1,2}\s+)?" + _MONTH + r"|\d{4}|early"
    r"|late|mid"
    r"|the (?:U\.S|US|United|FDA|EMA|NMPA|European|first|second|third|fourth"
    # ("... for AML in the same year November": a time told relative to the one before)
    r"|same (?:year|month|week|day|quarter))"
    r"|China|Japan|Europe|Korea|Taiwan|Australia|Canada|the UK|the United Kingdom|Germany"
    r"|France)\b"
    # (a headline's verb: "GV-202 for Bietti Crystalline Dystrophy Obtains Implied Approval")
    r"|\s+(?:Obtains|Receives|Secures|Wins|Earns|Achieves|Gains|Granted|Cleared|Approved)\b"
    # ("whose IND for KRAS G12D-mutant solid tumors the FDA cleared in May")
    r"|\s+(?:which\s+)?the\s+(?:U\.S\.\s+)?(?:FDA|EMA|NMPA|MHRA|PMDA|CDE|Food and Drug)\b"
    r"|\s+(?:which|that|who|whose|where|based on|following|after (?:the|its)|was|were|has been"
    r"|had been|have been|(?:last|this|earlier this|next) (?:month|week|year|quarter)|yesterday"
    # "... for CLN5 disease a month later", "... last October"
    r"|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards)"
    r"|(?:last|that) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    # "... to begin in Japan"; "..., is being prepared for a study"
    r"|to (?:begin|start|proceed|commence|resume|continue)|(?:is|are) (?:being|now|currently)"
    # ("the Phase 1/2 trial of X in advanced systemic mastocytosis is enrolling in the UK")
    r"|(?:is|are) (?:enrolling|recruiting|ongoing|running|under way|underway)\b"
    # ("the Phase 1 study in relapsed or refractory B-cell lymphoma continues under ...")
    r"|(?:continues|continued|remains|remained)\b"
    # ("its U.S. Phase 2a study in IPF patients runs under an IND")
    r"|(?:runs|ran|began|begins|started|starts|opened|enrolled|enrolls|enrols)\b"
    # ("the first ASO for a muscular dystrophy to be designated under ...")
    r"|to be\b"
    # ("Phase 1b trial of X in PAH can now commence in Australia")
    r"|(?:can|could|will|would|may|might|should) (?:now |then |also |soon |still )?[a-z]+\b"
    r"|and (?:the|has|have|had|was|is|[Rr]eceive[sd]|[Rr]eceipt of|[Gg]rant(?:s|ed| of)|holds"
    r"|from|by|to)|while"
    r"|with (?:the|a|an) (?:FDA|U\.S|goal)|to (?:the|a|an)\b|(?<!due )to (?=[A-Z])|under\b|from the"
    # ("... for X with the Center for Drug Evaluation", "for X approved in July 2025")
    r"|with the (?=[A-Z])|(?:approved|cleared|authori[sz]ed|granted|accepted|submitted|filed)\b"
    r"|by the|from both|by both"
    # "... at Seoul National University Hospital", "at three sites" (not "at risk of")
    r"|at (?=\d|[A-Z]|(?:two|three|four|five|six|several|multiple|sites?|cent(?:er|re)s?|"
    r"approximately|about|around|up to)\b))\b"
    r"|\s+\((?:NCT|ClinicalTrials|Study|PDF|pdf)",
    r"\s;,.:\"”“|",  # white space, or the punctuation the first line opens with
)


def _disease_regex() -> re.Pattern[str]:
    """The disease vocabulary (vocab/disease_words.tsv) as one expression, for the short
    strings checked outside the lexicon pass."""
    stems, words, acronyms, suffixes, nots = [], [], [], [], []
    for word, kind, *flags in vocab.table("disease_words.tsv"):
        if kind == "stem":
            stems.append(re.escape(word) + r"\w*")
        elif kind == "suffix":
            suffixes.append(re.escape(word))
        elif kind == "not":
            nots.append(re.escape(word))
        elif "cs" in flags:
            acronyms.append(re.escape(word))
        else:
            words.append(re.escape(word))
    # (the stems grouped by first letter: a place tries one branch instead of all 150,
    # each an IGNORECASE literal that the engine cannot skip cheaply)
    return re.compile(
        r"(?i:" + alternation_by_first_char(stems, ignorecase=True)
        + r"|\b(?:" + "|".join(words) + r")\b"
        # a word ending as diseases do ("-itis"), but not one listed as no disease
        r"|\b(?!(?:" + "|".join(nots) + r")\b)\w+(?:" + "|".join(suffixes) + r")\b)"
        r"|(?<![\w/-])(?:" + "|".join(acronyms) + r")(?![\w/-])"
    )


DISEASE = _disease_regex()

# "for a phase 2 clinical trial of X in mUC": the disease comes after a trial's name
_NOT_A_DISEASE_START = re.compile(
    r"(?i)(?:a\s+|an\s+|the\s+)?(?:phase|clinical|trials?|stud(?:y|ies)|first-in-human|dose|"
    r"its|their|this|these|both\s+China|China|the\s+U|discovery|development|developing|"
    r"research|regenerative|several|testing|use|combination|"
    # "In the third quarter of 2023 the FDA granted ...": a time, not a setting
    r"(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b|"
    # ("submitted the IND in Q4 2024, and the FDA ...", "in 1H 2025")
    r"(?:Q[1-4]|[12]H|H[12])\b|"
    # "in late June, ..." (not "late-onset")
    r"(?:early|mid|late)[\s-](?:" + _MONTH[3:-1] + r"|\d{4})|" + _MONTH[3:-1] + r")"
    # a product's code: "for ZTX001 were approved"
    r"|[A-Z][A-Za-z]*-?\d{2,}\w*\s+(?:were|was|is|has|have|in)\b"
)
# "two indications": the diseases are listed after a colon
_COUNTED = re.compile(r"(?:two|three|four|several|both|the following)\s+indications")
# ... and in a designation's scope ("a QIDP for two indications: A, and B"): one each
COUNTED_INDICATIONS_LIST = re.compile(r"\b" + _COUNTED.pattern + r"\s*:")
_STUDY_AFTER = re.compile(r"\s+(?:stud(?:y|ies)|trials?)$")
# a word in capitals joined to a disease's acronym names a trial ("HORIZON-CDD"), unless
# the vocabulary spells the whole as a disease ("ATTR-CM")
_TRIAL_NAME = re.compile(r"(?:(?:the|its|our) )?(?:Phase \S+ )?[A-Z]{3,}[A-Za-z]*-[\w-]+")
_HYPHENATED_DISEASES = frozenset(
    word for word, *_rest in vocab.table("disease_words.tsv") if "-" in word
)
# words of an agency's or a company's name: not an indication
_NOT_IN_DISEASE = re.compile(
    r"\b(?:Center|Centre|Agency|Administration|Evaluation|Research|approved|granted|"
    # ("bridging study in Chinese patients with PH1": a study told, the disease after it)
    r"received|cleared|stud(?:y|ies)|trials?|models?|xenografts?)\b"
)
# "biliary tract cancer, gastric cancer and ovarian cancer": a list of diseases
_LIST_TAIL = re.compile(
    r"(?:,\s+(?!and\b|which\b|who\b|as\b)[^,;.()]{2,60}?)*,?\s+and\s+[^,;.()]{2,60}?"
    # (the last item may bring its acronym: "and complicated urinary tract infections (cUTI)")
    r"(?:\s*\([^()]{1,20}\))?(?=[,;.]|$)"
)


# "as an early-line treatment for multiple myeloma": the line of therapy belongs to it
_LINE_OF_THERAPY = re.compile(
    r"\b((?:early|first|second|third|later|front)-line)\s+(?:treatment|therapy)\s+\Z"
)


_LINE_IN_AS = re.compile(r"as\s+(?:an?\s+)?((?:first|second|third)-line)\s")


class DiseaseWords:
    """Where a release names disease words (from the lexicon pass), for cheap look-ups;
    without hits it falls back to the DISEASE regular expression."""

    def __init__(self, text: str, hits: list[Hit] | None = None) -> None:
        self.text = text
        self.starts = sorted(h.start for h in hits) if hits is not None else None

    def any_in(self, start: int, end: int) -> bool:
        if self.starts is None:
            return bool(DISEASE.search(self.text, start, end))
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


# an indication that only points back at one named before
_ANAPHORIC = re.compile(
    r"(?i)(?:the\s+|this\s+|that\s+|these\s+)?(?:same\s+)?"
    r"(?:disease|disorder|condition|indication|syndrome|illness)s?"
    # "for the same MTAP-deleted solid tumor population"
    r"|(?:the\s+)?same\s.*"
    # ("for the separate sHTG indication": the indication told elsewhere, pointed at)
    r"|.*\sindications?"
    # ("is granted by the FDA for rare diseases affecting fewer than 200,000 people": what
    # the programme is for, no product's disease)
    r"|(?:rare\s+|serious\s+)*(?:diseases|disorders|conditions)\s+(?:affecting|that\s+affect)\s.*"
)


# a programme's name, not a disease: "Rare Disease Endpoint Advancement (RDEA) pilot program"
_PROGRAMME_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?(?:[Pp]ilot\s+)?(?:[Pp]rogram(?:me)?|[Ss]cheme|[Ii]nitiative|"
    r"[Pp]athway)\b"
)
_PROGRAMME_WORD = Prefiltered(
    re.compile(r"\b(?:[Pp]rogram(?:me)?|[Ss]cheme|[Ii]nitiative|[Pp]athway)\b"),
    ("rogram", "cheme", "nitiative", "athway"),
)


# what a company does, told in its description ("a clinical-stage company developing
# gene-edited CAR-T therapies for"): the company's field, no filing's indication
_COMPANY_FOCUS = re.compile(
    r"\bcompany\b,?\s+(?:that\s+(?:is\s+)?)?(?:developing|develops|dedicated to|focused on|"
    r"focusing on|committed to|specializ\w+ in|specialis\w+ in|pioneering|discovering)\b"
    r"[^.;()\"“”]{0,120}\Z"
)


# the place names of countries.tsv, longest first (for alternations)
PLACE_NAMES = tuple(row[0] for row in sorted(vocab.table("countries.tsv"),
                                             key=lambda row: -len(row[0])))
# a place, not a disease, after "in" ("clearance in the United States obtained by a gene
# therapy for an inherited retinal disease"); places by their nouns, not adjectives
# ("Japanese encephalitis" is a disease)
_PLACE_OPENING = re.compile(
    r"(?:the )?(?:"
    + "|".join(re.escape(name) for name in PLACE_NAMES
               if not re.search(r"(?:ese|ian|ean|ch|man|countries)$", name))
    + r")(?![\w-])"
)


def find_indication(
    text: str,
    start: int,
    end: int,
    *,
    lists: bool = False,
    known: dict[str, str] | None = None,
    diseases: DiseaseWords | None = None,
) -> str | None:
    """The first disease-like phrase introduced by "for"/"in" between start and end.

    With `lists`, a comma list of diseases is kept whole (plural designations); `known`
    acronyms the release defines count as diseases ("for the treatment of Duchenne")."""
    end = min(end, start + 500)
    words = diseases or DiseaseWords(text)
    if not words.any_in(start, end) and not (known and _may_name_acronym(text[start:end], known)):
        return None
    for m in _INTRO.finditer(text, start, end):
        intro_start, intro_end = m.span("span")
        cut = _cut(text, intro_end, end, lists, words, known)
        # ("in the TNBC study": the disease names the study)
        phrase = tidy(text[intro_end:cut])
        if phrase.endswith(("study", "studies", "trial", "trials")):
            phrase = _STUDY_AFTER.sub("", phrase)
        if _PLACE_OPENING.match(phrase):
            continue  # "the first IND clearance in the United States obtained by ...": where
        if (
            _TRIAL_NAME.fullmatch(phrase)
            and phrase not in _HYPHENATED_DISEASES
            and not (known and phrase in known)  # ("for GEP-NETs": defined as a disease)
        ):
            continue  # "in the HORIZON-CDD trial", "sites in FORGE-FOP": a trial's name
        if _COUNTED.fullmatch(phrase) and text.startswith(":", cut):
            # "a QIDP for two indications: HABP/VABP, and cUTI": the list after the colon
            begin = cut + 1
            cut = _cut(text, begin, end, True, words, known)
            phrase = tidy(text[begin:cut])
            return phrase if _is_disease_phrase(phrase, known, words.any_in(begin, cut)) else None
        if _is_disease_phrase(phrase, known, words.any_in(intro_end, cut)):
            if "compan" in text[max(0, intro_start - 160) : intro_start] and (
                _COMPANY_FOCUS.search(text, max(0, intro_start - 160), intro_start)
            ):
                continue  # "X, a company developing therapies for Y, today announced ..."
            phrase = _drop_lead_in(phrase)
            # ("a Phase 2a study in IPF patients": the disease, not its patients)
            phrase = _ACRONYM_PATIENTS.sub(r"\1", phrase)
            if _ANAPHORIC.fullmatch(phrase):
                return None  # "for the same disease", "for the disorder": told before
            if _PROGRAMME_AFTER.match(text, cut) or _PROGRAMME_WORD.search(phrase):
                continue  # "in its Rare Disease Endpoint Advancement (RDEA) pilot program"
            line = _LINE_OF_THERAPY.search(text, max(start, intro_start - 40), intro_start) or (
                # ("as first-line treatment of X": the line the introduction names)
                _LINE_IN_AS.match(text, intro_start, intro_end)
            )
            if lists:
                phrase += _second_treatment(text, cut, end, words, known)
            return f"{line.group(1)} {phrase}" if line else phrase
    return None


def disease_at(
    text: str,
    start: int,
    end: int,
    *,
    known: dict[str, str] | None = None,
    diseases: DiseaseWords | None = None,
) -> str | None:
    """The disease-like phrase that opens at `start` (a population's "... adults with" told
    before it), or None."""
    words = diseases or DiseaseWords(text)
    cut = _cut(text, start, min(end, start + 500), False, words, known)
    phrase = tidy(text[start:cut])
    return phrase if _is_disease_phrase(phrase, known, words.any_in(start, cut)) else None


def _second_treatment(
    text: str, cut: int, end: int, words: DiseaseWords, known: dict[str, str] | None
) -> str:
    """ "for the treatment of A whose disease has progressed after ..., and for the
    treatment of B" (plural designations): " and for the treatment of B", the list's second
    indication past the first one's clause, else ""."""
    second = _AND_FOR_TREATMENT.search(text, cut, min(end, cut + 160))
    if not second or ";" in text[cut : second.start()] or "." in text[cut : second.start()]:
        return ""
    intro = _INTRO.pattern.match(text, second.end())  # (with its population)
    begin = intro.end() if intro else second.end()
    stop = _cut(text, begin, end, False, words, known)
    phrase = tidy(text[begin:stop])
    if not _is_disease_phrase(phrase, known, words.any_in(begin, stop)):
        return ""
    return f" and for the treatment of {phrase}"


def _may_name_acronym(span: str, known: dict[str, str]) -> bool:
    """Whether a phrase read from `span`, which holds no disease word, can be one of the
    `known` acronyms (the only indication it can then give). tidy() only collapses white
    space and trims the ends of a phrase without brackets, so each word of the acronym is
    written in the span; with a bracket, dropping a dated aside could join two parts."""
    if "(" in span:
        return True
    return any(acronym.partition(" ")[0] in span for acronym in known)


# "... for the treatment of CAPS and for the treatment of Schnitzler syndrome": a second
# indication told with its own "for" (one designation each)
# (", and for B"; "and, in a separate decision, for B": an aside between)
_AND_WITH_ASIDE = r",?\s+and(?:,\s+[^,;.()]{3,40},)?\s+"
AND_FOR_ANOTHER = re.compile(_AND_WITH_ASIDE + r"for\s+(?:the\s+(?:treatment|prevention)\s+of\s+)?")
_TREATMENT_OF = re.compile(
    r"(?:the\s+)?(?:treatment|prevention|management)\s+of\s+(?:(?:adult|pediatric|paediatric)"
    r"\s+)?(?:(?:patients|adults|children)\s+with\s+)?"
)


_CODE_THEN_USE = re.compile(
    r"[A-Z][A-Za-z]*-?\d{2,}\w*,?\s+(?:for|in)\s+(?:the\s+treatment\s+of\s+)?"
    r"(?:(?:adult|pediatric|paediatric)\s+)?"
    r"(?:(?:patients|adults|children)\s+(?:with|who have)\s+)?"
)


_EVALUATION_OF = re.compile(r"(?:the\s+)?(?:evaluation|study|testing|investigation|use)\s+of\s+")


_ACRONYM_PATIENTS = re.compile(r"\A([A-Z][A-Z0-9-]{1,7}) (?:patients|subjects|participants)\Z")


def _drop_lead_in(phrase: str) -> str:
    """ "the European Union for hepatoblastoma", "DUX4 for muscular dystrophy": what comes
    before "for" names a place or a target, not the disease, when it holds no disease word."""
    # "filing the Company's Biologics License Application for X-12 for the treatment of Y"
    # (read from "accepted for filing"): what comes before "the treatment of", however long
    study = _EVALUATION_OF.match(phrase)
    if study:
        # "(covers) the evaluation of X-12 in patients with Y": the study, then its use
        code = _CODE_THEN_USE.match(phrase, study.end())
        if code and DISEASE.search(phrase, code.end()):
            return phrase[code.end() :]
    lead, sep, rest = phrase.partition(" for the treatment of ")
    if lead.endswith((" and", " or")):
        return phrase  # "A and for the treatment of B": a second indication, not a lead-in
    if sep and not DISEASE.search(lead) and DISEASE.search(rest):
        # (without its population: "the treatment of adults with X")
        intro = _INTRO.pattern.match(phrase, len(lead) + 1)
        return phrase[intro.end() :] if intro else rest
    for _ in range(3):  # "the IND application for X-12, for the treatment of ..."
        head, sep, tail = phrase.partition(" for ")
        if not sep or len(head) > 40 or DISEASE.search(head) or not DISEASE.search(tail):
            return phrase
        m = _TREATMENT_OF.match(tail)
        phrase = tail[m.end() :] if m else tail
        # "... Application for X-12 in patients with Y": the product, then its use
        code = _CODE_THEN_USE.match(phrase)
        if code and DISEASE.search(phrase, code.end()):
            phrase = phrase[code.end() :]
    return phrase


def _cut(
    text: str,
    begin: int,
    end: int,
    lists: bool,
    words: DiseaseWords,
    known: dict[str, str] | None = None,
) -> int:
    """Where the phrase starting at `begin` stops. A comma before any disease word does
    not stop it ("patients with progressive, unresectable desmoid tumors")."""
    end = _bracket_close(text, begin, end)
    pos = begin
    for _ in range(4):
        stop = _STOP.search(text, pos, end)
        if not stop:
            return end
        cut, stop_end = stop.span("span")
        is_comma = text[cut:stop_end].strip() == ","
        if is_comma and lists:
            tail = _LIST_TAIL.match(text, cut, end)
            if tail and words.any_in(tail.start(), tail.end()):
                return tail.end()
        if is_comma and text.endswith(" and", begin, cut):
            aside = _AND_ASIDE.match(text, cut)
            if aside:  # "A and, separately, for the treatment of B": both are the phrase's
                pos = aside.end()
                continue
        named = words.any_in(begin, cut) or _names_known(tidy(text[begin:cut]), known)
        if not (is_comma and not named) or _APPOSITIVE.match(text, stop_end):
            return cut
        pos = stop_end
    return cut


# how far back an opening bracket can hold the phrase (a product's description is short)
_BRACKET_LOOKBACK = 120


def _bracket_close(text: str, begin: int, end: int) -> int:
    """ `end`, or the bracket closing one opened shortly before `begin`: "X (an siRNA
    targeting C3) for IgA nephropathy (IgAN)" read from "targeting" ends at "C3", the
    description's close bracket not being part of a phrase begun inside it."""
    opened = text.rfind("(", max(0, begin - _BRACKET_LOOKBACK), begin)
    if opened == -1 or text.find(")", opened, begin) != -1:
        return end
    # the first close bracket after `begin` that no bracket opened after it takes
    close = text.find(")", begin, end)
    while close != -1 and text.count("(", begin, close) > text.count(")", begin, close):
        close = text.find(")", close + 1, end)
    return end if close == -1 else close


# (", and one for the treatment of B": two designations, one for each)
_AND_FOR_TREATMENT = re.compile(
    _AND_WITH_ASIDE + r"(?:one\s+)?(?=for\s+the\s+(?:treatment|prevention)\s+of\s)"
)
# ", a first-in-class inhibitor": a description of the product, not more of the indication
_APPOSITIVE = re.compile(
    r"(?:a|an|the|its|our|which|who)\s|in (?:patients|adults|children|subjects|people)\b"
    r"|(?:is|are) (?:being|now|currently)\b"
)
# an indication does not start with a product's code ("for VLR-2201, a ...")
_CODE_START = re.compile(
    r"[A-Z][A-Za-z]*-?\d{2,}\w*(?=,|\s+\(|\s+(?:is|was|were|has|in|for)\b)"
    # ("for forvelitinib (KLV-0417) in PSC": a name with its code in brackets)
    r"|[\w-]+\s+\([A-Z][A-Za-z]*-?\d{2,}\w*\)"
)


_TOKEN = re.compile(r"[\w/-]+")
# what an acronym the release defines stands for when it names a kind of drug, an agency or
# a filing, not a disease
_NOT_A_DISEASE_EXPANSION = re.compile(
    r"(?i)\b(?:conjugates?|antibod(?:y|ies)|inhibitors?|vaccines?|cells?|therap(?:y|ies)|"
    r"Administration|Agency|Drug|applications?|"
    # ("submitted the application in CTIS": the Clinical Trials Information System)
    r"Systems?|Regulation|Portal|Database|Regist(?:er|ry)|Scheme|Committee|Board|Council|"
    r"Ministry|Authority|Network)\Z"
)


def _names_known(phrase: str, known: dict[str, str] | None) -> bool:
    """Whether the phrase is one of the release's acronyms, or ends with one ("primary
    IgAN", "genetically confirmed FCS": a defined disease acronym, qualified), or holds
    one that stands for a disease ("metastatic PDAC after one prior line of therapy")."""
    if not known:
        return False
    if phrase in known and _NOT_A_DISEASE_EXPANSION.search(known[phrase]):
        return False  # "targeting ADC" ("antibody-drug conjugates (ADC)"): a kind of drug
    if phrase in known or phrase.rsplit(" ", 1)[-1] in known:
        return True
    return any(
        word in known and DISEASE.search(known[word]) for word in _TOKEN.findall(phrase)
    )


def _is_disease_phrase(phrase: str, known: dict[str, str] | None, has_disease_word: bool) -> bool:
    if not phrase or len(phrase) > 220 or phrase[0].isdigit():
        return False
    if not has_disease_word and not _names_known(phrase, known):
        return False
    return not (
        _NOT_A_DISEASE_START.match(phrase)
        or _NOT_IN_DISEASE.search(phrase)
        or _CODE_START.match(phrase)
    )


_ASIDE_WORDS = r"(?:separately|also|additionally|in addition)"
_AND_ASIDE = re.compile(rf",\s*{_ASIDE_WORDS},\s+(?=for\s|in\s)")
_AND_SPLIT = re.compile(
    rf",?\s+and(?:,\s*{_ASIDE_WORDS},)?\s+(?:(?:also\s+)?(?:of|for|in)\s+)(?:the\s+treatment\s+of\s+)?"
    r"|\s+and\s+one\b[^,;]*?\bfor\s+"
)
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
# an acronym as diseases' are written, in mixed case too ("dcSSc", "IgAN")
_ACRONYM_SHAPE = re.compile(r"(?=[a-z]{0,3}[A-Z][a-z]{0,2}[A-Z])[A-Za-z][A-Za-z0-9-]{1,8}")
_SHARED_HEAD = re.compile(r"^(?:both\s+)?(?P<a>[\w-]+)\s+and\s+(?P<b>[\w-]+)\s+(?P<head>[\w\s-]+)$")


_ONE_FOR = re.compile(r"^one\s+for\s+")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def split_indications(phrase: str, plural: bool) -> list[str]:
    """ "gastric cancer and for pancreatic cancer" -> two; with a plural designation,
    "gastric and pancreatic cancer" -> two as well."""
    phrase = _ONE_FOR.sub("", phrase)
    # "both" says two even after a singular ("designated it an orphan drug for both FOP and
    # DIPG"), and an acronym there names a disease
    both = phrase.startswith("both ")
    if (plural and "," in phrase) or both:
        # "both sickle cell disease and beta thalassemia", "A, B and C"
        parts = _list_items(
            [
                tidy(p)
                for p in _LIST_SEPARATOR.split(phrase.removeprefix("both "))
                if tidy(p)
            ]
        )
        if len(parts) > 1 and all(
            DISEASE.search(p) or (both and _ACRONYM_ONLY.fullmatch(p)) for p in parts
        ):
            return parts
    parts = [tidy(p) for p in _AND_SPLIT.split(phrase) if tidy(p)]
    if len(parts) > 1:
        return parts
    if plural and ", and " in phrase:
        # "hospital-acquired and ventilator-associated pneumonia, and complicated urinary
        # tract infections": the comma says where the second disease starts
        parts = [tidy(p) for p in phrase.split(", and ") if tidy(p)]
        if len(parts) == 2 and all(DISEASE.search(p) for p in parts):
            return parts
    if plural and " and " in phrase:
        # "designations for gastric cancer and pancreatic cancer": each a disease of its own
        # (or an acronym, as diseases are named again: "Fast Track designations for SLE and
        # dcSSc")
        parts = [tidy(p) for p in phrase.split(" and ") if tidy(p)]
        if len(parts) == 2 and all(DISEASE.search(p) or _ACRONYM_SHAPE.fullmatch(p) for p in parts):
            return parts
    if plural:
        m = _SHARED_HEAD.match(phrase)
        if m and DISEASE.search(m.group("head")):
            return [f"{m.group('a')} {m.group('head')}", f"{m.group('b')} {m.group('head')}"]
    return [phrase]


_ITEM_LEAD = re.compile(
    r"^(?:(?:also\s+)?(?:for|in)\s+)?(?:the\s+)?(?:treatment|prevention|management)\s+of\s+"
)
_ITEM_DATE = re.compile(r"\s+(?:in|on|since)\s+(?:(?:\d{1,2}\s+)?" + _MONTH + r"[\s\d,]*|\d{4})$")


def _list_items(parts: list[str]) -> list[str]:
    """ "gastric cancer, including GEJ cancer, and for the treatment of pancreatic cancer in
    May 2027": an "including" item widens the one before it; lead-ins and dates go."""
    out: list[str] = []
    for p in parts:
        p = _ITEM_DATE.sub("", _ITEM_LEAD.sub("", p))
        if out and p.startswith(("including ", "such as ", "especially ", "particularly ")):
            out[-1] = f"{out[-1]}, {p}"
        elif p:
            out.append(p)
    return out


# "(MPS IIIA)", and "(MPS IIIA, Sanfilippo syndrome type A)": the acronym, then a synonym
_ACRONYM_DEF = re.compile(r"\(([A-Za-z][A-Za-z0-9/\-]{1,9}(?: [A-Za-z0-9/\-]{1,6})?)(?:\)|[,;]\s)")
_SMALL_WORDS = frozenset({"or", "and", "of", "the", "with", "to", "in"})
_DIGITS_END = re.compile(r"\d+[A-Za-z]?$")
_ROMAN_SUBTYPE = re.compile(r"(?:I{1,3}|IV|V|VI{1,3})[a-d]?")
# "Charcot-Marie-Tooth disease type 1A (CMT1A)": a word the acronym leaves out before "type"
_UNSPELLED_BEFORE_TYPE = frozenset({"disease", "syndrome", "disorder"})


@lru_cache(maxsize=16)  # events and event_context both ask for the release's: read once
def acronyms(text: str) -> dict[str, str]:
    """Acronyms the release defines: "relapsed or refractory multiple myeloma (R/R MM)".
    The result is shared between callers: read it, do not change it."""
    out: dict[str, str] = {}
    # the words before a bracket are read from the last one back, and only as far as the
    # acronym needs (a word or two for most brackets): as the words of the reversed text
    reversed_text = text[::-1]
    n = len(text)
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        if acr.isalpha() and acr.istitle() and acr not in out:
            # "Duchenne muscular dystrophy (Duchenne)": the name's first word stands for it
            short = _first_word_name(text, m.start(), acr)
            if short:
                out[acr] = short
            continue
        need = [c.lower() for c in acr if c.isalpha()]
        if len(acr) > 2 and acr[-1] == "s" and acr[-2].isupper():
            need.pop()  # a plural: "neuroendocrine tumours (NETs)"
        if len(need) < 2 or acr in out:
            continue
        lo = max(0, m.start() - 120)
        back = _WORD.finditer(reversed_text, n - m.start(), n - lo)
        w = next(back, None)  # the next word to take (its match in the reversed text)
        first = None
        # "spinocerebellar ataxia type 3 (SCA3)", "mucopolysaccharidosis type IIIA (MPS
        # IIIA)": the acronym's number or subtype is the last word's
        digits = _DIGITS_END.search(acr) if acr[-1].isdecimal() or acr[-2].isdecimal() else None
        subtype = digits.group(0) if digits else acr.rpartition(" ")[2] if " " in acr else None
        if subtype is None and w:
            # "glycogen storage disease type Ia (GSDIa)": a Roman subtype joined to the
            # letters, written as the last word before the bracket
            last = w.group(0)[::-1]
            if _ROMAN_SUBTYPE.fullmatch(last) and acr.endswith(last) and len(acr) > len(last) + 1:
                subtype = last
        if subtype and w and w.group(0)[::-1] == subtype:
            first = n - w.end()
            need = [c.lower() for c in acr[: len(acr) - len(subtype)] if c.isalpha()]
            w = next(back, None)
            if w and w.group(0)[::-1].lower() == "type":
                w = next(back, None)
                word = w.group(0)[::-1].lower() if w else ""
                # (not where the acronym spells it: "glycogen storage disease type III
                # (GSD III)")
                if word in _UNSPELLED_BEFORE_TYPE and need and need[-1] != word[0]:
                    w = next(back, None)
        skipped = False
        while w and need:
            low = w.group(0)[::-1].lower()
            start = n - w.end()
            w = next(back, None)
            if low in _SMALL_WORDS and first is not None:
                continue
            if low[0] != need[-1]:
                # "spinocerebellar ataxia (SCA)": one word holding two of the letters
                k = _compound_letters(low, need)
                if not k and not skipped and first is not None and len(need) >= 2:
                    # "facioscapulohumeral muscular dystrophy (FSHD)": one word inside
                    # the name the acronym leaves out
                    skipped = True
                    continue
                if not k:
                    break
                del need[-k:]
                first = start
                continue
            if (
                len(need) > 1
                and need[-2] == low[0]  # (the cheap half of _compound_first, inline)
                and _compound_first(low, need, reversed_text, n - start, n - lo)
            ):
                # "methylmalonic acidemia (MMA)": the word before spells none of the
                # letters left, so this word holds two of them
                del need[-2:]
                first = start
                continue
            need.pop()
            first = start
        if not need and first is not None:
            out[acr] = text[first : m.start()].strip()
        elif any(c.islower() for c in acr[1:]):
            name = _word_led(text, m.start(), acr)
            if name:
                out[acr] = name
    return out


def _first_word_name(text: str, pos: int, word: str) -> str | None:
    """The disease name of two to five words before `pos` that opens with `word`."""
    at = text.rfind(word + " ", max(0, pos - 60), pos)
    if at == -1 or (at > 0 and text[at - 1].isalnum()):
        return None
    name = text[at:pos].strip()
    return name if 2 <= len(name.split()) <= 5 and DISEASE.search(name) else None


def _word_led(text: str, pos: int, acr: str) -> str | None:
    """ "IgA nephropathy (IgAN)": an acronym opening with a whole word of its name, then
    the initials of the words after that word."""
    words = list(_WORD.finditer(text, max(0, pos - 80), pos))
    for k in range(2, min(4, len(words)) + 1):
        lead = words[-k].group(0)
        initials = "".join(w.group(0)[0] for w in words[-k + 1 :])
        # ("IgG4-related disease (IgG4-RD)": a hyphen after the whole word)
        if len(lead) >= 2 and acr.startswith(lead) and acr[len(lead) :].lstrip("-").lower() == (
            initials.lower()
        ):
            return text[words[-k].start() : pos].strip()
    return None


_WORD = re.compile(r"[^\s\-/()]+")


def _words_before(reversed_text: str, pos: int, end: int, k: int = 3) -> list[str]:
    """The k words before a point of the text, nearest first and lower-cased, read from
    the reversed text (pos and end are positions in it)."""
    return [w.group(0)[::-1].lower()
            for w in islice(_WORD.finditer(reversed_text, pos, end), k)]


def _compound_first(word: str, need: list[str], reversed_text: str, pos: int, end: int) -> bool:
    """Whether a long word opening with the acronym's next letter spells the two last
    letters left, where the word before it (read from the reversed text as in
    _words_before, small words skipped) opens with neither."""
    if _compound_letters(word, need[-2:]) != 2:
        return False  # the common case, decided without reading the words before
    before = _words_before(reversed_text, pos, end)
    previous = next((b for b in before if b not in _SMALL_WORDS), "")
    return not (previous and previous[0] == need[-2])


def _compound_letters(word: str, need: list[str]) -> int:
    """How many of the acronym's last letters one long word spells in order, starting
    with its first letter ("spinocerebellar" -> S, C); 0 if none."""
    for k in range(min(len(need), 3), 1, -1):
        if need[-k] != word[0] or len(word) < 8:
            continue
        pos = 0  # (the letters after the first, in order: "sclerosis" -> S, C)
        for c in need[-k + 1 :]:
            pos = word.find(c, pos + 1)
            if pos == -1:
                break
        else:
            return k
    return 0


def expand_acronyms(indication: str, known: dict[str, str]) -> str:
    """ "R/R MM" -> "relapsed or refractory multiple myeloma (R/R MM)": both spellings, so
    the indication reads the same whichever one another source uses."""
    if indication in known:
        return f"{known[indication]} ({indication})"
    head, _sep, last = indication.rpartition(" ")
    if head and last in known and len(head) <= 30 and head[:1].islower():
        # "primary IgAN" -> "primary IgA nephropathy (IgAN)"
        return f"{head} {known[last]} ({last})"
    return indication


_TRAILING_ACRONYM = re.compile(r"(?P<head>.+?)\s*\((?P<acr>[^()]{1,12})\)")


# "r/r B-ALL": the abbreviation spelled out, so the indication reads as other sources
# write it; "IgAN Phase 2", "dcSSc cohort": the study's word after the disease
_RELAPSED_REFRACTORY = re.compile(r"(?<![\w(/])[Rr]/[Rr](?= [\w-])")
_DRUG_LEAD_IN = re.compile(
    r"^(?:the )?(?:candidate|product|program|programme|drug|molecule|therapy) (?:in|for) "
)
_STUDY_WORD_AFTER = re.compile(
    r"\s+(?:Phase\s+[\dIV]+[ab]?(?:/[\dIV]+[ab]?)?|cohorts?|stud(?:y|ies)|trials?|program(?:me)?s?"
    # ("MMA today", "CHI later": when, not what)
    r"|today|later|earlier|recently|this year|last year"
    # ("GEP-NETs in patients who have progressed ...": the population's head left over)
    r"|in (?:patients|adults|children|subjects|participants))$"
)


def spell_out(indication: str) -> str:
    """An indication as a fact carries it: "r/r B-ALL" -> "relapsed or refractory B-ALL";
    a trailing "Phase 2", "cohort" or "today" dropped."""
    head, paren, rest = indication.partition("(")
    written = head
    head = _RELAPSED_REFRACTORY.sub("relapsed or refractory", head)
    # ("an IND for the candidate in refractory lupus nephritis": the drug, not the disease)
    head = _DRUG_LEAD_IN.sub("", head)
    out = head + paren + rest
    cut = _STUDY_WORD_AFTER.sub("", out)
    out = cut if cut else out
    if head != written and not paren:
        # "relapsed or refractory B-ALL (r/r B-ALL)": a short name keeps both spellings, as
        # an acronym the release defines does
        short = _STUDY_WORD_AFTER.sub("", _DRUG_LEAD_IN.sub("", written)).strip()
        if _RELAPSED_REFRACTORY.match(short) and len(short.split()) <= 3:
            out = f"{out} ({short})"
    return out


def drop_restated_acronym(indication: str, sentence: str) -> str:
    """ "metastatic urothelial cancer (mUC)" -> "metastatic urothelial cancer" when the
    sentence writes it so: the acronym only restates the words before it (the shortest
    faithful form, GUIDELINES.md). An expansion made for a bare acronym ("for rSLE" ->
    "refractory systemic lupus erythematosus (rSLE)") is kept whole."""
    if not indication.endswith(")") or indication not in sentence:
        return indication
    m = _TRAILING_ACRONYM.fullmatch(indication)
    if m is None:
        return indication
    need = [c.lower() for c in m.group("acr") if c.isalpha()]
    if len(need) < 2:
        return indication
    # the acronym's letters are the initials of the words before it (as acronyms() reads)
    words: list[str] = _WORD.findall(m.group("head"))
    for w in reversed(words):
        if not need:
            break
        low = w.lower()
        if low in _SMALL_WORDS:
            continue
        if low[0] != need[-1]:
            return indication
        need.pop()
    return m.group("head") if not need else indication
