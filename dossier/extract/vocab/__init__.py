"""Vocabularies kept as data files beside this module.

Lines starting with "#" and blank lines are comments. Tables are tab-separated.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-comment lines of a one-item-per-line vocabulary."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(
        s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")
    )


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated vocabulary; trailing empty cells are kept as ""."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in raw.split("\t")))
    return tuple(rows)
