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
from dossier.warehouse import connect
from orchestration.resources import WarehouseResource


def _contract_check(contract: TableContract) -> AssetChecksDefinition:
    key = AssetKey(contract.table.split("."))

    @asset_check(asset=key, name=f"pandera_{key.path[-1]}_contract", blocking=True,
                 description=f"pandera contract of {contract.table}")
    def _check(context: AssetCheckExecutionContext,
               warehouse: WarehouseResource) -> AssetCheckResult:
        with connect(warehouse.work, read_only=True) as con:
            result = validate(con, contract)
        if not result.passed:
            context.log.error("%s breaks its contract:\n  %s", contract.table,
                              "\n  ".join(result.failures))
        return AssetCheckResult(
            passed=result.passed, severity=AssetCheckSeverity.ERROR,
            metadata={"rows": result.n_rows, "failures": "\n".join(result.failures) or "none"})

    return _check


contract_checks = [_contract_check(c) for c in (LANDED_RELEASES, *EXTRACTED, *MARTS)]
