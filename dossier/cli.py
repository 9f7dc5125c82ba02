"""`dossier` command line: run the whole pipeline through Dagster and say what it built."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from dossier import compiled, settings

MART_TABLES = ("dim_releases", "dim_companies", "dim_products", "dim_agencies",
               "fct_ind_events", "fct_designations", "fct_evidence")


def _configure_environment(args: argparse.Namespace) -> None:
    """Everything the Dagster definitions read from the environment, set before import."""
    if args.raw_dir:
        os.environ["DOSSIER_RAW_DIR"] = str(Path(args.raw_dir).resolve())
    if args.warehouse:
        os.environ["DOSSIER_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    if args.workers:
        os.environ["DOSSIER_WORKERS"] = str(args.workers)
    # Runs are recorded in the project's own Dagster instance, so `dagster dev` shows them.
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(settings.PROJECT_DIR / ".dagster_home")))
    from orchestration.instance import ensure_instance_config

    ensure_instance_config(home)


def _progress_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s  %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("dossier")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    # Dagster warns that the dbt tests gave no result when dbt was skipped (nothing had
    # changed): expected, and in the run's event log; the terminal shows Dossier's progress.
    logging.getLogger("dagster._core.execution.plan.active").setLevel(logging.ERROR)


def run(args: argparse.Namespace) -> int:
    _configure_environment(args)
    _progress_logging()
    started = time.perf_counter()

    from dagster import DagsterInstance

    from orchestration.dbt_project import prepare_manifest

    prepare_manifest()
    from orchestration.definitions import defs  # reads the manifest: import after preparing

    job = defs.resolve_job_def("dossier_pipeline")
    # dbt's own output (every model and test) goes to a log file; the terminal gets
    # Dossier's progress lines and the summary.
    log_dir = Path(os.environ["DAGSTER_HOME"]) / "logs"
    log_dir.mkdir(exist_ok=True)
    dbt_log = log_dir / f"run-{time.strftime('%Y%m%d-%H%M%S')}.log"
    with DagsterInstance.get() as instance, open(dbt_log, "w") as log_file, \
            contextlib.redirect_stdout(log_file):
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
            tags={"dossier/trigger": "cli"},
        )
    elapsed = time.perf_counter() - started
    published = settings.published_warehouse()
    if not result.success:
        print(f"\nRun {result.run_id} FAILED after {elapsed:.1f} s.", file=sys.stderr)
        print(describe_failure(result), file=sys.stderr)
        print(f"The published warehouse {published} was left as it was. "
              f"dbt's output: {dbt_log}", file=sys.stderr)
        return 1
    with DagsterInstance.get() as instance:
        stages, windows = stage_times(instance, result.run_id)
    rows = print_summary(published, elapsed, result.run_id, stages)
    if args.stats_json:
        Path(args.stats_json).write_text(json.dumps({
            "run_id": result.run_id, "seconds": round(elapsed, 2), "stages": stages,
            "stage_windows": windows, "marts": rows,
            "warehouse_bytes": published.stat().st_size}, indent=2))
    return 0


def compile_extraction(args: argparse.Namespace) -> int:
    from dossier import compiled

    if args.status:
        print(compiled.status())
        return 0
    if args.clean:
        compiled.clean()
        return 0
    return compiled.build()


# Dagster steps grouped into the stages a person thinks in.
STAGES = {"land_release_files": "land", "clean_and_extract": "clean and extract",
          "dossier_dbt_models": "dbt",
          "published_warehouse": "publish"}


def stage_times(instance, run_id: str) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Seconds per stage of a finished run (pandera checks add up under "checks"), and when
    each stage ran: [first step's start, last step's end] in Unix seconds (the benchmark
    reads its memory samples of each stage by these)."""
    seconds: dict[str, float] = {}
    windows: dict[str, list[float]] = {}
    for step in instance.get_run_step_stats(run_id):
        if step.start_time is None or step.end_time is None:
            continue
        stage = STAGES.get(step.step_key, "checks")
        seconds[stage] = round(seconds.get(stage, 0.0) + step.end_time - step.start_time, 2)
        lo, hi = windows.get(stage, [step.start_time, step.end_time])
        windows[stage] = [min(lo, step.start_time), max(hi, step.end_time)]
    return seconds, windows


def describe_failure(result) -> str:
    """What failed and where: each failed step with its root error, each failed check."""
    lines = []
    for event in result.all_events:
        if event.is_step_failure:
            err = event.step_failure_data.error
            while err is not None and err.cause is not None:
                err = err.cause  # the user's exception, not Dagster's wrapper
            lines.append(f"  step {event.step_key} failed: "
                         f"{err.message.strip() if err else 'unknown error'}")
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            check = event.event_specific_data
            if not check.passed:
                lines.append(f"  check {check.check_name} on {check.asset_key.to_user_string()} "
                             f"failed: {check.metadata.get('failures', '')}")
    return "\n".join(lines) or "  no step reported an error"


def print_summary(warehouse: Path, elapsed: float, run_id: str,
                  stages: dict[str, float]) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0]
                for t in MART_TABLES}
        rejected = con.execute(
            "select source_path, reason from marts.rejected_files order by source_path").fetchall()
    print(f"\nDossier run {run_id} finished in {elapsed:.1f} s")
    print("  " + ", ".join(f"{stage} {sec:.1f} s" for stage, sec in stages.items()))
    print(f"Warehouse: {warehouse}")
    print(f"Extraction: {compiled.describe()}")
    print(f"{'mart':<22}{'rows':>8}")
    for table, n in rows.items():
        print(f"marts.{table:<16}{n:>8}")
    print(f"\nRejected files: {len(rejected)}")
    for path, reason in rejected[:20]:
        print(f"  {path}: {reason}")
    if len(rejected) > 20:
        print(f"  ... and {len(rejected) - 20} more (marts.rejected_files)")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dossier", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run_p = sub.add_parser("run", help="land, clean, extract, model, check and publish")
    run_p.add_argument("--raw-dir", help="input folder of release files (default raw/)")
    run_p.add_argument("--warehouse",
                       help="published warehouse file (default warehouse/dossier.duckdb)")
    run_p.add_argument("--workers", type=int, help="processes for cleaning and extraction")
    run_p.add_argument("--stats-json", help="also write run time per stage and mart rows here")
    run_p.set_defaults(func=run)
    compile_p = sub.add_parser("compile", help="compile the extraction package with mypyc")
    compile_what = compile_p.add_mutually_exclusive_group()
    compile_what.add_argument("--status", action="store_true",
                              help="say whether the compiled modules are current")
    compile_what.add_argument("--clean", action="store_true", help="remove them")
    compile_p.set_defaults(func=compile_extraction)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
