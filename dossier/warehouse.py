"""The DuckDB tables the Python stages write, and short-lived connections to them.

DuckDB lets one process hold a file for writing and no other open it meanwhile (dbt
runs in a subprocess), so every connection here is opened for one step and closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import duckdb
import pyarrow as pa

_EVIDENCE = "STRUCT(sentence VARCHAR, char_start INTEGER, char_end INTEGER)[]"

DDL = f"""
create schema if not exists raw;
create schema if not exists clean;
create schema if not exists extract;

create table if not exists raw.releases (
    release_id   varchar primary key,   -- sha256 of the file's bytes
    source_path  varchar not null,      -- file path, or the URL a feed item came from
    format       varchar not null,      -- txt | md | html
    n_bytes      bigint not null,
    encoding     varchar not null,
    raw_text     varchar not null,
    file_mtime   timestamptz,
    ingested_at  timestamptz not null
);

-- What the landing step has already looked at, so unchanged files are not read again.
create table if not exists raw.file_index (
    file_path    varchar primary key,
    n_bytes      bigint not null,
    mtime_ns     bigint not null,
    release_id   varchar,               -- null when the file was rejected
    seen_at      timestamptz not null
);

create table if not exists raw.rejected_files (
    source_path  varchar not null,
    stage        varchar not null,      -- land | clean | extract
    reason       varchar not null,
    n_bytes      bigint,
    content_sha256 varchar,
    rejected_at  timestamptz not null,
    extractor_version varchar,          -- stage extract: the version that failed on it
    cleaner_version varchar             -- stage clean: the version that could not clean it
);

create table if not exists clean.releases (
    release_id     varchar primary key,
    title          varchar,
    body           varchar not null,
    published_date date,
    cleaned_at     timestamptz not null,
    cleaner_version varchar
);

create table if not exists extract.releases (
    release_id        varchar primary key,
    issuer            varchar,
    extractor_version varchar not null,
    extracted_at      timestamptz not null
);

create table if not exists extract.companies (
    release_id   varchar not null,
    company_name varchar not null,
    aliases      varchar[] not null,
    role         varchar not null,
    evidence     {_EVIDENCE} not null
);

create table if not exists extract.products (
    release_id   varchar not null,
    product_code varchar not null,
    aliases      varchar[] not null,
    company_name varchar,
    targets      varchar[] not null,
    modality     varchar,
    cell_source  varchar,
    evidence     {_EVIDENCE} not null
);

create table if not exists extract.ind_events (
    release_id         varchar not null,
    product_code       varchar not null,
    agency             varchar not null,
    status             varchar not null,
    event_date         varchar,          -- YYYY, YYYY-MM or YYYY-MM-DD as the text gives it
    indication         varchar,
    application_number varchar,
    evidence           {_EVIDENCE} not null
);

-- What the marts were last built and published from (see input_fingerprint).
create schema if not exists meta;
-- Which version of the dbt project last built the marts in this file (incremental
-- models carry rows over only from a build by the same version).
create table if not exists meta.dbt_builds (
    models_version varchar not null,
    built_at       timestamptz not null
);
create table if not exists meta.published_builds (
    input_fingerprint varchar not null,
    published_at      timestamptz not null
);

create table if not exists extract.designations (
    release_id       varchar not null,
    product_code     varchar not null,
    agency           varchar not null,
    designation_type varchar not null,
    event_date       varchar,
    indication       varchar,
    evidence         {_EVIDENCE} not null
);
"""

# Columns added after a table first shipped: a work file from an older version gains
# them on the next connection ("create table if not exists" leaves old tables alone).
MIGRATIONS = """
alter table raw.rejected_files add column if not exists extractor_version varchar;
alter table raw.rejected_files add column if not exists cleaner_version varchar;
alter table meta.published_builds add column if not exists models_version varchar;
alter table clean.releases add column if not exists cleaner_version varchar;
"""

EXTRACT_FACT_TABLES = ("companies", "products", "ind_events", "designations")

# Texts and sentences are stored with zstd: DuckDB's default choice among its string
# methods (dictionary, FSST) took 2/3 of landing's time at 10,000 releases and made a
# file twice the size; numbers keep their own methods (zstd applies to strings only).
STRING_COMPRESSION = "zstd"


@contextmanager
def connect(path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """One short-lived connection; creates the Python stages' tables when writing."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    # A bounded buffer pool (DuckDB takes 80% of RAM by default) keeps memory flat; the
    # Python stages stream and append, so they need less of it than dbt's models do.
    con = duckdb.connect(str(path), read_only=read_only, config={
        "memory_limit": os.environ.get("DOSSIER_STAGE_DUCKDB_MEMORY", "512MB"),
        "force_compression": STRING_COMPRESSION})
    try:
        if not read_only:
            con.execute(DDL)
            con.execute(MIGRATIONS)
        yield con
    finally:
        con.close()


def rejected_file_row(source_path: str, stage: str, reason: str, *, at: dt.datetime,
                      n_bytes: int | None = None, sha: str | None = None,
                      extractor_version: str | None = None,
                      cleaner_version: str | None = None) -> dict:
    """One raw.rejected_files row: a file or release a stage could not take, and why."""
    return {"source_path": source_path, "stage": stage, "reason": reason, "n_bytes": n_bytes,
            "content_sha256": sha, "rejected_at": at, "extractor_version": extractor_version,
            "cleaner_version": cleaner_version}


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict] | pa.Table) -> int:
    """Bulk-insert dicts (keys = column names) or an Arrow table, not row by row."""
    if len(rows) == 0:
        return 0
    batch = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows)
    columns = ", ".join(batch.column_names)
    con.register("_insert_batch", batch)
    try:
        con.execute(f"insert into {table} ({columns}) select {columns} from _insert_batch")
    finally:
        con.unregister("_insert_batch")
    return batch.num_rows


def input_fingerprint(con: duckdb.DuckDBPyConnection, model_version: str) -> str:
    """A digest of everything the marts are built from: the releases, rejections, cleaning
    and extraction tables' row counts and newest stamps, and the models' version.

    Equal fingerprints mean an identical rebuild, which a run may then skip.
    """
    [state] = con.execute("""
        select concat_ws('|',
            (select count(*) || '/' || coalesce(max(ingested_at)::varchar, '') from raw.releases),
            (select count(*) || '/' || coalesce(max(rejected_at)::varchar, '')
             from raw.rejected_files),
            (select count(*) || '/' || coalesce(max(cleaned_at)::varchar, '') from clean.releases),
            (select count(*) || '/' || coalesce(max(extracted_at)::varchar, '')
             from extract.releases))
    """).fetchall()
    return hashlib.sha256(f"{state[0]}|{model_version}".encode()).hexdigest()


class PublishedBuild(NamedTuple):
    input_fingerprint: str
    models_version: str | None  # None for builds published before it was recorded
    published_at: dt.datetime


def last_published_build(con: duckdb.DuckDBPyConnection) -> PublishedBuild | None:
    """The last build that passed every check and was published (None: never)."""
    rows = con.execute("select input_fingerprint, models_version, published_at "
                       "from meta.published_builds order by published_at desc limit 1"
                       ).fetchall()
    return PublishedBuild(*rows[0]) if rows else None


def last_dbt_models_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The dbt project version of the last successful `dbt build` on this file."""
    rows = con.execute("select models_version from meta.dbt_builds "
                       "order by built_at desc limit 1").fetchall()
    return rows[0][0] if rows else None


def record_dbt_build(con: duckdb.DuckDBPyConnection, models_version: str) -> None:
    con.execute("insert into meta.dbt_builds values (?, now())", [models_version])


def record_published_build(con: duckdb.DuckDBPyConnection, fingerprint: str,
                           models_version: str) -> None:
    con.execute("insert into meta.published_builds "
                "(input_fingerprint, published_at, models_version) values (?, now(), ?)",
                [fingerprint, models_version])
