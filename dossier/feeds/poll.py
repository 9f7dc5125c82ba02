"""Poll RSS/Atom feeds and save new items' pages into the raw folder.

Each new item's page is saved as `<name>.html` with a sidecar
`<name>.html.source.json` = {"url", "feed", "fetched_at", ...}, which landing
reads to record the URL as the release's source_path. Seen items (link and
guid) are kept in a small JSON state file, together with each feed's
ETag/Last-Modified so unchanged feeds cost one 304.

Nothing here raises for one bad feed or item: timeouts, HTTP errors, malformed
feeds and odd content are collected in FeedPollResult.failures with a reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import httpx

from .config import FeedSource

log = logging.getLogger("dossier.feeds")

SIDECAR_SUFFIX = ".source.json"  # must match dossier.landing.SOURCE_SIDECAR_SUFFIX
MAX_PAGE_BYTES = 5 * 1024 * 1024  # landing rejects bigger files anyway
MAX_FEED_BYTES = 10 * 1024 * 1024
_RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_STATE_VERSION = 1


@dataclass(frozen=True)
class SavedItem:
    path: Path
    url: str
    feed: str
    title: str | None


@dataclass(frozen=True)
class PollFailure:
    feed: str  # feed name
    url: str  # the feed URL (stage "feed") or the item URL (stage "item")
    stage: str  # "feed", "item" or "state"
    reason: str


@dataclass
class FeedPollResult:
    saved: list[SavedItem] = field(default_factory=list)
    failures: list[PollFailure] = field(default_factory=list)
    feeds_polled: int = 0  # feeds fetched and parsed (including unchanged ones)
    feeds_unchanged: int = 0  # feeds that answered 304 Not Modified
    already_seen: int = 0  # items skipped because an earlier poll saved them

    @property
    def ok(self) -> bool:
        return not self.failures


class _FetchError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Response:
    status: int
    url: str
    headers: Mapping[str, str]
    content: bytes


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---- HTTP -------------------------------------------------------------------------


def _fetch_once(
    client: httpx.Client, url: str, headers: Mapping[str, str], timeout: float, max_bytes: int
) -> _Response:
    # httpx timeouts are per operation; a server dripping one byte a second would
    # never trip them, so the whole attempt also has a deadline.
    deadline = time.monotonic() + 3 * timeout
    with client.stream("GET", url, headers=dict(headers)) as resp:
        if resp.status_code >= 400:
            phrase = resp.reason_phrase or ""
            raise _FetchError(f"HTTP {resp.status_code} {phrase}".strip())
        length = resp.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise _FetchError(f"response is {int(length) / 1e6:.1f} MB, over the size limit")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise _FetchError(f"response is over the {max_bytes / 1e6:.0f} MB size limit")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("whole response took too long", request=resp.request)
            chunks.append(chunk)
        return _Response(resp.status_code, str(resp.url), resp.headers, b"".join(chunks))


def _fetch(
    client: httpx.Client,
    url: str,
    *,
    timeout: float,
    retries: int,
    backoff: float,
    headers: Mapping[str, str] | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
) -> _Response:
    """GET with retries and exponential backoff on timeouts, connection errors and 5xx/429."""
    reason = "not attempted"
    attempts = retries + 1
    for attempt in range(attempts):
        try:
            return _fetch_once(client, url, headers or {}, timeout, max_bytes)
        except _FetchError as e:
            status = int(e.reason.split()[1]) if e.reason.startswith("HTTP ") else None
            if status is None or status not in _RETRY_STATUS:
                raise  # 404, 403, size limit: retrying will not help
            reason = e.reason
        except httpx.TimeoutException:
            reason = f"timed out (timeout {timeout:g} s)"
        except httpx.TransportError as e:
            reason = f"connection failed: {type(e).__name__}: {e}"
        except httpx.HTTPError as e:  # invalid URL and other client-side errors
            raise _FetchError(f"request failed: {type(e).__name__}: {e}") from e
        if attempt < retries:
            time.sleep(backoff * (2**attempt))
    raise _FetchError(f"{reason}; gave up after {attempts} attempt{'s' if attempts > 1 else ''}")


# ---- state ------------------------------------------------------------------------


@dataclass
class _State:
    seen: dict[str, str] = field(default_factory=dict)  # "url:..."/"id:..." -> first seen
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)  # feed url -> validators

    @classmethod
    def load(cls, path: Path, result: FeedPollResult) -> _State:
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            seen = data.get("seen", {})
            feeds = data.get("feeds", {})
            if not isinstance(seen, dict) or not isinstance(feeds, dict):
                raise ValueError("unexpected structure")
            return cls(seen={str(k): str(v) for k, v in seen.items()}, feeds=feeds)
        except (OSError, ValueError, AttributeError) as e:
            # A broken state file must not stop polling: keep it aside, start afresh
            # (landing de-duplicates re-fetched pages by content hash).
            backup = path.with_name(path.name + ".corrupt")
            with contextlib.suppress(OSError):  # if it cannot move, the next save overwrites it
                os.replace(path, backup)
            result.failures.append(
                PollFailure("", str(path), "state", f"seen-state file unreadable ({e}); "
                            f"moved to {backup.name} and started with an empty state")
            )  # fmt: skip
            return cls()

    def save(self, path: Path) -> None:
        payload = {"version": _STATE_VERSION, "seen": self.seen, "feeds": self.feeds}
        _atomic_write(path, json.dumps(payload, indent=1, sort_keys=True).encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    # Hidden temp name: landing skips dot-files, so it never reads a half-written file.
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ---- items ------------------------------------------------------------------------

_SLUG_RE = re.compile(r"[^A-Za-z0-9]+")


def file_name_for_url(url: str) -> str:
    """A safe, stable, unique file name for an item URL: host__path-slug__hash.html."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = re.sub(r"[^a-z0-9.-]", "", host).strip(".-")[:60] or "item"
    path = unquote(parts.path)
    path = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", path, flags=re.IGNORECASE)
    slug = _SLUG_RE.sub("-", path).strip("-")[-80:].strip("-") or "index"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return f"{host}__{slug}__{digest}.html"


def _entry_link(entry: Mapping[str, Any], base: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links") or ():
            if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
                link = candidate["href"]
                break
    if not link:
        return None
    return urljoin(base, str(link).strip())


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return m.group(1).lower() if m else None


def _page_bytes(resp: _Response) -> tuple[bytes, dict[str, str]]:
    """Page bytes to store, plus sidecar notes.

    The charset may be given only in the HTTP header, which a saved file loses;
    such pages are transcoded to UTF-8 so landing decodes them correctly.
    """
    notes: dict[str, str] = {}
    content_type = resp.headers.get("content-type", "")
    charset = _charset(content_type)
    data = resp.content
    if charset and charset not in ("utf-8", "utf8"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                data = data.decode(charset).encode("utf-8")
                notes["transcoded_from"] = charset
            except (LookupError, UnicodeDecodeError):
                pass  # wrong header; leave the bytes for landing's detection
    if content_type:
        notes["content_type"] = content_type
    return data, notes


def _save_item(
    raw_dir: Path, url: str, resp: _Response, feed: FeedSource, entry: Mapping[str, Any]
) -> SavedItem:
    data, notes = _page_bytes(resp)
    path = raw_dir / file_name_for_url(url)
    title = entry.get("title")
    sidecar: dict[str, Any] = {"url": url, "feed": feed.name, "fetched_at": _now_iso()}
    sidecar["feed_url"] = feed.url
    if resp.url != url:
        sidecar["final_url"] = resp.url
    if title:
        sidecar["title"] = str(title)
    for key in ("published", "updated"):
        # plain dict lookup: FeedParserDict maps updated->published with a warning
        value = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if value:
            sidecar[f"feed_{key}"] = str(value)
    sidecar.update(notes)
    # Sidecar first: a landing run that sees the page also sees where it came from.
    sidecar_path = path.with_name(path.name + SIDECAR_SUFFIX)
    _atomic_write(sidecar_path, json.dumps(sidecar, indent=1, ensure_ascii=False).encode("utf-8"))
    _atomic_write(path, data)
    return SavedItem(path=path, url=url, feed=feed.name, title=str(title) if title else None)


# ---- polling ----------------------------------------------------------------------


def _poll_one(
    client: httpx.Client,
    feed: FeedSource,
    raw_dir: Path,
    state: _State,
    result: FeedPollResult,
    attempted: set[str],
    *,
    timeout: float,
    retries: int,
    backoff: float,
    max_items: int | None,
) -> None:
    validators = state.feeds.get(feed.url, {})
    cond: dict[str, str] = {}
    if validators.get("etag"):
        cond["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        cond["If-Modified-Since"] = validators["last_modified"]
    try:
        resp = _fetch(
            client, feed.url, timeout=timeout, retries=retries, backoff=backoff,
            headers=cond, max_bytes=MAX_FEED_BYTES,
        )  # fmt: skip
    except _FetchError as e:
        result.failures.append(PollFailure(feed.name, feed.url, "feed", f"feed fetch: {e.reason}"))
        return
    result.feeds_polled += 1
    if resp.status == 304:
        result.feeds_unchanged += 1
        return

    parsed = feedparser.parse(
        resp.content,
        response_headers={
            "content-location": resp.url,
            "content-type": resp.headers.get("content-type", "application/xml"),
        },
    )
    entries = list(parsed.entries)
    if not entries and (parsed.bozo or not parsed.version):
        why = parsed.get("bozo_exception") or "no RSS or Atom structure found"
        ctype = resp.headers.get("content-type", "unknown type")
        result.failures.append(
            PollFailure(feed.name, feed.url, "feed", f"malformed feed ({ctype}): {why}")
        )
        return
    if max_items is not None:
        entries = entries[:max_items]

    all_done = True
    for entry in entries:
        url = _entry_link(entry, resp.url)
        guid = entry.get("id") or entry.get("guid")
        if not url or urlsplit(url).scheme not in ("http", "https"):
            title = entry.get("title") or guid or "?"
            result.failures.append(
                PollFailure(
                    feed.name, url or feed.url, "item", f"item {title!r} has no http(s) link"
                )
            )
            continue
        keys = [f"url:{url}"] + ([f"id:{guid}"] if guid else [])
        if any(k in state.seen for k in keys):
            result.already_seen += 1
            continue
        if url in attempted:
            continue  # listed by two feeds in this poll; fetched (or failed) once
        attempted.add(url)
        try:
            page = _fetch(client, url, timeout=timeout, retries=retries, backoff=backoff)
            ctype = page.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in _HTML_TYPES:
                raise _FetchError(f"not a web page (content-type {ctype})")
            if not page.content.strip():
                raise _FetchError("empty page")
            saved = _save_item(raw_dir, url, page, feed, entry)
        except _FetchError as e:
            all_done = False
            result.failures.append(PollFailure(feed.name, url, "item", f"item fetch: {e.reason}"))
            continue
        except OSError as e:
            all_done = False
            result.failures.append(PollFailure(feed.name, url, "item", f"could not save: {e}"))
            continue
        result.saved.append(saved)
        now = _now_iso()
        for k in keys:
            state.seen.setdefault(k, now)

    # Keep the validators only when every item made it: otherwise a 304 next time
    # would hide the items that failed, and they would never be retried.
    new_validators = {}
    if all_done:
        if resp.headers.get("etag"):
            new_validators["etag"] = resp.headers["etag"]
        if resp.headers.get("last-modified"):
            new_validators["last_modified"] = resp.headers["last-modified"]
    if new_validators:
        state.feeds[feed.url] = new_validators
    else:
        state.feeds.pop(feed.url, None)


def poll_feeds(
    sources: Iterable[FeedSource],
    raw_dir: Path,
    seen_path: Path,
    *,
    timeout: float = 10.0,
    retries: int = 2,
    user_agent: str = "DossierBot/0.1 (+contact)",
    backoff: float = 0.5,
    max_items_per_feed: int | None = None,
    client: httpx.Client | None = None,
) -> FeedPollResult:
    """Poll every feed once; save new items' pages into raw_dir. Never raises for
    one bad feed or item; see FeedPollResult.failures.

    seen_path should be outside raw_dir, or a dot-file, so landing does not pick it up.
    """
    raw_dir = Path(raw_dir)
    seen_path = Path(seen_path)
    raw_dir.mkdir(parents=True, exist_ok=True)
    result = FeedPollResult()
    state = _State.load(seen_path, result)
    attempted: set[str] = set()
    own_client = client is None
    if client is None:
        client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent, "Accept": "*/*"},
            follow_redirects=True,
        )
    try:
        for feed in sources:
            try:
                _poll_one(
                    client, feed, raw_dir, state, result, attempted,
                    timeout=timeout, retries=retries, backoff=backoff,
                    max_items=max_items_per_feed,
                )  # fmt: skip
            except Exception as e:  # one feed's surprise must not stop the rest
                log.exception("feed %s failed unexpectedly", feed.url)
                result.failures.append(
                    PollFailure(feed.name, feed.url, "feed", f"unexpected {type(e).__name__}: {e}")
                )
            state.save(seen_path)  # after each feed, so a crash loses at most one feed
    finally:
        if own_client:
            client.close()
    for f in result.failures:
        log.warning("feeds: %s %s (%s): %s", f.stage, f.url, f.feed, f.reason)
    log.info(
        "feeds: %d polled (%d unchanged), %d new items saved, %d already seen, %d failures",
        result.feeds_polled, result.feeds_unchanged, len(result.saved),
        result.already_seen, len(result.failures),
    )  # fmt: skip
    return result
