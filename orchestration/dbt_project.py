"""The dbt project, in its own module: `@dbt_assets` reads its manifest at import."""

import sys
from pathlib import Path

from dagster_dbt import DbtCliResource, DbtProject

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"
# The dbt beside this interpreter: the virtualenv need not be activated (CI, `dossier run`).
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# Under `dagster dev` the manifest is rebuilt on start; elsewhere (`dossier run`, tests,
# CI) prepare_manifest builds it before orchestration.definitions is imported.
dbt_project.prepare_if_dev()


def dbt_cli_resource() -> DbtCliResource:
    return DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)


def prepare_manifest() -> Path:
    """Build target/manifest.json with `dbt parse` (once per process: dbt starts slowly)."""
    dbt_cli_resource().cli(["parse", "--quiet"], target_path=dbt_project.target_path,
                           raise_on_error=True).wait()
    return dbt_project.manifest_path
