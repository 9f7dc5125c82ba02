"""pandera contracts run as blocking asset checks on each stage's tables.

Blocking: a failing contract stops the assets downstream of it, so a warehouse that
breaks its contract is never published.
"""


from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    asset_check,
)

from dossier.contracts import EXTRACTED, LANDED_RELEASES, MARTS, TableContract, validate
from dossier.warehouse import connect, last_published_build
from orchestration.resources import WarehouseResource


def _contract_check(contract: TableContract) -> AssetChecksDefinition:
    key = AssetKey(contract.table.split("."))

    @asset_check(asset=key, name=f"pandera_{key.path[-1]}_contract", blocking=True,
                 description=f"pandera contract of {contract.table}")
    def _check(context: AssetCheckExecutionContext,
               warehouse: WarehouseResource) -> AssetCheckResult:
        with connect(warehouse.work, read_only=True) as con:
            # Rows already published passed this check then; a table that grows by runs
            # is validated on what was written since (the other marts in full).
            last = last_published_build(con)
            since = last.published_at if last else None
            result = validate(con, contract, since=since)
        if not result.passed:
            context.log.error("%s breaks its contract:\n  %s", contract.table,
                              "\n  ".join(result.failures))
        return AssetCheckResult(
            passed=result.passed, severity=AssetCheckSeverity.ERROR,
            metadata={"rows validated": result.n_rows,
                      "scope": (f"written after {since:%Y-%m-%d %H:%M:%S}"
                                if since and contract.written_after else "all rows"),
                      "failures": "\n".join(result.failures) or "none"})

    return _check


contract_checks = [_contract_check(c) for c in (LANDED_RELEASES, *EXTRACTED, *MARTS)]
