"""poll_feeds against a real HTTP server on 127.0.0.1 (ephemeral port, own thread)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dossier.feeds import FeedSource, file_name_for_url, poll_feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire health</title><link>{base}/</link>
<description>d</description>
<item><title>Acme gets IND clearance</title><link>{base}/releases/acme-ind.html</link>
  <guid>acme-1</guid><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Beta gets Fast Track</title><link>/releases/beta-fast-track.html</link>
  <guid>beta-1</guid></item>
<item><title>Broken page</title><link>{base}/releases/broken</link><guid>broken-1</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Newsroom</title><id>urn:x</id>
<updated>2024-03-05T00:00:00Z</updated>
<entry><title>Gamma ODD</title><id>urn:gamma-1</id><updated>2024-03-05T00:00:00Z</updated>
  <link rel="alternate" href="{base}/releases/gamma-odd.html"/></entry>
<entry><title>Acme again (same URL as in RSS)</title><id>urn:acme-dup</id>
  <updated>2024-03-05T00:00:00Z</updated><link href="{base}/releases/acme-ind.html"/></entry>
</feed>"""

PAGE = (
    "<html><head><title>{t}</title></head>"
    "<body><article><p>{t} body text.</p></article></body></html>"
)
LATIN1_PAGE = "<html><body><p>Société Générale café</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    hits: Counter[str]
    user_agents: list[str]

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, code: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] += 1
        self.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        if path == "/rss.xml":
            if self.headers.get("If-None-Match") == '"rss-v1"':
                self.send_response(304)
                self.end_headers()
                return
            body = RSS.format(base=base).encode()
            self._send(200, body, "application/rss+xml", {"ETag": '"rss-v1"'})
        elif path == "/atom.xml":
            self._send(200, ATOM.format(base=base).encode(), "application/atom+xml")
        elif path == "/slow.xml":
            time.sleep(1.0)  # longer than the test timeout
            with contextlib.suppress(OSError):  # the client gave up: expected
                self._send(200, RSS.format(base=base).encode(), "application/rss+xml")
        elif path == "/fail.xml":
            self._send(500, b"internal error", "text/plain")
        elif path == "/malformed.xml":
            self._send(200, b"<html><body>this is <b>not a feed</b>", "text/html")
        elif path == "/latin1.xml":
            item = f"<item><title>L</title><link>{base}/releases/latin1.html</link></item>"
            body = RSS.split("<item>")[0] + item + "</channel></rss>"
            self._send(200, body.format(base=base).encode(), "application/rss+xml")
        elif path == "/releases/latin1.html":
            self._send(200, LATIN1_PAGE.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/releases/broken":
            self._send(500, b"oops", "text/plain")
        elif path.startswith("/releases/"):
            title = path.rsplit("/", 1)[-1]
            self._send(200, PAGE.format(t=title).encode(), "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture
def server() -> Iterator[tuple[str, Counter[str], list[str]]]:
    hits: Counter[str] = Counter()
    agents: list[str] = []
    handler = type("Handler", (_Handler,), {"hits": hits, "user_agents": agents})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False  # do not wait for the slow handler at shutdown
    # short poll interval: shutdown() waits up to one interval
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits, agents
    finally:
        httpd.shutdown()
        httpd.server_close()


FAST = {"timeout": 0.3, "retries": 1, "backoff": 0.01}


def test_poll_saves_new_items_with_sidecars_and_collects_failures(server, tmp_path: Path) -> None:
    base, hits, agents = server
    raw, seen = tmp_path / "raw", tmp_path / "state" / "seen.json"
    sources = [
        FeedSource("wire", f"{base}/rss.xml"),
        FeedSource("newsroom", f"{base}/atom.xml"),
        FeedSource("slow", f"{base}/slow.xml"),
        FeedSource("failing", f"{base}/fail.xml"),
        FeedSource("malformed", f"{base}/malformed.xml"),
    ]
    t0 = time.monotonic()
    result = poll_feeds(sources, raw, seen, user_agent="DossierBot/0.1 (+test)", **FAST)
    assert time.monotonic() - t0 < 3  # timeouts are honoured

    saved_urls = sorted(s.url for s in result.saved)
    assert saved_urls == [
        f"{base}/releases/acme-ind.html",
        f"{base}/releases/beta-fast-track.html",  # relative link resolved against the feed
        f"{base}/releases/gamma-odd.html",
    ]
    assert hits["/releases/acme-ind.html"] == 1  # listed by two feeds, fetched once

    for item in result.saved:
        assert item.path.parent == raw and item.path.suffix == ".html"
        assert item.path.read_text().startswith("<html>")
        sidecar = json.loads(item.path.with_name(item.path.name + ".source.json").read_text())
        assert sidecar["url"] == item.url
        assert sidecar["feed"] == item.feed
        assert sidecar["fetched_at"].endswith("Z")
    assert not list(raw.glob(".tmp-*"))  # no temp files left behind

    reasons = {(f.feed, f.stage): f.reason for f in result.failures}
    assert set(reasons) == {
        ("slow", "feed"),
        ("failing", "feed"),
        ("malformed", "feed"),
        ("wire", "item"),
    }
    assert "timed out" in reasons[("slow", "feed")]
    assert (
        "HTTP 500" in reasons[("failing", "feed")] and "2 attempts" in reasons[("failing", "feed")]
    )
    assert "malformed feed" in reasons[("malformed", "feed")]
    assert "HTTP 500" in reasons[("wire", "item")]
    assert hits["/fail.xml"] == 2  # retried once with backoff
    assert set(agents) == {"DossierBot/0.1 (+test)"}


def test_second_poll_fetches_nothing_new_but_retries_failed_items(server, tmp_path: Path) -> None:
    base, hits, _ = server
    raw, seen = tmp_path / "raw", tmp_path / "seen.json"
    sources = [FeedSource("wire", f"{base}/rss.xml"), FeedSource("newsroom", f"{base}/atom.xml")]
    first = poll_feeds(sources, raw, seen, **FAST)
    assert len(first.saved) == 3
    files_before = sorted(p.name for p in raw.iterdir())
    page_hits_before = {k: v for k, v in hits.items() if k.startswith("/releases/")}

    second = poll_feeds(sources, raw, seen, **FAST)
    assert second.saved == []
    assert second.already_seen == 4  # acme (x2 feeds), beta, gamma
    assert sorted(p.name for p in raw.iterdir()) == files_before
    # only the failed item is tried again; saved pages are not re-downloaded
    for path, n in page_hits_before.items():
        expected = n + 2 if path == "/releases/broken" else n
        assert hits[path] == expected, path
    state = json.loads(seen.read_text())
    assert f"url:{base}/releases/gamma-odd.html" in state["seen"]


def test_unchanged_feed_answers_304_after_a_clean_poll(server, tmp_path: Path) -> None:
    base, hits, _ = server
    raw, seen = tmp_path / "raw", tmp_path / "seen.json"
    sources = [FeedSource("newsroom", f"{base}/atom.xml"), FeedSource("wire", f"{base}/rss.xml")]
    poll_feeds(sources, raw, seen, **FAST)
    # the RSS feed had a failing item, so its ETag was not kept: it is fetched in full
    state = json.loads(seen.read_text())
    assert f"{base}/rss.xml" not in state["feeds"]

    # pretend the failing item succeeded: with the ETag stored, the feed costs one 304
    state["feeds"][f"{base}/rss.xml"] = {"etag": '"rss-v1"'}
    seen.write_text(json.dumps(state))
    result = poll_feeds(sources, raw, seen, **FAST)
    assert result.feeds_unchanged == 1
    assert result.saved == []


def test_header_only_charset_is_transcoded_to_utf8(server, tmp_path: Path) -> None:
    base, _, _ = server
    result = poll_feeds(
        [FeedSource("l", f"{base}/latin1.xml")], tmp_path, tmp_path / ".seen.json", **FAST
    )
    [item] = result.saved
    assert "Société Générale café" in item.path.read_bytes().decode("utf-8")
    sidecar = json.loads(item.path.with_name(item.path.name + ".source.json").read_text())
    assert sidecar["transcoded_from"] == "iso-8859-1"


def test_corrupt_state_file_is_reported_not_fatal(server, tmp_path: Path) -> None:
    base, _, _ = server
    seen = tmp_path / "seen.json"
    seen.write_text("{not json")
    result = poll_feeds(
        [FeedSource("newsroom", f"{base}/atom.xml")], tmp_path / "raw", seen, **FAST
    )
    assert len(result.saved) == 2
    assert [f.stage for f in result.failures] == ["state"]
    assert (tmp_path / "seen.json.corrupt").exists()
    assert json.loads(seen.read_text())["seen"]  # a fresh, valid state was written


def test_unreachable_host_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    # a port that was free a moment ago: connection refused
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    feed = FeedSource("dead", f"http://127.0.0.1:{port}/feed.xml")
    result = poll_feeds([feed], tmp_path, tmp_path / "s.json", **FAST)
    [failure] = result.failures
    assert failure.stage == "feed" and "connection failed" in failure.reason


@pytest.mark.parametrize(
    "url",
    [
        "https://www.prnewswire.com/news-releases/phanes-pt217-302110522.html",
        "http://example.com/a/../../etc/passwd",
        "https://example.com/news?id=1&x=<script>",
        "https://user:pw@EXAMPLE.com:8443/",
        "https://例え.jp/ニュース/1",
    ],
)
def test_file_names_are_safe(url: str) -> None:
    name = file_name_for_url(url)
    assert name.endswith(".html") and not name.startswith(".")
    assert "/" not in name and "\\" not in name and ".." not in name.removesuffix(".html")
    assert len(name) < 200
    assert file_name_for_url(url) == name  # stable across polls
    assert file_name_for_url(url + "x") != name  # distinct URLs, distinct files
