"""The dbt models as Dagster assets: one lineage from the extract tables to the marts."""


import logging
import os
from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext, AssetKey, Output
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    dbt_assets,
)

from dossier.warehouse import (
    connect,
    input_fingerprint,
    last_dbt_models_version,
    last_published_build,
    record_dbt_build,
)
from orchestration.dbt_project import dbt_project, dbt_run_target, models_version
from orchestration.resources import WarehouseResource

log = logging.getLogger("dossier.dbt")

MARTS_SCHEMA = "marts"  # the models BI tools read; their tests are Dagster asset checks


class DossierDbtTranslator(DagsterDbtTranslator):
    """Models keyed by schema and name (marts/dim_releases); sources keep their default
    keys (raw/releases, extract/ind_events), which are the Python assets' keys."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            return AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "dbt_" + dbt_resource_props["schema"]

    def get_asset_check_spec(self, asset_spec, manifest, unique_id, project):  # noqa: ANN001, ANN201
        """Asset checks for the tests on the marts (what BI tools read). Tests on staging,
        intermediate models and seeds are pipeline invariants: they run in the same
        `dbt build` and a failure fails the step, so nothing is published; as Dagster
        checks they cost three run-log events each (~100 events, seconds a run)."""
        if asset_spec.key.path[0] != MARTS_SCHEMA:
            return None
        return super().get_asset_check_spec(asset_spec, manifest, unique_id, project)


def _internal_test(raw_event: Mapping[str, Any], manifest: Mapping[str, Any]) -> bool:
    """Whether a dbt event is the result of a test on a model outside the marts."""
    unique_id = raw_event["data"].get("node_info", {}).get("unique_id", "")
    if not unique_id.startswith("test."):
        return False
    attached = manifest["nodes"][unique_id].get("attached_node")
    model = manifest["nodes"].get(attached) if attached else None
    return model is None or model["schema"] != MARTS_SCHEMA


# Views and seeds are rebuilt only with the models: a view's definition and a seed's rows
# come from the project's files alone, and rebuilding them (with their tests) held the
# tables back by ~0.45 s of an incremental run at 100,000 releases.
UNCHANGED_SINCE_LAST_BUILD = ("--exclude", "config.materialized:view resource_type:seed")
# No manifest.json or run_results.json in the run's target folder: writing the manifest
# twice (after parsing, after the build) cost ~0.6 s a run, and nothing reads them; each
# model's result and timing is in the run's event log, dbt's own log in dbt.log beside.
NO_ARTIFACTS = "--no-write-json"
STALE_ARTIFACTS = ("manifest.json", "run_results.json", "semantic_manifest.json")

translator = DossierDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=translator)
def dossier_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource,
                       warehouse: WarehouseResource):
    """`dbt build` (models, seeds and tests) once per run, against the run's work file.

    Skipped when neither the data nor the models changed since the last published build:
    the marts would come out the same, and dbt costs seconds even with nothing to do.
    """
    version = models_version()
    with connect(warehouse.work) as con:
        fingerprint = input_fingerprint(con, version)
        last = last_published_build(con)
        built_with = last_dbt_models_version(con)
    if last and last.input_fingerprint == fingerprint and warehouse.published.exists():
        log.info("dbt: nothing changed since the last published build; models not rebuilt")
        context.log.info("No release or model changed since the last published build.")
        return
    # profiles.yml reads the path from here; dbt runs in a subprocess that inherits it.
    os.environ["DOSSIER_BUILD_DB"] = str(warehouse.work)
    # Incremental models (fct_evidence) carry rows over from the last build; when that
    # build was by another version of the models (or failed), everything is rebuilt.
    args = ["build", *UNCHANGED_SINCE_LAST_BUILD] if built_with == version else [
        "build", "--full-refresh"]
    target = dbt_run_target(warehouse.work)
    for name in STALE_ARTIFACTS:  # left by earlier versions: they would describe another run
        (target / name).unlink(missing_ok=True)
    invocation = dbt.cli([NO_ARTIFACTS, *args], context=context, target_path=target)
    for raw in invocation.stream_raw_events():
        if _internal_test(raw.raw_event, invocation.manifest):
            continue  # no check of ours (see the translator); a failure fails the command
        yield from _dagster_events(context, invocation, raw)
    with connect(warehouse.work) as con:  # reached only when every model and test passed
        record_dbt_build(con, version)


def _dagster_events(context: AssetExecutionContext, invocation, raw):  # noqa: ANN001, ANN202
    """dagster-dbt's events for one dbt result, with a progress line per model built."""
    for event in raw.to_default_asset_events(
            manifest=invocation.manifest, dagster_dbt_translator=invocation.dagster_dbt_translator,
            context=context, target_path=invocation.target_path, project=invocation.project):
        if isinstance(event, Output):
            key = context.asset_key_for_output(event.output_name)
            log.info("dbt: built %s", ".".join(key.path))
        yield event
