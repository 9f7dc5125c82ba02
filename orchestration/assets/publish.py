"""Publish the built and checked warehouse to the path BI tools read."""


from dagster import AssetKey, MaterializeResult, asset

from dossier.publish import publish
from dossier.warehouse import connect, input_fingerprint, record_published_build
from orchestration.assets.dbt import dossier_dbt_models
from orchestration.dbt_project import models_version
from orchestration.resources import WarehouseResource

MART_KEYS = [key for key in dossier_dbt_models.keys if key.path[0] == "marts"]


@asset(key=AssetKey(["published_warehouse"]), deps=MART_KEYS, group_name="publish",
       description="The finished warehouse file, atomically replaced for BI readers.")
def published_warehouse(warehouse: WarehouseResource) -> MaterializeResult:
    with connect(warehouse.work) as con:
        version = models_version()
        fingerprint = input_fingerprint(con, version)
    rows = publish(warehouse.work, warehouse.published)
    with connect(warehouse.work) as con:
        record_published_build(con, fingerprint, version)
    return MaterializeResult(metadata={
        "path": str(warehouse.published),
        **{f"rows {table}": n for table, n in rows.items()},
        "size_mb": round(warehouse.published.stat().st_size / 1e6, 2),
    })
