"""Shared test set-up: the dbt manifest is built once, before any test imports the
Dagster definitions (`@dbt_assets` reads it at import)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    from orchestration.dbt_project import prepare_manifest

    prepare_manifest()


@pytest.fixture
def dagster_home(tmp_path, monkeypatch) -> Path:
    """A throwaway Dagster instance, so tests never write into the project's runs."""
    from orchestration.instance import ensure_instance_config

    home = tmp_path / "dagster_home"
    ensure_instance_config(home)  # the storage `dossier run` and `make dagster` use
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


@pytest.fixture
def fixture_releases() -> Path:
    return FIXTURES / "releases"


def corpus_dir() -> Path | None:
    """../shared/corpus beside the repository, where the team's corpus lives."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (os.environ.get("DOSSIER_CORPUS"), here.parent / "shared" / "corpus"):
        if candidate and (Path(candidate) / "releases").is_dir():
            return Path(candidate)
    return None
