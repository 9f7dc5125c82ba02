"""The Dagster code location: one Definitions object built from small modules."""

from dagster import Definitions

from orchestration.assets.dbt import dossier_dbt_models
from orchestration.assets.ingest import clean_and_extract, land_release_files
from orchestration.assets.publish import published_warehouse
from orchestration.checks import contract_checks
from orchestration.jobs import dossier_pipeline
from orchestration.resources import build_resources
from orchestration.schedules import daily_refresh
from orchestration.sensors import new_feed_items, new_release_files

defs = Definitions(
    assets=[land_release_files, clean_and_extract, dossier_dbt_models,
            published_warehouse],
    asset_checks=contract_checks,
    jobs=[dossier_pipeline],
    schedules=[daily_refresh],
    sensors=[new_release_files, new_feed_items],
    resources=build_resources(),
)
