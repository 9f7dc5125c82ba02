"""Build in a work file, publish the marts to the path BI tools read by one atomic replace.

DuckDB lets one process hold a file for writing and nobody else open it, so readers
must never share the file a run writes. The published file holds the `marts` schema
only (the analyst-facing tables, compact); the work file keeps the internal stages
(raw texts, extraction) as the incremental state. A reader that opened the published
file before a replace keeps reading the old one; the next one opens the new one;
nobody sees half.

The new file starts as a copy of the last published one when the marts' tables and
columns are unchanged: tables keyed by release (fct_evidence, dim_releases: millions of
sentences) are then patched for the releases whose rows differ, tables whose first column
is a key (dim_products, fct_ind_events...) for the keys whose rows differ, and any other
table is replaced whole. Otherwise, and on the first publish, the marts are copied in
full.

The copy is itself avoided when it can be: each publish keeps the version it replaces as
a hard link (`.<name>.spare`), and the next publish patches that file in place and
renames it over the published one, so a run writes only the pages that changed instead
of copying the whole file (hundreds of MB at 100,000 releases). A publish in full has no
earlier version with the same tables to keep, so it keeps a copy of what it wrote: the
run after a first load patches too. A reader that opened the published file before the
last replace may still be reading the spare: DuckDB's file lock then refuses our write,
and the publish falls back to a copy.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import duckdb

from dossier.warehouse import STRING_COMPRESSION

log = logging.getLogger("dossier.publish")

PUBLISHED_SCHEMAS = ("marts",)
# A patched file with this share of freed blocks or more is written afresh instead.
MAX_FREE_SHARE = 0.25


def _tables(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, list[str]]:
    """Each published table of an attached database with its typed columns, in order."""
    return dict(con.execute("""
        select schema_name || '.' || table_name,
               list(column_name || ' ' || data_type order by column_index)
        from duckdb_columns()
        where database_name = $db and list_contains($schemas, schema_name)
        group by all""", {"db": database, "schemas": list(PUBLISHED_SCHEMAS)}).fetchall())


def _same_tables(published: Path, work: Path) -> bool:
    """Whether the published file has exactly the tables and columns work's marts have.

    False too when the published file cannot be opened (a reader holds it read-write):
    the new file is then written in full, without touching the old one.
    """
    with duckdb.connect() as con:
        try:
            con.execute("attach ? as published (read_only)", [str(published)])
        except duckdb.Error as exc:
            log.warning("publish: cannot read %s (%s); writing the marts in full",
                        published, exc)
            return False
        con.execute("attach ? as work (read_only)", [str(work)])
        return _tables(con, "published") == _tables(con, "work")


def _spare_is_free(spare: Path, published: Path, work: Path) -> bool:
    """Whether the previous published version can be patched in place: nobody has it open
    (opening it for writing fails while any reader holds DuckDB's lock on it) and it has
    the tables and columns work's marts have."""
    if not spare.exists():
        return False
    if published.exists() and os.path.samefile(spare, published):
        spare.unlink()  # a publish stopped between linking and replacing: not a spare
        return False
    try:
        with duckdb.connect(str(spare)) as con:
            con.execute("attach ? as work (read_only)", [str(work)])
            [(own,)] = con.execute("select current_database()").fetchall()
            return _tables(con, own) == _tables(con, "work")
    except duckdb.Error as exc:
        log.info("publish: previous version still in use (%s); copying the published file",
                 str(exc).splitlines()[0])
        return False


def _keep_as_spare(published: Path, spare: Path) -> None:
    """Link the file about to be replaced as the next publish's starting point."""
    spare.unlink(missing_ok=True)
    if published.exists():
        try:
            os.link(published, spare)
        except OSError as exc:  # a file system without hard links: the next publish copies
            log.info("publish: cannot keep the previous version (%s)", exc)


# Per table, columns that decide the whole row, where hashing every column costs more
# than it must: an evidence row is a function of its key (evidence_id hashes fact, release
# and span), of the extraction that produced it (a release's sentences change only when
# it is extracted again, which gives it a new extracted_at) and of the run that wrote it.
# Hashing the sentences too cost 0.3-0.9 s per side at 100,000 releases (3.4 million
# rows), against 0.15 s.
ROW_IDENTITY = {"marts.fct_evidence": ("evidence_id", "extracted_at", "built_at")}

# Tables written by appending only, each row stamped with the run that wrote it: a run
# deletes all the rows of the releases it rewrites and appends their new rows under its
# own stamp (fct_evidence: macros/incremental.sql), and never updates a row. So the
# releases to rewrite are those with rows under the stamps the published table lacks,
# found by the stamp's min/max statistics without reading the table, and their new rows
# are exactly those rows. The only other change a run can make is a release losing all
# its rows (no longer current, or stating nothing now): when the rows deleted from the
# published table do not add up to what work deleted under the old stamps, the
# per-release digests find those. At 100,000 releases this costs 0.03-0.3 s against 2-3 s
# for the digests of both sides and the insert's scan of 3.4 million rows.
RUN_STAMP = {"marts.fct_evidence": "built_at"}


def _release_digests(table: str, identity: tuple[str, ...] | None = None) -> str:
    # `hash(row)`: the whole row as one struct (hash(columns(*)) would give one digest
    # per column, blind to values swapped between two rows of a release).
    row = f"hash({', '.join(identity)})" if identity else "hash(row)"
    return (f"select release_id, sum({row}::hugeint) as digest, count(*) as n "
            f"from {table} as row group by release_id")


def _rewrite(con: duckdb.DuckDBPyConnection, table: str, key: str, changed_keys: str) -> int:
    """Replace the rows of `table` whose `key` is among `changed_keys` (a query of one
    column) by work's rows with those keys. Returns how many keys were rewritten."""
    con.execute(f"create temp table changed as select distinct * from ({changed_keys})")
    con.execute(f"delete from {table} where {key} in (select * from changed)")
    con.execute(f"insert into {table} select * from work.{table} "
                f"where {key} in (select * from changed)")
    [(n,)] = con.execute("select count(*) from changed").fetchall()
    con.execute("drop table changed")
    return n


def _patch_by_run_stamp(con: duckdb.DuckDBPyConnection, table: str,
                        stamp: str) -> tuple[int, bool]:
    """Rewrite the releases of a run-stamped table (RUN_STAMP) that have rows under the
    stamps it lacks. Returns how many, and whether the table now equals work's (False:
    other rows were deleted too, or the table breaks the stamp's rules)."""
    counts = f"select {stamp}, count(*) from {{}} group by all"
    ours = dict(con.execute(counts.format(table)).fetchall())
    theirs = dict(con.execute(counts.format(f"work.{table}")).fetchall())
    if None in theirs or any(theirs.get(at, 0) > n for at, n in ours.items()):
        return 0, False  # rows without a stamp, or added under an old one
    deleted_in_work = sum(n - theirs.get(at, 0) for at, n in ours.items())
    new = [at for at in theirs if at not in ours]
    if not new:
        return 0, deleted_in_work == 0
    # the range lets the scan skip every row group outside it; the list keeps it exact
    rows = (f"from work.{table} where {stamp} between $lo and $hi "
            f"and list_contains($new, {stamp})")
    params = {"lo": min(new), "hi": max(new), "new": new}
    con.execute(f"create temp table changed as select distinct release_id {rows}", params)
    [(deleted,)] = con.execute(f"delete from {table} "
                               f"where release_id in (select * from changed)").fetchall()
    con.execute(f"insert into {table} select * {rows}", params)
    [(n,)] = con.execute("select count(*) from changed").fetchall()
    con.execute("drop table changed")
    return n, deleted == deleted_in_work


def _patch_by_release(con: duckdb.DuckDBPyConnection, table: str, columns: list[str]) -> int:
    """Make `table` equal to work's by rewriting the releases whose rows differ."""
    names = {column.split(" ")[0] for column in columns}
    rewritten = 0
    if (stamp := RUN_STAMP.get(table)) in names:  # else not the table it was worked out for
        rewritten, complete = _patch_by_run_stamp(con, table, stamp)
        if complete:
            return rewritten
    identity = ROW_IDENTITY.get(table)
    if identity and not names.issuperset(identity):
        identity = None  # not the table the identity was worked out for: every column
    ours, theirs = (_release_digests(table, identity),
                    _release_digests(f"work.{table}", identity))
    return rewritten + _rewrite(con, table, "release_id", f"""
        select release_id from (
            (({theirs}) except ({ours})) union all (({ours}) except ({theirs})))""")


def _first_column_is_key(con: duckdb.DuckDBPyConnection, table: str, key: str) -> bool:
    """Whether `table` has no null and no repeated value in column `key`, both in work and
    in the file being patched (a key repeated on either side would pair rows wrongly)."""
    return all(con.execute(
        f"select count({key}) = count(*) and count(distinct {key}) = count(*) "
        f"from {side}").fetchall()[0][0] for side in (f"work.{table}", table))


def _patch_by_key(con: duckdb.DuckDBPyConnection, table: str, key: str) -> int:
    """Make `table` equal to work's by rewriting the rows whose key has a differing row:
    at 100,000 releases a run changes a few hundred of fct_ind_events' 100,000 rows, and
    replacing the table whole cost three times as long. Rows are paired by key and
    compared by a hash of the whole row: 0.08 s against 0.66 s for `except all` over
    every column of fct_ind_events (a changed row keeping its 64-bit hash is a 2^-64
    chance)."""
    return _rewrite(con, table, key, f"""
        select {key}
        from (select {key}, hash(row) as digest from work.{table} as row) as theirs
        full join (select {key}, hash(row) as digest from {table} as row) as ours
            using ({key})
        where theirs.digest is distinct from ours.digest""")


def _write(work: Path, tmp: Path, *, patch: bool) -> tuple[dict[str, int], int]:
    """Fill tmp (a copy of the last published file when patching) with work's published
    tables. Returns rows per table and how many releases were rewritten in place."""
    with duckdb.connect(str(tmp), config={"force_compression": STRING_COMPRESSION}) as out:
        out.execute("attach ? as work (read_only)", [str(work)])
        tables = _tables(out, "work")
        patched = 0
        for table, columns in tables.items():
            if not patch:
                out.execute(f"create schema if not exists {table.split('.')[0]}")
                out.execute(f"create table {table} as select * from work.{table}")
            elif "release_id VARCHAR" in columns:
                patched += _patch_by_release(out, table, columns)
            elif _first_column_is_key(out, table, key := columns[0].split(" ")[0]):
                _patch_by_key(out, table, key)
            else:
                out.execute(f"create or replace table {table} as select * from work.{table}")
        rows = {table: out.execute(f"select count(*) from {table}").fetchall()[0][0]
                for table in sorted(tables)}
        out.execute("detach work")
        out.execute("checkpoint")
    return rows, patched


def _mostly_free(path: Path) -> bool:
    """Whether a quarter or more of the file is blocks freed by earlier patches (DuckDB
    reuses them but never shrinks a file): time to write it afresh."""
    with duckdb.connect(str(path), read_only=True) as con:
        [(free, total)] = con.execute(
            "select free_blocks, total_blocks from pragma_database_size()").fetchall()
    return total > 0 and free / total >= MAX_FREE_SHARE


def _copy_as_spare(written: Path, spare: Path) -> None:
    """Keep a copy of a file written in full as the next publish's starting point (its
    predecessor has other tables, or is mostly free blocks, or there is none). The old
    spare is unlinked first: a reader may still hold it, and must never see it change."""
    spare.unlink(missing_ok=True)
    try:
        shutil.copyfile(written, spare)
    except OSError as exc:  # no room for a second copy: the next publish copies instead
        spare.unlink(missing_ok=True)
        log.info("publish: cannot keep a copy of the published file (%s)", exc)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(work: Path, published: Path) -> dict[str, int]:
    """Write the published schemas of `work` to a new file, then atomically replace
    `published` with it. Returns rows per published table."""
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.publishing")
    spare = published.with_name(f".{published.name}.spare")
    tmp.unlink(missing_ok=True)
    start = "written in full"
    try:
        patch = published.exists() and _same_tables(published, work)
        if patch and _spare_is_free(spare, published, work):
            os.replace(spare, tmp)
            start = "the previous version patched"
        elif patch:
            shutil.copyfile(published, tmp)
            start = "a copy patched"
        rows, patched = _write(work, tmp, patch=patch)
        if patch and _mostly_free(tmp):
            tmp.unlink()
            patch = False
            rows, patched = _write(work, tmp, patch=False)
            start = "written in full"
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        if patch:
            _keep_as_spare(published, spare)
        else:
            _copy_as_spare(tmp, spare)
        os.replace(tmp, published)
        _fsync_folder(published.parent)  # the rename itself survives a crash too
    finally:
        tmp.unlink(missing_ok=True)
    log.info("published %s (%.1f MB, %d tables; %s)", published,
             published.stat().st_size / 1e6, len(rows),
             f"{start}: {patched} release rewrites" if patch else start)
    return rows
