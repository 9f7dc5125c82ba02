"""Same input, same facts: a canonical dump of extraction output, to compare versions.

    python -m bench.extract_equivalence OUT.jsonl [--corpus DIR] [--n N]
    python -m bench.extract_equivalence OUT.jsonl --compare BASELINE.jsonl [--show N]
        [--hide REGEX]

Extracts a fixed input set -- the corpus releases, eval/*/releases,
tests/fixtures/releases and N releases from bench.generate (fixed seed), each cleaned
as bench.extract_speed does -- and writes one JSON line per release: its name and
every field of its ReleaseExtraction (all facts, all evidence spans), keys sorted.
With --compare it diffs the new dump against a previous one and prints the first
differences; the exit status is 1 if any release differs. It runs under
PYTHONHASHSEED=0 (re-executing itself if need be): bench.generate orders some product
codes by set iteration, so another hash seed makes other releases.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.generate import generate
from dossier.cleaning import NotAReleaseError, clean_release, detect_format
from dossier.cleaning.decode import decode_bytes
from dossier.extract import EXTRACTOR_VERSION, extract_release

ROOT = Path(__file__).resolve().parent.parent
FIXED_DIRS = ["eval/*/releases", "tests/fixtures/releases"]


def release_files(corpus: Path) -> Iterator[tuple[str, Path]]:
    """(stable name, path) of every release in the fixed folders, sorted."""
    folders = [corpus / "releases"]
    for pattern in FIXED_DIRS:
        folders.extend(sorted(ROOT.glob(pattern)))
    for folder in folders:
        label = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else "corpus/releases"
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                yield f"{label}/{path.relative_to(folder)}", path


def cleaned(path: Path) -> tuple[str, object, str | None] | None:
    """(body, published_date, title) as bench.extract_speed cleans it; None if not a release."""
    text, _ = decode_bytes(path.read_bytes())
    fmt = detect_format(path.name, text)
    if fmt is None:
        return None
    try:
        release = clean_release(text, fmt)
    except NotAReleaseError:
        return None
    return release.body, release.published_date, release.title


def dump_lines(corpus: Path, n: int) -> Iterator[str]:
    """One canonical JSON line per input release."""
    with tempfile.TemporaryDirectory() as tmp:
        generate(corpus, Path(tmp), n)
        files = list(release_files(corpus))
        files += [(f"generated/{p.relative_to(tmp)}", p)
                  for p in sorted(Path(tmp).rglob("*")) if p.is_file()]
        for name, path in files:
            inputs = cleaned(path)
            if inputs is None:
                continue
            body, published, title = inputs
            result = extract_release(body, published_date=published, title=title)
            record = {"release": name, "published": str(published), "title": title,
                      "extraction": dataclasses.asdict(result)}
            yield json.dumps(record, sort_keys=True, ensure_ascii=False)


def first_difference(old: object, new: object, path: str = "") -> str | None:
    """Where two JSON values first differ, as 'path: old != new'."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            diff = first_difference(old.get(key), new.get(key), f"{path}.{key}")
            if diff:
                return diff
        return None
    if isinstance(old, list) and isinstance(new, list):
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            diff = first_difference(a, b, f"{path}[{i}]")
            if diff:
                return diff
        if len(old) != len(new):
            return f"{path}: {len(old)} items != {len(new)} items"
        return None
    return None if old == new else f"{path}: {old!r} != {new!r}"


def compare(baseline: Path, current: Path, show: int = 10, hide: str | None = None) -> int:
    """Print the first `show` releases that differ (none whose name matches `hide`, a
    regular expression: sealed evaluation sets are counted, never shown); the number that
    differ."""
    old = {json.loads(line)["release"]: json.loads(line) for line in baseline.open()}
    new = {json.loads(line)["release"]: json.loads(line) for line in current.open()}
    differing = [name for name in sorted(set(old) | set(new)) if old.get(name) != new.get(name)]
    hidden = re.compile(hide) if hide else None
    shown = [name for name in differing if not (hidden and hidden.search(name))]
    for name in shown[:show]:
        if name not in old or name not in new:
            # (a release added to or gone from the input set: no fields to compare)
            print(f"{name}: only in the {'new dump' if name in new else 'baseline'}")
        else:
            print(f"{name}: {first_difference(old[name], new[name])}")
    print(f"{len(differing)} of {len(old | new)} releases differ"
          + (f" ({len(differing) - len(shown)} of them hidden)" if hidden else ""))
    return len(differing)


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # same generated releases every run
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, "-m", "bench.extract_equivalence",
                                   *sys.argv[1:]], env)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the dump (JSON lines)")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--n", type=int, default=2000, help="generated releases to add")
    parser.add_argument("--compare", type=Path, help="a previous dump to diff against")
    parser.add_argument("--show", type=int, default=10, help="differing releases to print")
    parser.add_argument("--hide", help="regular expression of release names never printed "
                        "(sealed sets), e.g. 'fresh(9|11)_'")
    args = parser.parse_args()

    with args.out.open("w", encoding="utf-8") as out:
        count = 0
        for line in dump_lines(args.corpus, args.n):
            out.write(line + "\n")
            count += 1
    print(f"extractor {EXTRACTOR_VERSION}: {count} releases dumped to {args.out}")
    if args.compare and compare(args.compare, args.out, args.show, args.hide):
        sys.exit(1)


if __name__ == "__main__":
    main()
