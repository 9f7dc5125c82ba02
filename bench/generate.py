"""Make N realistic, distinct releases from an annotated corpus, for benchmarks.

Each output is a corpus release with its companies renamed, its product codes
renumbered, its years shifted and its amounts changed, so that no two files are the
same and entity resolution has real work: a company variant recurs across releases,
with different products.

    python -m bench.generate CORPUS_DIR OUT_DIR N
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

SYLLABLES = ["ar", "bel", "cor", "dra", "en", "fil", "gen", "hal", "is", "jun", "kor", "lum",
             "mer", "nov", "or", "pax", "qui", "ren", "sol", "tor", "ul", "ver", "wyn", "xen",
             "yor", "zen"]
YEAR = re.compile(r"\b(20[0-3]\d)\b")
AMOUNT = re.compile(r"\$(\d+(?:\.\d+)?)( million| billion)")
CODE_DIGITS = re.compile(r"\d+")


@dataclass
class Template:
    name: str
    suffix: str
    text: str
    company_words: list[str]  # first word of each company's canonical name
    codes: list[str]  # product codes holding digits


def made_up_word(n: int) -> str:
    """A pronounceable company word for variant n: 0 -> 'Ar', 27 -> 'Arbel', ..."""
    parts = []
    n += 1
    while n:
        n, r = divmod(n - 1, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize() + "xa"


def renumber(digits: str, seed: int) -> str:
    """Other digits of the same (at least three) width: "001" -> "930"."""
    width = max(3, len(digits))
    return f"{seed % 10 ** width:0{width}d}"


def load_templates(corpus: Path) -> list[Template]:
    templates = []
    for release in sorted((corpus / "releases").iterdir()):
        gold_file = corpus / "gold" / f"{release.stem}.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text())
        words = sorted({c["name"].split()[0] for c in gold.get("companies", [])
                        if len(c["name"].split()[0]) > 2}, key=len, reverse=True)
        codes = sorted({p["code"] for p in gold.get("products", [])
                        if CODE_DIGITS.search(p["code"])}, key=len, reverse=True)
        templates.append(Template(release.stem, release.suffix,
                                  release.read_text(encoding="utf-8"), words, codes))
    return templates


def variant(template: Template, index: int, company_universe: int, rng: random.Random) -> str:
    text = template.text
    for n, word in enumerate(template.company_words):
        text = re.sub(rf"\b{re.escape(word)}\b", made_up_word(company_universe * 7 + n), text)
    for n, code in enumerate(template.codes):
        new_code = CODE_DIGITS.sub(lambda m, n=n: renumber(m.group(), index * 13 + n * 7), code,
                                   count=1)
        text = re.sub(rf"(?<![\w-]){re.escape(code)}(?![\w-])", new_code, text)
    shift = rng.randint(-3, 1)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = AMOUNT.sub(lambda m: f"${float(m.group(1)) * rng.uniform(0.5, 2):.1f}{m.group(2)}", text)
    return text


def generate(corpus: Path, out: Path, n: int, seed: int = 7, start: int = 0) -> int:
    """Releases number start .. start + n - 1 into out (1,000 a sub-folder)."""
    templates = load_templates(corpus)
    if not templates:
        raise SystemExit(f"no annotated releases in {corpus}")
    rng = random.Random(seed + start)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        template = templates[i % len(templates)]
        round_ = i // len(templates)
        # A company variant recurs over three rounds, each time with new product codes.
        text = variant(template, i, round_ // 3, rng)
        shard = out / f"{i // 1000:04d}"
        shard.mkdir(exist_ok=True)
        (shard / f"{template.name}_{i:06d}{template.suffix}").write_text(text, encoding="utf-8")
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    args = parser.parse_args()
    generate(args.corpus, args.out, args.n)
    print(f"{args.n} releases in {args.out}")


if __name__ == "__main__":
    main()
