"""A small run of the benchmark, so that it cannot rot (the real runs are in docs/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import generate

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not (CORPUS / "gold").is_dir(),
                                  reason="the annotated corpus (../shared/corpus) is not here")


@needs_corpus
def test_generated_releases_are_distinct(tmp_path):
    generate(CORPUS, tmp_path, 120)
    texts = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert len(texts) == 120
    assert len(set(texts)) == 120


@needs_corpus
def test_benchmark_runs_and_prints_its_table(tmp_path, dagster_home):
    out = subprocess.run(
        [sys.executable, "-m", "bench.run", "200", "--corpus", str(CORPUS),
         "--out", str(tmp_path), "--incremental", "10"],
        capture_output=True, text=True, timeout=600, check=True, cwd=PROJECT)
    lines = [line for line in out.stdout.splitlines() if line.startswith("| ")]
    full = [c.strip() for c in lines[1].split("|")[1:-1]]
    incremental = [c.strip() for c in lines[2].split("|")[1:-1]]
    assert full[:2] == ["full", "200"]
    assert incremental[:2] == ["+10 new", "10"]
    assert float(full[-2]) > 0  # peak RSS was measured
    # ... and each stage's peak, from the memory samples taken while it ran
    by_stage = next(line for line in out.stdout.splitlines()
                    if line.startswith("peak RSS MiB by stage (full): "))
    assert "clean and extract " in by_stage and "dbt " in by_stage


@needs_corpus
def test_extraction_speed_benchmark_prints_releases_per_second():
    out = subprocess.run(
        [sys.executable, "-m", "bench.extract_speed", "--corpus", str(CORPUS), "--n", "60",
         "--rounds", "1"], capture_output=True, text=True, timeout=600, check=True, cwd=PROJECT)
    assert "60 releases" in out.stdout and "releases/s on one core" in out.stdout


def test_equivalence_compare_hides_sealed_releases_and_names_added_ones(tmp_path, capsys):
    from bench.extract_equivalence import compare

    def dump(path: Path, rows: dict[str, int]) -> Path:
        path.write_text("".join(
            f'{{"release": "{name}", "extraction": {{"n": {n}}}}}\n' for name, n in rows.items()
        ))
        return path

    old = dump(tmp_path / "old.jsonl", {"eval/a/releases/a_1.txt": 1, "eval/s/releases/s_1.txt": 1})
    new = dump(tmp_path / "new.jsonl", {"eval/a/releases/a_1.txt": 2, "eval/s/releases/s_1.txt": 2,
                                        "eval/a/releases/a_2.txt": 1})
    assert compare(old, new, show=10, hide=r"/s/") == 3
    printed = capsys.readouterr().out
    assert "eval/a/releases/a_1.txt: .extraction.n: 1 != 2" in printed
    assert "eval/a/releases/a_2.txt: only in the new dump" in printed
    assert "s_1" not in printed
    assert "3 of 3 releases differ (1 of them hidden)" in printed
