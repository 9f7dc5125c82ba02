"""Cleaning and extraction stages: worker processes give what one process gives, and a
stage run again finds nothing to do."""

from __future__ import annotations

import pytest

import dossier.stages as stages
from dossier.landing import land_folder
from dossier.warehouse import EXTRACT_FACT_TABLES, connect


def _build(db, folder, workers, *, one_pass=True):
    with connect(db) as con:
        land_folder(con, folder)
        if one_pass:
            stages.clean_and_extract_pending(con, workers=workers)
        else:
            stages.clean_pending(con, workers=workers)
            stages.extract_pending(con, workers=workers)
        return {t: con.execute(f"select * exclude (extracted_at) from extract.{t} order by all"
                               if t == "releases" else
                               f"select * from extract.{t} order by all").fetchall()
                for t in ("releases", *EXTRACT_FACT_TABLES)}


def test_worker_processes_extract_what_one_process_extracts(tmp_path, fixture_releases,
                                                            monkeypatch):
    in_process = _build(tmp_path / "a.duckdb", fixture_releases, 1)
    monkeypatch.setattr(stages, "MIN_RELEASES_FOR_WORKERS", 0)
    monkeypatch.setattr(stages, "BATCH_SIZE", 1)
    assert _build(tmp_path / "b.duckdb", fixture_releases, 2) == in_process
    assert len(in_process["releases"]) == 4
    assert in_process["designations"]


def test_one_pass_extracts_what_two_stages_extract(tmp_path, fixture_releases, monkeypatch):
    two_stages = _build(tmp_path / "a.duckdb", fixture_releases, 1, one_pass=False)
    monkeypatch.setattr(stages, "MIN_RELEASES_FOR_WORKERS", 0)
    monkeypatch.setattr(stages, "BATCH_SIZE", 2)
    assert _build(tmp_path / "b.duckdb", fixture_releases, 2) == two_stages


@pytest.mark.parametrize("stage", ["clean_pending", "extract_pending"])
def test_a_stage_run_again_does_nothing(tmp_path, fixture_releases, stage):
    _build(tmp_path / "w.duckdb", fixture_releases, 1)
    with connect(tmp_path / "w.duckdb") as con:
        assert getattr(stages, stage)(con, workers=1).processed == 0


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_new_cleaner_version_cleans_and_extracts_again_replacing_the_rows(
        tmp_path, fixture_releases, monkeypatch, one_pass):
    db = tmp_path / "w.duckdb"
    before = _build(db, fixture_releases, 1, one_pass=one_pass)
    monkeypatch.setattr(stages, "CLEANER_VERSION", "a later cleaner")
    after = _build(db, fixture_releases, 1, one_pass=one_pass)
    assert after == before  # the same facts, once each: replaced, not appended
    with connect(db) as con:
        assert con.execute("select count(*), count(distinct release_id), "
                           "bool_and(cleaner_version = 'a later cleaner') "
                           "from clean.releases").fetchone() == (4, 4, True)
        assert stages.clean_pending(con, workers=1).processed == 0
        assert stages.extract_pending(con, workers=1).processed == 0


def test_fact_columns_build_the_table_rows_would():
    """The column-wise builder gives what pa.Table.from_pylist gives for the same rows,
    evidence spans, empty lists and missing values included."""
    import pyarrow as pa

    class Span:
        def __init__(self, sentence, start, end):
            self.sentence, self.char_start, self.char_end = sentence, start, end

    rows = [({"release_id": "r1", "aliases": ["A-1", "Alpha"], "modality": None},
             [Span("First.", 0, 6), Span("Second one.", 7, 18)]),
            ({"release_id": "r2", "aliases": [], "modality": "adc"}, []),
            ({"release_id": "r2", "aliases": ["B"], "modality": None}, [Span("Third.", 0, 6)])]
    columns = stages._FactColumns()
    for values, spans in rows:
        columns.add(spans, **values)
    expected = pa.Table.from_pylist([
        {**values, "evidence": [{"sentence": s.sentence, "char_start": s.char_start,
                                 "char_end": s.char_end} for s in spans]}
        for values, spans in rows])
    built = columns.to_arrow()
    assert built.schema.equals(expected.schema)
    assert built.to_pylist() == expected.to_pylist()
    assert stages._FactColumns().to_arrow() == []


def _rejections(db, stage):
    with connect(db) as con:
        return con.execute("select regexp_extract(source_path, '[^/]+$'), "
                           "coalesce(cleaner_version, extractor_version) from raw.rejected_files "
                           "where stage = $stage order by all", {"stage": stage}).fetchall()


def _released(db):
    with connect(db) as con:
        return {r[0] for r in con.execute(
            "select regexp_extract(r.source_path, '[^/]+$') from extract.releases e "
            "join raw.releases r using (release_id)").fetchall()}


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_release_a_cleaner_rejected_is_tried_by_the_next_one(
        tmp_path, fixture_releases, monkeypatch, one_pass):
    import shutil

    from dossier.cleaning import NotAReleaseError, clean_release
    inbox = tmp_path / "inbox"
    shutil.copytree(fixture_releases, inbox)
    (inbox / "odd.txt").write_text(
        "LONDON, 2 March 2026 -- Odd Pharma plc today announced news of its product OD-101. "
        * 3)
    db = tmp_path / "w.duckdb"

    def strict(raw, fmt):  # the cleaner of the day cannot read this release
        if "Odd Pharma" in raw:
            raise NotAReleaseError("no body")
        return clean_release(raw, fmt)

    monkeypatch.setattr(stages, "clean_release", strict)
    _build(db, inbox, 1, one_pass=one_pass)
    assert _rejections(db, "clean") == [("odd.txt", stages.CLEANER_VERSION)]
    _build(db, inbox, 1, one_pass=one_pass)  # the same cleaner: not tried again
    assert _rejections(db, "clean") == [("odd.txt", stages.CLEANER_VERSION)]

    monkeypatch.setattr(stages, "CLEANER_VERSION", "a later cleaner, as strict")
    _build(db, inbox, 1, one_pass=one_pass)
    assert _rejections(db, "clean") == [("odd.txt", "a later cleaner, as strict")]
    assert "odd.txt" not in _released(db)

    monkeypatch.setattr(stages, "CLEANER_VERSION", "a later cleaner that reads it")
    monkeypatch.setattr(stages, "clean_release", clean_release)
    _build(db, inbox, 1, one_pass=one_pass)
    assert _rejections(db, "clean") == []
    assert "odd.txt" in _released(db)


def test_a_release_an_extractor_failed_on_is_taken_by_the_next_one(
        tmp_path, fixture_releases, monkeypatch):
    from dossier.extract import extract_release
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        land_folder(con, fixture_releases)
        stages.clean_pending(con, workers=1)
        victim, victim_body = con.execute(
            "select regexp_extract(r.source_path, '[^/]+$'), c.body from clean.releases c "
            "join raw.releases r using (release_id) order by 1 limit 1").fetchone()

    def broken(body, **kwargs):  # a rule that fails on one release's text
        if body == victim_body:
            raise ValueError("a rule broke")
        return extract_release(body, **kwargs)

    monkeypatch.setattr(stages, "extract_release", broken)
    _build(db, fixture_releases, 1)
    assert _rejections(db, "extract") == [(victim, stages.EXTRACTOR_VERSION)]
    assert victim not in _released(db)

    monkeypatch.setattr(stages, "EXTRACTOR_VERSION", "a fixed extractor")
    monkeypatch.setattr(stages, "extract_release", extract_release)
    _build(db, fixture_releases, 1)
    assert _rejections(db, "extract") == []
    assert victim in _released(db)


def _extracted_at(db):
    with connect(db) as con:
        return dict(con.execute("select release_id, extracted_at from extract.releases")
                    .fetchall())


@pytest.mark.parametrize("one_pass", [True, False])
def test_a_new_cleaner_that_cleans_alike_keeps_the_facts(
        tmp_path, fixture_releases, monkeypatch, one_pass):
    """A cleaner version that makes the same text re-extracts nothing; one that changes a
    release's text re-extracts that release alone."""
    import dataclasses

    from dossier.cleaning import clean_release
    db = tmp_path / "w.duckdb"
    before = _build(db, fixture_releases, 1, one_pass=one_pass)
    first = _extracted_at(db)
    monkeypatch.setattr(stages, "CLEANER_VERSION", "a later cleaner, same output")
    assert _build(db, fixture_releases, 1, one_pass=one_pass) == before
    assert _extracted_at(db) == first
    with connect(db) as con:
        assert con.execute("select bool_and(cleaner_version = 'a later cleaner, same output') "
                           "from clean.releases").fetchone()[0]

    def retitled(raw, fmt):  # a later cleaner reads one release's title otherwise
        release = clean_release(raw, fmt)
        if release.body == changed_body:
            return dataclasses.replace(release, title="Another title")
        return release

    with connect(db) as con:
        changed_id, changed_body = con.execute(
            "select release_id, body from clean.releases order by release_id limit 1").fetchone()
    monkeypatch.setattr(stages, "CLEANER_VERSION", "a later cleaner, one title changed")
    monkeypatch.setattr(stages, "clean_release", retitled)
    _build(db, fixture_releases, 1, one_pass=one_pass)
    again = _extracted_at(db)
    assert {rid for rid in first if again[rid] != first[rid]} == {changed_id}
    with connect(db) as con:
        assert con.execute("select title from clean.releases where release_id = $id",
                           {"id": changed_id}).fetchone()[0] == "Another title"
