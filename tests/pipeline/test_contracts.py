"""pandera contracts on real DuckDB tables: they pass on good rows and name what is wrong."""

from __future__ import annotations

import duckdb
import pandera.pandas as pa
import pytest

import dossier.contracts as contracts


@pytest.fixture
def con():
    with duckdb.connect() as con:
        con.execute("create schema marts")
        con.execute("create table marts.t as select i as id, "
                    "case when i % 1000 = 999 then 'bad' else 'ok' end as status "
                    "from range(5000) r(i)")
        yield con


CONTRACT = contracts.TableContract("marts.t", pa.DataFrameSchema({
    "id": pa.Column(int, unique=True),
    "status": pa.Column(str, pa.Check.isin(["ok"])),
}))


def test_chunked_validation_finds_bad_rows_in_every_chunk(con, monkeypatch):
    monkeypatch.setattr(contracts, "CHUNK_ROWS", 1024)
    result = contracts.validate(con, CONTRACT)
    assert result.n_rows == 5000
    assert not result.passed
    assert sum("status" in f for f in result.failures) == 5


def test_uniqueness_is_judged_over_the_whole_table(con, monkeypatch):
    monkeypatch.setattr(contracts, "CHUNK_ROWS", 1024)
    con.execute("update marts.t set status = 'ok'")
    assert contracts.validate(con, CONTRACT).passed
    con.execute("insert into marts.t values (3, 'ok')")  # a duplicate in another chunk
    result = contracts.validate(con, CONTRACT)
    assert result.failures == ["id: 1 duplicate values"]
