"""The project's Dagster instance: SQLite storage whose event log reuses its connections.

Dagster's SQLite event log builds a new SQLAlchemy engine, and a new SQLite connection,
for every read and write: 3 to 6 per event, 2 to 5 ms each. A Dossier run stores ~225
events (steps, materializations, dbt's asset checks), so that alone cost 2-9 s of an
incremental run of ~20 s. This storage keeps one engine per database file (the run's
own and the cross-run index) instead; everything else is Dagster's SQLite storage, on
the same files, so runs recorded before or after read the same.

Production deployments with Postgres storage (dagster-postgres) need none of this:
`dagster.yaml` is only written here when missing or when this module wrote it.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import (
    SqliteScheduleStorage,
)
from dagster._core.storage.sqlite_storage import (
    DagsterSqliteStorage,
    _event_logs_directory,
    _runs_directory,
    _schedule_directory,
)
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine

# Seconds a writer waits on another process's lock (Dagster's own SQLite setting).
SQLITE_BUSY_TIMEOUT_SECONDS = 120
# Engines kept open: the index, and the few runs a process writes or reads at a time.
MAX_OPEN_DATABASES = 8

CONFIG_MARKER = "# Written by orchestration/instance.py"
INSTANCE_CONFIG = f"""{CONFIG_MARKER}; edit freely (it is then left alone).
telemetry:
  enabled: false
storage:
  custom:
    module: orchestration.instance
    class: PooledSqliteStorage
    config:
      base_dir:
        env: DAGSTER_HOME
"""
# What earlier versions of `dossier run` wrote: safe to replace.
_EARLIER_CONFIGS = ("", "telemetry:\n  enabled: false\n")


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """Dagster's per-run SQLite event log, with an engine per database file kept open."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()  # before super(): it connects
        super().__init__(base_dir, inst_data)

    def _engine(self, shard: str) -> Engine:
        engine = self._engines.pop(shard, None)
        if engine is None:
            engine = create_engine(
                self.conn_string_for_shard(shard),
                # Connections are used under self._db_lock, by whichever thread holds it.
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS,
                              "check_same_thread": False},
                pool_size=1,
            )
        self._engines[shard] = engine  # most recently used last
        while len(self._engines) > MAX_OPEN_DATABASES:
            _, oldest = self._engines.popitem(last=False)
            oldest.dispose()
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _close_all(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()

    def delete_events(self, run_id: str) -> None:
        super().delete_events(run_id)
        with self._db_lock:  # a deleted run is not read again: no connection kept to it
            engine = self._engines.pop(run_id, None)
            if engine is not None:
                engine.dispose()

    def wipe(self) -> None:
        self._close_all()  # wipe removes the run files: no connection may hold them
        super().wipe()

    def dispose(self) -> None:
        self._close_all()
        super().dispose()


class PooledSqliteStorage(DagsterSqliteStorage):
    """Dagster's default SQLite storage (same layout under base_dir), pooled event log."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        # Not super().__init__: it would open a second, unpooled event log on the files.
        self.base_dir = base_dir
        self._run_storage = SqliteRunStorage.from_local(_runs_directory(base_dir))
        self._event_log_storage = PooledSqliteEventLogStorage(_event_logs_directory(base_dir))
        self._schedule_storage = SqliteScheduleStorage.from_local(_schedule_directory(base_dir))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData | None,  # type: ignore[override]
                          config_value: dict) -> PooledSqliteStorage:
        return cls.from_local(inst_data=inst_data, **config_value)


def ensure_instance_config(home: Path) -> Path:
    """Write `home/dagster.yaml` for this storage unless someone configured it otherwise."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    current = config.read_text() if config.exists() else ""
    ours = current.startswith(CONFIG_MARKER) or current in _EARLIER_CONFIGS
    if ours and current != INSTANCE_CONFIG:
        config.write_text(INSTANCE_CONFIG)
    return config


if __name__ == "__main__":  # `make dagster` prepares the home it starts Dagster in
    ensure_instance_config(Path(os.environ["DAGSTER_HOME"]))
