"""The dbt project, in its own module: `@dbt_assets` reads its manifest at import."""

import hashlib
import importlib.metadata
import os
from functools import cached_property
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject
from dagster_dbt.dbt_project import using_dagster_dev
from packaging.version import Version

from dossier.settings import dbt_executable

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def dbt_run_target(work_warehouse: Path) -> Path:
    """Where a run points dbt: one folder per warehouse, beside it, reused run to run.

    Reused, so dbt's partial parse carries over and runs do not leave a folder each
    (dagster-dbt's default: ~5 MB a run). Per warehouse, because the profile names the
    warehouse file: one folder shared by two warehouses made dbt parse everything again
    (~2 s) at each switch, and two runs on two warehouses wrote the same run_results.
    """
    return work_warehouse.with_name(work_warehouse.name.removesuffix(".duckdb") + ".dbt")


def dbt_core_version(executable: Path) -> Version:
    """The version of the dbt-core that `executable` runs, read from its environment's
    installed metadata (bin/dbt's environment is bin/..), else from this one's."""
    site_packages = [str(p) for p in executable.parent.parent.glob("lib/python*/site-packages")]
    for dist in importlib.metadata.distributions(name="dbt-core", path=site_packages):
        return Version(dist.version)
    try:
        return Version(importlib.metadata.version("dbt-core"))
    except importlib.metadata.PackageNotFoundError:
        raise RuntimeError(
            f"no dbt-core found for {executable}: run `make install` (it makes the dbt "
            "environment, .venv-dbt) or point DOSSIER_DBT_EXECUTABLE at a dbt") from None


class DossierDbtCliResource(DbtCliResource):
    """dagster-dbt's resource without two start-up costs paid on every `dbt.cli` call
    (~2.7 s of an incremental run, measured): it runs `dbt --version` in a subprocess to
    learn dbt's version, which the installed metadata tells; and it loads dbt's adapter
    and macros in-process, used only to fetch column metadata, which Dossier does not ask
    for. dbt itself lives in an environment of its own (.venv-dbt): with dbt-core
    importable in this one, dagster-dbt imports it at start-up, 1.7 s of every run."""

    @cached_property
    def _cli_version(self) -> Version:
        return dbt_core_version(Path(self.dbt_executable))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 (dagster-dbt's hook)
        return None


def dbt_cli_resource() -> DbtCliResource:
    return DossierDbtCliResource(project_dir=dbt_project, dbt_executable=str(dbt_executable()))


# What dbt writes into the project folder, not part of it (.user.yml: dbt's user id).
_NOT_PROJECT_FILES = {"target", "logs", "dbt_packages", ".user.yml"}


def _project_files() -> list[Path]:
    """The dbt project's own files (not target/, logs/ or packages), in a stable order.

    Walked with those folders pruned: target/ holds thousands of compiled files, and
    walking it cost ~1 s of every run (three calls a run)."""
    files = []
    for folder, subfolders, names in os.walk(DBT_PROJECT_DIR):
        subfolders[:] = [name for name in subfolders if name not in _NOT_PROJECT_FILES]
        files += [Path(folder, name) for name in names if name not in _NOT_PROJECT_FILES]
    return sorted(files)


def _newest_source_mtime() -> float:
    return max(path.stat().st_mtime for path in _project_files())


def models_version() -> str:
    """A digest of the dbt project's files: the marts change when this or the data does."""
    digest = hashlib.sha256()
    for path in _project_files():
        digest.update(str(path.relative_to(DBT_PROJECT_DIR)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def prepare_manifest() -> Path:
    """Build target/manifest.json with `dbt parse` when the project changed since the last
    build: dbt takes seconds to start, which a daily or incremental run should not pay."""
    manifest = dbt_project.manifest_path
    if manifest.exists() and manifest.stat().st_mtime > _newest_source_mtime():
        return manifest
    dbt_cli_resource().cli(["parse", "--quiet"], target_path=dbt_project.target_path,
                           raise_on_error=True).wait()
    return manifest


# Under `dagster dev` the manifest is rebuilt on start (with our dbt executable, which
# DbtProject.prepare_if_dev would look for on PATH); elsewhere (`dossier run`, tests, CI)
# prepare_manifest runs before orchestration.definitions is imported.
if using_dagster_dev():
    prepare_manifest()
