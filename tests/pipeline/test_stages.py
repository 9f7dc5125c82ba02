"""Cleaning and extraction stages: worker processes give what one process gives, and a
stage run again finds nothing to do."""

from __future__ import annotations

from pathlib import Path

import pytest

import dossier.landing as landing
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


def _tables(db) -> dict[str, list]:
    with connect(db) as con:
        return {t: con.execute(f"select * exclude ({stamp}) from {t} order by all").fetchall()
                for t, stamp in [("raw.releases", "ingested_at, source_path, file_mtime"),
                                 ("clean.releases", "cleaned_at"),
                                 ("extract.releases", "extracted_at"),
                                 *((f"extract.{t}", "release_id") for t in EXTRACT_FACT_TABLES)]}


def test_landing_with_extraction_builds_what_separate_stages_build(tmp_path, fixture_releases,
                                                                  monkeypatch):
    _build(tmp_path / "a.duckdb", fixture_releases, 1)
    separate = _tables(tmp_path / "a.duckdb")
    monkeypatch.setattr(landing, "MIN_FILES_FOR_WORKERS_WITH_FOLLOW_UP", 0)
    monkeypatch.setattr(landing, "FOLLOW_UP_BATCH_SIZE", 2)
    with connect(tmp_path / "b.duckdb") as con:
        report, cleaning, extraction = stages.land_clean_and_extract(
            con, fixture_releases, workers=2)
    assert (report.landed, cleaning.processed, extraction.processed) == (4, 4, 4)
    assert _tables(tmp_path / "b.duckdb") == separate
    assert separate["extract.designations"]


@pytest.mark.parametrize("batch_size", [1, 10])
def test_a_copy_of_a_landed_release_adds_no_facts(tmp_path, fixture_releases, monkeypatch,
                                                  batch_size):
    """Copies in the same batch and in a later one: the facts are written once, the copy
    is listed among the rejected files, with the file it repeats."""
    monkeypatch.setattr(landing, "FOLLOW_UP_BATCH_SIZE", batch_size)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    original = sorted(fixture_releases.iterdir())[0]
    for name in ("a" + original.suffix, "b" + original.suffix):
        (inbox / name).write_bytes(original.read_bytes())
    with connect(tmp_path / "w.duckdb") as con:
        report, _, extraction = stages.land_clean_and_extract(con, inbox, workers=1)
        (inbox / ("c" + original.suffix)).write_bytes(original.read_bytes())
        again, _, extraction_again = stages.land_clean_and_extract(con, inbox, workers=1)
        copies = con.execute("select reason from raw.rejected_files order by all").fetchall()
    single = _tables(tmp_path / "w.duckdb")
    assert (report.landed, report.duplicates, extraction.processed) == (1, 1, 1)
    assert (again.landed, again.duplicates, extraction_again.processed) == (0, 1, 0)
    assert len(copies) == 2 and all("same content as" in r and r.endswith("(kept once)")
                                    for (r,) in copies)
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / original.name).write_bytes(original.read_bytes())
    with connect(tmp_path / "alone.duckdb") as con:
        stages.land_clean_and_extract(con, alone, workers=1)
    assert single == _tables(tmp_path / "alone.duckdb")
    assert single["extract.products"]


def test_unreadable_file_is_rejected_and_the_rest_extracted(tmp_path, fixture_releases):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in fixture_releases.iterdir():
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "empty.txt").write_bytes(b"")
    with connect(tmp_path / "w.duckdb") as con:
        report, cleaning, extraction = stages.land_clean_and_extract(con, inbox, workers=1)
        rejected = con.execute("select source_path, stage, reason from raw.rejected_files"
                               ).fetchall()
    assert (report.landed, report.rejected, extraction.processed) == (4, 1, 4)
    assert [(Path(p).name, stage, reason) for p, stage, reason in rejected] == [
        ("empty.txt", "land", "the file is empty")]


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
