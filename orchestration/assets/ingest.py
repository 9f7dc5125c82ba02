"""Python stages: land files, then clean text and extract facts, into the run's work file."""


from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    MaterializeResult,
    multi_asset,
)

from dossier.extract import EXTRACTOR_VERSION
from dossier.landing import land_folder
from dossier.stages import clean_and_extract_pending
from dossier.warehouse import EXTRACT_FACT_TABLES, connect
from orchestration.resources import WarehouseResource

RAW_RELEASES = AssetKey(["raw", "releases"])
RAW_REJECTED = AssetKey(["raw", "rejected_files"])
CLEAN_RELEASES = AssetKey(["clean", "releases"])
EXTRACT_KEYS = [AssetKey(["extract", t]) for t in ("releases", *EXTRACT_FACT_TABLES)]


@multi_asset(
    specs=[
        AssetSpec(RAW_RELEASES, group_name="land",
                  description="Release files landed from the input folder (one row per content)."),
        AssetSpec(RAW_REJECTED, group_name="land",
                  description="Files that could not be landed or cleaned, with the reason."),
    ],
    name="land_release_files",
)
def land_release_files(context: AssetExecutionContext, warehouse: WarehouseResource):
    """Land new and changed .txt/.md/.html files; unreadable ones go to raw.rejected_files."""
    with connect(warehouse.work) as con:
        report = land_folder(con, warehouse.input_dir, workers=warehouse.worker_count)
        n_releases = con.execute("select count(*) from raw.releases").fetchone()[0]
        n_rejected = con.execute("select count(*) from raw.rejected_files").fetchone()[0]
    meta = {"files_seen": report.seen, "landed": report.landed, "unchanged": report.unchanged,
            "duplicates": report.duplicates, "rejected": report.rejected}
    yield MaterializeResult(asset_key=RAW_RELEASES, metadata={**meta, "rows": n_releases})
    yield MaterializeResult(asset_key=RAW_REJECTED, metadata={"rows": n_rejected})


@multi_asset(
    specs=[
        AssetSpec(CLEAN_RELEASES, deps=[RAW_RELEASES], group_name="clean",
                  description="Release bodies as plain text, with title and published date."),
        *(AssetSpec(key, deps=[CLEAN_RELEASES], group_name="extract",
                    description=f"extract.{key.path[-1]}: facts found by dossier.extract.")
          for key in EXTRACT_KEYS),
    ],
    name="clean_and_extract",
)
def clean_and_extract(warehouse: WarehouseResource):
    """Clean new releases and extract their facts in one pass over worker processes, then
    extract the releases whose facts come from an older extractor version."""
    with connect(warehouse.work) as con:
        cleaning, extraction = clean_and_extract_pending(con, workers=warehouse.worker_count)
        counts = {key: con.execute(f"select count(*) from {'.'.join(key.path)}").fetchone()[0]
                  for key in (CLEAN_RELEASES, *EXTRACT_KEYS)}
    yield MaterializeResult(asset_key=CLEAN_RELEASES, metadata={
        "cleaned": cleaning.processed, "rejected": cleaning.failed,
        "rows": counts[CLEAN_RELEASES]})
    for key in EXTRACT_KEYS:
        yield MaterializeResult(asset_key=key, metadata={
            "rows": counts[key], "extracted_this_run": extraction.processed,
            "extraction_failed_this_run": extraction.failed,
            "extractor_version": EXTRACTOR_VERSION})
