"""Benchmark Dossier end to end: N generated releases through `dossier run`.

    python -m bench.run N [--corpus ../shared/corpus] [--out bench_out] [--incremental 100]

Generates N distinct releases (bench.generate), runs the same command a user runs
(and the schedule's job), samples the resident memory of the whole process tree, and
prints a table: seconds per stage, releases per second, peak RSS, warehouse size, then
the peak RSS of each stage (the samples taken while it ran). With --incremental K it then
adds K new releases and times a second run.
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
from dossier import compiled

STAGES = ("land", "clean and extract", "dbt", "checks", "publish")


class TreeMemorySampler:
    """Peak of the summed RSS of a process and all its descendants, sampled every 100 ms;
    the samples are kept (Unix time, bytes) to tell each stage's peak."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self.root_cpu = 0.0  # CPU seconds of the run's own process (not its workers)
        # each process's last CPU seconds: the tree's total tells the work from the wait
        # when other work shares the machine
        self._cpu: dict[int, float] = {}
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
                        times = proc.cpu_times()
                        self._cpu[proc.pid] = times.user + times.system
                self.peak = max(self.peak, total)
                self.samples.append((time.time(), total))
                cpu = self.root.cpu_times()
                self.root_cpu = cpu.user + cpu.system
            except psutil.Error:
                pass
            self._stop.wait(0.1)

    @property
    def tree_cpu(self) -> float:
        """CPU seconds of the whole tree (up to each process's last sample)."""
        return sum(self._cpu.values())

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
    result.update(wall=wall, peak_rss=sampler.peak, parent_cpu=sampler.root_cpu,
                  tree_cpu=sampler.tree_cpu,
                  stage_peaks=stage_peaks(sampler.samples, result.get("stage_windows", {})))
    return result


def stage_peaks(samples: list[tuple[float, int]],
                windows: dict[str, list[float]]) -> dict[str, int]:
    """The highest memory sample taken while each stage ran."""
    peaks: dict[str, int] = {}
    for stage, (start, end) in windows.items():
        inside = [rss for t, rss in samples if start <= t <= end]
        if inside:
            peaks[stage] = max(inside)
    return peaks


def peaks_line(label: str, result: dict) -> str:
    peaks = result.get("stage_peaks", {})
    parts = [f"{stage} {peaks[stage] / 2**20:,.0f}" for stage in STAGES if stage in peaks]
    return (f"peak RSS MiB by stage ({label}): " + ", ".join(parts)
            + f"; the run's own process used {result.get('parent_cpu', 0):.1f} s of CPU"
            + f", the whole tree {result.get('tree_cpu', 0):.1f} s")


def table(label: str, n: int, result: dict) -> str:
    stages = result["stages"]
    cells = [label, f"{n:,}"] + [f"{stages.get(s, 0):.1f}" for s in STAGES] + [
        f"{result['wall']:.1f}", f"{n / result['wall']:,.0f}",
        f"{result['peak_rss'] / 2**20:,.0f}", f"{result['warehouse_bytes'] / 2**20:,.1f}"]
    return "| " + " | ".join(cells) + " |"


HEADER = ("| run | releases | land s | clean and extract s | dbt s | checks s | publish s "
          "| total s | releases/s | peak RSS MiB | warehouse MiB |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def cpu_model() -> str:
    """The processor's model name where Linux tells it (machines differ from session to
    session, and figures from two models do not compare), else the architecture."""
    with contextlib.suppress(OSError):
        info = dict(line.split(":", 1) for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if ":" in line)
        info = {key.strip(): value.strip() for key, value in info.items()}
        if "model name" in info:
            clock = f" at {float(info['cpu MHz']):,.0f} MHz" if "cpu MHz" in info else ""
            return f"{info['model name']}{clock}, {platform.machine()}"
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--out", type=Path, default=Path("bench_out"))
    parser.add_argument("--incremental", type=int, default=0,
                        help="then add this many new releases and time a second run")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the releases generated by the last run of the same N")
    args = parser.parse_args()

    work = args.out / f"n{args.n}"
    raw, warehouse = work / "raw", work / "dossier.duckdb"
    if args.reuse and raw.is_dir():
        # Same releases as last time, a new warehouse: generating 100,000 files takes a minute.
        shutil.rmtree(raw / "incoming", ignore_errors=True)
        for path in work.glob("*.duckdb*"):
            path.unlink()
        for path in work.glob(".*.duckdb*"):
            path.unlink()
    else:
        shutil.rmtree(work, ignore_errors=True)
        t0 = time.perf_counter()
        generate(args.corpus, raw, args.n)
        print(f"generated {args.n:,} releases in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)

    rows, peaks = [], []
    first = dossier_run(raw, warehouse, work / "stats_full.json")
    rows.append(table("full", args.n, first))
    peaks.append(peaks_line("full", first))
    if args.incremental:
        generate(args.corpus, raw / "incoming", args.incremental, start=args.n)
        second = dossier_run(raw, warehouse, work / "stats_incremental.json")
        rows.append(table(f"+{args.incremental} new", args.incremental, second))
        peaks.append(peaks_line(f"+{args.incremental} new", second))

    cpu = cpu_model()
    print(f"\nmachine: {psutil.cpu_count()} cores ({cpu}), "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}; "
          f"extraction: {compiled.describe()}")
    print(HEADER)
    print("\n".join(rows))
    print("\n".join(peaks))


if __name__ == "__main__":
    main()
