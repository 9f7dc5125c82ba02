"""Regular expressions for the regulatory language of a release.

Kept apart from the relation logic so the vocabulary of triggers, statuses and the
cues that cancel an event (plans, applications, eligibility, holds) reads as one list.
"""

from __future__ import annotations

import re

# An IND or its equivalent. "IND-enabling" and "pre-IND" are study stages, not filings.
IND_TRIGGER = re.compile(
    r"(?<![\w-])(?:INDs?(?![\w-])|IND-(?:clearance|approval)"
    r"|[Ii]nvestigational [Nn]ew [Dd]rug(?: \(IND\))?(?: [Aa]pplications?)?"
    r"|(?:human )?[Cc]linical [Tt]rial [Aa]pplications?(?: \(CTAs?\))?"
    r"|CTAs?(?![\w-])|[Cc]linical [Tt]rial [Aa]uthori[sz]ations?|[Cc]linical [Tt]rial [Nn]otifi"
    r"cations?(?: \(CTN\))?"
    r"|CTN(?![\w-])|[Ii]mplied (?:approval|licen[cs]e)|[Cc]linical [Tt]rial [Aa]pprovals?"
    r"|(?:approval|clearance|green light|approved|cleared) (?:for|to (?:conduct|start|initiate|"
    r"begin|enter))"
    r" (?:the |a |an |its |[\w/-]+ ){0,4}?(?:human )?clinical (?:trials?|stud(?:y|ies)|development)"
    r"|(?:Phase \S+ )?clinical trial plan|Phase [\dI]\S* (?:clinical trial )?application"
    r"|approval for clinical trials?|cleared (?:the [Cc]ompany |it |\w+ )?to (?:conduct|start|i"
    r"nitiate|begin)"
    r"|No Objection Letter"
    r"|(?:approval|clearance|authori[sz]ation|permission) (?:from|by) [^,;.]{2,80}? to (?:condu"
    r"ct|start|initiate|begin"
    r"|run|proceed with)"
    r"|approved (?:a|an|the|its) (?:[\w/-]+ ){0,5}?(?:clinical )?(?:trial|study)(?! design)"
    r"|protocol (?:has been|had been|was|were|have been) approved by (?:the )?(?:regulatory|hea"
    r"lth|competent)"
    r" authorit(?:y|ies))"
)

# what happened to the filing
STATUS = re.compile(
    r"\b(?P<cleared>cleared|clearance|clearances|clear|clearing|approved|approval|approvals|approve|granted|"
    r"authori[sz]ed|authori[sz]ation|may proceed|allowed to proceed|green light|implied|No Obje"
    r"ction|"
    r"go-ahead|nod|allowed|NOL|issued)\b(?!\s+(?:number|No\b))"
    r"|\b(?P<accepted>accepted|acceptance|acknowledged receipt)\b(?!\s+(?:number|No\b))"
    r"|\b(?P<submitted>submitted|submission|submissions|submit|filed|filing|lodged|applied)\b"
)

# a designation counts when the text says it was given
GRANTED = re.compile(
    r"\b(?:grant|granted|grants|receiv\w*|award\w*|obtain\w*|holds?|held|has|have|had|gave|given|"
    r"designated|recogni[sz]ed|selected|admitted|picked|chosen|secured|earned|carries|bestowed|"
    r"achieved|gained|was|were|been|under|announc\w*|wins|secures)\b"
)

# cues that turn a regulatory mention into a plan, a request or a generality
NOT_EVENT = re.compile(
    r"\b(?:plans? to|planned|planning|intends?|intended|intention|expects?|expected|anticipate["
    r"sd]?|"
    r"aims?|will|would|could|should|may be|might|potential(?:ly)?\s+(?:to\s+)?(?:submit|receive"
    r"|file|seek)|"
    r"to (?:submit|file|apply|seek|request|support)|seek|seeking|apply for|applied for|applicat"
    r"ion for|"
    r"request(?:ed|s)? for|requested|eligible|eligibility|if |upon|once|prepare|preparing|"
    r"in preparation|ahead of|pending|under review|to be)\b"
    r"|\bbenefits?\b|\bcriteria\b|\bprogram(?:me)?s? (?:is|are|was|provides?|offers?)\b|\bvoucher"
)
# "eligible for priority review", "may qualify for": generalities about a designation
DES_NOT_EVENT = re.compile(
    r"\b(?:eligible|eligibility|qualif(?:y|ies|ied)|benefits?|voucher|intended to|designed to|"
    r"provides?|offers?|criteria|sponsors? of|aims? to|created by|established (?:under|by)|"
    r"apply for|applied for|application for|request(?:ed|s)? for|to seek|plans? to|will seek|"
    r"intends? to|expects? to|would|could|may|designation system|introduced)\b"
)
IND_NOT_EVENT = re.compile(
    r"\b(?:ethics committee|institutional review board|IRB|HREC|EC approval|review board|"
    r"clinical hold|partial hold|on hold|pre-IND|IND-enabling|NDA|BLA|MAA|new drug application|"
    r"biologics license application|marketing authori[sz]ation|marketing approval|conditional a"
    r"pproval)\b",
    re.I,
)

# what the release announces as today's news
TODAY = re.compile(
    r"\btoday\b|\bannounc\w*\b|\bthis week\b|\bhas (?:been )?(?:granted|cleared|approved|received|"
    r"accepted|obtained)\b|\bhave (?:been )?(?:granted|cleared|approved|received)\b"
)
SAME_TIME = re.compile(
    r"\b(?:same|that) (?:month|day|time|week)\b|\bsimultaneously\b|\bat the same time\b"
)
EARLIER_YEAR = re.compile(r"\b(?:[Ee]arlier|[Ll]ater) (?:that|the same|in the same) year\b")

APPLICATION_NUMBER = re.compile(
    r"\b(?:C[XY][SH][LB]\d{6,8}|J[XY][SH][LB]\d{6,8}|\d{4}L\d{5})\b"
    r"|\b(?:IND|CTA|acceptance|application|approval)\s+(?:number|No\.?|#)\s*:?\s*(?P<num>[A-Z0-9-]{5,15})\b"
)

# a designation word in the plural: "designations" covers more than one grant
PLURAL_DESIGNATION = re.compile(
    r"\bdesignations\b|\bODDs\b|\btwo\b|\bthree\b|\bboth\b|\beach\b", re.I
)

# what looks like a disease, so "for a phase 2 clinical trial" is not an indication
DISEASE = re.compile(
    r"(?i:\bcancers?|tumou?rs?|carcinomas?|adenocarcinomas?|lymphomas?|leuka?emias?|myelomas?|sarcomas?|"
    r"melanomas?|gliomas?|glioblastomas?|blastomas?|syndromes?|diseases?|disorders?|dystroph\w+|"
    r"deficienc\w+|fibrosis|sclerosis|malignanc\w+|neoplasms?|atroph\w+|thalass\w+|anemia|anaemia|"
    r"hypercholesterol\w+|cholestasis|galactosemia|epilepsy|epilepsies|encephalopath\w+|dermatitis|"
    r"lupus|arthritis|nephritis|hepatitis|infections?|diabetes|obesity|colitis|psoriasis|asthma|"
    r"injury|injuries|failure|vera|myelofibrosis|polycythemia|fibromatosis|neuropath\w+|"
    r"symptoms|pain|seizures|hemophilia|haemophilia|vasculitis|uveitis|keratitis|retinopathy|"
    r"degeneration|hypertension|amyloidosis|leukodystrophy|mucopolysaccharidosis|acidemia|"
    r"porphyria|ataxia|palsy|dementia|alzheimer|parkinson|huntington|"
    r"myasthenia|gastroparesis|colorectal|gastric|pancreatic|ovarian|breast|prostate|lung)"
    r"|\b(?:ALS|SMA|DMD|NSCLC|SCLC|HCC|AML|ALL|B-ALL|CLL|CML|MDS|R/R MM|RRMM|MM|NHL|DLBCL|RCC|m"
    r"UC|UC|BTC|"
    r"PV|SLE|TNBC|GEJ|G/GEJA|GEJA|DEE|NF1|PN|PROC|PFIC\d?|R/M NPC|NPC|MS|TDT|SCD|RA|ET)\b"
)
