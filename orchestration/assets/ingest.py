"""Python stages: land files, clean text and extract facts, into the run's work file."""

from dagster import (
    AssetKey,
    AssetSpec,
    MaterializeResult,
    multi_asset,
)

from dossier import stages
from dossier.extract import EXTRACTOR_VERSION
from dossier.warehouse import EXTRACT_FACT_TABLES, connect
from orchestration.resources import WarehouseResource

RAW_RELEASES = AssetKey(["raw", "releases"])
RAW_REJECTED = AssetKey(["raw", "rejected_files"])
CLEAN_RELEASES = AssetKey(["clean", "releases"])
EXTRACT_KEYS = [AssetKey(["extract", t]) for t in ("releases", *EXTRACT_FACT_TABLES)]
LAND_CLEAN_AND_EXTRACT = "land_clean_and_extract"  # the step's name
# raw/releases metadata: the step's seconds spent writing what was landed, its files read
# by the workers meanwhile (dossier.cli's "land" stage; the rest is "clean and extract")
LANDING_SECONDS = "landing_seconds"


@multi_asset(
    specs=[
        AssetSpec(RAW_RELEASES, group_name="land",
                  description="Release files landed from the input folder (one row per content)."),
        AssetSpec(RAW_REJECTED, group_name="land",
                  description="Files that could not be landed or cleaned, with the reason."),
        AssetSpec(CLEAN_RELEASES, deps=[RAW_RELEASES], group_name="clean",
                  description="Release bodies as plain text, with title and published date."),
        *(AssetSpec(key, deps=[CLEAN_RELEASES], group_name="extract",
                    description=f"extract.{key.path[-1]}: facts found by dossier.extract.")
          for key in EXTRACT_KEYS),
    ],
    name=LAND_CLEAN_AND_EXTRACT,
)
def land_clean_and_extract(warehouse: WarehouseResource):
    """Land new and changed .txt/.md/.html files (unreadable ones go to raw.rejected_files),
    cleaning and extracting each landed batch while the next is read, in one pool of worker
    processes; then extract the releases whose facts come from an older extractor version.

    One step, not three: landing alone left a core idle (its writes are this process's),
    and a step per stage would wait for the last file before extracting the first.
    """
    with connect(warehouse.work) as con:
        landing, cleaning, extraction = stages.land_clean_and_extract(
            con, warehouse.input_dir, workers=warehouse.worker_count)
        counts = {key: con.execute(f"select count(*) from {'.'.join(key.path)}").fetchone()[0]
                  for key in (RAW_RELEASES, RAW_REJECTED, CLEAN_RELEASES, *EXTRACT_KEYS)}
    report = landing.report
    yield MaterializeResult(asset_key=RAW_RELEASES, metadata={
        "files_seen": report.seen, "landed": report.landed, "unchanged": report.unchanged,
        "duplicates": report.duplicates, "rejected": report.rejected,
        "rows": counts[RAW_RELEASES],
        LANDING_SECONDS: round(landing.seconds, 2)})
    yield MaterializeResult(asset_key=RAW_REJECTED, metadata={"rows": counts[RAW_REJECTED]})
    yield MaterializeResult(asset_key=CLEAN_RELEASES, metadata={
        "cleaned": cleaning.processed, "rejected": cleaning.failed,
        "rows": counts[CLEAN_RELEASES]})
    for key in EXTRACT_KEYS:
        yield MaterializeResult(asset_key=key, metadata={
            "rows": counts[key], "extracted_this_run": extraction.processed,
            "extraction_failed_this_run": extraction.failed,
            "extractor_version": EXTRACTOR_VERSION})
