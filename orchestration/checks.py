"""pandera contracts run as blocking asset checks on each stage's tables.

Blocking: a failing contract stops the assets downstream of it, so a warehouse that
breaks its contract is never published. The contracts of one stage run as one step
(a multi-asset check): one connection and one step's overhead per stage, not per table.
"""

from collections.abc import Iterator, Sequence

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetKey,
    multi_asset_check,
)

from dossier.contracts import EXTRACTED, LANDED_RELEASES, MARTS, TableContract, validate
from dossier.warehouse import connect, last_published_build
from orchestration.resources import WarehouseResource


def _key(contract: TableContract) -> AssetKey:
    return AssetKey(contract.table.split("."))


def _check_name(contract: TableContract) -> str:
    return f"pandera_{_key(contract).path[-1]}_contract"


def stage_contract_checks(stage: str, contracts: Sequence[TableContract]) -> AssetChecksDefinition:
    """One step that validates each of a stage's tables against its pandera contract."""
    specs = [AssetCheckSpec(_check_name(c), asset=_key(c), blocking=True,
                            description=f"pandera contract of {c.table}") for c in contracts]

    @multi_asset_check(specs=specs, name=f"{stage}_contracts",
                       description=f"pandera contracts of the {stage} stage's tables")
    def _checks(context: AssetCheckExecutionContext,
                warehouse: WarehouseResource) -> Iterator[AssetCheckResult]:
        with connect(warehouse.work, read_only=True) as con:
            # Rows already published passed these checks then; a table that grows by runs
            # is validated on what was written since (the other marts in full).
            last = last_published_build(con)
            since = last.published_at if last else None
            for contract in contracts:
                result = validate(con, contract, since=since)
                if not result.passed:
                    context.log.error("%s breaks its contract:\n  %s", contract.table,
                                      "\n  ".join(result.failures))
                scope = (f"written after {since:%Y-%m-%d %H:%M:%S}"
                         if since and contract.written_after else "all rows")
                yield AssetCheckResult(
                    asset_key=_key(contract), check_name=_check_name(contract),
                    passed=result.passed, severity=AssetCheckSeverity.ERROR,
                    metadata={"rows validated": result.n_rows, "scope": scope,
                              "failures": "\n".join(result.failures) or "none"})

    return _checks


contract_checks = [stage_contract_checks("landing", [LANDED_RELEASES]),
                   stage_contract_checks("extract", EXTRACTED),
                   stage_contract_checks("marts", MARTS)]
