"""Short invented releases for the rule tests: a dateline before the text, extraction, and
the facts read back as tuples of the fields a test compares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dossier.cleaning import clean_release
from dossier.extract import extract_release
from dossier.extract.model import ReleaseExtraction


@dataclass(frozen=True)
class RuleTexts:
    dateline: str
    published: dt.date

    def run(self, text: str, dateline: str | None = None) -> ReleaseExtraction:
        opening = self.dateline if dateline is None else dateline
        return extract_release(opening + text, published_date=self.published)

    def run_markdown(self, heading: str, text: str) -> ReleaseExtraction:
        """A markdown release (a "# heading", the dateline, then `text`), cleaned as the
        pipeline cleans it: its tables become rows of " | " cells."""
        release = clean_release(f"# {heading}\n\n{self.dateline}{text}", "md")
        return extract_release(
            release.body, published_date=release.published_date, title=release.title
        )

    def ind(self, text: str, fields: tuple[str, ...] = ("product", "agency", "status"),
            dateline: str | None = None) -> set[tuple]:
        return {tuple(getattr(e, f) for f in fields) for e in self.run(text, dateline).ind_events}

    def des(self, text: str, fields: tuple[str, ...] = ("product", "agency", "type"),
            dateline: str | None = None) -> set[tuple]:
        return {tuple(getattr(e, f) for f in fields)
                for e in self.run(text, dateline).designations}

    def products(self, text: str) -> dict[str, str | None]:
        return {p.code: p.company for p in self.run(text).products}
