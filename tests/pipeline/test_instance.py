"""The project's Dagster instance: pooled SQLite event log, same files as Dagster's own."""

from __future__ import annotations

from dagster import DagsterInstance, asset, materialize
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage

from orchestration.instance import (
    CONFIG_MARKER,
    MAX_OPEN_DATABASES,
    PooledSqliteEventLogStorage,
    PooledSqliteStorage,
    ensure_instance_config,
)


@asset
def small_table() -> int:
    return 3


def test_config_written_when_missing_and_replacing_the_old_default(tmp_path):
    home = tmp_path / "home"
    config = ensure_instance_config(home)
    assert config.read_text().startswith(CONFIG_MARKER)
    old = tmp_path / "old"
    old.mkdir()
    (old / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    assert "PooledSqliteStorage" in ensure_instance_config(old).read_text()


def test_a_configuration_of_someone_else_is_left_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    custom = "storage:\n  postgres:\n    postgres_url: postgresql://db/dagster\n"
    (home / "dagster.yaml").write_text(custom)
    ensure_instance_config(home)
    assert (home / "dagster.yaml").read_text() == custom


def test_runs_are_stored_and_read_back_by_dagster_s_own_storage(dagster_home):
    with DagsterInstance.get() as instance:
        assert instance.get_ref().storage_data.class_name == PooledSqliteStorage.__name__
        assert isinstance(instance.event_log_storage, PooledSqliteEventLogStorage)
        result = materialize([small_table], instance=instance)
        assert result.success
        stored = instance.all_logs(result.run_id)
    # The same files through Dagster's unpooled storage: a run written by one is read
    # by the other (a home configured before this storage keeps its history).
    plain = DagsterSqliteStorage.from_local(str(dagster_home))
    events = plain.event_log_storage.get_logs_for_run(result.run_id)
    assert [(e.dagster_event_type, e.timestamp) for e in events] == \
        [(e.dagster_event_type, e.timestamp) for e in stored]
    assert len(events) > 5
    materialized = plain.event_log_storage.get_latest_materialization_events(
        [small_table.key])
    assert materialized[small_table.key].run_id == result.run_id
    plain.dispose()


def test_open_databases_are_bounded_and_deleted_runs_closed(dagster_home):
    with DagsterInstance.get() as instance:
        run_ids = [materialize([small_table], instance=instance).run_id
                   for _ in range(MAX_OPEN_DATABASES + 2)]
        storage = instance.event_log_storage
        assert len(storage._engines) <= MAX_OPEN_DATABASES
        newest = run_ids[-1]
        assert newest in storage._engines
        instance.delete_run(newest)
        assert newest not in storage._engines
        assert instance.get_run_by_id(newest) is None
        assert instance.all_logs(newest) == []
        assert len(instance.all_logs(run_ids[0])) > 5  # a run whose engine was closed
        instance.wipe()
        assert storage._engines.keys() <= {"index"}
