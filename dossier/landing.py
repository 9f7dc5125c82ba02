"""Land release files from the input folder into raw.releases.

Streams the folder in batches (no corpus-sized lists of texts), skips files whose size
and mtime are unchanged since they were last seen, and sends every file it cannot take
to raw.rejected_files with a reason a person understands: one bad file never fails a run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import duckdb

from dossier.cleaning import UndecodableError, decode_bytes, detect_format
from dossier.parallel import map_batches
from dossier.warehouse import insert_rows, rejected_file_row

log = logging.getLogger("dossier.landing")

# No press release is this large; a file over it is a mistake (a dump, a video).
MAX_RELEASE_BYTES = 5 * 1024 * 1024
BATCH_SIZE = 1000
# Below this many changed files landing reads in-process: a pool's start-up costs more.
MIN_FILES_FOR_WORKERS = 2000
SOURCE_SIDECAR_SUFFIX = ".source.json"  # written by dossier.feeds beside a fetched page


@dataclass
class LandingReport:
    seen: int = 0
    unchanged: int = 0
    landed: int = 0
    duplicates: int = 0
    rejected: int = 0


class ReleaseFile(NamedTuple):
    path: str
    size: int
    mtime_ns: int


def iter_release_files(raw_dir: Path) -> Iterator[ReleaseFile]:
    """Every candidate file under raw_dir with its size and mtime, in a stable order;
    hidden files and folders and feed sidecars skipped.

    os.scandir, not Path.rglob and stat: it lists a 100,000-file folder in a fifth of
    the time, which is most of what a run with nothing new costs.
    """
    folders = [str(raw_dir)]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:  # removed while we were listing, or not readable
            log.warning("landing: cannot list %s (%s); skipped", folder, exc)
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                # Symlinked folders are not followed: a link to a parent would loop, and
                # one to a sibling would land its files twice under other names.
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                    continue
                if entry.name.endswith(SOURCE_SIDECAR_SUFFIX) or not entry.is_file():
                    continue
                stat = entry.stat()
            except OSError:
                continue  # gone between listing and stat: it was never there for this run
            yield ReleaseFile(entry.path, stat.st_size, stat.st_mtime_ns)
        folders.extend(reversed(subfolders))


def _source_path(path: Path) -> str:
    """The URL a feed item came from when its sidecar says so, else the file path."""
    sidecar = path.with_name(path.name + SOURCE_SIDECAR_SUFFIX)
    if sidecar.is_file():
        try:
            url = json.loads(sidecar.read_text(encoding="utf-8")).get("url")
        except (OSError, ValueError):
            url = None
        if url:
            return str(url)
    return str(path)


class _Rejection(Exception):
    def __init__(self, reason: str, n_bytes: int | None = None, sha: str | None = None):
        super().__init__(reason)
        self.reason, self.n_bytes, self.sha = reason, n_bytes, sha


def _read_release(path: Path, size: int) -> tuple[str, str, str, str]:
    """(sha256, text, encoding, format) of a release file; raises _Rejection with the reason."""
    fmt = detect_format(path.name, "")
    if fmt is None:
        raise _Rejection(
            f"unsupported file type {path.suffix or '(no extension)'!r}: "
            "releases are read from .txt, .md and .html/.htm files",
            size,
        )
    if size == 0:
        raise _Rejection("the file is empty", 0)
    if size > MAX_RELEASE_BYTES:
        raise _Rejection(
            f"the file is {size / 1e6:.1f} MB, more than the {MAX_RELEASE_BYTES / 1e6:.0f} MB "
            "a press release can be; not read",
            size,
        )
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError as exc:
        raise _Rejection(f"cannot be read as text: {exc}", len(data), sha) from exc
    if not text.strip():
        raise _Rejection("the file holds only white space", len(data), sha)
    # The content decides between text and HTML: a .txt file may be a saved web page.
    return sha, text, encoding, detect_format(path.name, text) or fmt


@dataclass
class FileReading:
    """What reading one changed file found: a release text, or why it cannot be one."""

    file_path: str
    n_bytes: int
    mtime_ns: int
    source_path: str
    sha: str | None = None
    text: str | None = None
    encoding: str | None = None
    fmt: str | None = None
    rejection: str | None = None
    indexed: bool = True  # False when the file vanished: nothing to remember about it


def read_files(files: list[tuple[str, int, int]]) -> list[FileReading]:
    """Read, hash and decode a batch of (path, size, mtime_ns); runs in worker processes."""
    readings = []
    for file_path, size, mtime_ns in files:
        path = Path(file_path)
        reading = FileReading(file_path, size, mtime_ns, file_path)
        try:
            reading.sha, reading.text, reading.encoding, reading.fmt = _read_release(path, size)
            reading.source_path = _source_path(path)
        except FileNotFoundError:
            reading.rejection = ("the file disappeared while it was being landed "
                                 "(deleted or moved during the run)")
            reading.indexed = False
        except _Rejection as exc:
            reading.rejection, reading.sha = exc.reason, exc.sha
        except OSError as exc:
            reading.rejection = f"cannot be read: {exc}"
        readings.append(reading)
    return readings


def _changed_files(raw_dir: Path, known: dict[str, tuple[int, int]],
                   report: LandingReport) -> list[tuple[str, int, int]]:
    changed = []
    for file in iter_release_files(raw_dir):
        report.seen += 1
        if known.get(file.path) == (file.size, file.mtime_ns):
            report.unchanged += 1
        else:
            changed.append(tuple(file))
    return changed


def land_folder(con: duckdb.DuckDBPyConnection, raw_dir: Path, *,
                workers: int = 1) -> LandingReport:
    """Land new and changed files of raw_dir; returns what happened to them.

    Files are read, hashed and decoded in worker processes; rows go in by the thousand.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"input folder {raw_dir} does not exist")
    report = LandingReport()
    known = {p: (n, m) for p, n, m in con.execute(
        "select file_path, n_bytes, mtime_ns from raw.file_index").fetchall()}
    landed_paths = dict(con.execute("select release_id, source_path from raw.releases").fetchall())
    changed = _changed_files(raw_dir, known, report)
    batches = [changed[i:i + BATCH_SIZE] for i in range(0, len(changed), BATCH_SIZE)]
    in_process = len(changed) < MIN_FILES_FOR_WORKERS
    for readings in map_batches(read_files, batches, workers=workers, in_process=in_process):
        now = dt.datetime.now(dt.UTC)
        releases, rejected, index = [], [], []
        for r in readings:
            if r.indexed:
                index.append({"file_path": r.file_path, "n_bytes": r.n_bytes,
                              "mtime_ns": r.mtime_ns,
                              "release_id": None if r.rejection else r.sha, "seen_at": now})
            if r.rejection:
                rejected.append(rejected_file_row(r.file_path, "land", r.rejection, at=now,
                                                  n_bytes=r.n_bytes, sha=r.sha))
                report.rejected += 1
            elif r.sha in landed_paths:
                # Same bytes as a release already landed: kept once; a copy under another
                # name is listed so that nobody wonders where it went.
                report.duplicates += 1
                if landed_paths[r.sha] != r.source_path:
                    rejected.append(rejected_file_row(
                        r.file_path, "land", f"same content as {landed_paths[r.sha]}, which is "
                        "already landed (kept once)", at=now, n_bytes=r.n_bytes, sha=r.sha))
            else:
                landed_paths[r.sha] = r.source_path
                releases.append({
                    "release_id": r.sha, "source_path": r.source_path, "format": r.fmt,
                    "n_bytes": r.n_bytes, "encoding": r.encoding, "raw_text": r.text,
                    "file_mtime": dt.datetime.fromtimestamp(r.mtime_ns / 1e9, dt.UTC),
                    "ingested_at": now})
                report.landed += 1
        con.execute("begin")
        insert_rows(con, "raw.releases", releases)
        insert_rows(con, "raw.rejected_files", rejected)
        con.execute("delete from raw.file_index where file_path in (select unnest($paths))",
                    {"paths": [row["file_path"] for row in index]})
        insert_rows(con, "raw.file_index", index)
        con.execute("commit")
        log.info("landing: %d of %d changed files read, %d landed, %d rejected",
                 report.landed + report.rejected + report.duplicates, len(changed),
                 report.landed, report.rejected)
    log.info("landing done: %d files seen, %d new releases, %d unchanged, %d duplicates, "
             "%d rejected", report.seen, report.landed, report.unchanged, report.duplicates,
             report.rejected)
    return report
