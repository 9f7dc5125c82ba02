"""A BI reader in its own process: query the published warehouse read-only in a loop.

    python concurrent_reader.py WAREHOUSE STOP_FILE OUT_JSON

Stops when STOP_FILE exists (or after 120 s), then writes every answer and error.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb

QUERY = """select (select count(*) from marts.dim_releases),
                  (select count(*) from marts.fct_evidence),
                  (select coalesce(sum(hash(release_id)), 0) from marts.dim_releases)"""


def main(warehouse: str, stop_file: str, out: str) -> None:
    answers: list[list] = []
    errors: list[str] = []
    deadline = time.monotonic() + 120
    while not Path(stop_file).exists() and time.monotonic() < deadline:
        try:
            with duckdb.connect(warehouse, read_only=True) as con:
                answers.append([str(v) for v in con.execute(QUERY).fetchone()])
        except Exception as exc:  # every failure is what the test counts
            errors.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.005)
    Path(out).write_text(json.dumps({"answers": answers, "errors": errors}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
