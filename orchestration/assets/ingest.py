"""Python stages: land files, clean their text and extract facts, into the run's work file."""


from dagster import AssetKey, AssetSpec, MaterializeResult, multi_asset

from dossier.extract import EXTRACTOR_VERSION
from dossier.stages import land_clean_and_extract as land_clean_and_extract_folder
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
                  description="Files that could not be landed, cleaned or extracted, with the "
                              "reason."),
        AssetSpec(CLEAN_RELEASES, deps=[RAW_RELEASES], group_name="clean",
                  description="Release bodies as plain text, with title and published date."),
        *(AssetSpec(key, deps=[CLEAN_RELEASES], group_name="extract",
                    description=f"extract.{key.path[-1]}: facts found by dossier.extract.")
          for key in EXTRACT_KEYS),
    ],
    name="land_clean_and_extract",
)
def land_clean_and_extract(warehouse: WarehouseResource):
    """Land new and changed .txt/.md/.html files, cleaning them and extracting their facts
    in the worker trip that reads them (one step: the workers extract while the parent
    writes); then extract the releases whose facts come from an older extractor version.
    Files that cannot be taken go to raw.rejected_files with the reason."""
    with connect(warehouse.work) as con:
        landing, cleaning, extraction = land_clean_and_extract_folder(
            con, warehouse.input_dir, workers=warehouse.worker_count)
        counts = {key: con.execute(f"select count(*) from {'.'.join(key.path)}").fetchone()[0]
                  for key in (RAW_RELEASES, RAW_REJECTED, CLEAN_RELEASES, *EXTRACT_KEYS)}
    yield MaterializeResult(asset_key=RAW_RELEASES, metadata={
        "files_seen": landing.seen, "landed": landing.landed, "unchanged": landing.unchanged,
        "duplicates": landing.duplicates, "rejected": landing.rejected,
        "rows": counts[RAW_RELEASES]})
    yield MaterializeResult(asset_key=RAW_REJECTED, metadata={"rows": counts[RAW_REJECTED]})
    yield MaterializeResult(asset_key=CLEAN_RELEASES, metadata={
        "cleaned": cleaning.processed, "rejected": cleaning.failed,
        "rows": counts[CLEAN_RELEASES]})
    for key in EXTRACT_KEYS:
        yield MaterializeResult(asset_key=key, metadata={
            "rows": counts[key], "extracted_this_run": extraction.processed,
            "extraction_failed_this_run": extraction.failed,
            "extractor_version": EXTRACTOR_VERSION})
