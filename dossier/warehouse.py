"""The DuckDB tables the Python stages write, and short-lived connections to them.

DuckDB lets one process hold a file for writing and no other open it meanwhile (dbt
runs in a subprocess), so every connection here is opened for one step and closed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    extractor_version varchar           -- stage extract: the version that failed on it
);

create table if not exists clean.releases (
    release_id     varchar primary key,
    title          varchar,
    body           varchar not null,
    published_date date,
    cleaned_at     timestamptz not null
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
"""

EXTRACT_FACT_TABLES = ("companies", "products", "ind_events", "designations")


@contextmanager
def connect(path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """One short-lived connection; creates the Python stages' tables when writing."""
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    # A bounded buffer pool (DuckDB takes 80% of RAM by default) keeps memory flat.
    con = duckdb.connect(str(path), read_only=read_only,
                         config={"memory_limit": os.environ.get("DOSSIER_DUCKDB_MEMORY", "1GB")})
    try:
        if not read_only:
            con.execute(DDL)
            con.execute(MIGRATIONS)
        yield con
    finally:
        con.close()


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    """Bulk-insert dicts (keys = column names) through Arrow, not row by row."""
    if not rows:
        return 0
    batch = pa.Table.from_pylist(rows)  # noqa: F841  (DuckDB reads the local by name)
    columns = ", ".join(rows[0].keys())
    con.execute(f"insert into {table} ({columns}) select {columns} from batch")
    return len(rows)
