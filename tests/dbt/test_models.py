"""The dbt models with real dbt on a real DuckDB file, fed extract rows written by hand,
so entity resolution and the marts contract are tested apart from the extraction rules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import duckdb
import pytest

from dossier.warehouse import connect, insert_rows
from orchestration.dbt_project import dbt_cli_resource

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
CONTRACT = json.loads((Path(__file__).parent / "marts_contract.json").read_text())


def _ev(sentence: str, start: int = 0) -> list[dict]:
    return [{"sentence": sentence, "char_start": start, "char_end": start + len(sentence)}]


def _release(con, name: str, published: str, issuer: str) -> str:
    rid = hashlib.sha256(name.encode()).hexdigest()
    insert_rows(con, "raw.releases", [{
        "release_id": rid, "source_path": f"/in/{name}", "format": "txt", "n_bytes": 10,
        "encoding": "utf-8", "raw_text": "x", "file_mtime": NOW, "ingested_at": NOW}])
    insert_rows(con, "clean.releases", [{
        "release_id": rid, "title": name, "body": "x",
        "published_date": dt.date.fromisoformat(published), "cleaned_at": NOW}])
    insert_rows(con, "extract.releases", [{
        "release_id": rid, "issuer": issuer, "extractor_version": "test", "extracted_at": NOW}])
    return rid


def _company(con, rid, name, aliases=()):
    insert_rows(con, "extract.companies", [{"release_id": rid, "company_name": name,
                                            "aliases": list(aliases), "role": "issuer",
                                            "evidence": _ev(f"{name} announced")}])


def _product(con, rid, code, aliases=(), company=None, targets=(), modality=None, start=0):
    insert_rows(con, "extract.products", [{
        "release_id": rid, "product_code": code, "aliases": list(aliases), "company_name": company,
        "targets": list(targets), "modality": modality, "cell_source": None,
        "evidence": _ev(f"{code} is a drug", start)}])


def _designation(con, rid, code, agency, kind, date, indication, start=0):
    insert_rows(con, "extract.designations", [{
        "release_id": rid, "product_code": code, "agency": agency, "designation_type": kind,
        "event_date": date, "indication": indication,
        "evidence": _ev(f"{code} got {kind} for {indication}", start)}])


def _ind(con, rid, code, agency, status, date, indication=None, number=None):
    insert_rows(con, "extract.ind_events", [{
        "release_id": rid, "product_code": code, "agency": agency, "status": status,
        "event_date": date, "indication": indication, "application_number": number,
        "evidence": _ev(f"{code} IND {status}")}])


def dbt_build(db: Path, *extra_args: str) -> None:
    os.environ["DOSSIER_BUILD_DB"] = str(db)
    try:
        dbt_cli_resource().cli(["build", "--quiet", *extra_args], raise_on_error=True).wait()
    finally:
        del os.environ["DOSSIER_BUILD_DB"]


def _three_releases(db: Path) -> None:
    with connect(db) as con:
        r1 = _release(con, "a.txt", "2024-03-01", "CARsgen")
        _company(con, r1, "CARsgen", ["CARsgen Therapeutics Co., Ltd."])
        _product(con, r1, "CT041", ["satri-cel", "CLDN18.2 CAR-T"], "CARsgen", ["CLDN18.2"],
                 "car_t")
        _designation(con, r1, "CT041", "FDA", "orphan_drug", None, "gastric cancer")
        _ind(con, r1, "CT041", "NMPA", "cleared", "2023-02", "gastric cancer", "CXSL123")

        r2 = _release(con, "b.txt", "2024-06-01", "CARsgen Therapeutics")
        _company(con, r2, "CARsgen Therapeutics")
        _product(con, r2, "CT-041", [], "CARsgen Therapeutics", ["CLDN18.2"], "car_t")
        _designation(con, r2, "CT-041", "FDA", "orphan_drug", "2020-09", "Gastric Cancers")
        _designation(con, r2, "CT-041", "FDA", "orphan_drug", None, "pancreatic cancer")
        _ind(con, r2, "CT-041", "NMPA", "cleared", "2023-02-14", "gastric cancer")

        r3 = _release(con, "c.txt", "2024-07-01", "Other Bio")
        _company(con, r3, "Other Bio", ["Other Bio Inc."])
        _product(con, r3, "satri-cel", [], "CARsgen", ["CLDN18.2"], "car_t")
        _company(con, r3, "CARsgen")
        # Another company's descriptive name must not merge with CARsgen's product.
        _product(con, r3, "OB-7", ["CLDN18.2 CAR-T"], "Other Bio", ["CLDN18.2"], "car_t")
        _designation(con, r3, "satri-cel", "FDA", "orphan_drug", None, "gastric cancer")


@pytest.fixture(scope="module")
def marts(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    db = tmp_path_factory.mktemp("dbt") / "w.duckdb"
    _three_releases(db)
    dbt_build(db)
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_company_forms_resolve_to_one_company(marts):
    rows = marts.execute("select company_name, aliases from marts.dim_companies "
                         "order by company_name").fetchall()
    assert [r[0] for r in rows] == ["CARsgen", "Other Bio"]
    assert set(rows[0][1]) == {"CARsgen Therapeutics", "CARsgen Therapeutics Co., Ltd."}


def test_product_names_tied_in_a_release_resolve_to_one_product(marts):
    rows = marts.execute("select product_code, product_aliases from marts.dim_products "
                         "order by product_code").fetchall()
    assert [r[0] for r in rows] == ["CT041", "OB-7"]
    assert {"CT-041", "satri-cel"} <= set(rows[0][1])


def test_designation_told_by_three_releases_is_one_fact_with_three_evidence_rows(marts):
    facts = marts.execute("""
        select d.designation_id, d.indication, d.event_date, d.event_date_precision, d.n_releases
        from marts.fct_designations d join marts.dim_products p using (product_id)
        where p.product_code = 'CT041' order by d.indication""").fetchall()
    assert len(facts) == 2  # gastric and pancreatic
    gastric = facts[0]
    assert gastric[1] == "gastric cancer"
    assert (str(gastric[2]), gastric[3], gastric[4]) == ("2020-09-01", "month", 3)
    n_evidence = marts.execute("select count(*) from marts.fct_evidence where fact_id = ?",
                               [gastric[0]]).fetchone()[0]
    assert n_evidence == 3


def test_same_ind_event_from_two_releases_keeps_the_most_precise_date(marts):
    rows = marts.execute("select event_date, event_date_precision, application_number, "
                         "n_releases from marts.fct_ind_events").fetchall()
    assert rows == [(dt.date(2023, 2, 14), "day", "CXSL123", 2)]


def test_issuer_of_each_release_is_resolved(marts):
    rows = marts.execute("""select regexp_extract(r.source_path, '[^/]+$'), c.company_name
                            from marts.dim_releases r
                            left join marts.dim_companies c on c.company_id = r.issuer_company_id
                            order by 1""").fetchall()
    assert rows == [("a.txt", "CARsgen"), ("b.txt", "CARsgen"), ("c.txt", "Other Bio")]


def test_marts_meet_the_contract_score_py_reads(marts):
    have = {}
    for table, column in marts.execute("select table_name, column_name from "
                                       "information_schema.columns where table_schema='marts'"
                                       ).fetchall():
        have.setdefault(table, set()).add(column)
    for table, columns in CONTRACT.items():
        assert set(columns) <= have.get(table, set()), table


def test_surrogate_keys_are_the_same_in_every_build(marts, tmp_path):
    first = marts.execute("select company_id from marts.dim_companies order by 1").fetchall()
    assert first == marts.execute("select company_id from marts.dim_companies order by 1"
                                  ).fetchall()
    import hashlib as h

    from_natural_key = h.md5(b"company|carsgen").hexdigest()
    assert (from_natural_key,) in first


def test_incremental_evidence_equals_a_full_rebuild_after_facts_are_rekeyed(tmp_path):
    db = tmp_path / "w.duckdb"
    _three_releases(db)
    dbt_build(db)
    with connect(db) as con:
        # A new release ties an earlier code to CT041, so the product is keyed anew and
        # every old release's product and designation evidence must be rewritten ...
        r4 = _release(con, "d.txt", "2024-08-01", "CARsgen")
        _product(con, r4, "AB-100", ["CT041"], "CARsgen", ["CLDN18.2"], "car_t")
        # ... a release that names nothing still has its row in dim_releases ...
        quiet = _release(con, "e.txt", "2024-08-02", "")
        # ... a release re-extracted without its designation loses that fact ...
        c = hashlib.sha256(b"c.txt").hexdigest()
        con.execute("delete from extract.designations where release_id = ?", [c])
        con.execute("update extract.releases set extracted_at = extracted_at + interval 1 day "
                    "where release_id = ?", [c])
        # ... and one extracted again with the same facts at other spans moves them.
        a = hashlib.sha256(b"a.txt").hexdigest()
        con.execute("update extract.products set evidence = ? where release_id = ?",
                    [_ev("CT041 is a drug", 40), a])
        con.execute("update extract.releases set extracted_at = extracted_at + interval 1 day "
                    "where release_id = ?", [a])
    evidence = "select * exclude (built_at) from marts.fct_evidence order by evidence_id"
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute(evidence).fetchall()
        facts_before = _per_release_tables(con)
    dbt_build(db)
    with duckdb.connect(str(db), read_only=True) as con:
        incremental = con.execute(evidence).fetchall()
        facts_incremental = _per_release_tables(con)
    dbt_build(db, "--full-refresh")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(evidence).fetchall() == incremental
        assert _per_release_tables(con) == facts_incremental
    assert incremental != before
    assert any(row[4] == "AB-100 is a drug" for row in incremental)
    assert any(row[4] == "CT041 is a drug" and row[5] == 40 for row in incremental)
    # Every old release's facts were keyed anew; c.txt's designation is gone.
    for table in ("int_designations_deduplicated", "fct_designations", "fct_ind_events"):
        assert facts_incremental[table] != facts_before[table], table
    assert c not in {row[1] for row in facts_incremental["int_designations_deduplicated"]}
    assert any(quiet in row for row in facts_incremental["dim_releases"])


def _per_release_tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """The rows of the models built release by release, and of the marts made from them."""
    tables = {"int_ind_events_deduplicated": "intermediate", "fct_ind_events": "marts",
              "int_designations_deduplicated": "intermediate", "fct_designations": "marts",
              "dim_releases": "marts", "int_evidence_digests_built": "intermediate"}
    return {table: sorted(map(str, con.execute(f"select * from {schema}.{table}").fetchall()))
            for table, schema in tables.items()}


def test_two_names_of_one_company_in_a_release_give_one_set_of_evidence(tmp_path):
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        rid = _release(con, "e.txt", "2024-09-01", "Halvane")
        sentence = _ev("Halvane Therapeutics (Halvane) today announced a deal.")
        for name in ("Halvane", "Halvane Therapeutics"):  # resolve to one company
            insert_rows(con, "extract.companies", [{
                "release_id": rid, "company_name": name, "aliases": [], "role": "issuer",
                "evidence": sentence}])
    dbt_build(db)  # raises if fct_evidence's unique test fails
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select fact_id, sentence from marts.fct_evidence "
                           "where fact_type = 'company'").fetchall()
        [(n_companies,)] = con.execute("select count(*) from marts.dim_companies").fetchall()
    assert n_companies == 1 and len(rows) == 1


def test_incremental_evidence_follows_spans_that_move_between_facts(tmp_path):
    """Entity resolution can move one name's spans to another product while both product
    ids stay the same; the release that names them must still be rewritten."""
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        r1 = _release(con, "r1.txt", "2024-01-01", "Ardent")
        for start, code in enumerate(("AA-1", "BB-2", "AB-3")):
            _product(con, r1, code, [], "Ardent", start=100 * start)
        r2 = _release(con, "r2.txt", "2024-02-01", "Ardent")
        _product(con, r2, "AA-1", ["BB-2"], "Ardent")  # BB-2 is AA-1 ...
    dbt_build(db)
    with connect(db) as con:  # ... until r2 is corrected: BB-2 is AB-3
        con.execute("delete from extract.products where release_id = ?", [r2])
        _product(con, r2, "AB-3", ["BB-2"], "Ardent")
        con.execute("update extract.releases set extracted_at = extracted_at + interval 1 day "
                    "where release_id = ?", [r2])
    evidence = "select * exclude (built_at) from marts.fct_evidence order by evidence_id"
    dbt_build(db)
    with duckdb.connect(str(db), read_only=True) as con:
        incremental = con.execute(evidence).fetchall()
        [(n_products,)] = con.execute("select count(*) from marts.dim_products").fetchall()
    dbt_build(db, "--full-refresh")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(evidence).fetchall() == incremental
    assert n_products == 2



def test_product_attributes_are_the_most_told_then_the_latest_releases(tmp_path):
    """A product's company and modality are the ones most releases give; a tie goes to the
    latest release (an in-licensed drug's new owner), never to the order rows are read in."""
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        for name, published, company, modality in [
                ("old.txt", "2024-01-01", "Alder Bio", "adc"),
                ("new.txt", "2024-06-01", "Birch Bio", "small_molecule")]:
            rid = _release(con, name, published, company)
            _company(con, rid, company)
            _product(con, rid, "QX-7", company=company, modality=modality)
            _product(con, rid, "RZ-9", company="Alder Bio" if name == "old.txt" else company,
                     modality="adc")
        third = _release(con, "third.txt", "2024-03-01", "Alder Bio")
        _company(con, third, "Alder Bio")
        _product(con, third, "RZ-9", company="Alder Bio", modality="adc")
    dbt_build(db)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = dict(con.execute("""
            select p.product_code, (c.company_name, p.modality)
            from marts.dim_products p join marts.dim_companies c using (company_id)""").fetchall())
    assert rows["QX-7"] == ("Birch Bio", "small_molecule")  # one release each: the latest
    assert rows["RZ-9"] == ("Alder Bio", "adc")  # two releases against one


@pytest.mark.parametrize("table,column", [
    ("fct_designations", "product_id"), ("fct_designations", "agency_id"),
    ("fct_ind_events", "status"), ("dim_products", "product_code"),
    ("fct_evidence", "release_id"),
])
def test_marts_reject_a_row_without_a_required_column(marts_copy, table, column):
    """Required mart columns are contract constraints DuckDB enforces on every write
    (instead of not_null tests run after the build): a bad row cannot get in at all."""
    marts_copy.execute(f"create temp table bad_row as select * from marts.{table} limit 1")
    key = marts_copy.execute("select column_name from (describe bad_row) limit 1").fetchone()[0]
    marts_copy.execute(f"update bad_row set {key} = 'a new key', {column} = null")
    with pytest.raises(duckdb.ConstraintException, match=f"NOT NULL constraint failed.*{column}"):
        marts_copy.execute(f"insert into marts.{table} select * from bad_row")


@pytest.fixture
def marts_copy(marts, tmp_path) -> duckdb.DuckDBPyConnection:
    """A writable copy of the built marts."""
    [(path,)] = marts.execute(
        "select path from duckdb_databases() where database_name = current_database()").fetchall()
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(Path(path).read_bytes())
    con = duckdb.connect(str(copy))
    yield con
    con.close()
