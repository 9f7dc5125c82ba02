"""Where extraction time goes: per pipeline stage, and per regular expression.

    python -m bench.extract_profile [--corpus DIR] [--n N] [--top K]

Runs `extract_release` over N generated releases (as bench.extract_speed makes them)
twice: once timing each stage of the pipeline (wall time of the calls made by
extract_release), once with every compiled pattern of dossier.extract wrapped in a timer,
which gives each expression's calls and time per release. The wrappers add about a
microsecond a call, so the second table overstates cheap, frequent expressions; read it
for the ranking, and bench.extract_speed for the speed.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dossier.extract as extraction
from bench.extract_speed import cleaned_inputs
from dossier.extract.prefilter import FirstCharScan, Prefiltered

# the calls extract_release makes, by the name it imports them under
STAGES = (
    "split_sentences", "find_dates", "dateline_date", "find_products", "find_companies",
    "ensure_issuer", "_lead", "find_events", "describe", "merge_events", "_facts_from",
    "_company_facts",
)

Inputs = list[tuple[str, Any, str | None]]


def run_all(inputs: Inputs) -> float:
    start = time.perf_counter()
    for body, published, title in inputs:
        extraction.extract_release(body, published_date=published, title=title)
    return time.perf_counter() - start


def timed(fn: Callable[..., Any], name: str, totals: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - start

    return wrapper


def stage_times(inputs: Inputs) -> tuple[dict[str, float], float]:
    totals: dict[str, float] = defaultdict(float)
    originals = {name: getattr(extraction, name) for name in STAGES}
    for name, fn in originals.items():
        setattr(extraction, name, timed(fn, name, totals))
    lexicon_scan = extraction.lex.scan
    extraction.lex.scan = timed(lexicon_scan, "lexicon scan", totals)
    try:
        total = run_all(inputs)
    finally:
        for name, fn in originals.items():
            setattr(extraction, name, fn)
        extraction.lex.scan = lexicon_scan
    return totals, total


class TimedPattern:
    """A compiled pattern that adds the time of each call to a shared table (finditer is
    consumed at once, so its time is counted too)."""

    def __init__(self, pattern: re.Pattern[str], name: str, table: dict) -> None:
        self._pattern, self._name, self._table = pattern, name, table
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groupindex = pattern.groupindex

    def _call(self, method: str, *args: Any) -> Any:
        start = time.perf_counter()
        result = getattr(self._pattern, method)(*args)
        if method == "finditer":
            result = iter(list(result))
        entry = self._table[self._name]
        entry[0] += 1
        entry[1] += time.perf_counter() - start
        return result

    def search(self, *args: Any) -> Any:
        return self._call("search", *args)

    def match(self, *args: Any) -> Any:
        return self._call("match", *args)

    def fullmatch(self, *args: Any) -> Any:
        return self._call("fullmatch", *args)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        return self._call("finditer", *args)

    def findall(self, *args: Any) -> Any:
        return self._call("findall", *args)

    def sub(self, *args: Any) -> Any:
        return self._call("sub", *args)

    def split(self, *args: Any) -> Any:
        return self._call("split", *args)


def wrap_patterns(table: dict) -> list[tuple[object, str, object]]:
    """Wrap every module-level pattern of dossier.extract; (owner, attribute, original)
    for each, to undo it. Patterns kept inside tuples or imported under another name
    elsewhere are not seen."""
    undo: list[tuple[object, str, object]] = []
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("dossier.extract"):
            continue
        short = module_name.rsplit(".", 1)[-1]
        for attr, value in list(vars(module).items()):
            name = f"{short}.{attr}"
            if isinstance(value, re.Pattern):
                undo.append((module, attr, value))
                setattr(module, attr, TimedPattern(value, name, table))
            elif isinstance(value, Prefiltered):
                undo.append((value, "pattern", value.pattern))
                value.pattern = TimedPattern(value.pattern, name, table)
                if value._gate is not None:  # (None: the needles are tested with `in`)
                    undo.append((value, "_gate", value._gate))
                    value._gate = TimedPattern(value._gate, name + " [gate]", table)
            elif isinstance(value, FirstCharScan):
                undo.append((value, "_fast", value._fast))
                value._fast = TimedPattern(value._fast, name, table)
    return undo


def pattern_times(inputs: Inputs) -> tuple[dict[str, list[float]], float]:
    table: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    undo = wrap_patterns(table)
    try:
        total = run_all(inputs)
    finally:
        for owner, attr, original in reversed(undo):
            setattr(owner, attr, original)
    return table, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--n", type=int, default=1000, help="generated releases")
    parser.add_argument("--top", type=int, default=30, help="expressions to list")
    args = parser.parse_args()

    inputs = cleaned_inputs(args.corpus, args.n)
    n = len(inputs)
    run_all(inputs[:50])  # warm the caches
    stages, total = stage_times(inputs)
    print(f"{n} releases, {1000 * total / n:.3f} ms per release with stage timers")
    for name, spent in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {1000 * spent / n:7.3f} ms {100 * spent / total:5.1f}%  {name}")
    table, total = pattern_times(inputs)
    in_regex = sum(spent for _calls, spent in table.values())
    print(f"\n{1000 * total / n:.3f} ms per release with pattern timers, "
          f"{1000 * in_regex / n:.3f} ms of it in the wrapped patterns")
    ranked = sorted(table.items(), key=lambda kv: -kv[1][1])
    for name, (calls, spent) in ranked[: args.top]:
        print(f"  {1e6 * spent / n:7.1f} us {calls / n:6.1f} calls  {name}")


if __name__ == "__main__":
    main()
