"""The whole asset graph materialized in process by real Dagster, dbt and DuckDB."""

from __future__ import annotations

import duckdb
from dagster import AssetKey, DagsterInstance, build_sensor_context

from orchestration.definitions import defs
from orchestration.schedules import daily_refresh
from orchestration.sensors import new_release_files


def test_pipeline_runs_from_files_to_published_marts(workspace, run_pipeline):
    (workspace.raw / "notes.pdf").write_bytes(b"%PDF-1.4")
    (workspace.raw / "blank.txt").write_text("   \n")
    result = run_pipeline()
    assert result.success
    with duckdb.connect(str(workspace.warehouse), read_only=True) as con:
        n_releases = con.execute("select count(*) from marts.dim_releases").fetchone()[0]
        rejected = dict(con.execute("select regexp_extract(source_path, '[^/]+$'), reason "
                                    "from marts.rejected_files").fetchall())
        n_designations = con.execute("select count(*) from marts.fct_designations").fetchone()[0]
        dated = con.execute("select count(*) from marts.dim_releases "
                            "where published_date is not null").fetchone()[0]
    assert n_releases == 4
    assert set(rejected) == {"notes.pdf", "blank.txt"}
    assert n_designations > 0
    assert dated == 4

    # Every check ran and passed: pandera contracts and dbt tests alike.
    checks = [e for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    names = {e.event_specific_data.check_name for e in checks}
    assert "pandera_fct_evidence_contract" in names
    assert any(name.startswith("relationships_") for name in names)  # dbt's
    assert all(e.event_specific_data.passed for e in checks)

    # dbt ran in the warehouse's own target folder, keeping its partial parse for the next
    # run but writing no manifest.json or run_results.json (orchestration/assets/dbt.py)
    [target] = workspace.warehouse.parent.glob(".*.dbt")
    assert (target / "partial_parse.msgpack").exists()
    assert not (target / "manifest.json").exists()
    assert not (target / "run_results.json").exists()


def test_asset_graph_is_one_lineage_from_files_to_published_warehouse():
    graph = defs.resolve_asset_graph()
    upstream = graph.get(AssetKey(["published_warehouse"])).parent_keys
    assert AssetKey(["marts", "fct_designations"]) in upstream
    stg = graph.get(AssetKey(["staging", "stg_extract__designations"])).parent_keys
    assert stg == {AssetKey(["extract", "designations"])}
    assert graph.get(AssetKey(["clean", "releases"])).parent_keys == {
        AssetKey(["raw", "releases"])}
    # Cleaned and extracted in one step, yet extraction reads the cleaned text.
    assert graph.get(AssetKey(["extract", "products"])).parent_keys == {
        AssetKey(["clean", "releases"])}


def test_daily_schedule_runs_the_pipeline_job():
    assert daily_refresh.job_name == "dossier_pipeline"
    assert daily_refresh.cron_schedule == "0 6 * * *"


def test_sensor_requests_a_run_only_when_files_change(workspace):
    raw = workspace.raw
    with DagsterInstance.ephemeral() as instance:
        def tick(cursor=None):
            return new_release_files.evaluate_tick(
                build_sensor_context(instance=instance, cursor=cursor))

        first = tick()
        assert len(first.run_requests) == 1
        unchanged = tick(first.cursor)
        assert not unchanged.run_requests
        (raw / "new_release.txt").write_text("NEW YORK, May 1, 2025 -- A new release.")
        changed = tick(first.cursor)
        assert len(changed.run_requests) == 1
