"""Feed list configuration: a TOML file of [[feed]] tables.

    [[feed]]
    name = "PR Newswire: health"
    url = "https://www.prnewswire.com/rss/health-latest-news.rss"

`name` is optional (defaults to the feed's host); `enabled = false` skips a feed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from urllib.parse import urlsplit


class FeedConfigError(ValueError):
    """The feed configuration file is missing, not TOML, or has an invalid entry."""


@dataclass(frozen=True)
class FeedSource:
    name: str
    url: str


def load_feed_config(path: str | PathLike[str]) -> list[FeedSource]:
    """Read the [[feed]] entries of a TOML file; raises FeedConfigError with the reason."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise FeedConfigError(f"feed config {p} does not exist") from e
    except tomllib.TOMLDecodeError as e:
        raise FeedConfigError(f"feed config {p} is not valid TOML: {e}") from e
    entries = data.get("feed", [])
    if not isinstance(entries, list):
        raise FeedConfigError(f"feed config {p}: 'feed' must be an array of tables ([[feed]])")
    sources: list[FeedSource] = []
    seen_urls: set[str] = set()
    for i, entry in enumerate(entries, start=1):
        where = f"feed config {p}, [[feed]] #{i}"
        if not isinstance(entry, dict):
            raise FeedConfigError(f"{where}: expected a table")
        url = entry.get("url")
        if not isinstance(url, str) or not url.strip():
            raise FeedConfigError(f"{where}: missing 'url'")
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FeedConfigError(f"{where}: url {url!r} is not an http(s) URL")
        if entry.get("enabled", True) is False:
            continue
        name = entry.get("name") or parts.netloc
        if not isinstance(name, str):
            raise FeedConfigError(f"{where}: 'name' must be a string")
        if url in seen_urls:
            continue  # the same feed listed twice would only be polled twice
        seen_urls.add(url)
        sources.append(FeedSource(name=name.strip(), url=url))
    return sources
