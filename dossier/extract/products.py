"""Product mentions (codes, INNs, brands), tied together into products within a release.

A release names one product in several ways: "zelcabtagene autoleucel ("zel-cel",
ZQ041)", "Veltrigine (formerly ZQX-562)", "ZN051 ... the molecule, now known as
ZTG-101". Mentions are found by shape (codes), by WHO/USAN name stems (INNs) and by
trademark signs (brands), then merged with a union-find over the alias cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dossier.extract import vocab
from dossier.extract.indications import DISEASE, PATIENT_NOUNS, acronyms
from dossier.extract.lexicon import Hit
from dossier.extract.mentions import TARGET_NAME, is_target_symbol
from dossier.extract.normalise import code_key, find_words
from dossier.extract.prefilter import Prefiltered, contains_any

# --- codes -------------------------------------------------------------------------

# letters+digits tokens, hyphen/slash-joined (AB217, XyCAR-017, ABC1/22, 7XY3711). The
# expression opens with a capital or a digit, so the regex engine skips every other
# character cheaply; it then asks for a word start, a digit and a capital somewhere. (The
# look-aheads skip the characters that cannot be the one looked for possessively, "*+":
# same answer as "[A-Za-z0-9\-/]*\d", without backtracking through every word.)
_CODE_TOKEN = re.compile(
    r"[A-Z0-9](?<![\w\-/.*].)"
    r"(?:(?<=\d)|(?=[A-Za-z\-/]*+\d))(?:(?<=[A-Z])|(?=[a-z0-9\-/]*+[A-Z]))"
    # (a colon may follow only as a label's: "- NRV-220: Submitted a CTA ...", not "12:30")
    r"[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?![\w\-*]|:\S|\.\d)"
)
# codes that open with a lower-case modality word ("mRNA-1273")
_LOWER_CODE = re.compile(
    r"(?<![\w\-/.*])(?:mRNA|siRNA|saRNA|circRNA|mAb)-?\d{2,}[A-Za-z0-9]*(?![\w\-*:]|\.\d)"
)
# shapes that are almost always development codes, so need no supporting context
_STRONG_CODE = re.compile(
    r"[A-Z][A-Za-z]{0,7}-?\d{3,}[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)?"
    r"|\d[A-Z]{1,4}\d{3,}[A-Za-z0-9]*"
    r"|[A-Z][A-Za-z]{1,7}-[A-Z]{1,3}\d{2,}[A-Za-z0-9]*"
    r"|[A-Z]{2,8}-[A-Z]*\d{2,}[A-Za-z0-9]*"
)
_MUTATION = re.compile(
    r"[A-Z]\d{2,4}[A-Z]|\d{1,2}[A-Z]|[1-4]H20\d\d|Q[1-4](?:20\d\d)?|FY\d+"
    # a time, not a code: "Mid-2027", "H2-2026", "Q3-2026", "YE2026"
    r"|(?:Mid|Early|Late|End|YE|[HQ][1-4]|[1-4][HQ])-?(?:19|20)\d\d"
    # a calendar or fiscal year: "CY2027", "FY2026", "1HCY2026"
    r"|(?:[1-4][HQ])?(?:CY|FY)-?(?:19|20)?\d\d"
)
# a point mutation in one-letter amino-acid codes: "R338L", "G12D" (not "C19B")
_POINT_MUTATION = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{2,4}[ACDEFGHIKLMNPQRSTVWY]")
_STOP_PREFIXES = tuple(p.upper() for p in vocab.lines("code_stop_prefixes.txt"))
# (one expression, tried on every candidate token: "RMB80", "CTR20231234")
_NUMBER_PREFIX = re.compile(
    "(?:" + "|".join(map(re.escape, vocab.lines("number_prefixes.txt"))) + r")\d", re.I
)
# radionuclides: "177Lu", "99mTc", "Lutetium-177" name an isotope, not a product
_NUCLIDES = vocab.table("radionuclides.txt")
_ISOTOPE = re.compile(
    r"\d{1,3}m?(?:" + "|".join(sym for sym, _name in _NUCLIDES) + r")"
    r"|(?i:" + "|".join(name for _sym, name in _NUCLIDES) + r")-\d{1,3}m?"
)
# "[177Lu]Lu-XYZ-12": the element before the code labels the code's molecule
_LABEL_PREFIX = re.compile(r"(?:" + "|".join(sym for sym, _name in _NUCLIDES) + r")-(?=\w)")
# a lower-case tail joined by a hyphen says how a target is used ("CD19-targeted")
_TARGET_TAILS = frozenset(
    {
        "targeted",
        "targeting",
        "directed",
        "positive",
        "negative",
        "expressing",
        "mutated",
        "mutant",
        "specific",
        "redirected",
        "high",
        "low",
        "amplified",
        "overexpressing",
        "deficient",
        # "AAV9-based gene therapy": the token is a part the product is built on
        "based",
    }
)
_STUDY_FILLER = (
    r"(?:(?:global|pivotal|multiregional|multi-regional|registrational|registration-enabling|registration-directed|ongoing|"
    r"randomi[sz]ed|multicenter|multi-center|multinational|open-label|confirmatory|first-in-human|"
    r"dose-escalation|dose-expansion|expansion|clinical|double-blind|placebo-controlled|"
    # "a randomized, controlled, multi-center pivotal Phase 2/3 study": commas between
    r"controlled|head-to-head|single-arm|adaptive|seamless|international|interventional|"
    r"Phase\s+\S+),?\s+){0,6}"
)
_STUDY_AFTER = re.compile(
    # ("QUARTZ-2 is a Phase 1b/2 study of ...": a trial's name as the subject; "ELEVATE-2,
    # the Phase 2 study of X": in apposition)
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:an?|the|its|our)\s+|\s+(?:is|was|will be) (?:an?|the) )?"
    + _STUDY_FILLER
    # (not "the HGX-504 clinical trial application": the product's filing)
    + r"(?:study|studies|trial|trials|programme|cohort|platform)\b"
    r"(?!\s+(?:applications?|approvals?|authori[sz]ations?|notifications?|certificates?)\b)"
    # "DELTA-1 has been conducted since 2024": a trial is what is conducted
    r"|\s+(?:is|was|has been|have been|is being|was being|will be) conducted\b"
    # ("LM-818-101 first opened in the United States"; "... began enrolling in May")
    r"|\s+(?:first\s+)?(?:opened|began enrol(?:l)?ing|began enrol(?:l)?ment|"
    r"completed enrol(?:l)?ment)\b"
    # "PEAK-01, a Phase 1 dose-escalation and expansion study": any describing words, no
    # preposition ("XY-12, an antibody in a Phase 2 trial" is the drug)
    # ("QY-22, a bispecific antibody, received clinical trial approvals": no verb, and a
    # trial's filing is no trial)
    r"|\s*(?:,|--|[–—])\s*(?:an?|the)\s+"
    r"(?:(?!(?:in|of|for|with|to|at|by|from|that|which|received?|"
    r"receives|has|have|had|is|was|are|were|obtained|gained|holds)\b)[\w/-]+,?\s+"
    r"(?:and\s+)?){0,6}?(?:study|trial)\b(?!\s+(?:approv|applic|authori|notif|plan|certif))",
    re.I,
)
# the trial's name in apposition or as the subject: ", a Phase 1 study", " is a ... trial"
_CALLED_A_STUDY = re.compile(
    r"\s*(?:\([^()]*\)\s*)?"
    r"(?:(?:,|--|[–—])\s*(?:an?|the|its|our)|\s+(?:is|was|will be) (?:an?|the))\s"
)
_TRIAL_NAME_IN = re.compile(r"\b[A-Z]{4,}(?:-\d+)?\b")
_STUDY_OF = re.compile(r"\s+(?:of|evaluating|investigating|testing)\s+(?!patients|adults|children)")
# "The Phase 2 trial, XYZ-2, will", "The trial, named TIDAL-101, will"
_STUDY_BEFORE = Prefiltered(
    re.compile(r"\b(?:trial|study)(?:,\s?|,?\s+(?:named|called|dubbed|known as)\s+)\Z"),
    ("trial", "study"),
)
_TRIAL_PART_BEFORE = Prefiltered(
    re.compile(
        r"\b(?:(?:part|portion|arm|cohort|sites?) of (?:the )?|patients into |"
        r"(?:enrolled|enrolling|enrolment|enrollment) in (?:the )?)\Z"
    ),
    (" of ", "into", "enrol"),
)
_WORK_ON_BEFORE = re.compile(
    r"\b(?:[Dd]evelopment|[Ww]ork|[Rr]esearch|[Mm]anufacturing|[Pp]roduction) (?:of|on) (?:the )?\Z"
)
_PROGRAM_AFTER = re.compile(r"\s+(?:program|programme|product|drug|candidate)\b")
_STUDY_BEFORE_PAREN = re.compile(
    r"\b(?:trial|study)(?: in (?:the )?[A-Z][\w.]*(?: [A-Z]\w*)?)? \(\Z"
)
_STUDY_WORDS = ("stud", "trial", "programme", "cohort", "platform", "conducted", "opened",
                "enrol")
# the word before a token that makes it a target ("protein CCN3", "anti-CD38") or an
# identifier ("approval number 2017L00106", "HKEX: 02162") rather than a product code
_TARGET_WORD_BEFORE = frozenset(
    {
        "protein",
        "receptor",
        "gene",
        "enzyme",
        "antigen",
        "target",
        "ligand",
        "mutation",
        "mutations",
        # "an siRNA designed to silence HSD17B13": what a drug acts on
        "silence",
        "silences",
        "silencing",
        "inhibits",
        "blocks",
        "degrades",
        "targeting",
        "targets",
    }
)
_NUMBER_WORD_BEFORE = frozenset(
    # ("the PD-L1 assay (clone EX-27)": a diagnostic reagent's antibody clone)
    {"number", "no", "no.", "#", "hkex", "nasdaq", "tpex", "ticker", "nyse", "kosdaq", "clone"}
)


# what follows a gene symbol, never a product code: "the PNPLA3 I148M variant", "KRAS G12C
# mutation", "carriers of the XYZ1 allele"
_GENE_AFTER = re.compile(
    r"\s+(?:[A-Z]\d{1,4}[A-Z]\b|(?:variants?|mutations?|mutants?|alleles?|polymorphisms?|"
    r"genotypes?|knockouts?)\b)"
)


# "a small-molecule CRTH2 antagonist", "delivers the human GLB1 gene", "a BTK degrader":
# a short symbol before its role is the drug's target, not the drug
_TARGET_ROLE_AFTER = re.compile(
    # ("its complement C1s-blocking antibody": what it blocks, not its name)
    r"-(?:blocking|inhibiting|neutrali[sz]ing|depleting)\b"
    # ("an ALK2 (ACVR1) inhibitor": its synonym in brackets between)
    # ("an NLRP3 inflammasome inhibitor": the target's kind between)
    r"|(?:\s+\([A-Z][A-Za-z0-9-]{1,10}\))?"
    r"(?:\s+(?:inflammasome|kinase|pathway|receptor|channel|protease|enzyme|complex|aggregation))?"
    r"\s+(?:antagonists?|agonists?|inhibitors?|blockers?|degraders?|modulators?|activators?|"
    # ("its long-acting GLP-2 analogue": the hormone it copies; "a TOP1 ADC": its payload's
    # target, for a token without a hyphen)
    r"analogues?|analogs?|ADCs?|"
    # ("MRB-44 (HSD17B13 siRNA)": the gene an oligonucleotide silences)
    r"siRNAs?|ASOs?|"
    r"(?:trans)?genes?|receptor\s+(?:antagonist|agonist)s?|"
    # ("a consequence of TDP-43 pathology", "research into TDP-43 biology": the body's
    # molecule)
    r"pathology|biology|proteinopathy|aggregates|signal(?:l)?ing|deposits|dysfunction|"
    r"mislocali[sz]ation)\b"
)


# "an ADC directed at cadherin 17 (CDH17)", "binds MUC16 (CA-125)", "an inhibitor of
# vascular adhesion protein-1 (VAP-1)": a symbol defined after what a drug acts on
_TARGET_SPELLED_BEFORE = re.compile(
    r"\b(?:directed (?:at|against|to)|targeting|targets|binds(?: to)?|against|"
    r"(?:inhibitor|antagonist|agonist|blocker|degrader)s? of)\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,4}\(\Z"
)
# "Cadherin-17 is a cell-adhesion protein": a word and a number, said to be a molecule of
# the body, is no drug ("XY-12 is a fusion protein" is)
_WORD_NUMBER = re.compile(r"[A-Z][a-z]{3,}-?\d+")
_PROTEIN_AFTER = re.compile(
    r"\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:protein|enzyme|receptor|antigen|gene|kinase|"
    r"ligand|glycoprotein|transporter|hormone|cytokine|molecule)\b"
)


def _excluded_by_word_before(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start]
    if before.endswith(("anti-", "Anti-")):
        return True
    words = before.rsplit(None, 1)  # only the last word counts
    if words and words[-1].endswith(":") and "\n" not in before[before.rfind(":") :]:
        # a labelled identifier: "ISIN Code: ES0167733015", "HKEX: 02162"; but "development
        # code: XY-0930" labels the product's own code ("its pipeline includes:" closing
        # the line before introduces a list of products)
        return not _PRODUCT_LABEL.search(before)
    last = words[-1].lower().lstrip("([") if words else ""
    return last in _TARGET_WORD_BEFORE or last in _NUMBER_WORD_BEFORE


# "(generic name: velorinib; development code: XY-0930)": labels naming a product
_PRODUCT_LABEL = re.compile(
    r"(?:\b(?:development|product|compound|research|internal)|R&D) code(?: name)?:\s*\Z"
    r"|\b(?:generic|nonproprietary|non-proprietary|international nonproprietary) name:\s*\Z"
    r"|\bINN:\s*\Z"
    # a heading's label: "Partnered programme: STB-420", "Lead candidate: XY-12"
    r"|\b(?:programme|program|candidate|product|asset|compound)s?:\s*\Z",
    re.I,
)
_LABELLED_NAME = re.compile(r"\s*([a-z][a-z]{4,}(?:[ -][a-z]{4,})?)(?=\s*[;,)])")

_GOOD_BEFORE = re.compile(
    r"(?:\b(?:candidates?|products?|drug|therapy|CAR-T|CAR T|ADC|antibody|molecule|asset|injection|"
    r"program|programme|"
    r"conjugate|inhibitor|[Tt]herapies|including|include|includes|comprises|known as|formerly|"
    r"previously|admitted|granted|designated)|®|\(R\)|™|\bcode:)\s*,?\s*\Z"
    r"|(?:\b(?:its|our|their|[Cc]ompany's)|[A-Z]\w+'s)\s+(?:(?!for\b|in\b|of\b|with\b|to\b)[\w-]+\s+){0,3}\Z"
)
_GOOD_AFTER = re.compile(
    r"\s*(?:,\s*(?:a|an|the|its|our)\s|(?:,\s*)?is\s+(?:a|an|the|our|its)\s|(?:received|holds|has|was|"
    r"obtained|is being|cell|CAR|TCR|ADC)\b)"
)

# --- INNs and brands -----------------------------------------------------------------

_STEMS = sorted(vocab.table("inn_stems.txt"), key=lambda r: -len(r[0]))
_INN_STOP = frozenset(vocab.lines("inn_stopwords.txt"))
_SECOND_WORD = (
    "vedotin", "tecan", "leucel", "tansine", "mafodotin", "tesirine", "ozogamicin",
    "vec",  # a gene therapy's vector word: "<x>gene <y>parvovec"
)
_FIRST_OF_PAIR = re.compile(r"(?:mab|bart|gene|tug|cept)\Z")
_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?:]\s|^-\s|\n[-*•]\s*)\s*\Z")
_INN_MODALITY = [(s.lstrip("-"), m) for s, m, *_ in _STEMS]

# a dosage form after a drug's name: "delnostomab injection (R&D code: X)", "Y (velsartan
# tablets), the Group's ..."
_DOSAGE_WORD = (
    r"\s+(?:for\s+)?(?:[Ii]njections?|[Tt]ablets?|[Cc]apsules?|[Ii]nfusion|[Gg]ranules|"
    r"[Oo]ral [Ss]olution|[Ee]ye [Dd]rops)(?![\w-])"
)
_DOSAGE_FORM = r"(?:" + _DOSAGE_WORD + r")?"
# alias cues between two mentions
_PAREN_GAP = re.compile(
    _DOSAGE_FORM + r"(?:®|™|\(R\)|\(TM\))?[\s\"“”'‘’]*\(\s*"
    r"(?:(?:also known as|formerly(?: known as)?|former|previously(?: known as)?|now known as|"
    r"also written as|aka|or)\s+)?[\"“”'‘’]*\s*"
    # ("X (development code; nonproprietary name: y)": what the name before is, then y's label)
    r"(?:(?:(?:development|R&D|research) )?code\s*[;,]\s*(?=[a-z -]*name:))?"
    r"(?:(?:international )?(?:generic|nonproprietary|non-proprietary) name:|INN:|"
    r"(?:(?:development|R&D|research) )?code:?)?\s*\Z"
)
_INNER_GAP = re.compile(
    r"[\"“”'‘’]*\s*(?:,|;|/| or )\s*(?:(?:also known as|formerly(?: known as)?|previously|"
    r"now known as|also written as)\s+)?[\"“”'‘’]*\s*"
    r"(?:(?:international )?(?:generic|nonproprietary|non-proprietary) name:|INN:|"
    r"(?:(?:development|R&D|research) )?code:?)?\s*\Z"
)
_KNOWN_AS_GAP = re.compile(
    r"\s*,?\s*(?:(?:which|that) (?:is|was) )?(?:also |then |now |formerly |previously |"
    r"originally )?(?:known|written|named|called|referred to|designated|discovered|developed) "
    r"as\s*[\"“]?\s*\Z"
    # ("TLD-184 (sotaderasib), formerly MRD-1184": past the brackets of another name)
    r"|\)?\s*,?\s*\(?(?:formerly|previously)\s*[\"“]?\s*\Z"
    # "LXC-208 (formerly designated LX-CAR70)"
    r"|\s*,?\s*\(?(?:formerly|previously|originally) (?:known|named|called|designated|coded)\s*"
    r"[\"“]?\s*\Z"
    # "the WHO has assigned QL-2207 the International Nonproprietary Name (INN) velutabart"
    r"|\s+(?:the|an?)\s+(?:(?:proposed|recommended)\s+)?(?i:(?:international\s+)?"
    r"(?:nonproprietary|non-proprietary|generic|united states adopted)\s+name)"
    r"\s*(?:\((?:INN|USAN|pINN|rINN)\)\s*)?(?:of\s+)?[\"“]?\s*\Z"
    r"|\s+(?:the|an?)\s+(?:INN|USAN)\s+(?:of\s+)?[\"“]?\s*\Z"
)
# ("Northbeam's allogeneic CD70 CAR-NK program NB-220": the descriptor's head noun between)
_DESC_GAP = re.compile(r"\s*,?\s*(?:(?:program(?:me)?|candidate|asset|product)\s+)?\Z")
# "ZLA-101, its allogeneic CD19-targeting CAR-iNKT cell therapy"
_APPOSITIVE_DESC = re.compile(
    # ("X (INN, "short-cel"), the Company's ...": a quoted short name closing the brackets)
    r"[\"”’]?\)?\s*,\s*"
    r"(?:[Ii]ts|[Oo]ur|[Tt]heir|[Tt]he (?:[Cc]ompany|[Gg]roup)['’]s|[A-Z][\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}\Z"
)
_ANAPHOR_KNOWN_AS = re.compile(
    # ("discovered by Y Inc. ("Y"), a Seoul-based company, as Y-12": a legal form's stop
    # and a short name in brackets do not end the phrase)
    # ("... and now develops it as CRV-870")
    r"\b(?:developed|develops|developing|marketed|known|knows|named|renamed|referred to|"
    r"refers to|discovered|originated|invented)\b"
    r"(?:[^.;()]|\b(?:Inc|Ltd|Co|Corp|Pty)\.|\([^()]{0,30}\)){0,90}?\bas"
    r"\s*[\"“]?\Z"
    r"|\bunder the (?:new |development |brand |trade |proprietary )*(?:code|name|designation)"
    r"\s*[\"“]?\Z"
    # "Within Y's pipeline the program will carry the code Y-207"
    r"|\b(?:carry|carries|carried|bear|bears|bore|take|takes|took|get|gets|got|receive|"
    r"receives|received) the (?:new |development |brand |trade |proprietary )*(?:code|name)"
    r"\s*[\"“]?\Z"
    # "the program, which it has renamed XY-12"
    r"|\b(?:renamed|rebranded)(?:\s+(?:it|to))?\s*[\"“]?\Z"
    # "..., where the program is designated SLV-0217", "In Japan the program is designated"
    r"|\b(?:the|this|that) (?:program|programme|molecule|compound|candidate|asset|product|"
    r"drug|antibody|ADC|conjugate) (?:is|was|has been|will be) (?:designated|coded)\s*[\"“]?\Z"
)


def _names_it_as(before: str) -> bool:
    """_ANAPHOR_KNOWN_AS, tried only when the text ends as a match must ("as", "code" or
    "name", then spaces and a quote): most mentions fail that string test at once."""
    tail = before[:-1] if before.endswith(('"', "“")) else before
    return tail.rstrip().endswith(
        ("as", "code", "name", "designation", "renamed", "rebranded", "renamed it", "renamed to",
         "designated", "coded")
    ) and bool(
        _ANAPHOR_KNOWN_AS.search(before)
    )


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    kind: str  # "code" | "inn" | "brand"
    pid: int = -1  # index of the product it belongs to, once clustered
    strong: bool = False  # a code shape that needs no supporting context
    context: bool = False  # the text around it presents a product
    study: bool = False  # followed by "study"/"trial": the name of a trial
    a_study: bool = False  # said to be one: "X, a Phase 1 study", "X is a Phase 2 trial"


@dataclass(slots=True)
class Product:
    code: str
    aliases: list[str]
    mentions: list[Mention] = field(default_factory=list)
    inn_modality: str | None = None


# "Velnova's CD19-targeted CAR-NK cell injection", "its CLDN18.2 CAR-T": a product named by
# what it is, after an owner
_DESCRIPTIVE = Prefiltered(
    re.compile(
        r"(?:\b(?:[Ii]ts|[Oo]ur|[Tt]heir|[Tt]he [Cc]ompany['’]s)|\b[A-Z][\w-]+['’]s)\s+"
        r"(?:(?:self-developed|novel|lead|first|investigational|proprietary|allogeneic|"
        r"autologous)\s+){0,2}"
        r"(?P<d>(?:[Aa]nti-)?" + TARGET_NAME + r"(?:[- ](?:targeted|targeting|directed))?\s+"
        r"(?:CAR[- ]?T|CAR[- ]NK|TCR[- ]T|CAR-iNKT)(?:[- ][Cc]ells?)?"
        r"(?:\s+(?:[Ii]njection|[Tt]herapy|[Pp]roduct))?)(?![\w-])"
    ),
    # (the owner's word: two windows in three around a cell therapy hold none)
    ("its", "Its", "our", "Our", "heir", "'s", "’s"),
)


_DESCRIBED_MODALITIES = frozenset({"car_t", "car_nk", "tcr_t", "other_cell_therapy"})


def _descriptive_candidates(text: str, modality_hits: list[Hit]) -> list[Mention]:
    out: list[Mention] = []
    seen = -1
    for h in modality_hits:
        # only around a cell-therapy word, so the regex runs on a few short windows
        if h.value not in _DESCRIBED_MODALITIES or h.start < seen:
            continue
        for m in _DESCRIPTIVE.finditer(text, max(0, h.start - 90), min(len(text), h.end + 30)):
            if m.start("d") > seen:
                out.append(Mention(m.start("d"), m.end("d"), m.group("d"), "desc"))
                seen = m.end("d")
    return out


def _code_candidates(text: str) -> list[Mention]:
    """Every plausible code token, flagged with the evidence for and against it."""
    raw: list[Mention] = []
    verdicts: dict[str, tuple[str, bool] | None] = {}  # token -> (code, strong) or None
    genes: set[str] = set()
    trials_of: set[str] = set()  # codes named as the trial of another drug
    tokens = list(_CODE_TOKEN.finditer(text))
    if "RNA-" in text or "mAb" in text:
        tokens = sorted(tokens + list(_LOWER_CODE.finditer(text)), key=lambda m: m.start())
    for m in tokens:
        tok = m.group(0)
        offset = 0
        if m.start() and text[m.start() - 1] == "]":
            label = _LABEL_PREFIX.match(tok)
            if label:  # "[68Ga]Ga-XYZ-7": the code is XYZ-7
                offset = label.end()
                tok = tok[offset:]
        if tok not in verdicts:
            verdicts[tok] = _judge_token(tok)
        verdict = verdicts[tok]
        if verdict is None:
            head, _sep, tail = tok.rpartition("-")
            if head and tail.lower() in _TARGET_TAILS:
                genes.add(head)  # "a CDH6-directed ADC": CDH6 is a target wherever named
            continue
        code, strong = verdict
        start = m.start() + offset
        end = start + len(code)
        if _excluded_by_word_before(text, start):
            continue
        if _GENE_AFTER.match(text, end) or (
            # (a strong code with a hyphen before its role is a drug's name, unless its
            # number is a protein's: "TDP-43 inhibitor", "IL-23 antagonist")
            ("-" not in code or not strong or _PROTEIN_NUMBER.search(code))
            and _TARGET_ROLE_AFTER.match(text, end)
        ) or (
            text[start - 1 : start] == "("
            and _TARGET_SPELLED_BEFORE.search(text, max(0, start - 70), start)
        ) or (_WORD_NUMBER.fullmatch(code) and _PROTEIN_AFTER.match(text, end)) or (
            _ACTED_ON_BEFORE.search(text, max(0, start - 40), start)
        ):
            genes.add(code)  # a gene symbol, wherever else the release names it
            continue
        after = text[end : end + 90].lower()
        trial = _STUDY_AFTER.match(text, end) if contains_any(after, _STUDY_WORDS) else None
        if trial and "conducted" in trial.group(0) and _WORK_ON_BEFORE.search(
            text, max(0, start - 30), start
        ):
            trial = None  # "Development of HZP-4410 is being conducted with X": the drug's
        # a headline's "... of X-12" then the next line's "Clinical Trial Notification": no name
        study = (trial is not None and "\n" not in trial.group(0)) or bool(
            # "The Phase 2 trial, XYZ-2, will evaluate": the trial's name in apposition
            text.endswith((",", ", ", " "), max(0, start - 2), start)
            and (
                _STUDY_BEFORE.search(text, max(0, start - 24), start)
                # ("the U.S. part of TSUKI-01", "bringing patients into TSUKI-01"; not "the
                # expansion part of the PLW-410 program")
                or (
                    _TRIAL_PART_BEFORE.search(text, max(0, start - 24), start)
                    and not _PROGRAM_AFTER.match(text, end)
                )
            )
        )
        # "the ongoing Phase 1 study in China (QHB-3102-101)": the study's protocol number
        protocol = text[start - 1 : start] == "(" and bool(
            _STUDY_BEFORE_PAREN.search(text, max(0, start - 40), start)
        )
        study = study or protocol
        if trial and "\n" not in trial.group(0) and _STUDY_OF.match(text, trial.end()):
            # "NOVA-311, its Phase 1/2 study of veltanersen": the trial of another drug,
            # whatever regulatory words its other sentences carry (not a heading "XY-410,
            # an allogeneic CAR-NK" over a paragraph opening "An investigator-initiated
            # trial of XY-410 ...")
            trials_of.add(code)
        raw.append(Mention(
            start, end, code, "code", strong=strong, study=study,
            # "the application for SOLACE-4, a first-in-human study, was submitted": what
            # the text says is a study is no drug, whatever words surround its name
            # ("... of lenrinastat and AMR-114, the ALDERPATH study and ...": a list that
            # goes on to another trial, named in capitals)
            a_study=protocol or (
                study and trial is not None and bool(_CALLED_A_STUDY.match(trial.group()))
                and not _TRIAL_NAME_IN.search(trial.group())
            ),
        ))
    if "anti-" in text or "Anti-" in text:
        # "its anti-MASP-2 antibody": what a drug is "anti-" is its target, wherever named
        # (the expression opens with a literal, which `re` finds quickly; "anti-" whole
        # is checked by hand)
        genes.update(
            m.group(1)
            for m in _ANTI_TARGET.finditer(text, 1)
            if text[m.start() - 1] in "aA"
            and (m.start() < 2 or not _WORD_CHAR.match(text, m.start() - 2))
        )
    if "known as" in text or "also called" in text:
        # "B7-H4 (also known as VTCN1)": another name of a target is a target
        for m in _TARGET_ALIAS.finditer(text):
            # (the expression opens with the bracket, a literal; the name before it is
            # read from the few characters there)
            before = _NAME_BEFORE_BRACKET.search(text, max(0, m.start() - 16), m.start())
            if before and (is_target_symbol(before.group(1)) or before.group(1) in genes):
                genes.add(m.group(1))
    if genes or trials_of:
        raw = [c for c in raw if c.surface not in genes and c.surface not in trials_of]
    # a strong shape needs no supporting context unless it also names a trial somewhere
    studied = {c.surface for c in raw if c.study}
    trial_families = {_family(c.surface) for c in raw if c.study} - {None}
    for c in raw:
        if not c.strong or c.surface in studied or _family(c.surface) in trial_families:
            c.context = _has_product_context(text, c.start, c.end)
    standalone = {c.surface.upper() for c in raw}
    # trial identifiers are a product code plus suffixes: ZQ041-ST-01, ZK112-303
    return [
        c
        for c in raw
        if not (_is_trial_suffix(c.surface) and _has_code_prefix(c.surface, standalone))
    ]


_TARGET_ALIAS = re.compile(
    r"\((?:also known as|also called|a\.k\.a\.|aka)\s+([A-Z][A-Za-z0-9-]{1,12})\)"
)
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9-]{1,12})\s*\Z")
_ANTI_TARGET = re.compile(r"nti-([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)")
_WORD_CHAR = re.compile(r"\w")


def _has_code_prefix(tok: str, codes: set[str]) -> bool:
    # ("XY0417-101" is the protocol of XY-0417: the hyphen inside a code is optional)
    bare = {c.replace("-", "") for c in codes}
    segs = tok.upper().split("-")
    return any("".join(segs[:k]) in bare for k in range(1, len(segs)))


_PROTEIN_NUMBER = re.compile(r"^[A-Z]{2,5}-\d{1,2}$")
# "a small-molecule inhibitor of SARM1", "caused by a deep intronic mutation in *CEP290*":
# what a drug acts on, or a disease's gene
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:(?:inhibitor|antagonist|agonist|blocker|degrader|modulator|activator)s?\s+of"
    r"|mutations?\s+in)\s+(?:the\s+)?[*_]?\Z"
)
_LOWER_PREFIXES_TITLED = frozenset({"Anti", "Pre", "Non", "Pan", "Post", "Multi"})
# tokens shaped like codes that name a payload, a virus or a disease (vocab/not_products.txt)
_NOT_PRODUCTS = frozenset(w.upper() for w in vocab.lines("not_products.txt"))


@lru_cache(maxsize=8192)
def _judge_token(tok: str) -> tuple[str, bool] | None:
    """(the code part, strong shape) for a token that can be a code, else None."""
    parts = tok.split("-")
    if parts[0].islower() or parts[0] in _LOWER_PREFIXES_TITLED:
        return None  # "anti-PD-1", "pre-IND", a headline's "Anti-PD-1 Antibody"
    # split off a lower-case tail: "CD19-targeted" -> "CD19" + a usage cue
    while len(parts) > 1 and parts[-1].isalpha() and parts[-1].islower() and len(parts[-1]) >= 3:
        if parts[-1] in _TARGET_TAILS:
            return None
        parts.pop()
    if len(parts) > 1 and (
        parts[-1].lower() in _TARGET_TAILS
        or (parts[-1].istitle() and parts[-1].endswith(("ed", "ing")))
    ):
        return None  # a headline's "Claudin 6-Targeted", "its PD-1-Edited TIL Therapy"
    code = "-".join(parts)
    if not _plausible_code(code):
        return None
    return code, bool(_STRONG_CODE.fullmatch(code))


def _is_trial_suffix(tok: str) -> bool:
    """ZQ041-ST-01, ZBI-822-011, ZK112-303: more segments than a plain code has."""
    segs = tok.split("-")
    return len(segs) >= 3 or (len(segs) == 2 and any(c.isdigit() for c in segs[0]))


_CODE_PIECE_SEPARATOR = re.compile(r"[-/]")


def _plausible_code(tok: str) -> bool:
    if len(tok) < 3 or not any(c.isalpha() for c in tok) or "." in tok:
        return False
    upper = tok.upper()
    if upper.startswith(_STOP_PREFIXES) or _MUTATION.fullmatch(tok) or _ISOTOPE.fullmatch(tok):
        return False
    if _NUMBER_PREFIX.match(tok):
        return False  # "RMB80", "ISO13485": an amount, an identifier ("TWD-009" is a code)
    if upper in _NOT_PRODUCTS:
        return False
    # a code has at least two letters or a letter+digits block (7ZQ3711, ZB-101)
    if sum(c.isalpha() for c in tok) < 2:
        return False
    if any(is_target_symbol(p) for p in tok.split("/")):
        return False
    pieces = tok.split("-")
    if (
        len(pieces) > 1
        and len(pieces[0]) >= 3
        and pieces[0].isalpha()
        and _POINT_MUTATION.fullmatch(pieces[-1])
    ):
        return False  # "TTR-V30M", "KRAS-G12D": a protein variant, not a product
    if "x" in tok and all(is_target_symbol(p) for p in tok.split("x", 1)):
        return False  # "PSMAxCD3": the two targets of a bispecific
    pieces = _CODE_PIECE_SEPARATOR.split(tok)
    # (a target's symbol and a number of three digits or more is a code: "FAP-2286")
    numbered = len(pieces) == 2 and pieces[1].isdigit() and len(pieces[1]) >= 3
    return not (
        is_target_symbol(tok)
        or (is_target_symbol(pieces[0]) and not numbered)
        or any(is_target_symbol(p) for p in pieces[1:] if not p.isdigit())
    )


# a pipeline list's heading line: "XYZ-330 - in vivo CD20 CAR-T (lentiviral vector)"
_HEADING_DESCRIBED = re.compile(
    r"[ \t]+[-–—:][ \t]+[^\n]{0,60}?(?:CAR|TCR|[Aa]ntibod|[Ii]nhibitor|[Tt]herapy|[Vv]accine|"
    r"ADC|[Pp]rogram|[Cc]onjugate|[Dd]egrader|[Mm]olecule|cell|gene|RNA)"
)


def _has_product_context(text: str, start: int, end: int) -> bool:
    return bool(
        _GOOD_BEFORE.search(text, max(0, start - 40), start)
        or _GOOD_AFTER.match(text, end)
        or ((start == 0 or text[start - 1] == "\n") and _HEADING_DESCRIBED.match(text, end))
    )


_SECOND_AFTER = re.compile(
    r"\s+([A-Za-z]*(?:" + "|".join(_SECOND_WORD) + r")(?:-[a-z]{4})?)(?![\w-])", re.I
)


def _inn_candidates(text: str, stem_hits: list[Hit]) -> list[Mention]:
    found: list[Mention] = []
    for h in stem_hits:
        start, end = h.start, h.end
        while start > 0 and (
            text[start - 1].isalpha()
            or (text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())
        ):
            start -= 1
        word = text[start:end]
        if (
            len(word) < 6
            or not word[1:].replace("-", "").islower()
            or word.lower() in _INN_STOP
            or (h.value == "other_cell_therapy" and "-" not in word and not word.endswith("leucel"))
        ):
            continue
        suffix = _SUFFIX4.match(text, end)  # "vedotin-ejfv"
        if suffix:
            end = suffix.end()
        if found and start < found[-1].end:
            continue  # already swallowed as the second word of a pair
        # two-word INNs: "velitamab vedotin", "zelcabtagene autoleucel"
        nxt = _SECOND_AFTER.match(text, end)
        if (
            nxt
            and _FIRST_OF_PAIR.search(word.lower())
            and (nxt.group(1)[0].islower() or word[0].isupper())
        ):
            end = nxt.end()
        elif word.lower().split("-")[0].endswith(_SECOND_WORD):
            prev = _PREV_WORD.search(text, max(0, start - 30), start)
            if prev and _FIRST_OF_PAIR.search(prev.group(1).lower()):
                start -= len(prev.group(0))
        found.append(Mention(start, end, text[start:end], "inn"))
    # "ivelatamab tirexitecan ... a payload, tirexitecan": an ADC's second word alone
    # names its payload
    payloads = {f.surface.split()[-1].lower() for f in found if " " in f.surface}
    found = [f for f in found if " " in f.surface or f.surface.lower() not in payloads]
    # an INN is written in lower case, or capitalised only where a sentence starts;
    # a word capitalised mid-sentence is a name (Zelgen)
    lower_forms = {f.surface.lower() for f in found if f.surface[0].islower()}
    mid_caps = {
        f.surface.lower()
        for f in found
        if f.surface[0].isupper() and not _SENTENCE_START.search(text, max(0, f.start - 4), f.start)
    }
    return [
        f for f in found if f.surface.lower() in lower_forms or f.surface.lower() not in mid_caps
    ]


_SUFFIX4 = re.compile(r"-[a-z]{4}(?![\w-])")
_PREV_WORD = re.compile(r"([A-Za-z][a-z]{4,})\s+\Z")
_TITLE_BRAND_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})\s?\Z")
_INN_IN_PARENS = re.compile(r"\s?\(([a-z]{6,})(?:\)|,)")
_BRAND_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s?\Z")


def _brand_candidates(text: str, mark_hits: list[Hit]) -> list[Mention]:
    out = []
    for h in mark_hits:
        inn = _INN_IN_PARENS.match(text, h.end)
        if inn and inn.group(1) in _INN_STOP:
            inn = None
        m = _BRAND_BEFORE.search(text, max(0, h.start - 30), h.start)
        if m is None and inn:
            # "Fenorel(R) (tazulofen)": a brand in title case, told with its INN in brackets
            m = _TITLE_BRAND_BEFORE.search(text, max(0, h.start - 30), h.start)
        if m:
            out.append(Mention(m.start(1), m.end(1), m.group(1), "brand"))
            if inn:
                # ("VESPIRA(R) (lomatreotide, MDL-101)": the INN in its brackets, whatever
                # its stem)
                out.append(Mention(inn.start(1), inn.end(1), inn.group(1), "inn"))
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


# "selvatamab-vrdn": a nonproprietary name with the FDA's four-letter suffix for biologics
_BIOLOGIC_SUFFIX = re.compile(r"([a-z]{5,})-[a-z]{4}")


def _link_biologic_suffixes(mentions: list[Mention], uf: _UnionFind) -> None:
    """ "selvatamab-vrdn" and "selvatamab" in one release name one product."""
    inns = {m.surface.lower() for m in mentions if m.kind == "inn"}
    for m in mentions:
        base = _BIOLOGIC_SUFFIX.fullmatch(m.surface) if m.kind == "inn" else None
        if base and base.group(1) in inns:
            uf.union(code_key(m.surface), code_key(base.group(1)))


def _link_isotope_prefixes(mentions: list[Mention], uf: _UnionFind) -> None:
    """ "177Lu-KBT-305" and "KBT-305" in one release name one product: the first is the
    molecule labelled with its isotope."""
    codes = {m.surface for m in mentions if m.kind == "code"}
    for m in mentions:
        labelled = _ISOTOPE_PREFIX.match(m.surface) if m.kind == "code" else None
        if labelled and m.surface[labelled.end() :] in codes:
            uf.union(code_key(m.surface), code_key(m.surface[labelled.end() :]))


_ISOTOPE_PREFIX = re.compile(r"\d{2,3}m?[A-Z][a-z]?-(?=[A-Z])")


def _link_aliases(text: str, mentions: list[Mention], uf: _UnionFind) -> None:
    """Union mentions that the text presents as names of one product."""
    for i, b in enumerate(mentions):
        if i == 0:
            continue
        a = mentions[i - 1]
        gap_start = a.end
        gap = text[gap_start : b.start]
        if len(gap) > 60 or "\n" in gap:
            gap = ""
        if gap and (
            _PAREN_GAP.match(gap)
            or _KNOWN_AS_GAP.match(gap)
            or (a.kind == "desc" and _DESC_GAP.match(gap))
            or (
                b.kind == "desc"
                and _APPOSITIVE_DESC.match(gap)
                # ("Besides X, the Company's CD19 CAR-NK product Y": X set aside)
                and not _SET_ASIDE_BEFORE.search(text, max(0, a.start - 20), a.start)
            )
        ):
            uf.union(code_key(a.surface), code_key(b.surface))
            continue
        if gap and _INNER_GAP.match(gap) and _inside_parens(text, a.start):
            # "(zel-cel, ZQ041)": both inside the parentheses that follow a name
            owner = _paren_owner(text, mentions, i - 1)
            if owner is not None:
                uf.union(code_key(owner.surface), code_key(b.surface))
                continue
            if {a.kind, b.kind} == {"inn", "code"} and _PAIR_IN_PARENS.match(
                text[max(0, a.start - 3) : a.start] + "|" + text[b.end : b.end + 2]
            ):
                # "BRAND (tovaxistat, AB-017)": a nonproprietary name and a code alone in
                # one pair of brackets are two names of the product before them
                uf.union(code_key(a.surface), code_key(b.surface))
                continue
        before = text[max(0, b.start - 120) : b.start]
        if _names_it_as(before):
            # "ZN051 ... the molecule, now known as ZTG-101", "developed by X as ZQD0901",
            # "known as ZMT112 in ... and as ZK112": the sentence's first product name
            sent_start = _sentence_start(text, b.start)
            k = i - 1
            while k > 0 and mentions[k - 1].start >= sent_start:
                k -= 1
            # "Besides X, its pipeline includes Y, ... known in China as Z": X is set aside
            while k < i - 1 and _SET_ASIDE_BEFORE.search(
                text, max(0, mentions[k].start - 20), mentions[k].start
            ):
                k += 1
            # (the product last named, not a trial named after it: "... including the
            # ongoing STUDY-1 trial. ... the program will carry the code Y-207")
            last = i - 1
            while last > 0 and mentions[last].study:
                last -= 1
            if mentions[k].start >= sent_start:
                uf.union(code_key(mentions[k].surface), code_key(b.surface))
            elif _SAME_ONE.search(text, sent_start, b.start) or (
                # "Y will develop the molecule under the designation Y-12"
                _THE_ONE.search(text, sent_start, b.start)
                and b.start - mentions[last].end < _ANAPHOR_REACH
            ) or (
                # "BWO-1 is an ADC. The molecule was discovered by Y, where it is known as
                # Y-12": a sentence about the product last named
                (_ANAPHOR_SUBJECT.match(text, sent_start) or _IT_SUBJECT.match(text, sent_start))
                and b.start - mentions[last].end < _ANAPHOR_REACH
            ):
                # "its U.S. IND for the same TCR-T, known there as X": the product named last
                uf.union(code_key(mentions[last].surface), code_key(b.surface))


# how far back (characters) "the molecule" of a sentence may find the product last named
_ANAPHOR_REACH = 1600
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:Besides|Beside|In addition to|Apart from|Aside from|Other than|Beyond|Like|Unlike)"
    r" (?:the |its |our )?\Z"
)
_ANAPHOR_SUBJECT = re.compile(
    r"(?:The|This) (?:molecule|compound|candidate|drug|antibody|ADC|conjugate|asset|"
    r"therapy|product|medicine)\b"
)
# "In Japan, it has been marketed since 2024 under the brand name X": the product last named
_IT_SUBJECT = re.compile(r"It |(?:In|Since|As of|From) [^,.;]{2,40}, it ")
_THE_ONE = re.compile(
    r"\b(?:the|this) (?:molecule|compound|candidate|drug|antibody|conjugate|asset|therapy|"
    r"product|medicine|program|programme)\b"
)
_SAME_ONE = re.compile(
    r"\bthe same (?:product|candidate|drug|molecule|compound|therapy|antibody|asset|program|"
    r"programme|[A-Z][\w-]*)\b"
)
# a sentence end, not an abbreviation ("Dr.", "Inc.", "U.S.", "Co.")
# (the look-behinds test the words before the stop from after it, so that the expression
# opens with the stop: `re` then jumps between stops instead of trying every character)
_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z][a-z].)(?<!\bInc.)(?<!\bLtd.)(?<!\bU\.S.)(?<!\bCo.)\s+(?=[A-Z])|\n"
)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (a cheap look back, within 400 characters)."""
    lo = max(0, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


_PAIR_IN_PARENS = re.compile(r".*\(\s*\|\s*\)", re.S)


def _inside_parens(text: str, pos: int) -> bool:
    opened = text.rfind("(", max(0, pos - 60), pos)
    return opened != -1 and text.find(")", opened, pos) == -1


def _paren_owner(text: str, mentions: list[Mention], j: int) -> Mention | None:
    """The mention right before the '(' that contains mentions[j]."""
    opened = text.rfind("(", max(0, mentions[j].start - 60), mentions[j].start)
    for k in range(j, -1, -1):
        if mentions[k].end <= opened:
            if _PAREN_GAP.match(text[mentions[k].end : opened + 1]):
                return mentions[k]
            return None
    return None


# "tivocopan (ZLN-155)": a lower-case name right before a code in parentheses is the
# code's nonproprietary name even when its ending is no known stem, unless it is a plain
# English word ("inhibitor (AB-123)")
# "tivocopan (ZLN-155)": a word right before a code in brackets. Found from the bracket
# back (a scan that starts at every word cost 6% of extraction). The match opens at the
# bracket, the white space before it being a look-behind: `re` then jumps between brackets
# instead of trying every space of the release.
_BRACKETED_CODE = re.compile(
    r"\((?<=\s\()\s*(?=[A-Z][A-Za-z]{0,7}-?\d{2,}[A-Za-z0-9-]*\s*[),;])"
)
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]{5,14})\Z")
_PLAIN_WORD_END = re.compile(
    r"(?:tion|sion|ment|ness|ity|ing|ed|er|or|ist|al|ic|ous|ive|ate|ant|ent|ine|apy|ody|ule|und|"
    r"ram|ble|ism|ry|ly|s|cy|gy|ure|ase|ide|ome|ogue|log|ar|ion|and|get)\Z"
)

_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?|its|of)\s\Z", re.I)


def _named_before_code(text: str, known: list[Mention]) -> list[Mention]:
    if "(" not in text:
        return []
    lowered: str | None = None
    taken = {m.start for m in known}
    out = []
    for bracket in _BRACKETED_CODE.finditer(text):
        space = bracket.start() - 1  # the white space before the bracket
        m = _NAME_BEFORE.search(text, max(0, space - 15), space)
        if m is None:
            continue
        word = m.group(1)
        low = word.lower()
        if (
            m.start(1) in taken
            or _PLAIN_WORD_END.search(low)
            or low in _INN_STOP
            or _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 5), m.start(1))
        ):
            continue
        lowered = lowered if lowered is not None else text.lower()
        # a name used again, and written in lower case somewhere, as INNs are
        if lowered.count(low) < 2 or re.search(r"(?<![\w-])" + low + r"(?![\w-])", text) is None:
            continue
        out.append(Mention(m.start(1), m.end(1), word, "inn"))
        # "Tarvonex was granted ...": the same name opening a sentence; and the other way
        # round, "Relvicopan (KSN-0482) is ..." then "the FDA granted relvicopan ..."
        other = low.capitalize() if word[0].islower() else low
        out.extend(
            Mention(a, b, other, "inn") for a, b in find_words(text, other) if a not in taken
        )
    return out


# "Its marketed products include FERVANTA (potassium binder)", "Its marketed product
# FEBRIVAX, a yellow fever vaccine, ...": the company's own marketed drug, by its brand
_MARKETED_BRAND = re.compile(
    r"\b(?:[Ii]ts|[Oo]ur|[Tt]he [Cc]ompany['’]s|[Tt]he [Gg]roup['’]s)\s+(?:first\s+)?"
    r"(?:commercial|marketed) products?(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:\s+(?:include|includes|are|is))?\s+"
    r"(?P<b>[A-Z][A-Za-z]{3,19})(?![\w-])(?=\s*(?:\(|,|;|\s+(?:and|for)\s))"
)


def _marketed_brands(text: str) -> list[Mention]:
    if "arketed product" not in text and "ommercial product" not in text:
        return []
    names = {m.group("b") for m in _MARKETED_BRAND.finditer(text)}
    # (every place the brand is written, so that "BRAND (XY-0902)" elsewhere joins its code)
    return [
        Mention(a, b, name, "brand", context=True)
        for name in sorted(names)
        for a, b in find_words(text, name)
    ]


def _labelled_names(text: str, known: list[Mention]) -> list[Mention]:
    """ "(generic name: velorinib; ...)": a lower-case name after a label that says it is
    the drug's nonproprietary name, whatever its ending; found from the label's literal."""
    if "name:" not in text and "INN:" not in text:
        return []
    taken = {m.start for m in known}
    out = []
    for label in ("name:", "INN:"):
        pos = text.find(label)
        while pos != -1:
            end = pos + len(label)
            if _PRODUCT_LABEL.search(text, max(0, pos - 45), end):
                m = _LABELLED_NAME.match(text, end)
                if m and m.start(1) not in taken and m.group(1) not in _INN_STOP:
                    out.append(Mention(m.start(1), m.end(1), m.group(1), "inn"))
                    cap = m.group(1).capitalize()
                    out.extend(
                        Mention(a, b, cap, "inn")
                        for a, b in find_words(text, cap)
                        if a not in taken
                    )
            pos = text.find(label, end)
    return out


def find_products(text: str, hits: dict[str, list[Hit]]) -> tuple[list[Product], list[Mention]]:
    """All products a release names, and every mention tagged with its product index."""
    codes = _code_candidates(text)
    inns = _inn_candidates(text, hits["inn"])
    inns += _named_before_code(text, inns)
    inns += _labelled_names(text, inns)
    brands = _brand_candidates(text, hits["brand_mark"]) + _marketed_brands(text)
    descs = _descriptive_candidates(text, hits["modality"])
    mentions = sorted(codes + inns + brands + descs, key=lambda m: m.start)
    mentions = _drop_overlaps(mentions)
    uf = _UnionFind()
    for m in mentions:
        uf.find(code_key(m.surface))
    _link_aliases(text, mentions, uf)
    _link_biologic_suffixes(mentions, uf)
    _link_isotope_prefixes(mentions, uf)

    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(uf.find(code_key(m.surface)), []).append(m)

    # "CLIMB-111 study ... CLIMB-121": a name sharing a trial's prefix is a trial too,
    # unless the text presents it as a product ("the XY-A12 study" of "XY-A12, an ADC"
    # names the product's study, and says nothing of XY-B34)
    presented = {
        _family(m.surface)
        for ms in groups.values()
        if any(m.context and not m.study for m in ms)
        for m in ms
        if m.kind == "code"
    }
    trial_families = {
        _family(m.surface) for m in mentions if m.kind == "code" and m.study
    } - presented - {None}
    accepted = [
        ms
        for ms in groups.values()
        if _is_product(text, ms, {m.kind for m in ms})
        and not _trial_family(ms, trial_families)
        and not _disease_acronym(text, ms)
    ]
    accepted += _same_family(groups, accepted)
    accepted.sort(key=lambda ms: ms[0].start)
    products: list[Product] = []
    kept: list[Mention] = []
    for members in accepted:
        pid = len(products)
        surfaces = _distinct_surfaces(members)
        code = _pick_code(members, surfaces)
        product = Product(code=code, aliases=[s for s in surfaces if s != code], mentions=members)
        for m in members:
            if text[m.start - 1 : m.start] == "-" and "]" in text[max(0, m.start - 5) : m.start]:
                # "[177Lu]Lu-XYZ-12": the labelled name is another name of the product
                bracket = text.rfind("[", max(0, m.start - 14), m.start)
                label = text[bracket : m.end]
                if bracket != -1 and label not in product.aliases:
                    product.aliases.append(label)
        product.inn_modality = _inn_modality([m for m in members if m.kind == "inn"])
        for m in members:
            m.pid = pid
        products.append(product)
        kept.extend(members)
    kept = _rescan_aliases(text, products, kept)
    return products, kept


# what may stand between a description and the name it describes
_LABEL_BEFORE_NAME = re.compile(r"[ ,]+(?:(?:[Cc]andidate|[Pp]roduct|[Pp]rogram(?:me)?|[Tt]herapy|"
                                r"[Aa]sset),?\s+)?")


def _rescan_aliases(text: str, products: list[Product], kept: list[Mention]) -> list[Mention]:
    """Find every other place a product's names occur ("VelloNK" without its ®)."""
    # every offset inside a mention: a set look-up instead of a scan of all spans
    taken = {i for m in kept for i in range(m.start, m.end)}
    named_at = {m.start: m.pid for m in kept}
    extra: list[Mention] = []
    for pid, product in enumerate(products):
        # (sorted: a set's order follows the hash seed; the mentions' order is the evidence's)
        names = {m.surface for m in product.mentions if len(m.surface) >= 4}
        for name in sorted(names, key=lambda n: (-len(n), n)):
            for start, end in find_words(text, name):
                if start in taken:
                    continue
                label = _LABEL_BEFORE_NAME.match(text, end)
                if label and named_at.get(label.end(), pid) != pid:
                    continue  # "CD19 CAR-T Candidate AGR-401": the description of another
                mention = Mention(start, end, name, "alias", pid)
                extra.append(mention)
                product.mentions.append(mention)
                taken.update(range(start, end))
    return sorted(kept + extra, key=lambda m: m.start)


def _disease_acronym(text: str, members: list[Mention]) -> bool:
    """ "spinocerebellar ataxia type 3 (SCA3)": a code-shaped acronym the release defines
    as a disease's name is the disease, not a product."""
    for m in members:
        # ("type 3 (SCA3, also known as ...)": the acronym opening a parenthesis)
        if (
            m.kind == "code"
            and text[m.start - 1 : m.start] == "("
            and text[m.end : m.end + 1] in (")", ",", ";")
        ):
            lo = max(0, m.start - 125)
            expansion = acronyms(text[lo : m.end] + ")").get(m.surface)
            return bool(expansion and DISEASE.search(expansion))
    # "a study in adults with early-stage SCA3": who has it says it is a disease
    return any(
        m.kind == "code"
        and "-" not in m.surface
        and _HAS_DISEASE.search(text, max(0, m.start - 40), m.start)
        for m in members
    )


_HAS_DISEASE = Prefiltered(
    re.compile(
        rf"\b(?:{PATIENT_NOUNS}|those) with "
        r"(?:[\w-]+ ){0,2}?\Z|\b(?:early|late|advanced)-stage \Z"
    ),
    (" with ", "-stage "),
)


def _trial_family(members: list[Mention], trial_families: set[str | None]) -> bool:
    if any(m.kind != "code" or m.context for m in members):
        return False
    return all(_family(m.surface) in trial_families for m in members)


def _is_product(text: str, members: list[Mention], kinds: set[str]) -> bool:
    codes = [m for m in members if m.kind == "code"]
    if codes:
        names = {m.surface.upper() for m in codes}
        studied = {m.surface.upper() for m in codes if m.study}
        has_context = any(m.context and not m.study for m in members)
        if names <= {m.surface.upper() for m in codes if m.a_study}:
            return False
        if names <= studied and not has_context and (
            # ("the MRV-330 study" once, "MRV-330" five times on its own: a drug)
            3 * sum(m.study for m in codes) >= len(codes)
        ):
            return False  # a trial's name (CLIMB-111, Heart-2)
        weak_only = not any(m.strong for m in codes)
        if not weak_only or has_context or len(members) > len(codes):
            return not (weak_only and studied)
    if "inn" in kinds:
        return _inn_is_product(text, members) or any(
            m.kind == "brand" and m.context for m in members
        )
    if any(m.kind == "brand" and m.context for m in members):
        return True  # "Its marketed products include BRAND (...)"
    # a company's own product named only by description ("Velnova's CD19-targeted CAR-NK
    # cell injection"); a trademark alone (platforms, comparators) is not enough
    return "desc" in kinds


# (the letters before a code's number: "ABC" of ABC1, "XY" of XY-A12 and XY-101)
_FAMILY = re.compile(r"[A-Za-z]{2,}(?=-?\d|-[A-Za-z]{1,3}\d)")


@lru_cache(maxsize=4096)  # asked ~30 times a release, mostly for the same few codes
def _family(surface: str) -> str | None:
    m = _FAMILY.match(surface)
    return m.group(0).upper() if m else None


def _same_family(
    groups: dict[str, list[Mention]], accepted: list[list[Mention]]
) -> list[list[Mention]]:
    """Weak codes that share a prefix with accepted codes (ABC4 beside ABC1/22);
    a prefix seen on a trial name marks a trial family instead (CLIMB-111, CLIMB-121)."""
    good = {_family(m.surface) for ms in accepted for m in ms if m.kind == "code"} - {None}
    taken = {id(ms) for ms in accepted}
    out = []
    for ms in groups.values():
        if id(ms) in taken:
            continue
        fams = {_family(m.surface) for m in ms if m.kind == "code"}
        if not fams & good:
            continue
        studied_elsewhere = {
            _family(m.surface) for other in groups.values() if other is not ms
            for m in other if m.kind == "code" and m.study
        }
        codes = [m for m in ms if m.kind == "code"]
        n_study = sum(m.study for m in codes)
        if not fams & studied_elsewhere and (n_study == 0 or (
            # "XY-OV3" beside the release's XY-NK7 and XY-A44, presented as a product and
            # once "the XY-OV3 study": the drug, named with its trial's word
            3 * n_study < len(codes) and any(m.context and not m.study for m in codes)
        )):
            out.append(ms)
    return out


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


_OWNERSHIP_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Oo]ur|the [Cc]ompany's|lead|candidate|investigational)|[A-Z]\w+'s)\s+(?:[\w-]"
    r"+\s+){0,4}\Z"
    # ("Its marketed products include KAZAMI (tofacitinib)": inside the brand's bracket,
    # after the release's own possessive; another company's ("Tessaly's ORVENTA (x)") is
    # that company's)
    r"|\b(?:[Ii]ts|[Oo]ur|the [Cc]ompany's)\s+(?:[\w-]+\s+){0,4}"
    r"[A-Z][A-Z0-9-]+(?:®|™|\(R\))?\s*\(\s*\Z"
)
_DESCRIBED_AFTER = re.compile(
    # ("BRAND (x tablets), the Group's ...": the name's dosage form closing its bracket)
    r"(?:" + _DOSAGE_WORD + r"\))?"
    r"(?:\)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:a|an|its|our)\s|is\s+(?:a|an)\s|,\s*(?:the|our|its)\s+"
    r"(?:lead|first|investigational))"
    # "X, the Company's ... antibody" describes X; "CODE (INN: X), the company's ..." still
    # describes CODE, the INN being one of its names inside the brackets
    r"|\s*(?:\([^()]*\)\s*)?,\s*the\s+(?:[Cc]ompany|[Gg]roup)['’]s\s"
    # ("global rights to zimbretamig, Tessaly's clinical-stage bispecific")
    r"|,\s*[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:lead|clinical-stage|investigational|"
    r"first-in-class|proprietary|novel|wholly[- ]owned)\b)"
)
_OWN_AFTER = re.compile(
    r",\s*(?:its|our|the [Cc]ompany['’]s) (?:own |investigational |proprietary )"
)
_COMPARATOR_BEFORE = re.compile(
    # ("rights to X": the deal's drug, not a comparator)
    r"\b(?:versus|vs\.?|compared (?:with|to)|than|plus|with|and|or|(?<!rights )to)\s+\Z"
)


def _inn_is_product(text: str, members: list[Mention]) -> bool:
    """An INN without a code counts when the text presents it as a company's drug."""
    for m in members:
        before = text[max(0, m.start - 60) : m.start]
        if _COMPARATOR_BEFORE.search(before) and not _OWN_AFTER.match(text, m.end):
            continue  # (not "with cordalimab, its investigational anti-PD-1 antibody")
        if _OWNERSHIP_BEFORE.search(before) or _DESCRIBED_AFTER.match(text, m.end):
            return True
    return False


def _distinct_surfaces(members: list[Mention]) -> list[str]:
    seen: dict[str, str] = {}
    for m in members:
        # INNs are lower-case words; a capital comes from a title or a sentence start
        name = m.surface.lower() if m.kind == "inn" else m.surface
        seen.setdefault(name, name)
    return list(seen)


def _pick_code(members: list[Mention], surfaces: list[str]) -> str:
    codes = [m.surface for m in members if m.kind == "code"]
    if not codes:
        # (the nonproprietary name before a brand: "Fenorel(R) (tazulofen)" is tazulofen)
        inns = sorted(
            (m.surface for m in members if m.kind == "inn"), key=lambda s: not s[0].islower()
        )
        return (inns or [s for s in surfaces if not s.isupper()] or surfaces)[0]
    counts: dict[str, int] = {}
    for c in codes:
        counts[c] = counts.get(c, 0) + 1
    # (the molecule's own code before its isotope-labelled name: "KBT-305", not
    # "177Lu-KBT-305")
    return max(
        counts,
        key=lambda c: (counts[c] + (0 if _ISOTOPE_PREFIX.match(c) else 0.5), -codes.index(c)),
    )


@lru_cache(maxsize=4096)
def _stem_modality(name: str) -> str | None:
    words = re.split(r"[\s-]+", name)
    for stem, modality in _INN_MODALITY:
        if not modality:
            continue
        if " " in stem:
            # a two-word stem tells only when its first word ends the name's first word
            # too ("-cabtagene autoleucel" is a CAR-T, "-tresgene autoleucel" a TCR-T)
            if " ".join(words).endswith(stem):
                return modality
            continue
        if any(w.endswith(stem) for w in words):
            return modality
    return None


def _inn_modality(inns: list[Mention]) -> str | None:
    """The modality the product's INNs tell; the full INN ("vemicabtagene autoleucel":
    CAR-T) says more than its short form ("vemi-cel": some cell therapy)."""
    found = [f for f in (_stem_modality(m.surface.lower()) for m in inns) if f]
    specific = [f for f in found if f != "other_cell_therapy"]
    return specific[0] if specific else found[0] if found else None
