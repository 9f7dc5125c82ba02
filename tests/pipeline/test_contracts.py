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


def test_a_stage_table_is_validated_on_the_rows_written_since_the_last_publish(tmp_path):
    from dossier.warehouse import connect, last_published_build, record_published_build

    def land(con, release_id: str, fmt: str, minutes_from_now: int) -> None:
        con.execute("insert into raw.releases values (?, ?, ?, 10, 'utf-8', 'x', null, "
                    "now() + to_minutes(?))",
                    [release_id * 64, f"/raw/{release_id}.{fmt}", fmt, minutes_from_now])

    with connect(tmp_path / "w.duckdb") as con:
        assert last_published_build(con) is None
        land(con, "a", "pdf", -60)  # breaks the contract, but went out before the check existed
        record_published_build(con, "fingerprint-1", "models-1")
        since = last_published_build(con).published_at
        land(con, "b", "txt", 1)
        result = contracts.validate(con, contracts.LANDED_RELEASES, since=since)
        assert result.passed and result.n_rows == 1
        assert not contracts.validate(con, contracts.LANDED_RELEASES).passed  # all rows
        land(con, "c", "doc", 2)  # written after the publish: caught
        result = contracts.validate(con, contracts.LANDED_RELEASES, since=since)
        assert result.n_rows == 2
        assert any("format" in failure for failure in result.failures)


@pytest.mark.parametrize("evidence, valid", [
    ([{"sentence": "X got Fast Track.", "char_start": 10, "char_end": 27}], True),
    ([], False),  # a fact with no evidence
    ([{"sentence": "", "char_start": 10, "char_end": 27}], False),
    ([{"sentence": "X got Fast Track.", "char_start": 27, "char_end": 10}], False),
    ([{"sentence": "X got Fast Track.", "char_start": None, "char_end": 27}], False),
])
def test_every_extracted_fact_needs_sane_evidence(tmp_path, evidence, valid):
    from dossier.warehouse import connect, insert_rows

    with connect(tmp_path / "w.duckdb") as con:
        insert_rows(con, "extract.designations", [{
            "release_id": "r", "product_code": "X", "agency": "FDA",
            "designation_type": "fast_track", "event_date": "2024", "indication": None,
            "evidence": evidence}])
        [designations] = [c for c in contracts.EXTRACTED if c.table == "extract.designations"]
        result = contracts.validate(con, designations)
    assert result.passed == valid
    if not valid:
        assert "fact without valid evidence" in result.failures[0]


def test_keys_dbt_does_not_test_are_unique_by_contract():
    """dbt runs no uniqueness test on these keys (it would delay every run): the pandera
    contracts, which block publishing, are what keeps them unique and present."""
    by_table = {c.table: c.schema for c in [contracts.LANDED_RELEASES, *contracts.MARTS]}
    for table, key in [("raw.releases", "release_id"), ("marts.fct_evidence", "evidence_id")]:
        column = by_table[table].columns[key]
        assert column.unique and not column.nullable, table
    assert by_table["raw.releases"].columns["format"].checks  # txt, md or html only


def test_keys_embedding_their_release_are_judged_on_the_rows_written_since(tmp_path):
    """fct_evidence: a run rewrites a release's rows together and evidence_id hashes the
    release, so only the rows it wrote can hold a new duplicate."""
    import datetime as dt

    evidence = next(c for c in contracts.MARTS if c.table == "marts.fct_evidence")
    assert evidence.keys_embed == "release_id"
    with duckdb.connect() as con:
        con.execute("create schema marts")
        con.execute("create table marts.fct_evidence as select 'e' || i as evidence_id, "
                    "'product' as fact_type, 'f' as fact_id, 'r' || i as release_id, "
                    "timestamp '2026-01-01' as built_at from range(100) t(i)")
        since = dt.datetime(2026, 6, 1)
        assert contracts.validate(con, evidence, since=since).passed
        con.execute("insert into marts.fct_evidence select 'e1', 'product', 'f', 'r1', "
                    "timestamp '2026-07-01' from range(2)")  # a run wrote a duplicate
        result = contracts.validate(con, evidence, since=since)
        assert result.failures == ["evidence_id: 1 duplicate values"]
        assert result.n_rows == 2  # the rows that run wrote, not the history
