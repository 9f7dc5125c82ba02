"""Regular expressions for the regulatory language of a release.

Kept apart from the relation logic so the vocabulary of triggers, statuses and the
cues that cancel an event (plans, applications, eligibility, holds) reads as one list.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dossier.extract import vocab
from dossier.extract.prefilter import (
    FirstCharScan,
    Prefiltered,
    WordScan,
    alternation_by_first_char,
)

# An IND or its equivalent: a CTA, a clinical trial notification or approval, China's
# implied approval, Korea's clinical trial plan, an agency approving a trial protocol.
# "IND-enabling" and "pre-IND" are study stages, not filings (see events._ENABLING).
# The wordings are two lists: the names of the filings, and the wordings told with an
# outcome's verb or noun, which cannot match in a sentence holding none of
# IND_TRIGGER_VERB_WORDS (most sentences naming an IND): there IND_TRIGGER_NAMES is
# scanned alone. No name and no verbal wording match at the same place (they open with
# other words), so the order of the two lists changes no match.
# a trial's application named by its country ("the Taiwan application", "the combined
# UK-EU application", IND_TRIGGER_RARE): the place names of countries.tsv, longest first
_PLACES = sorted((row[0] for row in vocab.table("countries.tsv")), key=len, reverse=True)
_PLACE = "|".join(re.escape(place) for place in _PLACES)
# "the 60-working-day implied approval system": the procedure's name, not an approval
_PROCEDURE_NAME = (r" (?:system|pathway|procedure|process|mechanism|framework|regime|rules?"
                   r"|timelines?|period|clock)\b")
_IND_TRIGGER_NAMES = (
    r"INDs?(?![\w-])|IND-(?:clearance|approval)"
    r"|[Ii]nvestigational [Nn]ew [Dd]rug(?: \(IND\))?(?: [Aa]pplications?)?"
    r"|(?:human )?[Cc]linical [Tt]rial [Aa]pplications?(?: \(CTAs?\))?|CTAs?(?![\w-])"
    # (Singapore's "clinical trial authorisation application": a filing, not a clearance)
    r"|[Cc]linical [Tt]rial [Aa]uthori[sz]ations?(?: [Aa]pplications?)?"
    r"|[Cc]linical [Tt]rial [Nn]otifications?(?: \(CTN\))?|CTN(?![\w-])"
    r"|[Ii]mplied (?:approval|licen[cs]e)(?!" + _PROCEDURE_NAME + ")"
    r"|[Cc]linical [Tt]rial [Aa]pprovals?"
    r"|(?:Phase \S+ )?clinical trial plan|Phase [\dI]\S* (?:clinical trial )?application"
    r"|No Objection Letter"
)
_IND_TRIGGER_VERBAL = (
    r"(?:approval|clearance|green light|approved|cleared)"
    r" (?:for|to (?:conduct|start|initiate|begin|enter))"
    r" (?:the |a |an |its |[\w/-]+ ){0,4}?(?:human )?clinical"
    r" (?:trials?|stud(?:y|ies)|development)"
    # ("Regulatory approval to initiate the Phase 1 trial of X was obtained from the MHRA")
    r"|(?:approval|clearance|green light) to (?:conduct|start|initiate|begin)"
    r" (?:the |a |an |its |[\w/-]+ ){0,4}?(?:trials?|stud(?:y|ies))\b"
    # "which the FDA cleared for a Phase 1 trial in T-cell lymphoma in 2022"
    # ("received NMPA approval for a Phase 2 trial of X")
    r"|(?:approved|cleared|approval|clearance) for (?:a|an|the|its) Phase [\dI]\S* (?:clinical )?"
    r"(?:trials?|stud(?:y|ies))\b"
    r"|approval for clinical trials?"
    # ("has approved X-506 to enter clinical trials")
    # ("the Phase 1 study of X was cleared to proceed in Japan"; "... to proceed in
    # Australia under the CTN scheme": the scheme's name is the trigger)
    r"|(?:cleared|approved|authori[sz]ed) (?:the [Cc]ompany |it |[\w-]+ )?to (?:conduct|start"
    r"|initiate|begin"
    r"|(?:proceed|commence)(?! with)(?![^,;.]{0,90}\bunder\b)"
    # "which the FDA cleared to enter the clinic in January 2026"
    r"|enter (?:the clinic|clinical (?:trials?|testing|development)))"
    # (Health Canada's No Objection Letter: "issued an NOL", "the NOL was received")
    r"|(?:(?<=Canada )|(?<=\bHC )|(?<=\ban )|(?<=\b[Tt]he ))NOL(?![\w-])"
    # ("obtained Health Canada clearance for X": Health Canada clears trials, its marketing
    # authorisations are approvals and notices of compliance)
    r"|(?<=Health Canada )[Cc]learance(?= (?:for|of) )"
    r"|(?:approval|clearance|authori[sz]ation|permission) (?:from|by) [^,;.]{2,80}?"
    # ("obtained approval from the TFDA in January 2025 to add Taiwanese sites to the trial")
    r" to (?:conduct|start|initiate|begin|run|proceed with|add|open|include)"
    # "The study received approval from the Israeli Ministry of Health in March 2025"
    r"|(?<=[Ss]tudy |[Tt]rial )(?:has |had )?(?:received|obtained) (?:regulatory )?"
    r"(?:approval|clearance|authori[sz]ation) (?:from|by)\b"
    # "received approval from the MFDS in January for a Phase 3 bridging study of X"
    # ("received the approval of the MFDS on December 22, 2025 for an investigator-initiated
    # clinical trial")
    # ("JH-21 was cleared by the U.S. Food and Drug Administration (FDA) for a Phase 1
    # clinical trial in ...": the verb, and the agency's "U.S.")
    r"|(?:approval|clearance|authori[sz]ation"
    r"|(?:(?<=was )|(?<=were ))(?:cleared|approved|authori[sz]ed))"
    r" (?:from|by|of) (?:U\.S\.|[^,;.]|,(?= \d{4}\b)){2,80}?"
    r" for (?:a|an|the|its)"
    r" (?:[\w/-]+ ){0,4}?(?:clinical )?(?:trial|study)\b(?! design)"
    r"|(?:approved|authori[sz]ed) (?:a|an|the|its|their|[A-Z][\w-]*['’]s) (?:[\w/-]+ ){0,5}?"
    r"(?:clinical )?(?:trial|study|protocol)(?! design)"
    # "the NMPA approved clinical trials of X in NSCLC"
    r"|(?:approved|authori[sz]ed) (?:clinical )?(?:trials?|stud(?:y|ies)) (?:of|for) "
    # "ANVISA authorized the conduct of TAMARACK at sites in Sao Paulo"
    r"|(?:approved|authori[sz]ed) the conduct of\b"
    # "authorized three Colombian sites for the same trial", "approved the inclusion of
    # Brazilian sites in the Phase 2 trial"
    r"|(?:approved|authori[sz]ed|cleared) (?:the (?:inclusion|addition|participation) of )?"
    r"(?:[\w/-]+ ){0,3}?(?:sites?|centres?|centers?)"
    r" (?:for|in) (?:the|a|an|its|their) (?:[\w/-]+ ){0,4}?(?:clinical )?(?:trial|study)\b"
    # ("Medsafe approved, on November 3, 2025, its application to begin a study")
    # ("approved on January 21, 2025 the Company's application to conduct a Phase 2 trial")
    # ("received TFDA approval of its application to conduct TIDEMARK at two centres")
    r"|approval of (?:its|the|their|an?|[A-Z][\w-]*['’]s) application to (?:run|conduct|start|"
    r"initiate|begin|add|open)"
    r"|(?:approved|authori[sz]ed|cleared)(?:,? (?:on|in) [^;.]{3,25}?,?)? (?:a|an|the|its|their|"
    r"[A-Z][\w-]*['’]s|the [Cc]ompany['’]s) application"
    r" to (?:run|conduct|start|initiate|begin|add|open)"
    r"|protocol (?:has been|had been|was|were|have been) approved by (?:the )?"
    r"(?:regulatory|health|competent) authorit(?:y|ies)"
)
# every verbal wording holds one of these words
IND_TRIGGER_VERB_WORDS = (
    "approv", "clear", "authori", "green light", "permission", "received", "obtained", "NOL"
)
IND_TRIGGER = FirstCharScan(
    r"(?<![\w-])",
    r"(?:" + _IND_TRIGGER_NAMES + "|" + _IND_TRIGGER_VERBAL + ")",
    "ICNPachgipro",  # the first letters of the alternatives above
)
IND_TRIGGER_NAMES = FirstCharScan(r"(?<![\w-])", r"(?:" + _IND_TRIGGER_NAMES + ")", "ICNPchi")
# rarer wordings, scanned only in sentences holding one of their words (events.py):
# Singapore's certificate, a "may proceed" notice, permission to start, "the trial (of X)
# was approved by the NMPA" (events.py checks the trial before it)
IND_TRIGGER_MORE = FirstCharScan(
    r"(?<![\w-])",
    r"(?:"
    r"[Cc]linical [Tt]rial [Cc]ertificates?(?: \(CTC\))?"
    # Hong Kong's "Certificate for Clinical Trial"
    r"|[Cc]ertificates? for (?:a )?[Cc]linical [Tt]rials?"
    # "a Phase 1 study is under way in New Zealand following approval from Medsafe"
    # (events.py checks that a trial is named before it, in its sentence)
    r"|(?:(?<=following )|(?<=after ))(?:regulatory )?(?:approval|clearance|authori[sz]ation) "
    r"(?:from|by) (?=(?:the )?[A-Z])"
    # "following the sign-off of its protocol by Korea's MFDS"
    r"|sign-?off (?:of|on) (?:its|the|their|a) (?:[\w-]+ ){0,2}?(?:protocol|trial|study)\b"
    # (a "'study may proceed' letter" in quotes too)
    r"|(?<=[Ss]tudy [Mm]ay |[Tt]rial [Mm]ay )[Pp]roceed['’\"”]? "
    r"(?:[Ll]etter|[Nn]otification|[Nn]otice)"
    r"|(?<=may |can )proceed with (?:the |a |an |its )?(?:[\w/-]+ ){0,4}?(?:clinical )?"
    r"(?:trials?|stud(?:y|ies))"
    # ("granted permission in August 2024 to conduct a Phase 2 clinical trial", "granted
    # permission for a Phase 3 trial in 2023")
    r"|permission(?: (?:in|on) [^,;.]{3,25}?)? to (?:conduct|start|initiate|begin)"
    r" (?:the |a |an |its )?(?:[\w/-]+ ){0,4}?(?:clinical )?(?:trials?|stud(?:y|ies))"
    r"|permission for (?:the |a |an |its )(?:[\w/-]+ ){0,4}?(?:clinical )?(?:trials?|stud(?:y|ies))"
    r"|(?:approved|authori[sz]ed|cleared) by (?:the )?(?=[A-Z])"
    # Brazil's clinical trial filing: the Drug Clinical Development Dossier (DDCM)
    # ("approved the Company's clinical development dossier", in lower case too)
    r"|(?:[Dd]rug )?[Cc]linical (?:[Dd]rug )?[Dd]evelopment [Dd]ossier(?: \(DDCM\))?"
    r"|DDCM(?![\w-])"
    # "a Phase 1 study that was authorised under the EU Clinical Trials Regulation": the
    # CTA of a study, told by the regulation it went through
    # ("ALDER-1 was authorised in the European Union under the Clinical Trials Regulation")
    r"|(?:authori[sz]ed|approved|cleared) (?:in [A-Z][a-z]+ \d{4} |in the European Union )?"
    r"under (?:the )?"
    r"(?:EU |European Union |European )?"
    r"Clinical Trials? Regulation"
    # "a Phase 1 trial that Swissmedic authorised on 14 May 2024 and that the MHRA
    # approved": an agency's approval of a trial, told in a relative clause
    # (events.py checks that a trial is named before it, in the same clause: "a Phase 2
    # study of X in chronic rhinosinusitis that the MFDS approved in March 2024")
    r"|(?<=\w )(?:that|which)"
    r" (?:the )?(?=[A-Z])[^,;.()]{2,90}? (?:authori[sz]ed|approved|cleared)\b"
    r"(?! (?:for|as) )"
    # "the FDA has informed the company that the study may proceed"
    r"|(?:(?<=informed )|(?<=notified )|(?<=advised ))(?:the [Cc]ompany|it|us|[A-Z][\w-]*) that "
    r"[^;.]{2,160}? may proceed\b(?! (?:to|with|if|once|when|after)\b)"
    # "The Phase 2 study of X received a green light from Health Canada" (events.py checks
    # that the trial is the subject, as TRIAL_BEFORE_RECEIVED reads it)
    r"|(?:received|obtained|secured) (?:regulatory )?(?:approval|clearance|authori[sz]ation|"
    r"(?:a |the )?green light|(?:a |the )?go-ahead) (?:from|by) (?=(?:the )?[A-Z])"
    # a Chinese approval notice's conclusion, translated: "it is agreed that the clinical
    # trial be carried out for ...", "agreed to carry out clinical trials of X"
    r"|(?:(?<=is )|(?<=was ))agreed that (?:the |this |its )?(?:drug['’]s )?(?:clinical )?trials?"
    r" (?:be|is|are|shall be) (?:carried out|conducted)"
    r"|agreed? to (?:carry out|conduct) (?:the |its )?clinical trials?"
    r")",
    # (the first characters of the alternatives above; A-Z: "notified Acme that")
    "A-Zcpatwiurosad",
)
# the words without which IND_TRIGGER_MORE cannot match: one of the first group, or the
# relative clause's pronoun and verb ("a trial that the MHRA approved") together
IND_TRIGGER_MORE_WORDS = (
    "Regulation",
    "ertificate",
    "proceed",
    "Proceed",
    "permission",
    "d by ",
    "Dossier",
    "dossier",
    "DDCM",
    "sign-off",
    "signoff",
    "following approval",
    "following regulatory approval",
    "after approval",
    "received ",
    "obtained ",
    "secured ",
    "agree",
)
# rarer still, scanned only in sentences holding "authori" or "application for ":
IND_TRIGGER_RARE = FirstCharScan(
    r"(?<![\w-])",
    r"(?:"
    # "Swissmedic authorised VELA-2 in the third quarter": a trial named in capitals
    # (event_products.py gives it the product the release runs it with)
    r"authori[sz]ed (?=[A-Z]{3,}-\d{1,2}\b)"
    # "Swissmedic's authorisation of the Swiss part of RESET-AI", "Swissmedic authorised
    # the Swiss part of SOLACE-4"
    r"|authori[sz](?:ation of|ed) the (?:[A-Z][\w-]* )?(?:part|arm|portion|cohort) of\b"
    # "was authorised in Italy by the AIFA" (events.py checks the trial before it)
    r"|(?:approved|authori[sz]ed|cleared) in [A-Z][a-z]+ by (?:the )?(?=[A-Z])"
    # "an application for the same expansion study was filed with the TFDA": a trial's
    # application is its clinical trial application
    # "Medsafe approved the company's application for a first-in-human study of X"
    r"|(?:(?<=approved )|(?<=authorised )|(?<=authorized ))(?:the [Cc]ompany['’]s |its |an |the )"
    r"application for (?:the |a |an |its )(?:[\w/-]+ ){0,4}?(?:clinical )?(?:trial|study)\b"
    # "Qingyu's application for the China study was accepted": a trial's application,
    # whatever befell it (not the regime's "an application for a drug clinical trial is
    # deemed approved if")
    r"|(?<=['’]s )applications? (?:for|to conduct) (?:the|its|our|their) "
    r"(?:[\w./-]+ ){0,3}?(?:clinical )?(?:study|trial)\b"
    # "the Taiwan application", "the combined UK-EU application": by its country
    r"|(?<=[Tt]he )(?:combined |parallel |separate )?(?:" + _PLACE + r")(?:-(?:" + _PLACE
    + r"))? applications?\b"
    r"|(?:[Aa]n|[Tt]he|[Ii]ts) application for (?:the |a |an |its )"
    r"(?:[\w/-]+ ){0,4}?(?:clinical )?(?:trial|study)(?= (?:was|were|has been|had been) "
    r"(?:filed|submitted|lodged) (?:with|to)\b)"
    # "The European part of the study was submitted through the Clinical Trials Information
    # System (CTIS)": the EU's clinical trial application, told by its portal
    r"|(?:submitted|filed|lodged) (?:via|through|in) (?:the )?(?:EU(?:['’]s)? )?"
    r"(?:Clinical Trials Information System|CTIS)\b"
    # ("submitted the GLOW-1 application to the Dutch and French authorities through the
    # Clinical Trials Information System (CTIS)": the portal, the verb told before it)
    r"|(?:(?<=through the )|(?<=via the ))(?:EU(?:['’]s)? )?"
    r"(?:Clinical Trials Information System|CTIS)\b"
    # "Israel's Ministry of Health approved the participation of two Israeli medical
    # centers": sites added to a trial
    r"|(?<=approved )the (?:participation|inclusion|addition) of (?:[\w/-]+ ){0,3}?"
    r"(?:sites?|centres?|centers?|hospitals?)\b"
    # a timeline's "January 2025 | Clinical trial application submitted to the CDE" then
    # "February 2025 | Application accepted (CXSL2500214)" (events.py checks the line before
    # names the filing)
    r"|(?<=\s)Application (?:was |has been )?(?:accepted|approved|cleared)\b"
    r")",
    # (the first letters of the alternatives above; the places' for "the Taiwan application")
    "aAtTiIcsflCEp" + "".join(sorted({place[0] for place in _PLACES})),
)
IND_TRIGGER_RARE_WORDS = (
    "authori", "application for ", "approved in ", "cleared in ", "Information System", "CTIS",
    "approved the", "Application ", "applications for ",
    *(f"{place} application" for place in _PLACES),
)
IND_TRIGGER_MORE_RELATIVE = ("that ", "which ")
IND_TRIGGER_MORE_VERBS = ("authori", "approved", "cleared")
# every word the gates above ask about, found in a sentence in one pass (cheaper than
# the thirty `in` tests on a sentence naming an IND)
_IND_GATE_WORDS = WordScan(
    IND_TRIGGER_VERB_WORDS + IND_TRIGGER_MORE_WORDS + IND_TRIGGER_RARE_WORDS
    + IND_TRIGGER_MORE_RELATIVE + IND_TRIGGER_MORE_VERBS
)


class IndTriggerGates(NamedTuple):
    """Which of the IND trigger expressions can match in a sentence."""

    verbal: bool  # IND_TRIGGER's verbal wordings (else IND_TRIGGER_NAMES gives its matches)
    more: bool  # IND_TRIGGER_MORE
    rare: bool  # IND_TRIGGER_RARE


def ind_trigger_gates(sentence: str) -> IndTriggerGates:
    """The cheap gates of the IND trigger expressions for `sentence` ("that " and "which "
    are common, a relative clause's verbs rarer)."""
    found = _IND_GATE_WORDS.found(sentence)
    return IndTriggerGates(
        verbal=not found.isdisjoint(IND_TRIGGER_VERB_WORDS),
        more=not found.isdisjoint(IND_TRIGGER_MORE_WORDS) or (
            not found.isdisjoint(IND_TRIGGER_MORE_RELATIVE)
            and not found.isdisjoint(IND_TRIGGER_MORE_VERBS)
        ),
        rare=not found.isdisjoint(IND_TRIGGER_RARE_WORDS),
    )


# "a trial that ...", "a Phase 2 study of X in Y which ...", "... and that": what a
# relative clause telling an agency's approval must follow, in its clause
TRIAL_BEFORE_RELATIVE = re.compile(
    r"(?:\b(?:trials?|stud(?:y|ies))\b[^,;.()]{0,90}|\band) \Z"
)
# "The Phase 2 study of X received a green light from": what a trial's "received" follows
TRIAL_BEFORE_RECEIVED = re.compile(
    r"\b(?:trial|study)(?: (?:of|for) [\w/-]+(?: [\w/-]+){0,2}?)?(?:, [^,;.]{2,60},)?"
    r" (?:has |had |also )?\Z"
)
# "the Phase 1 trial of X had been approved by": what an agency's "approved by" must follow
# ("CLARION, the Phase 1/2 trial of X, was authorised by", "a trial whose conduct in
# Germany was authorised by")
TRIAL_BEFORE_BY = re.compile(
    # ("a Phase 2a study of X in patients with IPF was approved by the MFDS")
    # ("- Trial also approved by New Zealand's Medsafe in December 2025": a highlight)
    r"\b(?:trial|study|studies|protocol|(?<![^\n •*-])(?:Trial|Study))s?"
    r"(?: (?:of|for|in) [\w/-]+(?: [\w/-]+){0,5}?)?"
    # ("The Phase 1 healthy volunteer study, which was approved by New Zealand's Medsafe")
    r"(?:, which|,| whose conduct(?: in [A-Z][\w ]{2,30}?)?)?"
    # ("collected under a protocol approved by New Zealand's Medsafe": a participle)
    r"(?: (?:had been|has been|have been|was|were))?(?: also)? \Z"
    # "ALMA-1, the Phase 1/2 study in children with X, was authorised (in Italy) by"
    # ("a study in healthy volunteers in New Zealand, approved by ... Medsafe, in 2023")
    r"|\b(?:trial|study)\b[^.;()]{0,100}, (?:(?:had been|has been|have been|was|were) )?\Z"
)

# what happened to the filing ("acceptance number" and "approval number" are not news)
# (each group's words as an alternation_by_first_char: the expression is tried at every
# word of an IND scope)
STATUS = re.compile(
    r"\b(?P<cleared>"
    + alternation_by_first_char(
        [
            "cleared", "clearance", "clearances", "clear", "clearing", "approved", "approval",
            "approvals", "approve", "granted",
            # (a timeline's present tense: "- December 2022: FDA clears the IND application")
            "clears", "approves", "authori[sz]es", "authori[sz]ed", "authori[sz]ation",
            "May [Pp]roceed", "may [Pp]roceed", "allowed to proceed", "green light",
            "implied(?! (?:approval|licen[cs]e)" + _PROCEDURE_NAME + ")",
            "No Objection", "go-ahead", "nod", "allowed", "NOL", "issued", "became effective",
            "become effective", "is now effective", "went into effect", "in effect",
            "sign-?off",
            # (at a sentence's start: "Clearance of the IND for X was received from ...")
            "Clearance", "Approval", "Authori[sz]ation",
        ]
    )
    + r")\b(?!\s+(?:number|No\b))"
    + r"|\b(?P<accepted>"
    + alternation_by_first_char(
        ["Accepted", "accepted", "Acceptance", "acceptance", "acknowledged receipt"]
    )
    + r")\b(?!\s+(?:number|No\b))"
    # (a list item opens with its verb: "- Submitted a clinical trial notification to ...")
    + r"|\b(?P<submitted>"
    + alternation_by_first_char(
        [
            "Submitted", "submitted", "submission", "submissions", "submit", "Filed", "filed",
            "filing", "lodged", "applied", "resubmitted", "re-submitted", "refiled",
            "Submission", "Filing",
        ]
    )
    # ("completed a Phase 1 study after submitting a CTN to the PMDA in June 2023")
    + r"|(?:(?<=after )|(?<=following ))(?:submitting|filing)"
    + r")\b"
)
# rarer wordings of the same (other agencies' procedures), searched only where their words
# occur so that STATUS stays as cheap as before: a PMDA review ending "without objection",
# a CTN "acknowledged" by the TGA, an application "validated", the TGA "notified"
STATUS_MORE = Prefiltered(
    re.compile(
        # ("the 30-day review of its CTN by the PMDA ended ... without inquiries")
        r"\b(?P<cleared>without (?:any )?(?:objections?|questions?|comments?|inquiries|queries|"
        r"instructions?)|"
        r"no objections?|"
        r"did not object|"
        r"acknowledged(?! receipt)|permission|"
        r"allowing (?:the |its |our |their )?(?:[\w-]+ ){0,3}?(?:sites?|trials?|stud(?:y|ies)|"
        r"company|sponsor) to (?:proceed|start|begin|commence)|"
        # "the FDA has completed its 30-day review of the IND": it is in effect
        # ("the FDA has not yet completed its review": still under review)
        r"(?<!not )(?<!not yet )(?<!yet to have )(?:completed|concluded) its (?:\d+-day )?review|"
        # "has completed the Clinical Trial Notification (CTN) process with the TGA"
        r"(?<!not )(?<!not yet )(?<!yet to have )completed(?= (?:the|its) (?:[\w()-]+ ){0,5}?"
        r"(?:process|procedure) with\b)|"
        r"(?:review|waiting|investigation) period (?:has |had )?"
        r"(?:passed|elapsed|expired|lapsed|ended|concluded)|"
        # "the 30-day review period for the notification it submitted ... has passed"
        # ("the 30-day investigation period following its CTN to the PMDA ... ended on")
        r"(?:review|waiting|investigation) period (?:for|of|following) [^.;]{5,240}? "
        r"(?:(?:has|had) )?(?:passed|elapsed|expired|lapsed|ended|concluded)|"
        # "the trial proceeded under Australia's CTN scheme": running under it, cleared
        # ("conducted in Australia under the Therapeutic Goods Administration (TGA) Clinical
        # Trial Notification (CTN) scheme")
        r"(?:proceed(?:ed|s|ing)?|running|runs|ran|conducted|started|began|opened) "
        r"(?:in [A-Z][a-z]+ )?under "
        r"(?:the |its |an? )?(?:[\w'’()-]+ ){0,5}?(?:CTN|[Cc]linical [Tt]rial [Nn]otification)|"
        # "obtained a Certificate for Clinical Trial from ...": the certificate is the
        # clearance itself
        r"(?:received|obtained|secured|was granted|been granted)(?= (?:an? |the |its )?"
        r"(?:[\w'’-]+ ){0,2}?(?:[Cc]linical [Tt]rial [Cc]ertificate|[Cc]ertificate for))|"
        # (a Chinese approval notice's "it is agreed that the clinical trial be carried out")
        r"(?:(?<=is )|(?<=was ))agreed(?= that)|agreed?(?= to (?:carry out|conduct) ))\b"
        r"|\b(?P<accepted>(?:(?<=was )|(?<=were )|(?<=been )|(?<=has )|(?<=have ))validated|"
        r"validated(?= (?:the|its|a|an|our|their|by) )|validation)\b(?!\s+(?:number|No\b))"
        r"|\b(?P<submitted>notified)\b"
    ),
    (
        "object",
        "inquiries",
        "queries",
        "acknowledged",
        "comment",
        "question",
        "permission",
        "period",
        "review",
        "validat",
        "notified",
        "allowing",
        " under ",
        "ertificate",
        "agree",
        "completed",
    ),
)
# a headline's status, next to its trigger: "FDA IND Clearance", "NMPA Approves IND"
HEADLINE_STATUS_AFTER = re.compile(
    r"\s*(?:\([A-Z]+\)\s*)?(?P<w>Clearance|Approval|Acceptance|Authori[sz]ation|Submission|"
    r"Filing|Cleared|Approved|Accepted|Authori[sz]ed|Submitted|Filed)\b"
)
HEADLINE_STATUS_BEFORE = re.compile(
    r"\b(?P<w>Clears|Cleared|Clearance|Approves|Approved|Approval|Accepts|Accepted|Acceptance|"
    r"Authori[sz]es|Authori[sz]ed|Authori[sz]ation|Submits|Submitted|Submission|Files|Filed|"
    r"Filing)\s+(?:(?:of|for|the|its|an?|[A-Z][\w.'’]*)\s+){0,3}\Z"
)

# what a designation told as news follows or builds on: another designation ("the
# designation follows orphan designation", "builds on the EU's PRIME designation")
_PRIOR_DESIGNATION = (
    r" (?:the |an? |its |earlier |prior |previous )*(?:[\w.'’-]+ ){0,4}?designation"
)
# a designation counts when the text says it was given
GRANTED = re.compile(
    r"\b(?:"
    + alternation_by_first_char(
        [
            "grant", "granted", "grants", r"receiv\w*", r"award\w*", r"obtain\w*", "holds?",
            "held", "has", "have", "had", "gave", "given", "designated", "classified",
            "recogni[sz]ed", "selected", "admitted", "picked", "chosen", "secured", "earned",
            "carries", "bestowed", "achieved", "gained", "was", "were", "been", "under",
            r"announc\w*", "wins", "secures", "confirmed", "recipients?", r"conferr\w*",
            # ("the NMPA included X in its Breakthrough Therapy program")
            "included",
            # "The designation follows orphan designation for X from the European
            # Commission": the designation it follows is one already held
            "follow(?:s|ed)?" + _PRIOR_DESIGNATION,
            "comes after" + _PRIOR_DESIGNATION,
            "builds on" + _PRIOR_DESIGNATION,
        ],
        ignorecase=True,
    )
    + r")\b",
    re.I,
)

# cues that turn a regulatory mention into a plan, a request or a generality
# (both as alternation_by_first_char: they are tried at every word of a trigger's clause;
# a group of alternatives before a common tail is written out as one fragment each)
_ASKED_TO_GRANT = (
    # ("has asked the FDA to also grant X Rare Pediatric Disease designation")
    r" (?:the )?(?:[\w.’'()-]+ ){1,8}?to (?:(?:also|further|formally) )?"
    r"(?:grant|award|designate|give|clear|approve|authori[sz]e|"
    # ("has asked the EMA to admit X to its PRIME scheme")
    r"consider|admit|include|accept)"
)
NOT_EVENT = re.compile(
    r"\b(?:"
    + alternation_by_first_char(
        [
            *(
                fragment + r"\b"
                for fragment in [
                    "plans? to", "planned", "planning", "intends?", "intended", "intention",
                    "expects?", "expected", "anticipate[sd]?", "aims?", "will", "would", "could",
                    "should", "may be", "might",
                    # "a competing anti-TL1A program at another U.S. company received FDA
                    # IND clearance": an unnamed rival's news
                    "competing", "rival", r"another (?:[\w.]+ )?(?:company|developer|sponsor)",
                    # "Other CD19 CAR-T programs ... have also attracted FDA designations",
                    # "An ADC ... from a Chinese developer received Breakthrough Therapy
                    # designation": products of others, unnamed
                    *(
                        other + r" (?:[\w-]+ ){0,4}?(?:programs|products|candidates|therapies|"
                        r"drugs|companies|developers|sponsors)"
                        for other in ("other", "Other")
                    ),
                    *(
                        by + r" an? (?:[\w.-]+ ){0,2}?(?:company|developer|sponsor|biotech|"
                        r"competitor)"
                        for by in ("from", "by")
                    ),
                    # "submitted a protocol amendment to its existing IND", "a complete
                    # response to the FDA": correspondence under an IND, not a new filing
                    "amendments?", "complete response",
                    r"potential(?:ly)?\s+(?:to\s+)?(?:submit|receive|file|seek)",
                    "to (?:submit|file|apply|seek|request|support|discuss)", "seek", "seeking",
                    # ("An IND submission to the FDA is being considered for 2026")
                    "being considered", "under consideration",
                    # ("a pre-IND meeting ... to discuss a later IND filing")
                    "an? (?:later|future|eventual)",
                    "apply for", "applied for",
                    r"applications? for (?:an? |the )?(?:[\w.-]+ ){0,4}?(?:designation|status)",
                    "request(?:ed|s)? for", "requested", "eligible", "eligibility", "if ", "upon",
                    "once", "prepare", "preparing", "in preparation", "ahead of", "pending",
                    "under review", "to be (?:submitted|filed)",
                    # "has asked the agency to grant Fast Track designation": a request
                    *(
                        verb + _ASKED_TO_GRANT
                        for verb in ("ask", "asked", "asks", "asking", "petitioned", "invited")
                    ),
                ]
            ),
            r"benefits?\b",
            r"criteria\b",
            r"program(?:me)?s? (?:is|are|was|provides?|offers?)\b"
            # ("the programme was awarded an Innovation Passport": the product's programme)
            # (nor "The Phase 1 program was cleared ...", searched up to its trigger)
            r"(?! (?:awarded|granted|given|selected|admitted|designated|accepted|cleared|"
            r"approved)\b|\s*\Z)",
            "voucher",
            # "has not yet sought", "declined to grant": negated, so nothing happened
            # ("had not been accepted into PRIME at this time")
            # ("does not hold Breakthrough Therapy designation in FCS")
            # ("has not yet been formally included in the Breakthrough Therapy program")
            r"not (?:yet )?(?:been )?(?:formally |officially )?(?:sought|applied|requested|"
            r"submitted|filed|received|granted|obtained|accepted|admitted|selected|included|"
            r"hold|have)\b",
            r"declined to\b",
            r"refused to\b",
            r"denied\b",
        ]
    )
    + ")"
)
# "eligible for priority review", "may qualify for": generalities about a designation
# ("applied to Japan's Ministry of Health, Labour and Welfare for": a name with a comma)
_APPLIED_TO_FOR = r" (?:to|with) (?:the )?[\w.'’-]+(?:,? [\w.-]+){0,5}? for"
# ("submitted a request to the European Medicines Agency (EMA) for PRIME support")
_REQUEST_FOR = r" (?:an? |the |its )?(?:request|application)(?: to [^,;.]{2,70}?)? for"
_STILL_PENDING = r" (?:is |are |remains? |still )*(?:pending|under review)"
_PPLICATION_FOR_STATUS = (
    r"pplications? for (?:an? |the )?(?:[\w.-]+ ){0,4}?(?:[Dd]esignation|[Ss]tatus|[Pp]assport)"
)
# how a programme works, not a grant: "Orphan designation in the EU is (normally) granted
# by the European Commission"
_USUALLY = r"(?:normally |usually |typically |generally )"
_USUALLY_GRANTED_BY = " " + _USUALLY + "(?:granted|awarded) by"
HOW_GRANTED = re.compile(
    r"\b(?:is|are) " + _USUALLY + r"?(?:granted|awarded|given|conferred) by\b"
)
DES_NOT_EVENT = re.compile(
    r"\b(?:"
    + alternation_by_first_char(
        [
            "eligible",
            # ("granted PRIority MEdicines (PRIME) eligibility" is the grant itself; the
            # look-behind follows the "e" it tests before)
            r"e(?<!\) e)ligibility",
            "qualif(?:y|ies|ied)", "benefits?", "advantages?", "voucher", "intended to",
            "designed to",
            "provides?", "offers?", "criteria", "sponsors? of", "aims? to", "created by",
            "established (?:under|by)", "apply for", "applied for", "request(?:ed|s)? for",
            # ("The Company is considering applying for designation under the SAKIGAKE system")
            "applying for", "consider(?:s|ing)? (?:applying|seeking|requesting|filing)",
            # ("Meridale has also filed for Orphan Drug Designation for X")
            "filed for", "files for", "filing for",
            # ("the COMP has adopted a positive opinion recommending that X be designated as
            # an orphan medicinal product": the Commission decides)
            # (not "the first ASO for a muscular dystrophy to be designated under SAKIGAKE")
            "recommend(?:s|ed|ing)? that", "b(?<!to b)e designated", "b(?<!to b)e granted",
            # (a headline's "Submits Request for Fast Track Designation")
            "Requests? for",
            "to seek", "plans? to", "will seek",
            "appl(?:y|ies|ied|ying)" + _APPLIED_TO_FOR,
            "applications?" + _APPLIED_TO_FOR,
            "requests?" + _APPLIED_TO_FOR,
            "submitted an? (?:request|application)" + _APPLIED_TO_FOR,
            "filed an? (?:request|application)" + _APPLIED_TO_FOR,
            # "has applied to the UK Medicines and Healthcare products Regulatory Agency
            # (MHRA) for"
            r"appl(?:y|ies|ied|ying) (?:to|with) (?:the )?(?:[\w.'’-]+ ){1,7}?\([A-Z]{2,6}\) for",
            # ("- Application for an Innovation Passport under the UK ILAP submitted")
            *(a + _PPLICATION_FOR_STATUS for a in "aA"),
            # "Orphan designation in the EU is normally granted by the European Commission":
            # how the programme works, not a grant (not a footnote's "Orphan Drug Designation
            # is granted by the FDA for rare diseases ...; the X designation letter is dated")
            *(verb + _USUALLY_GRANTED_BY for verb in ("is", "are")),
            # "has submitted the application for priority review and is awaiting the decision"
            "submitted" + _REQUEST_FOR,
            "filed" + _REQUEST_FOR,
            "lodged" + _REQUEST_FOR,
            r"awaiting (?:the )?(?:[\w'’.-]+ ){0,3}?(?:decision|outcome|response)",
            "intends? to", "expects? to", "would", "could", "may", "introduced", "such a",
            "designation system (?:is|was|aims|provides|offers|allows|promotes|enables|gives)",
            # (a designation "granted in 2024 following a positive opinion of the COMP" was
            # granted; the look-behinds follow the "p" they test before)
            # ("Positive COMP opinion on EU orphan designation received": the committee's)
            r"p(?<!following a p)(?<!following the p)(?<!after a p)(?<!after the p)"
            r"(?<!basis of a p)(?<!basis of the p)(?<!based on a p)(?<!based on the p)ositive "
            r"(?:[A-Z]{2,6} )?opinion",
            r"Positive (?:[A-Z]{2,6} )?opinion",
            # (not "granted in March 2024 on the recommendation of the COMP": granted)
            r"r(?<!on the r)(?<!following the r)(?<!upon the r)(?<!after the r)ecommend\w*",
            # "a proposed Breakthrough Therapy inclusion was published for public comment"
            "proposed", "for public (?:comment|notice)", "under public (?:comment|notice)",
            "under notice",
            "an? (?:drug|product|therapy|medicine|candidate) (?:with|that|which)",
            # "is granted by the FDA to investigational therapies for rare diseases": what
            # the programme does for drugs in general
            "to (?:investigational |new )?(?:drugs|therapies|products|medicines|treatments)",
            # "Under Japan's orphan drug system, the MHLW designates drugs for diseases ..."
            "designat(?:es|ed|ing) (?:investigational |new )?(?:drugs|therapies|products|"
            "medicines|treatments)",
            # "..., though no request has been made"; "in discussions with the FDA regarding"
            "no (?:request|application)s? (?:has|have|had|was|were)", "in discussions?",
            "regarding potential",
            # "has asked the agency to grant Fast Track designation"
            r"ask(?:ed|s|ing)? (?:the )?(?:[\w.'’()-]+ ){0,7}?(?:to (?:grant|consider)|for)",
            # "applied to take part in the FDA's pilot program"
            "applied to (?:take part|participate|join|enter)",
            # "the orphan designation previously held by X ... was withdrawn": no longer held
            *(verb + r" (?:formally )?(?:withdrawn|revoked|rescinded|removed)"
              for verb in ("was", "were", "has been", "have been", "had been")),
            # "a voucher, which can be used to obtain priority review of a later application"
            # (not "..., the first CAR-T to obtain such recognition": one that did)
            r"to obtain(?! such\b| this\b| that\b)",
            # "Orphan Drug Designation request pending"
            "requests?" + _STILL_PENDING,
            "applications?" + _STILL_PENDING,
            # "received a Breakthrough Therapy designation denial letter"
            # (not a disease's: "for the prevention of rejection in kidney transplantation")
            "denial", r"r(?<!of r)(?<!mediated r)ejection",
        ]
    )
    + r")\b"
)
# an IND clause about something else: ethics review, holds, marketing applications
IND_NOT_EVENT = Prefiltered(
    re.compile(
        r"\b(?:"
        # (lower case: the pattern ignores case, and alternation_by_first_char wants one
        # case of each first letter)
        + alternation_by_first_char(
            [
                "ethics committee", "institutional review board", "irb", "hrec", "ec approval",
                "review board", "clinical hold", "partial hold", "on hold", "pre-ind",
                "ind-enabling", "nda", "bla", "maa",
                # ("Investigational New Drug application" is the IND itself; the look-behind
                # follows the "n" it tests before)
                "n(?<!investigational n)ew drug application", "biologics license application",
                "marketing authori[sz]ation", "marketing approval", "conditional approval",
            ],
            ignorecase=True,
        )
        + r")\b",
        re.I,
    ),
    (
        "ethics committee",
        "review board",
        "irb",
        "hrec",
        "ec approval",
        " hold",
        "pre-ind",
        "ind-enabling",
        "nda",
        "bla",
        "maa",
        "new drug application",
        "biologics license application",
        "marketing authori",
        "marketing approval",
        "conditional approval",
    ),
)

# what the release announces as today's news
TODAY = Prefiltered(
    re.compile(
        r"\btoday\b|\bannounc\w*\b|\bthis week\b"
        r"|\bhas (?:been )?(?:granted|cleared|approved|received|accepted|obtained|authori[sz]ed)\b"
        r"|\bhave (?:been )?(?:granted|cleared|approved|received|authori[sz]ed)\b",
        re.I,
    ),
    ("today", "announc", "this week", "has ", "have "),
)
# dates told relative to the release: "last month", "last year's IND clearance",
# "earlier this month" (the release's month), "last week" (the month a week before it)
THIS_MONTH = Prefiltered(re.compile(r"\bthis month\b"), (" month",))
LAST_WEEK = Prefiltered(re.compile(r"\b(?:last|previous|past) week\b", re.I), (" week",))
YESTERDAY = Prefiltered(re.compile(r"\byesterday\b", re.I), ("yesterday",))
THIS_YEAR = Prefiltered(
    re.compile(r"\b(?:[Ee]arlier|[Ll]ater) (?:this|in the) year\b"), (" this year", " the year")
)
LAST_MONTH = Prefiltered(re.compile(r"\b(?:last|previous) month\b", re.I), (" month",))
LAST_YEAR = Prefiltered(re.compile(r"\b(?:last|previous) year\b", re.I), (" year",))
SAME_TIME = Prefiltered(
    re.compile(
        r"\b(?:same|that) (?:month|day|time|week)\b|\bsimultaneously\b|\bat the same time\b"
    ),
    (" month", " day", " time", " week", "simultaneously"),
)
EARLIER_YEAR = Prefiltered(
    # ("earlier in the year": the year of the date told before it)
    # ("granted ... in the same year": told with no month)
    re.compile(
        r"\b(?:[Ee]arlier|[Ll]ater) (?:that|the same|in the same|in the) year\b"
        r"|\bin (?:the|that) same year\b"
    ),
    (" year",),
)

# China's acceptance numbers (CXSL2400901), older approval numbers (2017L00106), and
# numbers the text labels as such
APPLICATION_NUMBER = Prefiltered(
    re.compile(
        r"\b(?:C[XY][SH][LB]\d{6,8}|J[XY][SH][LB]\d{6,8}|\d{4}L\d{5})\b"
        r"|\b(?:IND|CTA|acceptance|application|approval)\s+(?:number|No\.?|#)\s*:?\s*"
        r"(?P<num>[A-Z0-9-]{5,15})\b"
        # an IND's number in brackets after the filing: "(IND 172456)"
        r"|\(IND\s+(?P<ind>\d{5,6})\)"
        # the EU's trial numbers: "EU CT number 2024-519032-41-00", "EudraCT 2019-001234-56"
        r"|\b(?:EU CT|EudraCT)(?:\s+(?:[Nn]umber|[Nn]o\.?))?\s*:?\s*"
        r"(?P<eu>\d{4}-\d{5,6}-\d\d(?:-\d\d)?)(?![\d-])"
    ),
    # ("2017L00106": a digit then "L", not any capital L)
    ("CX", "CY", "JX", "JY", *(f"{digit}L" for digit in range(10)), "number", "No", "#",
     "EU CT", "EudraCT", "(IND "),
)


def application_number(m: re.Match[str], agency: str) -> str | None:
    """The number an APPLICATION_NUMBER match gives a filing at `agency`, or None when it
    is another agency's: a CDE acceptance number ("CXSL2500871") is the NMPA filing's, an
    EU CT number the EU's, a bracketed IND number the FDA's."""
    number = m.group("num") or m.group("eu") or m.group("ind") or m.group(0)
    if number.startswith(("CX", "JX")) and agency != "NMPA":
        return None
    if (m.group("eu") and agency != "EMA") or (m.group("ind") and agency != "FDA"):
        return None
    return number


# an ethics body, whose approval (or a filing to which) is no agency's: "the HREC", "the
# institutional review boards", "the Ethics Committee"
ETHICS_BODY_WORDS = r"(?:ethics|ethical|institutional review|IRBs?|HRECs?|review boards?)"
ETHICS_BODY = re.compile(r"\b" + ETHICS_BODY_WORDS + r"\b", re.I)


# a designation word in the plural: "designations" covers more than one grant
PLURAL_DESIGNATION = Prefiltered(
    re.compile(r"\bdesignations\b|\bODDs\b|\btwo\b|\bthree\b|\bboth\b|\beach\b", re.I),
    ("designations", "odds", "two", "three", "both", "each"),
)
