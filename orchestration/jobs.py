"""The one job: every asset, from release files to the published warehouse.

The schedule, the sensors and `dossier run` all run this job, so there is one code path.
"""

from dagster import AssetSelection, define_asset_job

dossier_pipeline = define_asset_job(
    "dossier_pipeline",
    selection=AssetSelection.all(),
    description="Land, clean, extract, build the dbt models, check and publish.",
)
