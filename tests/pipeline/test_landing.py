"""Landing: real files into a real DuckDB file."""

from __future__ import annotations

import shutil

import pytest

from dossier.landing import land_folder
from dossier.warehouse import connect


@pytest.fixture
def inbox(tmp_path, fixture_releases):
    folder = tmp_path / "raw"
    shutil.copytree(fixture_releases, folder)
    return folder


def _rejections(con) -> dict[str, str]:
    rows = con.execute("select source_path, reason from raw.rejected_files").fetchall()
    return {path.rsplit("/", 1)[-1]: reason for path, reason in rows}


def test_lands_every_format_once(tmp_path, inbox):
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        report = land_folder(con, inbox)
        assert report.landed == 4
        formats = dict(con.execute(
            "select regexp_extract(source_path, '[^/]+$'), format from raw.releases").fetchall())
    assert formats == {"seed_immunofoco.txt": "txt", "html_wire_01.html": "html",
                       "rare_sm_06.md": "md", "tricky_03.txt": "txt"}


def test_landing_again_adds_nothing(tmp_path, inbox):
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        land_folder(con, inbox)
        before = con.execute("select count(*) from raw.releases").fetchone()[0]
        again = land_folder(con, inbox)
        after = con.execute("select count(*) from raw.releases").fetchone()[0]
    assert before == after == 4
    assert again.landed == 0 and again.unchanged == 4


def test_touched_but_unchanged_file_is_not_landed_twice(tmp_path, inbox):
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        land_folder(con, inbox)
        (inbox / "tricky_03.txt").touch()
        report = land_folder(con, inbox)
        assert con.execute("select count(*) from raw.releases").fetchone()[0] == 4
        assert report.duplicates == 1
        assert con.execute("select count(*) from raw.rejected_files").fetchone()[0] == 0


def test_bad_files_are_rejected_with_reasons_and_the_rest_lands(tmp_path, inbox):
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "slides.pdf").write_bytes(b"%PDF-1.4 fake")
    (inbox / "copy_of_seed.txt").write_bytes((inbox / "seed_immunofoco.txt").read_bytes())
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        report = land_folder(con, inbox)
        reasons = _rejections(con)
        assert con.execute("select count(*) from raw.releases").fetchone()[0] == 4
    assert report.landed == 4
    assert "empty" in reasons["empty.txt"]
    assert "cannot be read as text" in reasons["binary.txt"]
    assert "unsupported file type '.pdf'" in reasons["slides.pdf"]
    # Whichever of the two names comes second is kept once, and the other is explained.
    copies = [reasons.get(name, "") for name in ("copy_of_seed.txt", "seed_immunofoco.txt")]
    assert sum("same content as" in reason for reason in copies) == 1


def test_oversized_file_is_rejected_without_reading_it(tmp_path, inbox):
    big = inbox / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    with connect(tmp_path / "w.duckdb") as con:
        land_folder(con, inbox)
        reasons = _rejections(con)
    assert "52.4 MB" in reasons["huge.txt"]


def test_feed_sidecar_gives_the_url_as_source_path(tmp_path, inbox):
    (inbox / "item.html.source.json").write_text('{"url": "http://example.test/item"}')
    shutil.copy(inbox / "html_wire_01.html", inbox / "item.html")
    (inbox / "item.html").write_text((inbox / "item.html").read_text() + "<!-- fetched -->")
    with connect(tmp_path / "w.duckdb") as con:
        land_folder(con, inbox)
        paths = [r[0] for r in con.execute("select source_path from raw.releases").fetchall()]
    assert "http://example.test/item" in paths


def test_missing_input_folder_is_a_clear_error(tmp_path):
    with connect(tmp_path / "w.duckdb") as con, pytest.raises(FileNotFoundError,
                                                              match="does not exist"):
        land_folder(con, tmp_path / "nowhere")


def test_file_deleted_during_the_run_is_reported_and_the_rest_lands(tmp_path, inbox,
                                                                    monkeypatch):
    import dossier.landing as landing

    real_scan = landing._changed_files

    def scan_then_delete(*args):
        changed = real_scan(*args)
        (inbox / "tricky_03.txt").unlink()  # another process removes it before it is read
        return changed

    monkeypatch.setattr(landing, "_changed_files", scan_then_delete)
    with connect(tmp_path / "w.duckdb") as con:
        report = land_folder(con, inbox)
        reasons = _rejections(con)
    assert report.landed == 3
    assert "disappeared" in reasons["tricky_03.txt"]


def test_landing_in_worker_processes_lands_the_same_rows(tmp_path, inbox, monkeypatch):
    import dossier.landing as landing

    def landed(db, workers):
        with connect(db) as con:
            land_folder(con, inbox, workers=workers)
            return con.execute("select release_id, source_path, format, raw_text "
                               "from raw.releases order by 1").fetchall()

    in_process = landed(tmp_path / "a.duckdb", 1)
    monkeypatch.setattr(landing, "MIN_FILES_FOR_WORKERS", 0)
    monkeypatch.setattr(landing, "BATCH_SIZE", 2)  # several batches in flight
    assert landed(tmp_path / "b.duckdb", 2) == in_process


def test_symlinked_folders_are_not_followed(tmp_path, inbox):
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)  # would list forever
    (inbox / "again").mkdir()
    (inbox / "again" / "mirror").symlink_to(inbox, target_is_directory=True)
    with connect(tmp_path / "w.duckdb") as con:
        report = land_folder(con, inbox)
    assert report.seen == 4 and report.landed == 4  # each release once, under one path
