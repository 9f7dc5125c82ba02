from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Workspace:
    raw: Path
    warehouse: Path

    @property
    def work(self) -> Path:
        from dossier.settings import work_warehouse

        return work_warehouse(self.warehouse)


@pytest.fixture
def workspace(tmp_path, monkeypatch, fixture_releases, dagster_home) -> Workspace:
    """An input folder holding the fixture releases and a warehouse path, set in the
    environment as `dossier run` sets them."""
    raw = tmp_path / "raw"
    shutil.copytree(fixture_releases, raw)
    warehouse = tmp_path / "out" / "dossier.duckdb"
    monkeypatch.setenv("DOSSIER_RAW_DIR", str(raw))
    monkeypatch.setenv("DOSSIER_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("DOSSIER_WORKERS", "1")
    return Workspace(raw, warehouse)


def _run_pipeline():
    """The job the schedule and `dossier run` run, in process, on the test's instance."""
    from dagster import DagsterInstance

    from dossier.cli import describe_failure
    from orchestration.definitions import defs

    job = defs.resolve_job_def("dossier_pipeline")
    with DagsterInstance.get() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
    if not result.success:  # say why in the test output, whatever the test then asserts
        print("run failed:\n" + describe_failure(result))
    return result


@pytest.fixture
def run_pipeline():
    return _run_pipeline
