"""Where Dossier reads and writes, from environment variables with project defaults."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def raw_dir() -> Path:
    """The input folder of release files (DOSSIER_RAW_DIR, default raw/)."""
    return Path(os.environ.get("DOSSIER_RAW_DIR", PROJECT_DIR / "raw"))


def published_warehouse() -> Path:
    """The warehouse file BI tools read (DOSSIER_WAREHOUSE, default warehouse/dossier.duckdb)."""
    return Path(os.environ.get("DOSSIER_WAREHOUSE", PROJECT_DIR / "warehouse" / "dossier.duckdb"))


def work_warehouse(published: Path | None = None) -> Path:
    """The file a run builds in; published by atomic replace once built and checked.

    It sits beside the published file so that the replace stays on one file system.
    """
    published = published or published_warehouse()
    return published.with_name(f".{published.stem}.building{published.suffix}")


def feeds_config() -> Path:
    """The TOML file listing RSS/Atom feeds (DOSSIER_FEEDS, default feeds.toml)."""
    return Path(os.environ.get("DOSSIER_FEEDS", PROJECT_DIR / "feeds.toml"))


def dbt_executable() -> Path:
    """The dbt that builds the models (DOSSIER_DBT_EXECUTABLE; default: the project's dbt
    environment, .venv-dbt, which `make install` makes; else a dbt beside this Python)."""
    if "DOSSIER_DBT_EXECUTABLE" in os.environ:
        return Path(os.environ["DOSSIER_DBT_EXECUTABLE"])
    own = PROJECT_DIR / ".venv-dbt" / "bin" / "dbt"
    return own if own.exists() else Path(sys.executable).parent / "dbt"


def worker_count() -> int:
    """Processes for cleaning and extraction (DOSSIER_WORKERS, default: every core)."""
    return int(os.environ.get("DOSSIER_WORKERS", os.cpu_count() or 1))
