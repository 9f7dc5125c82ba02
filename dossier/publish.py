"""Build in a work file, publish the marts to the path BI tools read by one atomic replace.

DuckDB lets one process hold a file for writing and nobody else open it, so readers
must never share the file a run writes. The published file holds the `marts` schema
only (the analyst-facing tables, compact); the work file keeps the internal stages
(raw texts, extraction) as the incremental state. A reader that opened the published
file before a replace keeps reading the old one; the next one opens the new one;
nobody sees half.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import duckdb

from dossier.warehouse import STRING_COMPRESSION

log = logging.getLogger("dossier.publish")

PUBLISHED_SCHEMAS = ("marts",)


def publish(work: Path, published: Path) -> dict[str, int]:
    """Copy the published schemas of `work` into a new file, then atomically replace
    `published` with it. Returns rows per published table."""
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.publishing")
    tmp.unlink(missing_ok=True)
    rows: dict[str, int] = {}
    try:
        with duckdb.connect(str(tmp), config={"force_compression": STRING_COMPRESSION}) as out:
            out.execute("attach ? as work (read_only)", [str(work)])
            for schema in PUBLISHED_SCHEMAS:
                out.execute(f"create schema {schema}")
                tables = out.execute(
                    "select table_name from duckdb_tables() "
                    "where database_name = 'work' and schema_name = ? order by 1",
                    [schema]).fetchall()
                for (table,) in tables:
                    out.execute(f"create table {schema}.{table} as "
                                f"select * from work.{schema}.{table}")
                    rows[f"{schema}.{table}"] = out.execute(
                        f"select count(*) from {schema}.{table}").fetchone()[0]
            out.execute("detach work")
            out.execute("checkpoint")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, published)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("published %s (%.1f MB, %d tables)", published, published.stat().st_size / 1e6,
             len(rows))
    return rows
