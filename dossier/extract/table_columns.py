"""What a table's header cells name: shared by the table reader (tables.py) and the
sentence rules that meet a table row (events.py), which cannot import each other."""

from __future__ import annotations

import re

# header cells, by the column they name (a cell takes the first that matches)
COLUMNS = (
    ("type", re.compile(
        r"\b(?:designations?|milestones?|type|event|regulatory|decisions?|actions?)\b", re.I)),
    # ("Jurisdiction | Status | Date": each row names its agency beside its place)
    ("agency", re.compile(
        r"\b(?:agency|agencies|regulators?|authority|authorities|jurisdictions?)\b", re.I)),
    ("indication", re.compile(r"\b(?:indications?|disease|condition)\b", re.I)),
    # ("Agency | Designation | Indication | Granted": the month each was granted)
    ("date", re.compile(r"\b(?:date|year|timing|when|month|quarter|granted|awarded)\b", re.I)),
    ("status", re.compile(r"\bstatus\b", re.I)),
    ("product", re.compile(r"\b(?:product|candidate|program(?:me)?|drug|asset)\b", re.I)),
    # ("Country | Agency | Filing | Submitted | Status": when each filing went in)
    ("submitted", re.compile(r"^\s*(?:submitted|filed|submission date|filing date)\s*$", re.I)),
)
COLUMN = dict(COLUMNS)
# a column of the designations a product holds ("Regulatory designations", "Regulatory
# status")
DESIGNATIONS_HEADER = re.compile(r"\b(?:designations?|regulatory status)\b", re.I)
# a cell (or ";" item) telling a designation as not given: "NMPA Breakthrough Therapy
# proposed (public notice, October 2025)", "RMAT (requested)", "FDA Breakthrough Therapy
# designation requested April 2025, decision pending", "EU orphan designation application
# submitted"
NOT_HELD_ITEM = re.compile(
    r"\b(?:proposed|planned|plans?|expected|anticipated|pending|requested|requests?|applied|"
    r"applications?|intend|to be|under review|in preparation|not yet|eligible|potential)\b",
    re.I,
)
