"""Benchmark Dossier end to end: N generated releases through `dossier run`.

    python -m bench.run N [--corpus ../shared/corpus] [--out bench_out] [--incremental 100]

Generates N distinct releases (bench.generate), runs the same command a user runs
(and the schedule's job), samples the resident memory of the whole process tree, and
prints a table: seconds per stage, releases per second, peak RSS, warehouse size. With
--incremental K it then adds K new releases and times a second run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

from bench.generate import generate

STAGES = ("land", "clean", "extract", "dbt", "checks", "publish")


class TreeMemorySampler:
    """Peak of the summed RSS of a process and all its descendants, sampled every 100 ms."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for proc in procs:
                    with contextlib.suppress(psutil.Error):  # a worker may just have exited
                        total += proc.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.1)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def dossier_run(raw: Path, warehouse: Path, stats: Path) -> dict:
    cmd = [str(Path(sys.executable).parent / "dossier"), "run", "--raw-dir", str(raw),
           "--warehouse", str(warehouse), "--stats-json", str(stats)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    with TreeMemorySampler(proc.pid) as sampler:
        code = proc.wait()
    wall = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"dossier run failed ({code}): {' '.join(cmd)}")
    result = json.loads(stats.read_text())
    result.update(wall=wall, peak_rss=sampler.peak)
    return result


def table(label: str, n: int, result: dict) -> str:
    stages = result["stages"]
    cells = [label, f"{n:,}"] + [f"{stages.get(s, 0):.1f}" for s in STAGES] + [
        f"{result['wall']:.1f}", f"{n / result['wall']:,.0f}",
        f"{result['peak_rss'] / 2**20:,.0f}", f"{result['warehouse_bytes'] / 2**20:,.1f}"]
    return "| " + " | ".join(cells) + " |"


HEADER = ("| run | releases | land s | clean s | extract s | dbt s | checks s | publish s "
          "| total s | releases/s | peak RSS MiB | warehouse MiB |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, default=Path("bench_out"))
    parser.add_argument("--incremental", type=int, default=0,
                        help="then add this many new releases and time a second run")
    args = parser.parse_args()

    work = args.out / f"n{args.n}"
    shutil.rmtree(work, ignore_errors=True)
    raw, warehouse = work / "raw", work / "dossier.duckdb"
    t0 = time.perf_counter()
    generate(args.corpus, raw, args.n)
    print(f"generated {args.n:,} releases in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    rows = []
    first = dossier_run(raw, warehouse, work / "stats_full.json")
    rows.append(table("full", args.n, first))
    if args.incremental:
        generate(args.corpus, raw / "incoming", args.incremental, start=args.n)
        second = dossier_run(raw, warehouse, work / "stats_incremental.json")
        rows.append(table(f"+{args.incremental} new", args.incremental, second))

    cpu = platform.processor() or platform.machine()
    print(f"\nmachine: {psutil.cpu_count()} cores ({cpu}), "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}")
    print(HEADER)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
