"""Data contracts (pandera) for each stage: landed releases, extracted facts, marts.

Each contract names the table it guards and the columns it reads, so a check can load
just those columns (release texts are never loaded into a check).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandera.pandas as pa
from pandera.errors import SchemaErrors

AGENCIES = ["FDA", "NMPA", "EMA", "PMDA", "MHRA", "HC", "TGA", "MFDS", "TFDA", "HSA", "ANVISA",
            "SWISSMEDIC", "OTHER"]
IND_STATUSES = ["submitted", "accepted", "cleared"]
DESIGNATION_TYPES = ["orphan_drug", "fast_track", "breakthrough_therapy", "rmat", "prime",
                     "rare_pediatric_disease", "priority_review", "sakigake",
                     "innovation_passport", "other"]
MODALITIES = ["car_t", "car_nk", "tcr_t", "til", "other_cell_therapy", "monoclonal_antibody",
              "bispecific_antibody", "adc", "small_molecule", "gene_therapy", "mrna", "vaccine",
              "sirna", "aso", "protein", "peptide", "radioligand", "oncolytic_virus", "other"]
FORMATS = ["txt", "md", "html"]
PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
SHA256 = r"^[0-9a-f]{64}$"


@dataclass(frozen=True)
class TableContract:
    table: str
    schema: pa.DataFrameSchema
    # For a table that grows by runs: a predicate picking the rows written after $since,
    # so a run validates what it wrote, not the whole history again.
    written_after: str | None = None
    # Unique columns whose values embed this column (a hash over it, among others) and
    # whose rows are always written together per value of it: two rows written by
    # different runs can then never share a key, and uniqueness is judged on the rows
    # written after $since too (a count over millions of keys costs a second a run).
    keys_embed: str | None = None

    @property
    def select_list(self) -> str:
        """What a check reads: the contract's columns, derived ones worked out in SQL."""
        return ", ".join(f"{DERIVED_COLUMNS[name]} as {name}" if name in DERIVED_COLUMNS
                         else name for name in self.schema.columns)


def _id(**kw) -> pa.Column:
    return pa.Column(str, nullable=False, **kw)


def _opt(values: list[str] | None = None) -> pa.Column:
    checks = [pa.Check.isin(values)] if values else []
    return pa.Column(str, checks=checks, nullable=True)


# Whether a fact's evidence spans are all there and sane, worked out by DuckDB as the
# rows are read: turning millions of nested spans into Python objects for pandera took
# longer than the rest of every check together.
_EVIDENCE_VALID_SQL = (
    "coalesce(len(evidence) > 0 and list_bool_and(list_transform(evidence, lambda s: "
    "coalesce(s.sentence <> '' and 0 <= s.char_start and s.char_start < s.char_end, false)"
    ")), false)")
DERIVED_COLUMNS = {"evidence_valid": _EVIDENCE_VALID_SQL}
_EVIDENCE = pa.Column(bool, pa.Check.eq(True, error="fact without valid evidence"))


LANDED_RELEASES = TableContract("raw.releases", pa.DataFrameSchema({
    "release_id": _id(checks=pa.Check.str_matches(SHA256), unique=True),
    "source_path": _id(),
    "format": pa.Column(str, pa.Check.isin(FORMATS)),
    "n_bytes": pa.Column(int, pa.Check.gt(0)),
}, strict=False), written_after="ingested_at > $since")

# Facts are replaced per release whenever a release is (re-)extracted.
_EXTRACTED_AFTER = ("release_id in (select release_id from extract.releases "
                    "where extracted_at > $since)")

EXTRACTED = [
    TableContract("extract.companies", pa.DataFrameSchema({
        "release_id": _id(), "company_name": _id(checks=pa.Check.str_length(min_value=1)),
        "role": pa.Column(str, pa.Check.isin(["issuer", "developer"])),
        "evidence_valid": _EVIDENCE,
    }), written_after=_EXTRACTED_AFTER),
    TableContract("extract.products", pa.DataFrameSchema({
        "release_id": _id(), "product_code": _id(checks=pa.Check.str_length(min_value=1)),
        "modality": _opt(MODALITIES), "cell_source": _opt(["autologous", "allogeneic"]),
        "evidence_valid": _EVIDENCE,
    }), written_after=_EXTRACTED_AFTER),
    TableContract("extract.ind_events", pa.DataFrameSchema({
        "release_id": _id(), "product_code": _id(),
        "agency": pa.Column(str, pa.Check.isin(AGENCIES)),
        "status": pa.Column(str, pa.Check.isin(IND_STATUSES)),
        "event_date": pa.Column(str, pa.Check.str_matches(PARTIAL_DATE), nullable=True),
        "evidence_valid": _EVIDENCE,
    }), written_after=_EXTRACTED_AFTER),
    TableContract("extract.designations", pa.DataFrameSchema({
        "release_id": _id(), "product_code": _id(),
        "agency": pa.Column(str, pa.Check.isin(AGENCIES)),
        "designation_type": pa.Column(str, pa.Check.isin(DESIGNATION_TYPES)),
        "event_date": pa.Column(str, pa.Check.str_matches(PARTIAL_DATE), nullable=True),
        "evidence_valid": _EVIDENCE,
    }), written_after=_EXTRACTED_AFTER),
]

MARTS = [
    TableContract("marts.dim_releases", pa.DataFrameSchema({
        "release_id": _id(unique=True), "source_path": _id(unique=True),
        "published_date": pa.Column("datetime64[us]", nullable=True, coerce=True),
        "issuer_company_id": pa.Column(str, nullable=True),
        # null while a release's extraction failed (see marts.rejected_files)
        "extractor_version": pa.Column(str, nullable=True),
    })),
    TableContract("marts.dim_companies", pa.DataFrameSchema({
        "company_id": _id(unique=True), "company_name": _id(),
    })),
    TableContract("marts.dim_products", pa.DataFrameSchema({
        "product_id": _id(unique=True), "product_code": _id(),
        "modality": _opt(MODALITIES), "cell_source": _opt(["autologous", "allogeneic"]),
    })),
    TableContract("marts.fct_ind_events", pa.DataFrameSchema({
        "ind_event_id": _id(unique=True), "product_id": _id(), "agency_id": _id(),
        "status": pa.Column(str, pa.Check.isin(IND_STATUSES)),
        "event_date_precision": _opt(["day", "month", "year"]),
    })),
    TableContract("marts.fct_designations", pa.DataFrameSchema({
        "designation_id": _id(unique=True), "product_id": _id(), "agency_id": _id(),
        "designation_type": pa.Column(str, pa.Check.isin(DESIGNATION_TYPES)),
        "event_date_precision": _opt(["day", "month", "year"]),
    })),
    TableContract("marts.fct_evidence", pa.DataFrameSchema({
        "evidence_id": _id(unique=True),
        "fact_type": pa.Column(str, pa.Check.isin(["company", "product", "ind_event",
                                                   "designation"])),
        "fact_id": _id(), "release_id": _id(),
        # Incremental like the stage tables: the rows dbt wrote since the last publish (a
        # release's rows are rewritten together, and evidence_id hashes its release_id).
    }), written_after="built_at > $since", keys_embed="release_id"),
]


@dataclass(frozen=True)
class ContractResult:
    table: str
    n_rows: int
    failures: list[str]

    @property
    def passed(self) -> bool:
        return not self.failures


CHUNK_ROWS = 200_000


def validate(con: duckdb.DuckDBPyConnection, contract: TableContract,
             since: dt.datetime | None = None) -> ContractResult:
    """Check one table against its contract; failures as readable lines, none if it passes.

    The table is validated in chunks, so memory stays flat however large it grows;
    uniqueness, which no chunk can judge alone, is checked by DuckDB over the whole table
    (over the rows written since, for keys that embed what their rows are written by).
    With `since` (when the last build that passed was published), a stage table is
    validated on the rows written after it; n_rows counts the rows validated.
    """
    unique = [name for name, column in contract.schema.columns.items() if column.unique]
    per_chunk = contract.schema.update_columns({name: {"unique": False} for name in unique})
    failures: list[str] = []
    rows, params = contract.table, {}
    if since is not None and contract.written_after:
        rows, params = f"{contract.table} where {contract.written_after}", {"since": since}
    for name in unique:
        scope = rows if contract.keys_embed else contract.table
        [(duplicates,)] = con.execute(f"select count(*) - count(distinct {name}) from {scope}",
                                      params if contract.keys_embed else {}).fetchall()
        if duplicates:
            failures.append(f"{name}: {duplicates} duplicate values")
    n_rows = 0
    query = f"select {contract.select_list} from {rows}"
    reader = con.sql(query, params=params).to_arrow_reader(CHUNK_ROWS)
    for batch in reader:
        frame = batch.to_pandas()
        n_rows += len(frame)
        try:
            per_chunk.validate(frame, lazy=True)
        except SchemaErrors as exc:
            cases = exc.failure_cases.head(20)
            failures += [f"{r.column}: {r.check} failed for {r.failure_case!r}"
                         for r in cases.itertuples()]
        if len(failures) >= 20:
            break
    return ContractResult(contract.table, n_rows, failures[:20])
