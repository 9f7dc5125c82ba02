"""BI readers are never blocked and never see a half-built warehouse: a real second
process queries the published file in a loop while a full run publishes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb

READER = Path(__file__).with_name("concurrent_reader.py")


def _answer(warehouse: Path) -> list[str]:
    sys.path.insert(0, str(READER.parent))
    try:
        from concurrent_reader import QUERY
    finally:
        sys.path.pop(0)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return [str(v) for v in con.execute(QUERY).fetchone()]


def test_reader_sees_old_or_new_warehouse_and_never_fails(workspace, run_pipeline, tmp_path,
                                                          fixture_releases):
    assert run_pipeline().success
    old = _answer(workspace.warehouse)

    stop, out = tmp_path / "stop", tmp_path / "reader.json"
    reader = subprocess.Popen([sys.executable, str(READER), str(workspace.warehouse),
                               str(stop), str(out)])
    try:
        time.sleep(1.0)  # the reader is querying before the run starts
        new_file = workspace.raw / "late_arrival.txt"
        new_file.write_text((fixture_releases / "seed_immunofoco.txt").read_text() + "\nAddendum.")
        assert run_pipeline().success
        time.sleep(1.0)  # and keeps querying after the publish
    finally:
        stop.touch()
        reader.wait(timeout=60)
    new = _answer(workspace.warehouse)
    assert new != old

    report = json.loads(out.read_text())
    answers = report["answers"]
    print(f"concurrent reader: {len(answers)} queries, {len(report['errors'])} errors")
    assert report["errors"] == []
    assert len(answers) > 20
    assert all(a in (old, new) for a in answers)
    assert answers[0] == old and answers[-1] == new
