"""Resources, configured from environment variables (see dossier.settings)."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource

from dossier import settings
from orchestration.dbt_project import dbt_cli_resource


class WarehouseResource(ConfigurableResource):
    """Where a run reads release files and which warehouse file it builds and publishes."""

    # Unset fields are read from the environment when a run starts (dossier.settings), so
    # `dossier run --warehouse ...`, the schedule and tests all configure it one way.
    published_path: str | None = None  # the file BI tools read (DOSSIER_WAREHOUSE)
    raw_dir: str | None = None  # the input folder (DOSSIER_RAW_DIR)
    workers: int = 0  # processes for cleaning and extraction; 0 = DOSSIER_WORKERS or every core

    @property
    def published(self) -> Path:
        return Path(self.published_path) if self.published_path else settings.published_warehouse()

    @property
    def work(self) -> Path:
        """The file runs build in (and the incremental state); its marts are published only
        once built and checked."""
        return settings.work_warehouse(self.published)

    @property
    def input_dir(self) -> Path:
        return Path(self.raw_dir) if self.raw_dir else settings.raw_dir()

    @property
    def worker_count(self) -> int:
        return self.workers or settings.worker_count()


def build_resources() -> dict:
    return {
        "warehouse": WarehouseResource(),
        "dbt": dbt_cli_resource(),
    }
