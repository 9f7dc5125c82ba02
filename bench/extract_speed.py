"""Extraction speed on one core: cleaned text in, facts with evidence out.

    python -m bench.extract_speed [--corpus DIR] [--n N] [--rounds R]

Cleans the corpus releases once (not timed), makes N distinct variants of them with
bench.generate (the same generator as the end-to-end benchmark), then times
`extract_release` over them in this one process, best of R rounds, and prints releases
per second and milliseconds per release.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.generate import generate
from bench.run import cpu_model
from dossier import compiled
from dossier.cleaning import clean_release, detect_format
from dossier.cleaning.decode import decode_bytes
from dossier.extract import EXTRACTOR_VERSION, extract_release


def cleaned_inputs(corpus: Path, n: int) -> list[tuple[str, object, str | None]]:
    """(body, published_date, title) for n generated releases."""
    with tempfile.TemporaryDirectory() as tmp:
        generate(corpus, Path(tmp), n)
        inputs = []
        for path in sorted(Path(tmp).rglob("*")):
            if not path.is_file():
                continue
            text, _ = decode_bytes(path.read_bytes())
            fmt = detect_format(path.name, text)
            if fmt is None:
                continue
            release = clean_release(text, fmt)
            inputs.append((release.body, release.published_date, release.title))
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--n", type=int, default=2000, help="generated releases to time")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many passes")
    args = parser.parse_args()

    inputs = cleaned_inputs(args.corpus, args.n)
    for body, published, title in inputs[:50]:  # warm the regex and lexicon caches
        extract_release(body, published_date=published, title=title)
    best = float("inf")
    facts = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        facts = 0
        for body, published, title in inputs:
            result = extract_release(body, published_date=published, title=title)
            facts += len(result.ind_events) + len(result.designations) + len(result.products)
        best = min(best, time.perf_counter() - start)
    print(f"extractor {EXTRACTOR_VERSION}: {len(inputs)} releases, {facts} product/IND/"
          f"designation facts; best of {args.rounds}: {best:.2f} s = "
          f"{len(inputs) / best:,.0f} releases/s on one core "
          f"({1000 * best / len(inputs):.2f} ms per release); {compiled.describe()}; "
          f"{cpu_model()}")


if __name__ == "__main__":
    main()
