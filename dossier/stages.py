"""Clean and extract the releases that need it, in worker processes over batches.

Each stage finds its pending releases by anti-join (new releases, or releases cleaned or
extracted by an older cleaner or extractor version), so running a stage again does
nothing new, and a run only pays for what changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from dossier.cleaning import CLEANER_VERSION, NotAReleaseError, clean_release
from dossier.extract import EXTRACTOR_VERSION, extract_release
from dossier.parallel import map_batches
from dossier.warehouse import EXTRACT_FACT_TABLES, insert_rows, rejected_file_row

log = logging.getLogger("dossier.stages")

BATCH_SIZE = 500
# Below this many releases a stage runs in-process: a pool's start-up costs more.
MIN_RELEASES_FOR_WORKERS = 400


@dataclass
class StageReport:
    processed: int = 0
    failed: int = 0


def _stream(con: duckdb.DuckDBPyConnection, sql: str,
            params: dict | None = None) -> tuple[int, Iterator[list[tuple]]]:
    """(row count, batches of rows) of one query, read in a single streaming scan.

    The scan runs on a cursor of its own so that results can be written through `con`
    meanwhile; one scan, not one per batch, because each lookup by id would read the
    whole text column again.
    """
    [(total,)] = con.execute(f"select count(*) from ({sql})", params or {}).fetchall()
    reader = con.cursor().sql(sql, params=params or {}).to_arrow_reader(BATCH_SIZE)

    def batches() -> Iterator[list[tuple]]:
        for batch in reader:
            yield list(zip(*(column.to_pylist() for column in batch.columns), strict=True))

    return total, batches()


# ---- cleaning ---------------------------------------------------------------------------

# The pending ids are found first and only their texts read: filtering the text column
# itself read every release's text (0.5 s at 100,000 with nothing pending). A release
# cleaned by another cleaner version is cleaned again (cleaned_before: its rows are
# replaced, and its facts extracted again).
PENDING_CLEAN = """
    with pending as materialized (
        select r.release_id,
               -- (what the older cleaning made, as a digest: if the new one makes the same,
               -- only its version changes and its facts stand)
               case when c.release_id is not null then md5(
                   coalesce(c.title, '') || chr(31) || c.body || chr(31)
                   || coalesce(c.published_date::varchar, '')) end as cleaned_before
        from raw.releases r
        left join clean.releases c using (release_id)
        where (c.release_id is null or c.cleaner_version is distinct from $cleaner_version)
          -- (a release the current cleaner could not clean waits for the next version)
          and not exists (select 1 from raw.rejected_files f
                          where f.content_sha256 = r.release_id and f.stage = 'clean'
                            and f.cleaner_version is not distinct from $cleaner_version))
    select r.release_id, r.source_path, r.format, r.raw_text, pending.cleaned_before
    from raw.releases r join pending using (release_id)
"""


def _pending_clean(con: duckdb.DuckDBPyConnection) -> tuple[int, Iterator[list[tuple]]]:
    return _stream(con, PENDING_CLEAN, {"cleaner_version": CLEANER_VERSION})


def _cleaning_digest(title: str | None, body: str, published_date: dt.date | None) -> str:
    """PENDING_CLEAN's digest of a cleaning, computed the same way."""
    text = "\x1f".join((title or "", body, published_date.isoformat() if published_date else ""))
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def clean_batch(rows: list[tuple]) -> tuple[list[dict], list[dict]]:
    """Cleaned rows and rejections for (release_id, source_path, format, raw_text,
    cleaned_before) rows (cleaned_before: the digest of an older cleaning, or None); a
    cleaned row says whether it replaces an older cleaning, and whether it is the same."""
    now = dt.datetime.now(dt.UTC)
    cleaned, rejected = [], []
    for release_id, source_path, fmt, raw_text, cleaned_before in rows:
        try:
            release = clean_release(raw_text, fmt)
        except NotAReleaseError as exc:
            rejected.append(rejected_file_row(source_path, "clean",
                                              f"not a press release: {exc}", at=now,
                                              sha=release_id, cleaner_version=CLEANER_VERSION))
            continue
        except Exception as exc:  # a parser bug must not lose the file: keep it, with why
            rejected.append(rejected_file_row(
                source_path, "clean", f"cleaning failed ({type(exc).__name__}: {exc})",
                at=now, sha=release_id, cleaner_version=CLEANER_VERSION))
            continue
        unchanged = cleaned_before is not None and cleaned_before == _cleaning_digest(
            release.title, release.body, release.published_date)
        cleaned.append({"release_id": release_id, "title": release.title, "body": release.body,
                        "published_date": release.published_date, "cleaned_at": now,
                        "cleaner_version": CLEANER_VERSION,
                        "cleaned_before": cleaned_before is not None, "unchanged": unchanged})
    return cleaned, rejected


# the rules version a stage's rejections record: a release one version rejected is tried
# again by the next, and its old rejection goes once the new version has taken or rejected it
_VERSION_COLUMN = {"clean": "cleaner_version", "extract": "extractor_version"}


def _has_stale_rejections(con: duckdb.DuckDBPyConnection, stage: str, version: str) -> bool:
    """Whether raw.rejected_files holds rejections of `stage` by another rules version (one
    query a run, so that the writers skip the delete when there are none)."""
    return con.execute(
        f"select count(*) > 0 from raw.rejected_files where stage = $stage "
        f"and {_VERSION_COLUMN[stage]} is distinct from $version",
        {"stage": stage, "version": version}).fetchone()[0]


def _drop_stale_rejections(con: duckdb.DuckDBPyConnection, stage: str, version: str,
                           release_ids: list[str]) -> None:
    if release_ids:
        con.execute(
            f"delete from raw.rejected_files where stage = $stage "
            f"and {_VERSION_COLUMN[stage]} is distinct from $version "
            "and content_sha256 in (select unnest($ids))",
            {"stage": stage, "version": version, "ids": release_ids})


def _write_cleaned(con: duckdb.DuckDBPyConnection, cleaned: list[dict],
                   rejected: list[dict], *, stale: bool = False) -> None:
    if stale:
        _drop_stale_rejections(con, "clean", CLEANER_VERSION,
                               [row["release_id"] for row in cleaned]
                               + [row["content_sha256"] for row in rejected])
    same = [row["release_id"] for row in cleaned if row["unchanged"]]
    if same:  # the new cleaner made what the old one made: only the version changes
        con.execute("update clean.releases set cleaner_version = $version "
                    "where release_id in (select unnest($ids))",
                    {"version": CLEANER_VERSION, "ids": same})
    again = [row["release_id"] for row in cleaned if row["cleaned_before"] and not row["unchanged"]]
    if again:  # replace, never append: one cleaning per release
        con.execute("delete from clean.releases where release_id in (select unnest($ids))",
                    {"ids": again})
    insert_rows(con, "clean.releases",
                [{k: v for k, v in row.items() if k not in ("cleaned_before", "unchanged")}
                 for row in cleaned if not row["unchanged"]])
    insert_rows(con, "raw.rejected_files", rejected)


def clean_pending(con: duckdb.DuckDBPyConnection, *, workers: int) -> StageReport:
    stale = _has_stale_rejections(con, "clean", CLEANER_VERSION)
    total, batches = _pending_clean(con)
    report = StageReport()
    in_process = total < MIN_RELEASES_FOR_WORKERS
    for cleaned, rejected in map_batches(clean_batch, batches, workers=workers,
                                         in_process=in_process):
        con.execute("begin")
        _write_cleaned(con, cleaned, rejected, stale=stale)
        con.execute("commit")
        report.processed += len(cleaned)
        report.failed += len(rejected)
        log.info("cleaning: %d/%d releases cleaned, %d rejected",
                 report.processed, total, report.failed)
    return report


# ---- extraction -------------------------------------------------------------------------

PENDING_EXTRACT = """
    with pending as materialized (
        select c.release_id, e.release_id is not null as extracted_before
        from clean.releases c
        left join extract.releases e using (release_id)
        -- (a release cleaned again since its extraction is extracted again)
        where (e.release_id is null or e.extractor_version <> $version
               or e.extracted_at < c.cleaned_at)
          and not exists (select 1 from raw.rejected_files f
                          where f.content_sha256 = c.release_id and f.stage = 'extract'
                            and f.extractor_version = $version))
    select c.release_id, r.source_path, c.body, c.published_date, c.title,
           pending.extracted_before
    from pending
    join clean.releases c using (release_id)
    join raw.releases r using (release_id)
"""


class ExtractionBroken(RuntimeError):
    """The extractor fails on every release of a batch: a bug in the rules, not bad input."""


_SPAN_FIELDS = ["sentence", "char_start", "char_end"]


class _FactColumns:
    """One extract fact table's rows for a batch, gathered column by column, evidence spans
    as flat arrays: Arrow builds the table without converting a dict per row and per span
    (pa.Table.from_pylist over dicts cost a tenth of the extraction)."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {}
        self.spans: tuple[list[str], list[int], list[int]] = ([], [], [])
        self.offsets = [0]  # row i's spans are spans[offsets[i]:offsets[i + 1]]

    def add(self, evidence: Iterable, **values: object) -> None:
        for name, value in values.items():
            self.columns.setdefault(name, []).append(value)
        sentences, starts, ends = self.spans
        for span in evidence:
            sentences.append(span.sentence)
            starts.append(span.char_start)
            ends.append(span.char_end)
        self.offsets.append(len(sentences))

    def to_arrow(self) -> pa.Table | list:
        if not self.columns:
            return []
        sentences, starts, ends = self.spans
        spans = pa.StructArray.from_arrays(
            [pa.array(sentences, pa.string()), pa.array(starts, pa.int64()),
             pa.array(ends, pa.int64())], names=_SPAN_FIELDS)
        evidence = pa.ListArray.from_arrays(pa.array(self.offsets, pa.int32()), spans)
        return pa.table({**{name: pa.array(values) for name, values in self.columns.items()},
                         "evidence": evidence})


def extract_batch(rows: list[tuple]) -> dict[str, list[dict] | pa.Table]:
    """Rows for extract.releases and each extract fact table, for a batch of cleaned releases.

    Fact rows leave as Arrow tables: building them here, in the workers, keeps the
    parent process (which writes every batch) from becoming the bottleneck.
    """
    now = dt.datetime.now(dt.UTC)
    out: dict[str, list] = {"releases": [], "rejected": [], "reextracted": []}
    facts = {table: _FactColumns() for table in EXTRACT_FACT_TABLES}
    for release_id, source_path, body, published_date, title, extracted_before in rows:
        if extracted_before:
            out["reextracted"].append(release_id)
        try:
            result = extract_release(body, published_date=published_date, title=title)
        except Exception as exc:  # one odd release must not stop the batch: keep it, with why
            out["rejected"].append(rejected_file_row(
                source_path, "extract", f"extraction failed ({type(exc).__name__}: {exc})",
                at=now, sha=release_id, extractor_version=EXTRACTOR_VERSION))
            continue
        out["releases"].append({"release_id": release_id, "issuer": result.issuer,
                                "extractor_version": EXTRACTOR_VERSION, "extracted_at": now})
        for c in result.companies:
            facts["companies"].add(
                c.evidence, release_id=release_id, company_name=c.name, aliases=c.aliases,
                role=c.role)
        for p in result.products:
            facts["products"].add(
                p.evidence, release_id=release_id, product_code=p.code, aliases=p.aliases,
                company_name=p.company, targets=p.targets, modality=p.modality,
                cell_source=p.cell_source)
        for e in result.ind_events:
            facts["ind_events"].add(
                [e.evidence], release_id=release_id, product_code=e.product, agency=e.agency,
                status=e.status, event_date=e.date, indication=e.indication,
                application_number=e.application_number)
        for d in result.designations:
            facts["designations"].add(
                [d.evidence], release_id=release_id, product_code=d.product, agency=d.agency,
                designation_type=d.type, event_date=d.date, indication=d.indication)
    return {**out, **{table: columns.to_arrow() for table, columns in facts.items()}}


def _check_not_broken(out: dict) -> None:
    if out["rejected"] and not out["releases"]:
        raise ExtractionBroken(
            f"extraction failed on all {len(out['rejected'])} releases of a batch, so the "
            f"rules are broken rather than the input; first: {out['rejected'][0]['reason']} "
            f"({out['rejected'][0]['source_path']})")


def _write_extracted(con: duckdb.DuckDBPyConnection, out: dict, *, stale: bool = False) -> None:
    if stale:
        _drop_stale_rejections(con, "extract", EXTRACTOR_VERSION,
                               [row["release_id"] for row in out["releases"]]
                               + [row["content_sha256"] for row in out["rejected"]])
    insert_rows(con, "raw.rejected_files", out["rejected"])
    for table in ("releases", *EXTRACT_FACT_TABLES):
        if out["reextracted"]:  # replace, never append: one set of facts per release
            con.execute(f"delete from extract.{table} "
                        "where release_id in (select unnest($ids))",
                        {"ids": out["reextracted"]})
        insert_rows(con, f"extract.{table}", out[table])


def extract_pending(con: duckdb.DuckDBPyConnection, *, workers: int) -> StageReport:
    stale = _has_stale_rejections(con, "extract", EXTRACTOR_VERSION)
    total, batches = _stream(con, PENDING_EXTRACT, {"version": EXTRACTOR_VERSION})
    report = StageReport()
    in_process = total < MIN_RELEASES_FOR_WORKERS
    for out in map_batches(extract_batch, batches, workers=workers, in_process=in_process):
        _check_not_broken(out)
        con.execute("begin")
        _write_extracted(con, out, stale=stale)
        con.execute("commit")
        report.processed += len(out["releases"])
        report.failed += len(out["rejected"])
        log.info("extraction: %d/%d releases extracted, %d failed", report.processed, total,
                 report.failed)
    return report


# ---- both in one pass ---------------------------------------------------------------------

def clean_and_extract_batch(rows: list[tuple]) -> tuple[list[dict], list[dict], dict]:
    """Clean a batch of landed releases and extract facts from those that clean: one trip
    to a worker per release instead of two, and the text is read once."""
    cleaned, rejected = clean_batch(rows)
    source_paths = {release_id: source_path for release_id, source_path, *_ in rows}
    # (a release cleaned again may have facts from its older cleaning: those are replaced)
    # (one cleaned again into the same text keeps its facts)
    extracted = extract_batch([
        (c["release_id"], source_paths[c["release_id"]], c["body"], c["published_date"],
         c["title"], c["cleaned_before"]) for c in cleaned if not c["unchanged"]])
    return cleaned, rejected, extracted


def _write_cleaned_and_extracted(con: duckdb.DuckDBPyConnection,
                                 processed: tuple[list[dict], list[dict], dict],
                                 cleaning: StageReport, extraction: StageReport,
                                 stale: tuple[bool, bool]) -> None:
    """Write one batch of clean_and_extract_batch's output and count it in the reports
    (`stale`: whether cleaning's, extraction's rejections by older versions may need going)."""
    cleaned, rejected, extracted = processed
    _check_not_broken(extracted)
    _write_cleaned(con, cleaned, rejected, stale=stale[0])
    _write_extracted(con, extracted, stale=stale[1])
    cleaning.processed += len(cleaned)
    cleaning.failed += len(rejected)
    extraction.processed += len(extracted["releases"])
    extraction.failed += len(extracted["rejected"])


def clean_and_extract_pending(con: duckdb.DuckDBPyConnection, *,
                              workers: int) -> tuple[StageReport, StageReport]:
    """Clean and extract new releases in one pass, then extract the releases cleaned
    before whose facts are missing or come from an older extractor version."""
    stale = (_has_stale_rejections(con, "clean", CLEANER_VERSION),
             _has_stale_rejections(con, "extract", EXTRACTOR_VERSION))
    total, batches = _pending_clean(con)
    cleaning, extraction = StageReport(), StageReport()
    in_process = total < MIN_RELEASES_FOR_WORKERS
    for cleaned, rejected, extracted in map_batches(clean_and_extract_batch, batches,
                                                    workers=workers, in_process=in_process):
        con.execute("begin")
        _write_cleaned_and_extracted(con, (cleaned, rejected, extracted), cleaning, extraction,
                                     stale)
        con.execute("commit")
        log.info("cleaning and extraction: %d/%d releases cleaned (%d rejected), "
                 "%d extracted (%d failed)", cleaning.processed, total, cleaning.failed,
                 extraction.processed, extraction.failed)
    rest = extract_pending(con, workers=workers)
    extraction.processed += rest.processed
    extraction.failed += rest.failed
    return cleaning, extraction
