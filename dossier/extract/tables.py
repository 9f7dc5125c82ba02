"""Regulatory milestones listed in a table, one row per fact.

The cleaners turn a Markdown pipe table or an HTML <table> into one line per row with
cells joined by " | ":

    Designation | Agency | Indication | Date
    Orphan Drug Designation | FDA | GM1 gangliosidosis | February 2024

A row has no verb ("granted", "cleared"), so the sentence rules in events.py miss it.
Here a table whose header names a designation/milestone column and an agency, status or
date column is read row by row: each row is one granted designation, or one IND event
with the row's status word. The product comes from a product column, from the row, or
from the line introducing the table when that line names one product. Rows that tell a
plan ("Planned", "Expected 2025", "To be submitted") state no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.extract import cues
from dossier.extract.dates import DateMention
from dossier.extract.event_agencies import _TYPE_AGENCY
from dossier.extract.event_dates import _after_release
from dossier.extract.event_model import RawEvent
from dossier.extract.events import _CLASSIFIED_AS
from dossier.extract.indications import DISEASE
from dossier.extract.lexicon import Hit
from dossier.extract.products import Mention
from dossier.extract.sentences import Sentence
from dossier.extract.table_columns import COLUMNS, DESIGNATIONS_HEADER, NOT_HELD_ITEM

_SEP = " | "
# a row telling a plan, a hope or a pending request: no event (GUIDELINES.md)
_NOT_EVENT = re.compile(
    r"\b(?:planned|plans?|expected|anticipated|pending|to be (?:submitted|filed)|requested|"
    r"intends?|intended|target(?:ed)?|upcoming|future|TBD|under review|in preparation|"
    r"not yet)\b",
    re.I,
)
_IND = re.compile(
    # ("HC NOL (Aug 2025)": Health Canada's No Objection Letter)
    r"\b(?:INDs?|CTAs?|CTN|NOL|No Objection Letter|investigational new drug|"
    r"clinical trial (?:application|"
    r"authori[sz]ation|notification|approval|approved|authori[sz]ed)"
    # ("Approval of Phase 1 trial in healthy volunteers | Israel Ministry of Health")
    r"|(?:approval|authori[sz]ation|clearance) (?:of|for) (?:the |a |an |its )?"
    r"(?:[\w/-]+ ){0,4}?(?:trial|study))\b",
    re.I,
)
_STATUS = (
    (
        "cleared",
        re.compile(
            r"\b(?:clear(?:ed|ance)|approv(?:ed|al)|authori[sz]ed|"
            # ("Clinical trial authorisation granted", "No Objection Letter issued")
            r"may proceed|in effect|effective|active|granted|issued|"
            # (a No Objection Letter is the clearance itself)
            r"NOL|No Objection Letter)\b",
            re.I,
        ),
    ),
    ("accepted", re.compile(r"\baccept(?:ed|ance)\b", re.I)),
    ("submitted", re.compile(r"\b(?:submitted|submission|filed|filing)\b", re.I)),
)
_RULE_LINE = re.compile(r"\s*[-=+:]{3,}[-=+:| ]*")
_EMPTY_CELL = re.compile(r"^(?:|-+|—|–|n/?a|none)$", re.I)
# a table of what is to come: its header asks when ("Expected timing", "Timing") or the
# line introducing it says so ("Upcoming milestones", "2026 priorities"); every row is a
# plan, whatever its words
_PLAN_HEADER = re.compile(
    r"\b(?:timing|expected|anticipated|planned|projected|estimated|upcoming|objectives?|"
    r"goals?|guidance|target (?:date|timing|quarter))\b",
    re.I,
)
_PLAN_INTRO = re.compile(
    r"\b(?:upcoming|anticipated|expected|planned|priorities|outlook|objectives|goals|"
    r"next steps|key milestones ahead|guidance)\b",
    re.I,
)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _cells(start: int, line: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each cell of a row line."""
    out = []
    lo = 0
    while True:
        hi = line.find(_SEP, lo)
        end = len(line) if hi == -1 else hi
        out.append((start + lo, start + end))
        if hi == -1:
            return out
        lo = hi + len(_SEP)


def _header(text: str, cells: list[tuple[int, int]]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, (a, b) in enumerate(cells):
        cell = text[a:b]
        for name, pattern in COLUMNS:
            if name not in cols and pattern.search(cell):
                cols[name] = i
                break
    # ("Regulatory designations": a column of designations; "IND / CTA status": the status
    # of an IND, not of the row's designations)
    if "type" in cols and DESIGNATIONS_HEADER.search(text, *cells[cols["type"]]):
        cols["designations"] = cols["type"]
    if "status" in cols and _IND.search(text, *cells[cols["status"]]):
        cols["ind"] = cols["status"]
    if "type" not in cols and {"status", "agency"} <= cols.keys():
        # "Program | Regulator | Status | Date": the status names the milestone too
        # ("IND submitted / cleared", "Clinical trial approved")
        cols["type"] = cols["status"]
    if "type" in cols and ({"agency", "date", "status"} & cols.keys()):
        return cols
    return None


def _inside(items: list, a: int, b: int) -> list:
    return [x for x in items if a <= x.start and x.end <= b]


def find_table_events(
    text: str,
    hits: dict[str, list[Hit]],
    dates: list[DateMention],
    mentions: list[Mention],
    published_month: str | None = None,
) -> tuple[list[RawEvent], list[tuple[int, int]]]:
    """Events told by table rows, and the spans of rows that tell a plan (no event)."""
    if _SEP not in text:
        return [], []
    events: list[RawEvent] = []
    planned: list[tuple[int, int]] = []
    rows = list(_lines(text))
    named = {m.pid for m in mentions if m.pid >= 0}
    only_product = named if len(named) == 1 else set()
    intro_span = (0, 0)
    i = 0
    while i < len(rows):
        start, line = rows[i]
        if _SEP not in line:
            if line.strip():
                intro_span = (start, start + len(line))
            i += 1
            continue
        cols = _header(text, _cells(start, line))
        i += 1
        if i < len(rows) and _RULE_LINE.fullmatch(rows[i][1]):
            i += 1  # a plain-text table's rule under its header ("------|------")
        plan_table = bool(
            _PLAN_HEADER.search(line) or _PLAN_INTRO.search(text, intro_span[0], intro_span[1])
        )
        # ("Regulator | Milestone | Timing" under "Regulatory summary": a bare "Timing"
        # column may date what happened as well as what is to come; each row tells which)
        rows_decide = (
            plan_table
            and published_month is not None
            and not _PLAN_HEADER.search(_BARE_TIMING.sub("", line))
            and not _PLAN_INTRO.search(text, intro_span[0], intro_span[1])
        )
        if cols is None:
            if plan_table:  # a plan table with no milestone column: its rows are plans too
                while i < len(rows) and _SEP in rows[i][1]:
                    planned.append((rows[i][0], rows[i][0] + len(rows[i][1])))
                    i += 1
            continue
        width = len(_cells(start, line))
        intro_pids = {m.pid for m in _inside(mentions, *intro_span) if m.pid >= 0}
        if not intro_pids:
            # ("## Regulatory status" over the table): the one product the release names, or
            # the paragraphs before the heading name
            near = {m.pid for m in mentions if start - 800 <= m.start < start and m.pid >= 0}
            intro_pids = only_product or (near if len(near) == 1 else set())
        while i < len(rows) and _SEP in rows[i][1]:
            rstart, row = rows[i]
            cells = _cells(rstart, row)
            if not _inside(dates, rstart, rstart + len(row)) and _header(text, cells):
                break  # the header of the next table, right after this one
            i += 1
            if len(cells) != width:
                continue
            row_plan = plan_table and not (
                rows_decide and published_month is not None
                and _happened(dates, rstart, rstart + len(row), published_month)
            )
            if row_plan or (
                _NOT_EVENT.search(row) and not _filed_and_pending(text, cells, cols, dates)
            ):
                # the sentence rules read no fact from a row telling a plan; this reader
                # still reads the designations of a row whose plan is another column's
                # ("IND planned 1H 2026 | Orphan Drug (FDA, January 2025)")
                planned.append((rstart, rstart + len(row)))
                if row_plan or not _plan_is_elsewhere(text, cells, cols):
                    continue
            events.extend(
                _row_events(text, rstart, row, cells, cols, hits, dates, mentions, intro_pids)
            )
        intro_span = (0, 0)
    return events, planned


_BARE_TIMING = re.compile(r"\bTiming\b")


def _filed_and_pending(
    text: str, cells: list[tuple[int, int]], cols: dict[str, int], dates: list[DateMention]
) -> bool:
    """A row dated in its "Submitted" column whose other words say it awaits a decision
    ("Korea | MFDS | IND | January 2026 | Under review"): filed, not planned."""
    if "submitted" not in cols or cols["submitted"] >= len(cells):
        return False
    fa, fb = cells[cols["submitted"]]
    return bool(_inside(dates, fa, fb)) and not _NOT_EVENT.search(text, fa, fb)


def _happened(dates: list[DateMention], start: int, end: int, published_month: str) -> bool:
    """Whether a row is dated, and no later than the release's month (a year alone, or a
    quarter or half told by its year: "2H 2025", before the release's year)."""
    told = _inside(dates, start, end)
    return bool(told) and not any(
        _after_release(d.value, published_month) or d.value == published_month[:4] for d in told
    )


def _plan_is_elsewhere(text: str, cells: list[tuple[int, int]], cols: dict[str, int]) -> bool:
    """Whether a row's plan words all lie outside its designations column and the columns
    that qualify it (agency, date, and a status column that is not an IND's)."""
    if "designations" not in cols:
        return False
    own = {cols[c] for c in ("type", "agency", "date") if c in cols}
    if "status" in cols and "ind" not in cols:
        own.add(cols["status"])
    return not any(_NOT_EVENT.search(text, *cells[i]) for i in own if i < len(cells))


def _row_events(
    text: str,
    rstart: int,
    row: str,
    cells: list[tuple[int, int]],
    cols: dict[str, int],
    hits: dict[str, list[Hit]],
    dates: list[DateMention],
    mentions: list[Mention],
    intro_pids: set[int],
) -> list[RawEvent]:
    rend = rstart + len(row)

    def cell(name: str) -> tuple[int, int]:
        return cells[cols[name]] if name in cols else (rstart, rend)

    # the product: its column, else the row, else the one product the intro names
    pids = list(dict.fromkeys(m.pid for m in _inside(mentions, *cell("product")) if m.pid >= 0))
    if not pids and len(intro_pids) == 1:
        pids = list(intro_pids)
    if len(pids) != 1:
        return []
    pid = pids[0]
    agencies = list(dict.fromkeys(h.value for h in _inside(hits["agency"], *cell("agency"))))
    if not agencies and "agency" in cols:
        agencies = list(dict.fromkeys(h.value for h in _inside(hits["agency"], rstart, rend)))
    indication = None
    if "indication" in cols:
        a, b = cells[cols["indication"]]
        value = text[a:b].strip()
        if not _EMPTY_CELL.match(value):
            indication = value
    sentence = Sentence(rstart, rend, row, -1)
    ta, tb = cells[cols["type"]]
    items = _items(text, ta, tb)
    if len(items) > 1 and "submitted" not in cols:
        # "FDA IND (Jan 2024); Health Canada NOL (Feb 2025); FDA ODD and RPDD": each item
        # of a list cell names its own agency and date
        # (dates in a date column of as many items go with them in order)
        # (and so do the agencies of an agency column of as many items)
        date_items = _items(text, *cells[cols["date"]]) if "date" in cols else []
        agency_items = _items(text, *cells[cols["agency"]]) if "agency" in cols else []
        out = []
        for i, (a, b) in enumerate(items):
            # (an item's own agency, or its place: "EU orphan designation", else the
            # agency column's)
            own_agencies = list(dict.fromkeys(
                h.value for h in _inside(hits["agency"], a, b) or _inside(hits["country"], a, b)))
            if not own_agencies and len(agency_items) == len(items):
                own_agencies = list(dict.fromkeys(
                    h.value for h in _inside(hits["agency"], *agency_items[i])))
            if not own_agencies and "agency" in cols:
                own_agencies = agencies
            own_dates = _inside(dates, a, b)
            if not own_dates and len(date_items) == len(items):
                own_dates = _inside(dates, *date_items[i])
            out += _cell_events(text, (a, b), cells, cols, hits, own_agencies, own_dates, pid,
                                indication, sentence)
        return out
    row_dates = _inside(dates, *cell("date")) or _inside(dates, rstart, rend)
    if "designations" in cols and "ind" in cols:
        # a designation's agency and date are its own cell's, not the IND column's
        # ("CTA authorized (Health Canada, July 2025) | Orphan Drug (FDA)")
        ia, ib = cells[cols["ind"]]
        own = list(dict.fromkeys(h.value for h in _inside(hits["agency"], ta, tb)))
        ind_agencies = {h.value for h in _inside(hits["agency"], ia, ib)}
        agencies = own or [a for a in agencies if a not in ind_agencies] or agencies
        row_dates = [d for d in row_dates if not ia <= d.start < ib]
    return _cell_events(text, (ta, tb), cells, cols, hits, agencies, row_dates, pid, indication,
                        sentence)


# "IND cleared (IND 031207), relapsed or refractory ccRCC": a milestone cell that ends with
# its indication, after a comma
_DISEASE_STATE = re.compile(r"\b(?:relapsed|refractory|advanced|metastatic|recurrent)\b", re.I)


def _milestone_indication(text: str, a: int, b: int) -> str | None:
    comma = text.rfind(", ", a, b)
    if comma == -1:
        return None
    tail = text[comma + 2 : b].strip()
    if not tail or any(c in tail for c in ";()") or "Phase" in tail or not (
        DISEASE.search(tail) or _DISEASE_STATE.search(tail)
    ):
        return None
    return tail


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The ";"-separated items of a cell."""
    out = []
    while True:
        semi = text.find(";", a, b)
        end = b if semi == -1 else semi
        if text[a:end].strip():
            out.append((a, end))
        if semi == -1:
            return out
        a = semi + 1


def _cell_events(
    text: str,
    span: tuple[int, int],
    cells: list[tuple[int, int]],
    cols: dict[str, int],
    hits: dict[str, list[Hit]],
    agencies: list[str],
    dates: list[DateMention],
    pid: int,
    indication: str | None,
    sentence: Sentence,
) -> list[RawEvent]:
    """The designations, or the IND event, one cell (or one item of it) tells."""
    ta, tb = span
    date = dates[0].value if dates else None
    out: list[RawEvent] = []
    dtypes = list(dict.fromkeys(h.value for h in _inside(hits["designation"], ta, tb)))
    if not dtypes and _CLASSIFIED_AS.search(text, ta, tb):
        dtypes = ["other"]  # "Classified as an ATMP (gene therapy medicinal product)"
    if dtypes and NOT_HELD_ITEM.search(text, ta, tb):
        return out  # "EU orphan designation application submitted": asked for, not granted
    if dtypes:
        # ("Orphan designation, Bietti crystalline dystrophy": the designation's indication,
        # in fewer words than the prose may tell it: merged into that telling as a list's
        # item is)
        in_cell = None if indication else _milestone_indication(text, ta, tb)
        for dtype in dtypes:
            own = agencies or ([_TYPE_AGENCY[dtype]] if dtype in _TYPE_AGENCY else [])
            for agency in own:
                ev = RawEvent(pid, agency, "des", dtype, date, indication or in_cell, sentence)
                ev.listed = in_cell is not None
                out.append(ev)
        return out
    # (a status column read as the milestone: "Country | Agency | Filing | Submitted |
    # Status" names the filing in another cell of the row)
    status_as_type = "status" in cols and cols.get("type") == cols["status"]
    if not agencies or not (
        _IND.search(text, ta, tb)
        or (status_as_type and _IND.search(text, sentence.start, sentence.end))
    ):
        return out
    filed: list[tuple[str, str | None]] = []
    if "submitted" in cols:
        # "Country | Agency | Filing | Submitted | Status": the row's submission, dated by
        # its own column, and the status the status column tells with its own date
        fa, fb = cells[cols["submitted"]]
        in_column = _inside(dates, fa, fb)
        if in_column:
            filed = [("submitted", in_column[0].value)]
            dates = [d for d in dates if not fa <= d.start < fb]
            date = dates[0].value if dates else None
    status_text = text[ta:tb]
    if "status" in cols:
        sa, sb = cells[cols["status"]]
        if not sa <= ta < sb:  # (an item of the status cell itself tells its own status)
            status_text = text[sa:sb] + " " + status_text
    if cues.ETHICS_BODY.search(status_text):
        # ("Notified; HREC approval obtained December 2025": an ethics body's approval)
        status_text = "; ".join(
            i for i in status_text.split(";") if not cues.ETHICS_BODY.search(i)
        )
    told = sorted((m.start(), label) for label, pattern in _STATUS
                  if (m := pattern.search(status_text)))
    if len(told) > 1 and len(dates) == len(told):
        # "IND submitted / cleared | June 2025 / July 2025": each status with its date
        pairs: list[tuple[str, str | None]] = [
            (label, d.value) for (_pos, label), d in zip(told, dates, strict=True)
        ]
    else:
        # one status: the first of cleared, accepted, submitted the cell names
        pairs = [(label, date) for label, pattern in _STATUS if pattern.search(status_text)][:1]
    pairs += [pair for pair in filed if pair[0] not in {label for label, _when in pairs}]
    # ("IND cleared (IND 031207)", "IND accepted (CXSL2300611)": the filing's number)
    number = cues.APPLICATION_NUMBER.search(text, ta, tb)
    if indication is None:
        indication = _milestone_indication(text, ta, tb)
    for label, when in pairs:
        for agency in agencies:
            ev = RawEvent(pid, agency, "ind", label, when, indication, sentence, trigger="table")
            ev.application_number = cues.application_number(number, agency) if number else None
            out.append(ev)
    return out


# a column gap of an aligned plain-text table: two spaces or more
_GAP = re.compile(r" {2,}")
_INDICATION_HEADER = dict(COLUMNS)["indication"]


def row_indication(text: str, pos: int) -> str | None:
    """The indication a pipeline table's row gives in its "Indication" column, for a fact
    told in another cell of the row at `pos` ("HCT-305  TCR-T  MAGE-A4  Synovial sarcoma
    Phase 2  IND cleared 2022"): a pipe table's cell, or an aligned plain-text table's
    text under the header's "Indication(s)" word. None when the row is no such table's."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    line = text[start:end]
    piped = _SEP in line
    if not piped and not _GAP.search(line):
        return None
    # the header: the first line of the run of table lines above the row
    head = start
    while head > 0:
        prev = text.rfind("\n", 0, head - 1) + 1
        above = text[prev : head - 1]
        if not above.strip() or (_SEP not in above if piped else not _GAP.search(above)):
            break
        head = prev
    header = text[head : text.find("\n", head)]
    if head == start or not _INDICATION_HEADER.search(header):
        return None
    if piped:
        names = header.split(_SEP)
        cells = line.split(_SEP)
        col = next((i for i, n in enumerate(names) if _INDICATION_HEADER.search(n)), None)
        if col is None or len(cells) != len(names):
            return None
        cell = cells[col]
    else:
        spans = [0, *(m.end() for m in _GAP.finditer(header))]
        names = [header[a:b].strip() for a, b in zip(spans, [*spans[1:], len(header)], strict=True)]
        col = next((i for i, n in enumerate(names) if _INDICATION_HEADER.search(n)), None)
        if col is None:
            return None
        a = spans[col]
        b = spans[col + 1] if col + 1 < len(spans) else len(line)
        # (the row's cell must sit under its header word: a column gap right before it)
        if a > len(line) or (a and line[a - 1] != " "):
            return None
        cell = line[a:b]
    # (a row a little out of line with its header runs on into the next cell)
    cell = _GAP.split(cell.strip(" |*"))[0]
    return cell if any(c.isalpha() for c in cell) and cell.lower() not in _NO_VALUE else None


_NO_VALUE = frozenset({"n/a", "na", "none", "tbd", "not applicable", "various", "multiple"})
