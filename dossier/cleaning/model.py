"""What cleaning produces from one landed release."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CleanedRelease:
    title: str | None
    body: str  # plain text of the release body; evidence offsets point into this
    published_date: dt.date | None
