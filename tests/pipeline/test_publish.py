"""Publishing: the published file always equals the work file's marts, whether it was
copied in full or patched release by release from the last published file."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import pytest

from dossier.publish import publish

TABLES = ("marts.fct_evidence", "marts.dim_agencies")
# What the model does to a release it rewrites: every row of it anew, under the run's stamp
REWRITTEN_BY_A_RUN = ("update marts.fct_evidence set extracted_at = now(), built_at = now() "
                      "where release_id = '{}'")


def _rows(db: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(f"select * from {table}").fetchall())


@pytest.fixture
def work(tmp_path) -> Path:
    db = tmp_path / "work.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema marts; create schema raw")
        con.execute("create table marts.fct_evidence as select 'r' || (i % 50) as release_id, "
                    "'fact' || i as fact_id, 'sentence ' || i as sentence, "
                    "'e' || i as evidence_id, timestamp '2026-01-01' as extracted_at, "
                    "timestamp '2026-01-01' as built_at "
                    "from range(500) t(i)")
        con.execute("create table marts.dim_agencies as select 'A' || i as agency_code "
                    "from range(5) t(i)")
        con.execute("create table raw.releases as select 'internal' as raw_text")
    return db


def test_first_publish_copies_the_marts_only(work, tmp_path, caplog):
    published = tmp_path / "pub.duckdb"
    with caplog.at_level(logging.INFO, "dossier.publish"):
        rows = publish(work, published)
    assert rows == {"marts.dim_agencies": 5, "marts.fct_evidence": 500}
    assert "written in full" in caplog.text
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from duckdb_tables() "
                           "where schema_name = 'raw'").fetchone() == (0,)


def _republish_after(work: Path, published: Path, monkeypatch, *changes: str,
                     digests: bool = True) -> None:
    """Publish, apply `changes` to work's marts, publish again (patching in place; with
    `digests` False, failing if it compares releases by their digests)."""
    import dossier.publish

    # In a file this small any patch frees a large share of blocks; never rewrite here.
    monkeypatch.setattr(dossier.publish, "MAX_FREE_SHARE", 1.01)
    publish(work, published)
    with duckdb.connect(str(work)) as con:
        for change in changes:
            con.execute(change)
    if not digests:
        monkeypatch.setattr(dossier.publish, "_release_digests", _no_digests)
    publish(work, published)


def _no_digests(*args):  # noqa: ANN002, ANN202
    raise AssertionError("releases compared although the run stamps told what changed")


def test_a_republish_patches_only_the_releases_that_changed(work, tmp_path, caplog,
                                                             monkeypatch):
    published = tmp_path / "pub.duckdb"
    with caplog.at_level(logging.INFO, "dossier.publish"):
        _republish_after(
            work, published, monkeypatch,
            "update marts.fct_evidence set sentence = 'new' where fact_id = 'fact7'",
            REWRITTEN_BY_A_RUN.format("r7"),
            "delete from marts.fct_evidence where release_id = 'r3'",
            "insert into marts.fct_evidence values ('r99', 'fact999', 'added', 'e999', now(), "
            "now())",
            "insert into marts.dim_agencies values ('EMA')")
    assert "patched: 3 release rewrites" in caplog.text  # r7 changed, r3 dropped, r99 added
    for table in TABLES:
        assert _rows(published, table) == _rows(work, table)


def test_evidence_moved_to_another_fact_without_a_new_extraction_is_patched(
        work, tmp_path, caplog, monkeypatch):
    """Entity resolution re-keys facts without extracting again: the evidence key moves."""
    published = tmp_path / "pub.duckdb"
    with caplog.at_level(logging.INFO, "dossier.publish"):
        _republish_after(
            work, published, monkeypatch,
            "update marts.fct_evidence set fact_id = 'merged', evidence_id = 'e-merged' "
            "where fact_id = 'fact12'", REWRITTEN_BY_A_RUN.format("r12"))
    assert "patched: 1 release rewrites" in caplog.text
    assert _rows(published, "marts.fct_evidence") == _rows(work, "marts.fct_evidence")


def test_rows_a_new_run_appended_are_published_without_comparing_releases(
        work, tmp_path, caplog, monkeypatch):
    """fct_evidence is written by run (built_at): the rows under stamps the published file
    lacks are all that changed when nothing else was deleted."""
    published = tmp_path / "pub.duckdb"
    with caplog.at_level(logging.INFO, "dossier.publish"):
        _republish_after(
            work, published, monkeypatch,
            "insert into marts.fct_evidence select 'new' || (i % 2), 'fact-n' || i, "
            "'appended', 'e-n' || i, timestamp '2026-02-01', timestamp '2026-02-01' "
            "from range(6) t(i)", digests=False)
    assert "patched: 2 release rewrites" in caplog.text
    assert _rows(published, "marts.fct_evidence") == _rows(work, "marts.fct_evidence")


def test_releases_a_run_rewrote_are_found_by_its_stamp(work, tmp_path, caplog, monkeypatch):
    published = tmp_path / "pub.duckdb"
    with caplog.at_level(logging.INFO, "dossier.publish"):
        _republish_after(
            work, published, monkeypatch,
            "create temp table rewritten as select * from marts.fct_evidence "
            "where release_id in ('r5', 'r6')",
            "delete from marts.fct_evidence where release_id in ('r5', 'r6')",
            # r5 told again, with a sentence revised; r6 too, with one fact fewer
            "insert into marts.fct_evidence select release_id, fact_id, "
            "'revised ' || sentence, evidence_id, now(), now() from rewritten "
            "where fact_id <> 'fact6'", digests=False)
    assert "patched: 2 release rewrites" in caplog.text
    assert _rows(published, "marts.fct_evidence") == _rows(work, "marts.fct_evidence")


def test_changed_columns_are_published_in_full(work, tmp_path, caplog):
    published = tmp_path / "pub.duckdb"
    publish(work, published)
    with duckdb.connect(str(work)) as con:
        con.execute("alter table marts.dim_agencies add column agency_name varchar")
    with caplog.at_level(logging.INFO, "dossier.publish"):
        publish(work, published)
    assert "written in full" in caplog.text
    with duckdb.connect(str(published), read_only=True) as con:
        assert "agency_name" in [c[0] for c in con.execute(
            "describe marts.dim_agencies").fetchall()]


def test_a_file_mostly_freed_by_patches_is_written_afresh(work, tmp_path, caplog, monkeypatch):
    import dossier.publish

    published = tmp_path / "pub.duckdb"
    publish(work, published)
    with duckdb.connect(str(work)) as con:
        con.execute("update marts.fct_evidence set sentence = sentence || ' (revised)', "
                    "extracted_at = now(), built_at = now()")
    monkeypatch.setattr(dossier.publish, "MAX_FREE_SHARE", 0.0)  # any freed block counts
    with caplog.at_level(logging.INFO, "dossier.publish"):
        publish(work, published)
    assert "written in full" in caplog.text
    assert _rows(published, "marts.fct_evidence") == _rows(work, "marts.fct_evidence")


def _change_one_release(work: Path, text: str) -> None:
    with duckdb.connect(str(work)) as con:
        con.execute(f"update marts.fct_evidence set sentence = '{text}' "
                    "where fact_id = 'fact7'")
        con.execute(REWRITTEN_BY_A_RUN.format("r7"))


def test_a_publish_patches_the_previous_version_in_place_of_a_copy(work, tmp_path, caplog,
                                                                    monkeypatch):
    import dossier.publish

    monkeypatch.setattr(dossier.publish, "MAX_FREE_SHARE", 1.01)
    published = tmp_path / "pub.duckdb"
    spare = tmp_path / ".pub.duckdb.spare"
    publish(work, published)  # in full: keeps a copy of what it wrote as the spare
    assert not spare.samefile(published)
    for text in ("second", "third"):
        spare_inode = spare.stat().st_ino
        _change_one_release(work, text)
        caplog.clear()
        with caplog.at_level(logging.INFO, "dossier.publish"):
            publish(work, published)
        assert "the previous version patched: 1 release rewrites" in caplog.text
        assert published.stat().st_ino == spare_inode  # the spare, brought up to date
        for table in TABLES:
            assert _rows(published, table) == _rows(work, table)


def test_tables_keyed_by_their_first_column_are_patched_row_by_row(work, tmp_path,
                                                                    monkeypatch):
    """Changed, dropped and added rows, list columns and nulls; and a table whose first
    column repeats, which cannot be patched by it and is replaced whole."""
    with duckdb.connect(str(work)) as con:
        con.execute("create table marts.dim_products as select 'p' || i as product_id, "
                    "case when i % 3 = 0 then null else ['T' || i] end as targets, "
                    "case when i % 2 = 0 then null else 'mab' end as modality "
                    "from range(20) t(i)")
        con.execute("create table marts.repeats as select i % 2 as k, i as v from range(6) t(i)")
    _republish_after(
        work, tmp_path / "pub.duckdb", monkeypatch,
        "update marts.dim_products set targets = ['T1', 'X'] where product_id = 'p1'",
        "update marts.dim_products set modality = 'adc' where product_id = 'p2'",
        "update marts.dim_products set targets = null where product_id = 'p4'",
        "delete from marts.dim_products where product_id = 'p5'",
        "insert into marts.dim_products values ('p99', [], null)",
        "update marts.repeats set v = 60 where v = 5")
    for table in ("marts.dim_products", "marts.repeats", *TABLES):
        assert _rows(tmp_path / "pub.duckdb", table) == _rows(work, table), table


READER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select sentence from marts.fct_evidence where fact_id = 'fact7'").fetchone()[0],
      flush=True)
sys.stdin.readline()  # hold the file until told
print(con.execute("select sentence from marts.fct_evidence where fact_id = 'fact7'").fetchone()[0],
      flush=True)
"""


def test_a_version_a_reader_still_holds_is_never_written(work, tmp_path, caplog, monkeypatch):
    import subprocess
    import sys

    import dossier.publish

    monkeypatch.setattr(dossier.publish, "MAX_FREE_SHARE", 1.01)
    published = tmp_path / "pub.duckdb"
    publish(work, published)
    _change_one_release(work, "second")
    publish(work, published)  # patches the spare the first publish kept
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "second"
        for text in ("third", "fourth"):  # the reader's file is the spare after "third"
            _change_one_release(work, text)
            with caplog.at_level(logging.INFO, "dossier.publish"):
                publish(work, published)
        assert "previous version still in use" in caplog.text
        assert "a copy patched: 1 release rewrites" in caplog.text
        out, _ = reader.communicate("\n", timeout=60)
    finally:
        reader.kill()
    assert out.strip() == "second"  # what the reader opened never changed under it
    assert _rows(published, "marts.fct_evidence") == _rows(work, "marts.fct_evidence")
