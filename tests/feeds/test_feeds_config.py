"""load_feed_config: the TOML [[feed]] list and its error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.feeds import FeedConfigError, FeedSource, load_feed_config


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "feeds.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_loads_feeds_in_order_with_default_name(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        """
[[feed]]
name = "PR Newswire: health"
url = "https://www.prnewswire.com/rss/health.rss"

[[feed]]
url = " https://feeds.example.org/atom.xml "

[[feed]]
name = "switched off"
url = "https://off.example.org/rss"
enabled = false

[[feed]]
name = "duplicate"
url = "https://www.prnewswire.com/rss/health.rss"
""",
    )
    assert load_feed_config(p) == [
        FeedSource("PR Newswire: health", "https://www.prnewswire.com/rss/health.rss"),
        FeedSource("feeds.example.org", "https://feeds.example.org/atom.xml"),
    ]


def test_empty_config_means_no_feeds(tmp_path: Path) -> None:
    assert load_feed_config(_write(tmp_path, "# no feeds yet\n")) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[feed]]\nname = 'x'\n", "missing 'url'"),
        ("[[feed]]\nurl = 'ftp://example.org/feed'\n", "not an http"),
        ("[[feed]]\nurl = 'example.org/feed'\n", "not an http"),
        ("[[feed]\nurl = 'https://x'\n", "not valid TOML"),
        ("feed = 'https://x'\n", "array of tables"),
        ("[[feed]]\nurl = 'https://x.org'\nname = 3\n", "'name' must be a string"),
    ],
)
def test_invalid_config_is_explained(tmp_path: Path, text: str, reason: str) -> None:
    with pytest.raises(FeedConfigError, match=reason):
        load_feed_config(_write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FeedConfigError, match="does not exist"):
        load_feed_config(tmp_path / "nope.toml")
