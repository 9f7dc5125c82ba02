"""What a release says about each product: targets, modality, cell source, owner.

Each mention of a product opens a description window: the words after it up to the next
product named (or the sentence end), and a few words before it ("its GPRC5D-targeting
CAR-T ZelCAR-017"). Attributes are read from those windows only, so a neighbour's
description is not taken for the product's own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from dossier.extract import vocab
from dossier.extract.companies import Company
from dossier.extract.indications import DISEASE, acronyms
from dossier.extract.lexicon import Hit
from dossier.extract.mentions import (
    TARGET_FIRST_CHARS,
    TARGET_NAME,
    TARGETS_OPENING_LOWER,
    is_target_symbol,
)
from dossier.extract.prefilter import (
    FirstCharScan,
    Prefiltered,
    WordScan,
    alternation_by_first_char,
)
from dossier.extract.products import Mention, Product
from dossier.extract.sentences import Sentence

_FORWARD = 220
_BACKWARD = 90

_T = TARGET_NAME
_DESCRIBED = (
    r"(?:(?:the|a|an|both|human|tumor-associated|tumour-associated|glycolipid|protein|"
    r"enzyme|antigen|receptor|ligand|mutant|co-?stimulatory|costimulatory|inhibitory|"
    r"checkpoint|hepatic|liver|circulating|plasma|serum|soluble|shared|"
    r"membrane-bound|cell-surface|intracellular|extracellular|oncogenic|wild-type|integrin|"
    # ("an inhibitor of complement component C5", "of the protein tyrosine phosphatase SHP2")
    r"complement component|component|tyrosine|phosphatase|kinase|"
    # ("an inhibitor of the histone acetyltransferase KAT6A", "binding the chemokine
    # receptor CCR8", "the neuronal chloride transporter KCC2")
    r"histone|acetyltransferase|methyltransferase|helicase|chemokine|cytokine|neuronal|"
    r"chloride|potassium|sodium|calcium|transporter|channel|"
    # ("an mRNA vaccine encoding neoantigens from KRAS G12D and G12V mutations")
    r"(?:shared )?neoantigens? (?:from|of))\s+"
    r"){0,4}"
)
# verbs and prepositions that put a target right after them: "targeting GPRC5D" (grouped
# by first letter: the cues are tried at every word of a description window)
_VERBS = alternation_by_first_char(
    [
        "targeting", "targets", "target", "dual-targets?", "directed (?:at|against|to)",
        "against", "recogni[sz](?:es|ing)", "binds?(?: to| both)?", "binding", "inhibitors? of",
        # ("blocks activation of the NLRP3 inflammasome")
        "blocks? (?:the )?activation of", "blocking (?:the )?activation of",
        "inhibits? (?:the )?activation of",
        "blocks?", "blocking", "blockade of", "specific (?:for|to)", "engag(?:es|ing)",
        "silenc(?:e|es|ing)", "inactivat(?:es?|ing)", "inhibit(?:s|ing)", "encod(?:es|ing)",
        "increase", "lowers?",
        # ("a bispecific antibody that neutralizes both TSLP and IL-13")
        "neutrali[sz](?:es|ing)(?: both)?",
        "antagonists? of",
        # "targeting a HLA-A*02:01-restricted epitope of MAGE-C2": the antigen, not the HLA
        "epitopes? (?:of|from)", "peptides? (?:of|from|derived from)",
    ]
)
# rarer ones, kept in expressions of their own so that the common case stays cheap
_MORE_VERBS = (
    r"agonists? of|modulators? of|activators? of|degraders? of|knock(?:s|ing)? down|"
    # ("a small-molecule ligand of fibroblast activation protein (FAP)")
    r"ligands? of|"
    # ("a pharmacological chaperone of galactocerebrosidase (GALC)")
    r"chaperones? of|"
    r"knockdown of|degrad(?:es|ing)|"
    # ("an ASO designed to reduce UBE3A-ATS": the transcript it lowers, a symbol; not
    # "designed to reduce tau protein by silencing MAPT")
    r"(?<=designed to )(?:reduce|lower|silence|suppress)(?=\s+(?:the\s+)?[A-Z0-9])|"
    # ("designed to reduce expression of X": the bare verb too)
    r"(?:reduc(?:es?|ing)|lower(?:s|ing)?|increas(?:es?|ing)|restor(?:es?|ing)|"
    r"silenc(?:es?|ing)) (?:the )?expression of"
)
# "an ASO designed to reduce SCN2A expression": the gene whose expression it changes
_CUE_EXPRESSION = re.compile(
    r"\b(?:reduc|lower|increas|restor|silenc|suppress|upregulat|downregulat)\w*\s+"
    r"(?:the\s+)?(?P<t>" + _T + r")\s+(?:protein\s+|gene\s+|mRNA\s+)?(?:expression|levels?)\b"
)
# "an AAV gene therapy designed for muscle-directed expression of acid alpha-glucosidase
# (GAA)": the protein a gene therapy makes, by its symbol after its long name (gated on the
# gene therapy's words: "patients selected for high expression of ... (PD-L1)" is a biomarker)
_CUE_EXPRESSED = re.compile(
    r"\b(?:for|driv\w*|enabl\w*|restor\w*|provid\w*)\s+"
    r"(?:(?!high|low|elevated|increased|reduced|positive|negative)[\w-]+\s+)?"
    r"expression\s+of\s+(?:the\s+|a\s+|functional\s+)*(?:[\w-]+\s+){0,3}?[\w-]+\s*"
    r"\((?P<t>" + _T + r")\)"
)
# "an antisense oligonucleotide designed to degrade toxic CUG-repeat DMPK transcripts": the
# gene whose transcripts an oligonucleotide cuts
_CUE_TRANSCRIPTS = re.compile(
    r"\b(?:degrad|silenc|knock(?:s|ing)? down|target|cleav|reduc|lower)\w*\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<t>" + _T + r")\s+(?:pre-)?(?:mRNA|RNA|transcripts?)\b"
)
_MORE_VERB_WORDS = (
    "agonist", "modulator", "activator", "knock", "degrad", "expression", "chaperone", "ligand",
    "designed to",
)
# "an oral, small-molecule motilin receptor agonist": a hormone's receptor named by its word
_CUE_WORD_RECEPTOR = re.compile(
    r"\b(?P<t>(?!antigen\b|cell\b|protein\b|the\b|a\b)[a-z]{5,}(?:-\d{1,2})? receptor)s?\s+"
    # ("an ADC that carries a glucocorticoid receptor modulator payload": its payload's)
    r"(?:agonists?|antagonists?|modulators?|inhibitors?|blockers?|activators?)\b"
    r"(?!\s+(?:payloads?|warheads?)\b)"
)


# "a dual agonist of the GLP-1 and amylin receptors", "activates both the glucagon-like
# peptide-1 (GLP-1) receptor and the amylin receptor": two receptors, each named
_NOT_RECEPTOR_NAMES = frozenset({"same", "other", "two", "both", "these", "its", "their"})
_RECEPTOR_NAME = (
    # a name with its symbol in brackets (the symbol names it), or a name and its qualifiers
    r"(?:[\w-]+(?: [\w-]+){{0,3}}? \((?P<{a}>[A-Z][\w-]*)\)"
    r"|(?P<{b}>[\w-]+(?: (?:[A-Z\d][\w-]*|type)){{0,3}}))"
)
_CUE_RECEPTOR_PAIR = re.compile(
    r"\b(?:agonists?|antagonists?|activates|activating|blocks|blocking|inhibits|targets|"
    r"targeting)\s+(?:of\s+)?(?:both\s+)?the\s+"
    + _RECEPTOR_NAME.format(a="t", b="t2")
    + r"(?: receptor)?\s+and\s+(?:the\s+)?"
    + _RECEPTOR_NAME.format(a="t3", b="t4")
    + r" receptors?\b"
)


# "against KRAS G12V": the mutant form is the target
# ("recognizing an HPV16 E7 epitope": a viral protein of the virus named)
_POINT_MUTATION = r"(?: [A-Z]\d{1,4}[A-Z](?![\w-])| E[1-7](?![\w-]))?"


def _cue_before(verbs: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:"
        + verbs
        + r")\s+"
        + _DESCRIBED
        + r"\(?(?P<t>"
        + _T
        + _POINT_MUTATION
        # "binds OX40 ligand (OX40L)": the ligand (its symbol in brackets), not the receptor
        # ("binds B7-H4 on tumor cells and CD3 on T cells")
        + r")(?!\s+ligands?\b)\)?(?:\s+on\s+(?:[\w-]+\s+){1,2}?cells)?(?:\s*(?:and|/|x|×)\s*"
        + _DESCRIBED
        + r"(?P<t2>"
        + _T
        + _POINT_MUTATION  # ("encoding the shared KRAS G12D and KRAS G12V neoantigens")
        # ("targeting CD3, CD38 and BCMA": a third after a comma list)
        + r")|,\s*(?P<t3>"
        + _T
        + r"),?\s+and\s+(?P<t4>"
        + _T
        + r"))?"
    )


# "against interleukin-4 receptor alpha (IL-4Rα)", "dual-targets B cell maturation antigen
# (BCMA) and CD19": the symbol in brackets after a long name
def _cue_long_name(verbs: str, anti: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:\b(?:" + verbs + r")\s+" + anti + r")[^(),;]{3,70}?\((?P<t>" + _T + r")"
        # ("encoding both the alpha and beta subunits of propionyl-CoA carboxylase (PCCA and
        # PCCB)": one name's two genes)
        r"(?:\s+and\s+(?P<t4>" + _T + r"))?\)"
        r"(?:(?:\s+on\s+[\w-]+\s+cells)?\s+and\s+(?:[^(),;]{3,60}?\((?P<t2>" + _T + r")\)"
        r"|(?P<t3>" + _T + r")))?"
    )


_CUE_BEFORE = _cue_before(_VERBS)
_CUE_BEFORE_MORE = _cue_before(_MORE_VERBS)
_CUE_LONG_NAME = _cue_long_name(_VERBS, r"|\banti-")
# ("a peptide that activates the relaxin family peptide receptor 1 (RXFP1)": a receptor's
# long name and its symbol; a bare "activates" names cells and pathways too)
_LONG_NAME_VERBS = ("activates", "stimulates")
_CUE_LONG_NAME_MORE = _cue_long_name(_MORE_VERBS + "|" + "|".join(_LONG_NAME_VERBS), "")
# "ZQC4 (TRBC1) in T-cell lymphoma": targets in brackets right after the product's name
_PAREN_TARGET = re.compile(r"\s*\((?P<t>" + _T + r")(?:\s*(?:and|/)\s*(?P<t2>" + _T + r"))?\)")
# opens with a target's name: scanned from the characters a name can open with
_CUE_AFTER_BODY = (
    r"\(?(?P<t>" + _T + r")\)?(?:\s*(?:/|x|×|and)\s*(?P<t2>" + _T + r"))?"
    r"(?:-| )(?:(?:dual|bi|tri)-?)?(?:targeted|targeting|directed|specific|redirected|"
    # ("a C3-silencing siRNA", "a CD19/BCMA dual-target CAR-T")
    r"derived|binding|selective|silencing|(?<=dual-)target|(?<=dual )target)\b"
)
_CUE_AFTER = FirstCharScan("", _CUE_AFTER_BODY, r"(" + TARGET_FIRST_CHARS)
_CUE_ANTI = re.compile(
    r"\b[Aa]nti-(?P<t>" + _T + r")(?:/(?P<t2>" + _T + r"))?"
    r"(?=\s+(?:\w+\s+){0,2}?(?:antibod|mAb|CAR|ADC|bispecific|monoclonal|T-cell|TCR|nanobod|"
    r"activity))"
)
_CUE_NOUN_BODY = (
    r"(?:pan-)?\(?(?P<t>" + _T + r"(?: [A-Z]\d{1,4}[A-Z])?)\)?"
    # ("a pan-RAS(ON) inhibitor": the state the drug binds its target in)
    r"(?:\((?:ON|OFF)\))?"
    # ("an ALK2 (ACVR1) inhibitor": the symbol first named, its synonym in brackets; "its
    # oral RIPK1 (receptor-interacting protein kinase 1) inhibitor": its long name)
    r"(?:\s+\((?:" + _T + r"|[a-z][a-z0-9 -]{3,60})\))?"
    # ("a WRN helicase inhibitor": the enzyme's class between the target and its drug)
    r"(?:\s+(?:helicase|kinase|protease|synthase|ligase|phosphatase|deacetylase|"
    r"methyltransferase|demethylase|dehydrogenase|inflammasome|aggregation|"
    # ("an APOL1 channel inhibitor", "an oral ATXN3 pre-mRNA splicing modulator")
    r"channel|(?:pre-)?mRNA splicing))?"
    # ("a PD-L1 and 4-1BB bispecific antibody", "a CLDN6 x CD3 T-cell engaging antibody")
    r"(?:\s*(?:/|x|×|\band\b)\s*(?P<t2>" + _T + r"))?"
    # ("a B7-H3 x CD3 x CD28 trispecific T-cell engager")
    r"(?:\s*(?:/|x|×)\s*(?P<t3>" + _T + r"))?\s+"
    # ("a GLP-1/GIP dual agonist")
    r"(?:(?:dual|triple|co-)[- ]?)?"
    # ("C5aR1 peptide antagonist": the drug's kind between the target and its role; "a
    # GPC3 x CD28 co-stimulatory bispecific antibody": what its second arm does)
    r"(?:(?:peptide|small[- ]molecule|cyclic peptide|co-?stimulatory)\s+)?"
    r"(?:CAR[- ]?T|CAR[- ]NK|CAR|TCR|ADC|bispecific|trispecific|antibody|inhibitor|mAb|"
    # ("its first-generation CLDN18.2 monoclonal antibody")
    r"monoclonal antibod(?:y|ies)|"
    r"T-cell[- ]engag(?:er|ing)|siRNA|"
    r"degrader|"
    r"ASO|base editor|gene therapy|modulator|gene\b|(?:functional state )?modulator|epitope|"
    r"(?:ant)?agonist|potentiator|"
    r"protein expression|blockade)"
)
_CUE_NOUN = re.compile(r"(?<![\w-])" + _CUE_NOUN_BODY)
# "an actinium-225 labelled FAP ligand", "its copper-64 labelled FAP PET imaging agent": the
# molecule a radionuclide is carried to ("binds CD70 ligand" names the ligand instead)
_CUE_RADIO = re.compile(
    r"(?:\blabell?ed|-\d{1,3}m?)\s+(?P<t>" + _T + r")\s+(?:(?:radio)?ligand|"
    r"(?:PET |SPECT )?imaging agent|radioconjugate|radiopharmaceutical)\b"
)
# a gene therapy's delivered gene: "delivering a high-activity Factor IX transgene"
_CUE_TRANSGENE = re.compile(
    r"\bdeliver(?:s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<t>" + _T + r")"
    r"(?:\s*\([^()]{1,20}\))?\s+(?:trans)?gene\b"
    # ("an AAV9 gene therapy delivering MFSD8 for CLN7 disease": a gene's bare symbol)
    r"|\bdeliver(?:s|ing)\s+(?P<t2>[A-Z][A-Z0-9]{2,9})\s+(?:for|to|in)\s"
    # ("an adenine base editor designed to correct the most common SERPINA1 mutation")
    r"|\bcorrect(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<t3>[A-Z][A-Z0-9]{2,9})"
    r"\s+(?:gene\s+)?(?:mutations?|variants?)\b"
    # ("designed to correct the PiZ (E342K) mutation in SERPINA1")
    r"|\bcorrect(?:s|ing)?\s+(?:the\s+|a\s+)?[^.;]{0,40}?\b(?:mutations?|variants?)\s+in\s+"
    r"(?:the\s+)?(?P<t4>[A-Z][A-Z0-9]{2,9})\b"
)
# "a functional copy of the GJB2 gene", "copies of both the HEXA and HEXB genes": the
# genes a gene therapy delivers
_CUE_GENE_COPY = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:both\s+)?(?:the\s+|a\s+)?(?:(?:functional|healthy|working|"
    r"normal|human)\s+)?(?:(?P<t>" + _T + r")(?:\s+and\s+(?:the\s+)?(?P<t2>" + _T + r"))?"
    r"\s+(?:trans)?genes?\b"
    # ("a functional copy of the progranulin gene (GRN)": the gene's name, its symbol after)
    r"|[a-z][\w-]*(?:\s+[\w-]+){0,2}?\s+gene\s+\((?P<t3>" + _T + r")\))"
    # ("delivers the full-length coding sequence of AGL, the gene encoding ...")
    r"|\b(?:coding\s+sequence|cDNA)\s+of\s+(?:the\s+)?(?P<t4>" + _T + r")(?![\w-])"
)
# ("delivers a functional copy of FXN under a cardiac promoter": the gene's bare symbol)
_CUE_COPY_SYMBOL = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the\s+|a\s+)?(?:(?:functional|healthy|working|normal|human)\s+)?"
    r"(?P<t>[A-Z][A-Z0-9]{2,9})(?![\w-])(?!\s+(?:genes?|transgenes?|proteins?)\b)"
)
# "a gene therapy for Wilson disease (ATP7B)": the gene named after the disease
_DISEASE_GENE_WORDS = frozenset({"disease", "syndrome", "deficiency", "disorder", "dystrophy"})
_CUE_DISEASE_GENE = re.compile(
    r"\b(?:disease|syndrome|deficiency|disorder|dystrophy)\s*\((?P<t>" + _T + r")\)"
)
_CUE_MUTATIONS_IN = re.compile(
    r"\bcaused by (?:[\w-]+ )?mutations in (?:the )?(?P<t>[A-Z][A-Z0-9]{2,9})\b(?! mutation)"
    # ("Stargardt disease caused by ABCA4 mutations")
    r"|\bcaused by (?:biallelic |inherited |pathogenic )?(?P<t2>[A-Z][A-Z0-9]{2,9}) mutations\b"
)
# "CNGB1-associated retinitis pigmentosa", "ABCA4-related Stargardt disease"
_GENE_DISEASE_WORDS = frozenset({"-related", "-associated", "-linked"})
_CUE_GENE_DISEASE = re.compile(
    r"(?<![\w-])(?P<t>[A-Z][A-Z0-9]{2,9})-(?:related|associated|linked)\s"
)
# the words of _VERBS (lower-case), without which _CUE_BEFORE cannot match
_VERB_WORDS = (
    "target",
    "direct",
    "against",
    "recogni",
    "bind",
    "inhibit",
    "block",
    "specific",
    "engag",
    "silenc",
    "inactivat",
    "encod",
    "increase",
    "lower",
    "neutrali",
    "antagonist",
    "epitope",
    "peptide",
)
# each cue with the (lower-case) words it cannot match without, a cheap gate: one word of
# the first group, and one of the second unless it is empty
_CUES_WORDS = (
    (_CUE_BEFORE, _VERB_WORDS, ()),
    # (a long name's symbol in brackets, after a verb or "anti-")
    (_CUE_LONG_NAME, ("(",), (*_VERB_WORDS, "anti-")),
    (
        _CUE_AFTER,
        tuple(
            [
                "targeted",
                "targeting",
                "directed",
                "specific",
                "redirected",
                "derived",
                "binding",
                "selective",
                "silencing",
                "dual-target",
                "dual target",
            ]
        ),
        (),
    ),
    (_CUE_ANTI, ("anti-",), ()),
    (
        _CUE_NOUN,
        tuple(
            [
                "car",
                "tcr",
                "adc",
                "bispecific",
                "trispecific",
                "antibod",
                "inhibitor",
                "mab",
                "engag",
                "agonist",
                "sirna",
                "aso",
                "editor",
                "gene",
                "modulator",
                "epitope",
                "protein",
                "blockade",
                "degrader",
                "potentiator",
            ]
        ),
        (),
    ),
    (_CUE_RADIO, ("ligand", "imaging agent", "radio"), ()),
    (_CUE_TRANSGENE, ("deliver", "correct"), ()),
    (_CUE_GENE_COPY, ("cop", "coding sequence", "cdna"), ("gene",)),
    (_CUE_COPY_SYMBOL, ("cop",), ()),
    (_CUE_EXPRESSION, ("expression", "level"), ()),
    (_CUE_EXPRESSED, ("expression",), ("gene therapy", "aav", "transgene", "vector")),
    (_CUE_TRANSCRIPTS, ("transcript", "rna"), ()),  # (the gates read lower case)
    # (gated on the receptor and its role together: "receptor" alone is common)
    (
        _CUE_WORD_RECEPTOR,
        ("receptor ag", "receptor an", "receptor mo", "receptor in", "receptor bl",
         "receptor ac", "receptors "),
        (),
    ),
    (_CUE_RECEPTOR_PAIR, ("receptors", "receptor and"), ()),
    (_CUE_BEFORE_MORE, _MORE_VERB_WORDS, ()),
    (_CUE_LONG_NAME_MORE, _MORE_VERB_WORDS + _LONG_NAME_VERBS, ("(",)),
)
_CUES = tuple((rx, frozenset(gate), frozenset(also)) for rx, gate, also in _CUES_WORDS)
# The two cues that open with a target's name try every character a name can open with,
# a third of them lower-case letters for a few listed names ("mesothelin", "claudin 6")
# and "pan-". A window holding none of those (lower-cased, as the gates compare) is
# scanned from capitals, digits and brackets only, with the same matches.
_LOWER_OPENED_NAMES = frozenset(t.lower() for t in TARGETS_OPENING_LOWER) | {"claudin", "pan-"}
_OPENING_CAPITALISED: dict[re.Pattern[str] | FirstCharScan, FirstCharScan] = {
    _CUE_AFTER: FirstCharScan("", _CUE_AFTER_BODY, r"(A-Z\d"),
    _CUE_NOUN: FirstCharScan(r"(?<![\w-])", _CUE_NOUN_BODY, r"(A-Z\d"),
}
_CUES_CAPITALISED = tuple(
    (_OPENING_CAPITALISED.get(rx, rx), gate, also) for rx, gate, also in _CUES
)
# every word the gates of _targets_in ask about, looked for in one pass over a window
_GATE_WORDS = WordScan(
    {w for _rx, gate, also in _CUES for w in gate | also}
    | _DISEASE_GENE_WORDS
    | _GENE_DISEASE_WORDS
    | _LOWER_OPENED_NAMES
)
_MUTATION = re.compile(r"[A-Z]\d{1,4}[A-Z]")  # "G12D" alone is a mutation, not a target
# a gene's mutant form ("G12D"), or a virus's protein ("E6")
_FORM = r"(?:[A-Z]\d{1,4}[A-Z]|E[1-7])"
_FORM_AFTER_BRACKET = re.compile(r"\)\s+(" + _FORM + r"(?![\w-]))")
# a gene's mutant form, or a virus's protein ("HPV16 E6"), and more of them listed after it
_MUTANT_FORM = re.compile(r"[A-Z][A-Z0-9]{1,9} " + _FORM)
_MORE_MUTANTS = re.compile(r"(?:(?:,\s*|,?\s+(?:and|or)\s+)" + _FORM + r"(?![\w-]))+")
_LISTED_MUTANT = re.compile(_FORM)
_CUE_WEAK = Prefiltered(
    re.compile(r"\(?(?P<t>" + _T + r")\)?-(?:positive|expressing|high)\b"),
    ("-positive", "-expressing", "-high"),
)
_NOT_TARGET = frozenset(vocab.lines("not_targets.txt"))
_DECISIVE_STEMS = frozenset({"car_t", "adc", "sirna", "aso"})
# where a description of the product stops and one of its partner begins
_PARTNER = Prefiltered(
    re.compile(
        r"\b(?:"
        + alternation_by_first_char(
            [
                "in combination with", "combined with", "plus", "versus", "compared (?:with|to)",
                "comparing", "regimens? (?:with|including)", "together with", "than",
                "in (?:adult )?patients", "patients with", "refractory to", "resistant to",
                "relapsed (?:on|after)", "previously treated",
                # ("..., and CTX130, which targets CD70, as well as programs in gene
                # editing": what the list goes on to add is not the last item)
                "as well as (?:programs?|platforms?|research|work|efforts?)",
            ]
        )
        + r")\b"
    ),
    (
        "as well as",
        "combin",
        "regimen",
        "together with",
        "plus",
        "versus",
        "compar",
        "than",
        "patients",
        "refractory to",
        "resistant to",
        "relapsed ",
        "previously treated",
    ),
)
# a combination partner named between a product and a "developed by" that follows
_PARTNER_BETWEEN = re.compile(
    r"\b(?:in combination with|combined with|together with|plus|versus|compared (?:with|to)|"
    r"co-administered with|alongside)\b"
)
_AUTOLOGOUS = re.compile(r"\bautologous\b|\bpatient'?s own\b|\bpatient-derived\b", re.I)
_ALLOGENEIC = re.compile(
    r"\ballogeneic\b|\boff-the-shelf\b|\bdonor-derived\b|\bhealthy donors?\b", re.I
)
_OWNER_AFTER = re.compile(
    r"\b(?:discovered|developed|invented|originated|created|owned) (?:in-house )?by\s+(?P<c>[A-"
    r"Z][\w-]*(?:\s[A-Z][\w-]*){0,2})"
)
# a character of the same sentence, or a legal form's full stop ("by Procyon Neuro Ltd.; Y
# in-licensed ...")
_IN_SENTENCE = r"(?:[^.;]|\b(?:Inc|Ltd|Co|Corp|Pty|GmbH)\.)"
# "originated by Y, Inc., which develops it worldwide as Y-17": Y leads it, whoever holds a
# region
_WHICH_DEVELOPS_WORLDWIDE = re.compile(
    r"\.?" + _IN_SENTENCE + r"{0,30}?,\s+which\s+(?:now\s+)?"
    r"(?:develops|is developing|leads)\s+"
    r"(?:it|the (?:program|programme|molecule|compound|antibody|candidate))\s+"
    r"(?:worldwide|globally)\b"
)
# "X was originated by Tessaro GmbH; Lumivex acquired exclusive worldwide rights in 2023":
# the acquirer told after the originator develops it now
_ACQUIRED_AFTER = re.compile(
    r"\.?" + _IN_SENTENCE + r"{0,40}?[;,]\s+(?:and\s+)?"
    r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s+(?:has\s+)?(?:acquired|obtained|in-licensed)\s+"
    r"(?:the\s+)?(?:exclusive\s+)?(?:worldwide|global)\s+(?:exclusive\s+)?rights\b"
)
_FILING_WORDS = re.compile(r"\b(?:applications?|INDs?|CTAs?|filings?|submissions?)\b")
_NOW_DEVELOPED_BY = re.compile(
    r"[^.;]{0,40}?\bnow (?:being )?(?:developed|led) by\s+(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})"
)
# "Velcorra Pharma Inc.'s antibody CVX-12": the owner named right before the product
# ("Orrin Pharmaceuticals' ADC OKP-88": a name ending in s takes the apostrophe alone;
# "Orrin Biotech's CD19 x CD3 T-cell engager ORB-33": up to six describing words)
_POSSESSIVE_OWNER = re.compile(
    # (no space after a full stop inside the name: "... in MPS IIIC. Selvanor Therapeutics'")
    # ("Brightfen's lead asset, BRF-07": the noun before the name may end in a comma)
    # ("Partner Halvorsen Biopharma's": a role word before the name is not the name)
    r"(?:(?:Partner|Licensee|Licensor|Collaborator|Affiliate|Subsidiary)\s+)?"
    r"([A-Z][\w.-]*(?:(?<!\.)\s[A-Z][\w.-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    # ("Halvorsen Biopharma's 'HVB-907'": the code in quotes)
    r"(?:[\w-]+\s+){0,5}(?:[\w-]+,?\s+)?['‘\"“]?\Z"
)
_NOW_LEADS = re.compile(
    r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s+(?:now (?:leads|is responsible for|oversees)|"
    # ("Y retains all other rights and leads global development": a licence for a region)
    # ("Y keeps global rights outside Japan and continues to lead global development")
    r"(?:retains|keeps) [^.;]{0,40}? and (?:leads|is responsible for|continues to lead)|"
    r"leads|continues to lead|"
    r"(?:has taken|takes|took) over|assumes|assumed|will assume)\s+"
    r"(?:(?:sole|full)\s+)?(?:responsibility for\s+)?"
    r"(?:all\s+)?(?:its\s+)?(?:further\s+)?(?:global|worldwide)\s+(?:clinical\s+)?development\b"
)
_REGION_OPENER = re.compile(r"\bIn (?:[A-Z][a-z]+ ?){1,3},\s*\Z")
_PIPELINE_LED_BY = re.compile(
    r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:pipeline|portfolio),?\s+(?:is\s+)?led\s+by\s+(?:[\w-]+\s+\(?)?\Z"
)
_CODE_NOUN_BEFORE = re.compile(r"\b(?:code|code name|codename)\s+\Z")
_POSSESSIVE_APPOSITIVE = re.compile(r",\s+([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})['’]s\s")
# "out-licensed ... rights to X to Y, which is developing it": the licensee leads it now
_LICENSEE = re.compile(
    r"(?:licensed|partnered)\b[^.;]{0,100}?\b(?:to|with)\s+"
    r"(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w.-]*){0,3})[^.;]{0,30}?,\s+which\s+(?:now\s+)?"
    r"(?:leads|is leading|is developing|develops|will develop|conducts|is conducting|"
    r"is responsible for)\b"
)


# "under which Y acquires worldwide rights to X" (regional rights leave the lead alone)
# ("announced that it has acquired exclusive worldwide rights to X": the announcer;
# "obtained an exclusive global license to X")
_ACQUIRER = re.compile(
    r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}|(?<=that )it)\s+(?:acquires|acquired|"
    r"has acquired|obtains|obtained|has obtained|gains|gained)\s+(?:the\s+|an?\s+)?"
    r"(?:exclusive\s+)?(?:worldwide|global|full)\s+(?:exclusive\s+)?(?:rights|licen[cs]e)\s+"
    r"(?:to|for|of)\s+"
    # ("acquires worldwide rights to develop, manufacture and commercialize X")
    r"(?:(?:develop|manufacture|commerciali[sz]e)(?:,\s+|\s+and\s+|\s+))*\Z"
)
# "Tamsin to lead worldwide development of X", "Y will now lead all clinical development
# and regulatory activities for X": Y develops it from now on
_LEADS_BEFORE = re.compile(
    r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})\s+(?:(?:to lead|will (?:now )?lead|now leads)\s+"
    r"(?:all\s+|worldwide\s+|global\s+){1,2}(?:further\s+)?(?:clinical\s+)?development"
    r"(?:\s+and\s+[a-z][a-z ]{0,40}?)?\s+(?:of|for)"
    # ("Corvanta assumes sole responsibility for global development of VLB-207")
    r"|(?:now\s+)?(?:leads|is responsible for|(?:has taken|takes|took) over|assumes|assumed|"
    r"will assume)\s+(?:(?:sole|full)\s+)?(?:responsibility for\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:further\s+)?(?:global|worldwide)\s+(?:clinical\s+)?development\s+"
    r"(?:and\s+commerciali[sz]ation\s+)?of"
    # ("Clearwell now develops ARD-808")
    r"|now (?:owns and )?develops)\s+\Z"
)
_ACQUIRER_WHICH = re.compile(
    r"(?<![\w-])(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})[^;\n]{0,50}?,\s+which\s+(?:has\s+)?"
    r"(?:acquired|obtained|gained)\s+(?:the\s+)?(?:exclusive\s+)?(?:worldwide|global|full)"
    r"\s+(?:exclusive\s+)?rights\s+(?:to|for|of)\s+\Z"
)
_GRANTEE = re.compile(
    r"\bgranted\s+(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w.,-]*){0,4}?)\s+an?\s+(?:exclusive\s+)?"
    r"(?:worldwide|global)\s+(?:exclusive\s+)?licen[cs]e\s+(?:to|for)\s+\Z"
)
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


def _licensees(text: str) -> list[re.Match[str]]:
    """Every "licensed/partnered ... to|with Y, which develops ..." in the release, tried
    only where the verb occurs ("out-licensed" and "sublicensed" end the same way)."""
    out = []
    for word in ("licensed", "partnered"):
        pos = text.find(word)
        while pos != -1:
            m = _LICENSEE.match(text, pos)
            if m:
                out.append(m)
            pos = text.find(word, pos + 1)
    return out
_PIPELINE_OF = re.compile(r"['’]s?\s+(?:pipeline|programs?|product candidates|portfolio)\s*$")
_ABOUT = re.compile(r"^#*\s*\**About\s+(?P<c>[^\n]{2,80}?)\**\s*$", re.M)


@dataclass
class Attributes:
    targets: list[str] = field(default_factory=list)
    modality: str | None = None
    cell_source: str | None = None
    owner: str | None = None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _neighbours(mentions: list[Mention]) -> tuple[list[int | None], list[int | None]]:
    """For each mention: where the next other product's mention starts and where the
    previous other product's mention ends (two linear passes)."""
    n = len(mentions)
    nxt: list[int | None] = [None] * n
    prv: list[int | None] = [None] * n
    for i in range(n - 2, -1, -1):
        after = mentions[i + 1]
        nxt[i] = after.start if after.pid != mentions[i].pid else nxt[i + 1]
    for i in range(1, n):
        before = mentions[i - 1]
        prv[i] = before.end if before.pid != mentions[i].pid else prv[i - 1]
    return nxt, prv


def _windows(
    text: str, sentences: list[Sentence], mentions: list[Mention]
) -> dict[int, list[tuple[int, int]]]:
    starts = [s.start for s in sentences]
    out: dict[int, list[tuple[int, int]]] = {}
    nxt_other, prv_other = _neighbours(mentions)
    for i, m in enumerate(mentions):
        si = bisect.bisect_right(starts, m.start) - 1
        sent = sentences[si] if si >= 0 else None
        s_lo, s_hi = (sent.start, sent.end) if sent else (0, len(text))
        nxt_start, prv_end = nxt_other[i], prv_other[i]
        nxt = nxt_start if nxt_start is not None else s_hi
        prv = prv_end if prv_end is not None else s_lo
        hi = min(s_hi, nxt, m.end + _FORWARD)
        if hi == nxt and text[hi - 1 : hi] == " ":
            # "X becomes our second asset after the B7-H4 ADC Y": the words right before
            # another product's name describe that product
            lo_seg = max(m.end, hi - 50)
            # ("... of X in lupus nephritis and bring CAR-Treg candidate Y to the clinic")
            det = max(
                text.rfind(w, lo_seg, hi) for w in (" the ", " its ", " our ", " their ", " and ")
            )
            if det != -1 and not any(c in text[det:hi] for c in ",;:()\n"):
                hi = det + 1
        semi = text.find(";", m.end, hi)
        if semi != -1 and text.count("(", m.end, semi) > text.count(")", m.end, semi):
            # ("KOR-12 (formerly CRD-118; APOC3 siRNA)": a ";" inside its brackets)
            close = text.find(")", semi, hi)
            semi = text.find(";", close, hi) if close != -1 else -1
        if semi != -1:
            hi = semi  # "A T-cell engager enters the clinic; a CAR-T program B": A's ends
        partner = _PARTNER.search(text, m.end, hi)
        if partner:
            hi = partner.start()
        lo = max(s_lo, prv, m.start - _BACKWARD)
        if prv > s_lo:
            # in a list ("A, a CD19 CAR-T, B (TRBC1)") the words before B describe A
            cut = max(text.rfind(",", lo, m.start), text.rfind(";", lo, m.start))
            lo = max(lo, cut + 1)
        out.setdefault(m.pid, []).append((lo, hi))
    return {pid: _merge(spans) for pid, spans in out.items()}


def _valid_target(t: str) -> bool:
    if t in _NOT_TARGET or len(t) > 24 or "CAR" in t or "TCR" in t or _MUTATION.fullmatch(t):
        return False
    return (
        is_target_symbol(t)
        or sum(c.isupper() for c in t) >= 2
        or t.lower().startswith("claudin")
        or t.endswith(" receptor")  # ("a motilin receptor agonist")
    )


_TITLE_CUE_SUFFIX = re.compile(
    r"-(?:Directed|Targeted|Targeting|Specific|Redirected|Derived|Binding|Silencing)\Z"
)


_RECEPTOR_AFTER = re.compile(r" receptor(?: [A-C]\b| alpha\b)?(?![\w-])")


def _extends(longer: str, shorter: str) -> bool:
    """ "CLDN18.2" extends "CLDN18" (the same target told more precisely); "CD38" does not
    extend "CD3" (a digit after a digit makes another number)."""
    return (
        len(longer) > len(shorter)
        and longer.startswith(shorter)
        and not (shorter[-1].isdigit() and longer[len(shorter)].isdigit())
    )


def _own_targets_in(text: str, lo: int, hi: int, known: list[Hit], product: Product) -> list[str]:
    """The targets a description of `product` names, its own name aside."""
    return [t for t in _targets_in(text, lo, hi, known) if not _is_own_name(t, product)]


def _targets_in(text: str, lo: int, hi: int, known: list[Hit]) -> list[str]:
    found: list[str] = []
    spans: list[tuple[int, int, str]] = []
    low = text[lo:hi].lower()
    present = _GATE_WORDS.found(low)
    cues = _CUES if not _LOWER_OPENED_NAMES.isdisjoint(present) else _CUES_CAPITALISED
    for rx, gate, also in cues:
        if gate.isdisjoint(present) or (also and also.isdisjoint(present)):
            continue  # the cue's words are absent: skip the expression
        if rx is _CUE_RECEPTOR_PAIR:
            # each receptor as the text names it, its symbol when one is given in brackets
            for m in rx.finditer(text, lo, hi):
                for g in ("t", "t2", "t3", "t4"):
                    if m.group(g) and m.group(g).lower() not in _NOT_RECEPTOR_NAMES:
                        spans.append((m.start(g), m.end(g), f"{m.group(g)} receptor"))
            continue
        for m in rx.finditer(text, lo, hi):
            for g in ("t", "t2", "t3", "t4"):
                t = m.groupdict().get(g)  # (FirstCharScan matches hold the groups too)
                if t and "-" in t:
                    t = _TITLE_CUE_SUFFIX.sub("", t)  # a headline's "GPRC5D-Directed"
                # a name starts a word: "iPSC-derived" names no "PSC"
                if (
                    t
                    and _valid_target(t)
                    and not text[m.start(g) - 1 : m.start(g)].isalnum()
                    # "HLA-A*02:01-restricted": the HLA that presents the target
                    and not text.startswith(("*", "-restricted"), m.end(g))
                    and not _names_a_disease(text, m.start(g))
                ):
                    if "x" in t or "×" in t:
                        for k, part in enumerate(_split_pair(t)):
                            spans.append((m.start(g) + k, m.end(g), part))
                    else:
                        end = m.end(g)
                        form = _FORM_AFTER_BRACKET.match(text, end)
                        if form:
                            # "human papillomavirus type 16 (HPV16) E7": the bracketed
                            # symbol's protein or mutant form, told after the bracket
                            t = f"{t} {form.group(1)}"
                            end = form.end()
                        receptor = _RECEPTOR_AFTER.match(text, end)
                        if receptor and t[-1].isdigit():
                            # "an inhibitor of the IL-23 receptor": the receptor, as written
                            t += receptor.group(0)
                            end = receptor.end()
                        spans.append((m.start(g), end, t))
    if not spans and "(" in present and not _DISEASE_GENE_WORDS.isdisjoint(present):
        for m in _CUE_DISEASE_GENE.finditer(text, lo, hi):
            t = m.group("t")
            # "Duchenne muscular dystrophy (DMD)": the disease's own acronym, not its gene
            own = acronyms(text[max(0, m.start("t") - 100) : m.end("t") + 1]).get(t)
            if is_target_symbol(t) and t not in _NOT_TARGET and not own:
                spans.append((m.start("t"), m.end("t"), t))
    if not spans and " mutations" in low and "caused by" in low:
        # "a gene therapy for retinitis pigmentosa caused by mutations in RPGR"
        for m in _CUE_MUTATIONS_IN.finditer(text, lo, hi):
            g = "t" if m.group("t") else "t2"
            t = m.group(g)
            if t not in _NOT_TARGET:
                spans.append((m.start(g), m.end(g), t))
    if not spans and not _GENE_DISEASE_WORDS.isdisjoint(present):
        # "a gene therapy for ABCA4-related Stargardt disease": the gene the disease is
        # named after, when nothing else in the description is a target
        for m in _CUE_GENE_DISEASE.finditer(text, lo, hi):
            t = m.group("t")
            if (
                t not in _NOT_TARGET
                # (a symbol without a digit may be a disease's acronym: "ALS-related")
                and (any(c.isdigit() for c in t) or (len(t) >= 4 and not DISEASE.fullmatch(t)))
                and DISEASE.search(text, m.end(), min(hi, m.end() + 60))
            ):
                spans.append((m.start("t"), m.end("t"), t))
    spans.sort()
    for i, (start, end, t) in enumerate(spans):
        # "tissue factor (TF)-targeted": the acronym restates the name before it; a name
        # with a number ("claudin 18.2 (CLDN18.2)") gives way to its symbol instead
        if (
            i
            and t[:1].lower() == spans[i - 1][2][:1].lower()
            and text[spans[i - 1][1] : start].strip() != "("
            and _NAME_GOES_ON_TO_BRACKET.fullmatch(text, spans[i - 1][1], start)
        ):
            # "activin receptor-like kinase 2 (ALK2)": a target word opening the longer
            # name the acronym spells out is no target of its own
            found = [f for f in found if f != spans[i - 1][2]]
        elif i and text[spans[i - 1][1] : start].strip() == "(" and spans[i - 1][2] != t:
            prev = spans[i - 1][2]
            # "4-1BB (CD137)": a symbol keeps its place before another symbol; a one-word
            # name gives way to its symbol ("mesothelin (MSLN)", "glypican-3 (GPC3)"; not
            # "glycolate oxidase (GO)")
            named = (prev.islower() and " " not in prev) or (
                any(c.isdigit() for c in prev) and (" " in prev or prev[1:2].islower())
            )
            if not named:
                continue
            found = [f for f in found if f != prev]
        if t not in found and not any(_extends(f, t) for f in found):
            found = [f for f in found if not _extends(t, f)]
            found.append(t)
        if " " in t and _MUTANT_FORM.fullmatch(t):
            # "KRAS G12D, G12V and G12C", "HPV16 E6 and E7": the other mutants or proteins
            # listed after it
            gene = t.split(" ", 1)[0]
            more = _MORE_MUTANTS.match(text, end, hi)
            if more:
                for mutation in _LISTED_MUTANT.findall(more.group()):
                    if f"{gene} {mutation}" not in found:
                        found.append(f"{gene} {mutation}")
    # listed multi-word targets ("tissue factor", "sodium channel") next to a cue word
    for h in known:
        if (
            lo <= h.start
            and h.end <= hi
            and " " in h.value
            and h.value not in found
            # "Claudin 6 (CLDN6)-directed": the symbol after it already stands for it
            and not any(text.startswith(f" ({f})", h.end) for f in found)
        ):
            around = text[max(lo, h.start - 40) : min(hi, h.end + 20)]
            if _TARGET_VERB.search(around):
                # ("blocks the voltage-gated sodium channel Nav1.7": the symbol after the
                # class names the target)
                symbol = next((k.value for k in known if k.start == h.end + 1), None)
                if symbol not in found:
                    found.append(symbol or h.value)
    return found


_TARGET_VERB = re.compile(r"target|direct|inhibit|against|modulat|block")
# (not past "and": "against CD33 and C-type lectin-like molecule-1 (CLL1)" names two)
_NAME_GOES_ON_TO_BRACKET = re.compile(r"(?![ \w-]*\band\s)[ \w-]{1,40}\(\s*")
_WORD_BEFORE_PAREN = re.compile(r"([\w-]+)\s*\(\Z")


def _names_a_disease(text: str, start: int) -> bool:
    """ "targeting HSD17B13 for ... steatohepatitis (MASH)": the acronym in brackets after
    a disease's name is the disease."""
    if text[start - 1 : start] != "(":
        return False
    m = _WORD_BEFORE_PAREN.search(text, max(0, start - 40), start)
    return bool(m and DISEASE.search(m.group(1)))


_PAIR = re.compile(r"(?P<a>.+?[0-9A-Z])[x×](?P<b>[0-9A-Z].*)")


def _split_pair(t: str) -> list[str]:
    """ "CLDN18.2x4-1BB": a bispecific's two targets written as one token."""
    m = _PAIR.fullmatch(t)
    if m and _valid_target(m.group("a")) and _valid_target(m.group("b")):
        return [m.group("a"), m.group("b")]
    return [t]


# ("an mRNA encoding a bispecific T-cell engager", "an mRNA-encoded CLDN6 x CD3 bispecific":
# the product is the mRNA)
_ENCODED_BEFORE = Prefiltered(
    re.compile(
        r"(?:\bencoding|\bencodes|\bencoded|-encoded)\s+(?:an?\s+|the\s+|its\s+)?"
        r"(?:[\w.-]+\s+){0,4}\Z"
    ),
    ("encod",),
)


def _modality_in(text: str, hits: list[Hit], lo: int, hi: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for h in hits:
        if lo <= h.start and h.end <= hi:
            if _ENCODED_BEFORE.search(text, max(0, h.start - 48), h.start):
                continue  # "an mRNA encoding a bispecific T-cell engager": what it makes
            rank = int(h.extra or 9)
            if best is None or rank < best[0]:
                best = (rank, h.value)
    return best


def describe(
    text: str,
    sentences: list[Sentence],
    products: list[Product],
    mentions: list[Mention],
    modality_hits: list[Hit],
    target_hits: list[Hit],
    companies: list[Company],
    issuer: Company | None,
) -> list[Attributes]:
    windows = _windows(text, sentences, mentions)
    abouts = _about_sections(text, companies)
    # "out-licensed ... to Y, which is developing it": found once per release
    licensees = _licensees(text)
    # each licence is about the product named last before its licensee ("led by X (a),
    # Y (b) and Z, which it licensed in 2023 to W, which now leads ...": Z)
    licensed_pid = {
        lic.start("c"): next(
            (m.pid for m in reversed(mentions)
             if m.pid >= 0 and lic.start() - 300 <= m.start and m.end <= lic.start("c")),
            -1,
        )
        for lic in licensees
    }
    table_targets = _table_targets(text, products) if " | " in text else {}
    out: list[Attributes] = []
    for pid, product in enumerate(products):
        attrs = Attributes()
        wins = windows.get(pid, [])
        described_at = -1  # the window whose description named the targets
        for i, (lo, hi) in enumerate(wins):
            # the first description that names targets; later windows often describe a
            # comparison or a neighbour
            attrs.targets = _own_targets_in(text, lo, hi, target_hits, product)
            if attrs.targets:
                described_at = i
                break
        if not attrs.targets:
            for m in product.mentions:
                pt = _PAREN_TARGET.match(text, m.end)
                if pt and is_target_symbol(pt.group("t")):
                    attrs.targets = [t for t in (pt.group("t"), pt.group("t2")) if t]
                    break
        if not attrs.targets and table_targets:
            attrs.targets = table_targets.get(pid, [])
        if not attrs.targets:
            for lo, hi in wins:
                for cue in _CUE_WEAK.finditer(text, lo, hi):
                    t = cue.group("t")
                    if _valid_target(t) and t not in attrs.targets:
                        attrs.targets.append(t)
                if attrs.targets:
                    break
        # the first description that names a modality (the most specific word in it)
        ranked = next(
            (r for r in (_modality_in(text, modality_hits, lo, hi) for lo, hi in wins) if r),
            None,
        )
        if ranked is None:
            ranked = _list_head_modality(text, sentences, product, mentions, modality_hits)
        attrs.modality = ranked[1] if ranked else product.inn_modality
        # some name stems settle it ("-vedotin" is an ADC, "-cabtagene autoleucel" a CAR-T)
        if product.inn_modality in _DECISIVE_STEMS or (
            product.inn_modality == "small_molecule"
            and attrs.modality in (None, "monoclonal_antibody")
        ):
            attrs.modality = product.inn_modality
        if attrs.modality is None:
            # "an oral SOS1 degrader", "an oral THR-β agonist": a drug of that kind taken
            # by mouth is a small molecule
            for lo, hi in wins:
                if "ral" in text[lo:hi] and _ORAL_DRUG.search(text, lo, hi):
                    attrs.modality = "small_molecule"
                    break
        if (attrs.modality == "bispecific_antibody" and len(attrs.targets) == 1
                and described_at >= 0):
            # "FDA clears IND for BCMA T-cell engager X" first, "X (BCMA x CD3 T-cell
            # engager)" further down: a bispecific binds two targets, so a later description
            # naming the first one with another tells both
            attrs.targets = next(
                (found for found in (_own_targets_in(text, lo, hi, target_hits, product)
                                     for lo, hi in wins[described_at + 1 :])
                 if len(found) > 1 and attrs.targets[0] in found),
                attrs.targets,
            )
        if described_at >= 0 and described_at + 1 < len(wins):
            attrs.targets = _fuller_targets(
                text, wins[described_at + 1 :], attrs.targets, target_hits, product
            )
        attrs.cell_source = _cell_source(text, wins)
        own_licensees = [lic for lic in licensees if licensed_pid[lic.start("c")] == pid]
        attrs.owner = _owner(text, product, abouts, companies, issuer, own_licensees)
        out.append(attrs)
    return out


def _fuller_targets(
    text: str,
    later: list[tuple[int, int]],
    targets: list[str],
    known: list[Hit],
    product: Product,
) -> list[str]:
    """ "HPV16 TCR-T X" first, "X ... recognizing an HPV16 E7 epitope" further down: a later
    description naming the target's protein or mutant form ("HPV16 E7", "KRAS G12D") tells
    which one it is (not "the ALK2 receptor", "complement factor B": other wordings)."""
    out: list[str] = []
    for t in targets:
        fuller: list[str] = []
        for lo, hi in later:
            at = text.find(t + " ", lo, hi)  # (the cheap test: the window names it at all)
            if at == -1:
                continue
            fuller += [
                u for u in _own_targets_in(text, lo, hi, known, product)
                if u.startswith(t + " ") and _LISTED_MUTANT.fullmatch(u[len(t) + 1 :])
            ]
            if fuller:
                break
        out.extend(u for u in (fuller or [t]) if u not in out)
    return out


_ORAL_DRUG = re.compile(
    # ("an oral, allosteric activator of PKR": commas between the describing words)
    r"\b[Oo]ral(?:ly)?,?\s+(?:[\w()./-]+,?\s+){0,6}?(?:degrader|agonist|antagonist|chaperone|"
    r"activator|corrector|potentiator|stabili[sz]er|opener)s?\b"
)
_TARGET_HEADER = re.compile(r"\s*(?:molecular\s+)?targets?\b", re.I)
_CELL_SPLIT = re.compile(r"\s*(?:/|,|;|\+|\band\b|\bx\b|×)\s*")


def _table_targets(text: str, products: list[Product]) -> dict[int, list[str]]:
    """ "Product | Target / mechanism | Indication" and a row "XY-12 | GLP-1R / GIPR |
    Obesity": the targets a product table gives each product in its target column."""
    where = sorted((m.start, pid) for pid, p in enumerate(products) for m in p.mentions)
    starts = [w[0] for w in where]
    out: dict[int, list[str]] = {}
    col: int | None = None
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if " | " not in line:
            col = None
            continue
        cells = line.split(" | ")
        heads = [i for i, c in enumerate(cells) if _TARGET_HEADER.match(c.strip(" *|"))]
        if heads:
            col = heads[0]
            continue
        if col is None or col >= len(cells) or col == 0:
            continue
        first_end = line_start + len(cells[0])
        i = bisect.bisect_left(starts, line_start)
        if i >= len(where) or where[i][0] >= first_end:
            continue  # the row's first cell names no product
        found = [
            t
            for t in _CELL_SPLIT.split(cells[col].strip(" *|"))
            if t and _valid_target(t) and " " not in t
        ]
        if found:
            out.setdefault(where[i][1], found)
    return out


_LIST_OPENER = re.compile(
    # ("CAR-T programs in immuno-oncology, including A, B and C")
    r"\s*(?:[\w-]+,?\s+){0,3}?(?:includes?|including|comprises?|such as)\s*:?\s*\Z"
)


def _list_head_modality(
    text: str, sentences: list[Sentence], product: Product, mentions: list[Mention], hits: list[Hit]
) -> tuple[int, str] | None:
    """ "its pipeline of CAR T candidates includes A, B and C": the words that open a list
    of products name the modality of all of them."""
    starts = [s.start for s in sentences]
    for m in product.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0:
            continue
        sent = sentences[i]
        for h in reversed([h for h in hits if sent.start <= h.start and h.end <= m.start]):
            nxt = next((o.start for o in mentions if o.start >= h.end), m.start)
            if _LIST_OPENER.match(text[h.end : nxt]):
                return int(h.extra or 9), h.value
    return None


def _is_own_name(t: str, product: Product) -> bool:
    names = {product.code.lower(), *(a.lower() for a in product.aliases)}
    return t.lower() in names


def _cell_source(text: str, wins: list[tuple[int, int]]) -> str | None:
    for lo, hi in wins:
        chunk = text[lo:hi]
        low = chunk.lower()
        if not (
            "autolog" in low
            or "allogen" in low
            or "own" in low
            or "donor" in low
            or "shelf" in low
            or "derived" in low
        ):
            continue
        a, b = _AUTOLOGOUS.search(chunk), _ALLOGENEIC.search(chunk)
        if a and (not b or a.start() < b.start()):
            return "autologous"
        if b:
            return "allogeneic"
    return None


# how far before a product its owner's possessive, or the "its" naming it, is looked for
# ("Verdanthe Therapeutics' APOC3-targeted antisense oligonucleotide VRD-5512")
_OWNER_REACH = 90


def possessive_owner(text: str, product_start: int) -> str | None:
    """The name whose possessive introduces the product ("Orrin Biotech's ... ORB-33")."""
    before = text[max(0, product_start - _OWNER_REACH) : product_start]
    if not ("'s" in before or "’s" in before or "s'" in before or "s’" in before):
        return None  # (the expression needs one of these; most mentions have none)
    poss = _POSSESSIVE_OWNER.search(before)
    return poss.group(1) if poss else None


def its_subject(text: str, product_start: int, companies: list[Company]) -> Company | None:
    """The company named last before the "its" of "its <product>" in that sentence, within
    a clause's reach ("Harrowgen Bio announced ... for its gene therapy HWB-33")."""
    its = text.rfind(" its ", max(0, product_start - _OWNER_REACH), product_start)
    if its == -1:
        return _previous_subject(text, product_start, companies)
    if "\n" in text[its:product_start] or _SENTENCE_END.search(text, its, product_start + 1):
        return None
    if text.endswith(" as ", its, product_start):
        return None  # "Hanlu develops the ADC in its territory as HL-418": a name, not "its X"
    best: tuple[int, Company] | None = None
    for comp in companies:
        for _start, end in comp.spans:
            if its - 120 <= end <= its and (best is None or end > best[0]):
                best = (end, comp)
    if best is None or _SENTENCE_END.search(text, best[0], its):
        return None
    return best[1]


# "Meridale has also filed for Orphan Drug Designation for": a company's own request for a
# designation (a trial's filing may be a regional partner's)
_FILES_FOR = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?:filed|submitted|applied)\s+(?:for|an?)\b"
    r"[^.;:]{0,80}?(?:[Dd]esignation|[Ss]tatus)\s+(?:for|of|to)\s+\Z"
)


def _filing_subject(text: str, product_start: int, companies: list[Company]) -> Company | None:
    """The company opening the sentence that tells its filing for the product."""
    near = text[max(0, product_start - 30) : product_start]
    if "esignation" not in near and "tatus" not in near:
        return None  # (_FILES_FOR ends with the designation's word: most mentions fail here)
    for comp in companies:
        for start, end in comp.spans:
            if 0 <= product_start - end <= 120 and (start == 0 or text[start - 2 : start] in (
                ". ", ".\n", "\n\n"
            )) and _FILES_FOR.match(text[end:product_start]):
                return comp
    return None


def _previous_subject(text: str, product_start: int, companies: list[Company]) -> Company | None:
    """ "Halcyra develops antibody immunotherapies. Its lead candidate, HLC-118, ...": the
    company the sentence before opens with, for a sentence opening with "Its"."""
    its = text.rfind("Its ", max(0, product_start - _OWNER_REACH), product_start)
    if its < 2 or text[its - 2 : its] not in (". ", ".\n") or _SENTENCE_END.search(
        text, its, product_start
    ):
        return None
    before = max(text.rfind(". ", 0, its - 2), text.rfind("\n", 0, its - 2)) + 1
    while before < its and text[before] == " ":
        before += 1
    for comp in companies:
        if any(start == before for start, _end in comp.spans):
            return comp
    return None


def _company_named(name: str, companies: list[Company]) -> Company | None:
    low = name.lower().strip()
    for comp in companies:
        for n in comp.names():
            nl = n.lower()
            if low == nl or low.startswith(nl + " ") or nl.startswith(low + " "):
                return comp
    return None


def _about_sections(text: str, companies: list[Company]) -> list[tuple[int, int, Company]]:
    """(start, end, company) of every "About <Company>" section."""
    if "About" not in text:
        return []
    heads = [(m.start(), m.group("c")) for m in _ABOUT.finditer(text, _about_scan_start(text))]
    out = []
    for i, (start, name) in enumerate(heads):
        # ("About Kiranto's pipeline": the company's products)
        name = name.replace("*", "").replace("#", "")
        if "s " in name:
            name = _PIPELINE_OF.sub("", name)
        comp = _company_named(name, companies)
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if comp is not None:
            out.append((start, end, comp))
    return out


def _about_scan_start(text: str) -> int:
    """No "About" heading starts before the run of "#", "*" and white space that precedes
    the first "About": scanning from there finds the same headings in a fraction of the
    text (they sit at the end of a release)."""
    pos = text.find("About")
    while pos > 0 and (text[pos - 1] in "#*" or text[pos - 1].isspace()):
        pos -= 1
    return max(pos, 0)


def _owner(
    text: str,
    product: Product,
    abouts: list[tuple[int, int, Company]],
    companies: list[Company],
    issuer: Company | None,
    licensees: list[re.Match[str]] | None = None,
) -> str | None:
    votes: dict[str, int] = {}
    for m in product.mentions:
        before = text[max(0, m.start - _OWNER_REACH) : m.start]
        poss = possessive_owner(text, m.start)
        if not poss and "led by" in before:
            # "Vantrell's own late-stage pipeline, led by orvelisib (VNT-2207)"
            led = _PIPELINE_LED_BY.search(before)
            poss = led.group("c") if led else None
        if poss and _CODE_NOUN_BEFORE.search(before):
            # "developed outside Greater China under Marlowe's code MRL-5180": a partner's
            # name for the product, not its owner
            poss = None
        if poss:
            comp = _company_named(poss, companies)
            if comp:
                # ("Jiayuan's clinical trial application for BWT-217": a partner's filing in
                # its territory says less than "Jiayuan's ADC BWT-217")
                filing = _FILING_WORDS.search(before, before.rfind(poss) + len(poss))
                votes[comp.name] = votes.get(comp.name, 0) + (1 if filing else 3)
        appositive = _POSSESSIVE_APPOSITIVE.match(text, m.end) if text.startswith(
            ", ", m.end) else None
        if appositive:
            # "co-develops QLX-12, Quollix Bio's allogeneic CAR-NK": the owner told after
            comp = _company_named(appositive.group(1), companies)
            if comp:
                votes[comp.name] = votes.get(comp.name, 0) + 3
        lead = _NOW_LEADS.search(text, m.end, min(len(text), m.end + 200)) if "evelopment" in (
            text[m.end : m.end + 200]) else None
        if lead and not _SENTENCE_END.search(text, m.end, lead.start()):
            # "X is under review; Y now leads all global development": Y took X over
            comp = _company_named(lead.group("c"), companies)
            if comp:
                votes[comp.name] = votes.get(comp.name, 0) + 20
        after_end = min(len(text), m.end + 150)
        after = (
            _OWNER_AFTER.search(text, m.end, after_end)
            if text.find(" by ", m.end, after_end) != -1
            else None
        )
        if after and (
            _REGION_OPENER.search(text, max(0, m.start - 40), m.start)
            or _SENTENCE_END.search(text, m.end, after.start() + 1)
        ):
            # "In Korea, X is being developed by Y": a partner for a region; and a "developed
            # by" of the next sentence is that sentence's
            after = None
        if after and _PARTNER_BETWEEN.search(text, m.end, after.start()):
            # "X in combination with Y, an antibody developed by Z": Z is Y's developer
            after = None
        if after:
            comp = _company_named(after.group("c"), companies)
            if comp:
                votes[comp.name] = votes.get(comp.name, 0) + 2
            now = _NOW_DEVELOPED_BY.match(text, after.end(), after_end) or _ACQUIRED_AFTER.match(
                text, after.end(), after_end
            )
            if now is None and _WHICH_DEVELOPS_WORLDWIDE.match(text, after.end(), after_end):
                now = after  # the originator itself "develops it worldwide"
            # "discovered by Y and now developed by Z worldwide": Z develops it (GUIDELINES)
            comp = _company_named(now.group("c"), companies) if now else None
            if comp:
                votes[comp.name] = votes.get(comp.name, 0) + 20
        acq = _ACQUIRER.search(before) if "rights" in before or "licen" in before else None
        if acq is None and ("lead" in before or "now" in before or "evelopment of" in before):
            acq = _LEADS_BEFORE.search(before)
        if acq is None and "rights" in before:
            # "Y, Inc. ("Y"), which acquired exclusive worldwide rights to X"
            wide = max(0, m.start - 160)
            if "which" in text[wide : m.start]:
                acq = _ACQUIRER_WHICH.search(text, wide, m.start)
        if acq is None and "licen" in before:
            # "granted Y Co., Ltd. an exclusive worldwide licence to X"
            acq = _GRANTEE.search(text, max(0, m.start - 120), m.start)
        if acq:  # "Y acquires worldwide rights to X": Y develops it from now on, whoever
            # discovered it or filed its earlier INDs
            comp = issuer if acq.group("c") == "it" else _company_named(acq.group("c"), companies)
            if comp:
                votes[comp.name] = votes.get(comp.name, 0) + 20
        subject = its_subject(text, m.start, companies) or _filing_subject(
            text, m.start, companies
        )
        if subject:
            # "Harrowgen Bio announced FDA clearance of an IND for its gene therapy HWB-33"
            # ("Meridale has also filed for Orphan Drug Designation for MRD-7710")
            votes[subject.name] = votes.get(subject.name, 0) + 2
        for start, end, comp in abouts:
            if start <= m.start < end:
                votes[comp.name] = votes.get(comp.name, 0) + 1
        for lic in licensees or ():
            # the product named in the licence's own sentence, before the licensee
            if lic.start() - 300 <= m.start < lic.start("c") and not _SENTENCE_END.search(
                text, m.end, lic.start()
            ):
                comp = _company_named(lic.group("c"), companies)
                if comp:
                    votes[comp.name] = votes.get(comp.name, 0) + 5
    if votes:
        return max(votes, key=lambda k: (votes[k], issuer is not None and k == issuer.name))
    return issuer.name if issuer else None
