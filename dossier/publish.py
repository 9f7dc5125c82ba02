"""Build in a work file, publish to the path BI tools read by one atomic replace.

DuckDB lets one process hold a file for writing and nobody else open it, so readers
must never share the file a run writes. A reader that opened the published file before
a replace keeps reading the old one; the next one opens the new one; nobody sees half.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import duckdb

log = logging.getLogger("dossier.publish")


def prepare_work_file(work: Path, published: Path) -> None:
    """Start a run's work file from the last published warehouse if there is none.

    The work file normally persists between runs (it is the incremental state); after it
    is lost, the published warehouse is the last good state to continue from.
    """
    if work.exists() or not published.exists():
        return
    work.parent.mkdir(parents=True, exist_ok=True)
    tmp = work.with_name(work.name + ".tmp")
    shutil.copyfile(published, tmp)
    os.replace(tmp, work)
    log.info("work file %s started from the published warehouse", work)


def publish(work: Path, published: Path) -> None:
    """Atomically replace `published` with a checkpointed copy of `work`."""
    with duckdb.connect(str(work)) as con:
        con.execute("checkpoint")  # everything in the main file, nothing left in the WAL
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.publishing")
    try:
        shutil.copyfile(work, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, published)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("published %s (%.1f MB)", published, published.stat().st_size / 1e6)
