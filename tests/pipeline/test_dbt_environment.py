"""dbt runs from an environment of its own, and the Dagster process never imports it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from packaging.version import Version

from dossier import settings
from orchestration.dbt_project import dbt_cli_resource, dbt_core_version

ROOT = Path(__file__).resolve().parents[2]


def _locked_dbt_core() -> Version:
    for line in (ROOT / "requirements-dbt.lock").read_text().splitlines():
        if line.startswith("dbt-core=="):
            return Version(line.split("==")[1])
    raise AssertionError("requirements-dbt.lock pins no dbt-core")


def test_the_resource_reads_the_locked_dbt_version_without_running_dbt() -> None:
    executable = settings.dbt_executable()
    assert executable.exists(), executable
    assert dbt_core_version(executable) == _locked_dbt_core()
    assert dbt_cli_resource()._cli_version == _locked_dbt_core()


def test_dagster_definitions_load_without_importing_dbt() -> None:
    # (a fresh interpreter: this one's test modules may have imported anything)
    probe = ("import sys, orchestration.definitions; "
             "print(sorted(m for m in sys.modules if m == 'dbt' or m.startswith('dbt.')))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_dbt_named_in_the_environment_is_the_one_used(tmp_path, monkeypatch) -> None:
    elsewhere = tmp_path / "bin" / "dbt"
    elsewhere.parent.mkdir()
    elsewhere.symlink_to(settings.dbt_executable())
    monkeypatch.setenv("DOSSIER_DBT_EXECUTABLE", str(elsewhere))
    assert settings.dbt_executable() == elsewhere
    assert dbt_cli_resource().dbt_executable == str(elsewhere)
    # (no environment around it, and none in this process: said, not a version guessed)
    with pytest.raises(RuntimeError, match="no dbt-core found"):
        dbt_core_version(elsewhere)
