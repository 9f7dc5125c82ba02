"""Feeds: poll RSS/Atom feeds and drop new items' pages into the raw folder.

Public API:
    load_feed_config(path) -> list[FeedSource]       TOML file of [[feed]] url/name
    poll_feeds(sources, raw_dir, seen_path, *, timeout, retries, user_agent) -> FeedPollResult
"""

from __future__ import annotations

from .config import FeedConfigError, FeedSource, load_feed_config
from .poll import FeedPollResult, PollFailure, SavedItem, file_name_for_url, poll_feeds

__all__ = [
    "FeedConfigError",
    "FeedPollResult",
    "FeedSource",
    "PollFailure",
    "SavedItem",
    "file_name_for_url",
    "load_feed_config",
    "poll_feeds",
]
