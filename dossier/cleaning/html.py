"""HTML release pages to plain text: keep the release body, drop the page chrome.

Wire and newsroom pages wrap a release in navigation, cookie banners, share bars,
newsletter boxes and "more news" sidebars listing *other* companies' releases.
Those sidebars are the dangerous part: their headlines name other products and
regulators, and an extractor reading them would invent facts. So the cleaner
prunes by tag, ARIA role and class/id keywords, then keeps the <article>/<main>
container that holds most of the remaining text.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates import find_dateline_date, parse_date_string
from .errors import NotAReleaseError
from .model import CleanedRelease
from .text import (
    OTHER_PAGES_HEADING,
    check_release_text,
    collapse_inline,
    join_broken_sentences,
    normalize_text,
)

# Removed with their content, whatever their attributes.
_DROP_TAGS = [
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav",
    "aside", "footer", "button", "input", "select", "textarea", "object", "embed",
    "video", "audio", "dialog", "img", "picture", "map", "link", "meta", "head",
]  # fmt: skip

_INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
    "u", "var", "wbr", "del", "ins", "label",
})  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP_NODES = frozenset({"-comment", "-doctype"})

# Class/id *substrings* that mark page chrome.
_DROP_SUBSTR = (
    "sidebar", "cookie", "consent", "gdpr", "onetrust", "newsletter", "subscribe",
    "signup", "sign-up", "breadcrumb", "related", "share", "social", "comment",
    "advert", "sponsor", "promo", "popup", "more-news", "more-from", "more-pr",
    "morenews", "most-read", "mostread", "most-popular", "recommend", "trending",
    "email-alert", "stock-quote", "post-navigation", "pagination", "paywall",
)  # fmt: skip
# Substring hits that are not chrome ("shareholder letter").
_KEEP_SUBSTR = ("shareholder",)
# Class/id *parts* (split on - and _) that mark chrome.
_DROP_PARTS = frozenset({
    "nav", "navbar", "navigation", "menu", "ad", "ads", "adslot", "tags", "tag",
    "tagcloud", "byline", "meta", "timestamp", "date", "time", "kicker", "print",
    "toolbar", "pager", "modal", "overlay", "skip", "rss", "widgets",
    # side columns and rails ("col-side", "right-rail", "aside") hold other companies'
    # news, as do "popular" and "latest" boxes
    "side", "rail", "aside", "popular", "latest", "footer",
})  # fmt: skip
# A box headed so lists other pages ("Most viewed", "Latest news"), whatever its class.
_CHROME_HEADING = re.compile(OTHER_PAGES_HEADING + r"\W*", re.I)
# The subset of parts that may be dropped on inline/paragraph nodes.
_INLINE_DROP_PARTS = frozenset({"kicker", "category", "categories", "tags", "tag", "byline"})
# Parts that mark a page/section header: dropped only when they hold no <h1>.
_HEADER_PARTS = frozenset({"header", "masthead", "topbar", "banner"})
_DROP_ROLES = frozenset(
    {
        "navigation",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
    }
)
_PART_SPLIT_RE = re.compile(r"[-_\s]+")

_DATE_META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "pubdate", "publishdate", "publish_date",
    "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "date",
    "release_date",
)  # fmt: skip

_TITLE_SEPARATORS = (" | ", " :: ", " — ", " – ", " - ", " « ", " » ")
_KNOWN_SITE_SUFFIX_RE = re.compile(
    r"(pr ?newswire|business ?wire|globe ?newswire|accesswire|newswire|press release|news release"
    r"|investors?|newsroom|news|media)",
    re.IGNORECASE,
)
# Titles of error/login pages. No bare numbers: "Acme Raises $500 Million" is a release.
_ERROR_TITLE_RE = re.compile(
    r"\b(?:page not found|not found|40[34] error|error 40[34]|access denied|forbidden"
    r"|just a moment|attention required|server error|service unavailable|log ?in|sign ?in)\b",
    re.IGNORECASE,
)


class _Renderer:
    """Accumulates inline text into blocks; blocks are joined at the end."""

    __slots__ = ("blocks", "parts")

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []  # (text, kind)
        self.parts: list[str] = []

    def flush(self, kind: str) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        if raw.isspace():  # indentation between block tags: the common case
            return
        # Source newlines are just whitespace in HTML; only <br> (\x00) breaks lines.
        text = collapse_inline(raw).strip()
        if "\x00" in text:
            text = join_broken_sentences(text, "\x00")
        if text:
            self.blocks.append((text, kind))

    def text(self) -> str:
        out: list[str] = []
        prev_kind = ""
        for text, kind in self.blocks:
            if out:
                # consecutive list items / table rows stay on adjacent lines
                out.append("\n" if kind == prev_kind and kind in ("li", "row") else "\n\n")
            out.append(text)
            prev_kind = kind
        return "".join(out)


def _render(root: LexborNode, r: _Renderer) -> None:
    """Walk the tree into the renderer's blocks.

    Iterative with an explicit stack, not recursive: pages with thousands of
    nested <div>s exist and must not hit Python's recursion limit.
    """
    # (node, ctx, action): "children" expands a node, "visit" handles one child,
    # "flush" closes the block a child opened.
    stack: list[tuple[LexborNode | None, str, str]] = [(root, "p", "children")]
    while stack:
        node, ctx, action = stack.pop()
        if action == "flush":
            r.flush(ctx)
            continue
        assert node is not None
        if action == "children":
            children = list(node.iter(include_text=True))
            stack.extend((c, ctx, "visit") for c in reversed(children))
            continue
        tag = node.tag
        if tag == "-text":
            r.parts.append(node.text_content or "")
        elif tag in _INLINE_TAGS:
            stack.append((node, ctx, "children"))
        elif tag == "br":
            r.parts.append("\x00")
        elif tag in _SKIP_NODES or tag is None:
            continue
        elif tag == "pre":
            # some IR sites post the wire's plain text in <pre>: keep its lines
            r.flush(ctx)
            pre = normalize_text(node.text(deep=True))
            if pre:
                r.blocks.append((pre, "p"))
        elif tag == "tr":
            r.flush(ctx)
            cells = [collapse_inline(c.text(deep=True)).strip() for c in node.css("th, td")]
            row = " | ".join(c for c in cells if c)
            if row:
                r.blocks.append((row, "row"))
        else:
            # list items and headings are their own kind of block; anything else
            # (p, div, section, table, caption, figure, ...) keeps the context's
            r.flush(ctx)
            kind = "li" if tag in ("li", "dt", "dd") else "h" if tag in _HEADINGS else ctx
            stack.append((None, kind, "flush"))
            stack.append((node, kind, "children"))


def _class_parts(node: LexborNode) -> tuple[str, list[str]]:
    attrs = node.attributes
    ident = " ".join(v for v in (attrs.get("class"), attrs.get("id")) if v).lower()
    return ident, _PART_SPLIT_RE.split(ident) if ident else []


def _is_chrome(node: LexborNode) -> bool:
    """Decide by tag, role and class/id keywords whether a node is page chrome."""
    tag = node.tag
    attrs = node.attributes
    if not attrs and tag != "header":
        return False
    if tag == "header":
        return node.css_first("h1") is None  # site header; the release header has the h1
    if tag in _INLINE_TAGS or tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6"):
        # Inline and paragraph nodes can carry class="date" inside the dateline
        # itself, so only unmistakable chrome (share links, category labels) goes.
        ident, parts = _class_parts(node)
        if not ident:
            return False
        if any(s in ident for s in _DROP_SUBSTR) and not any(k in ident for k in _KEEP_SUBSTR):
            return True
        return "cat-links" in ident or any(p in _INLINE_DROP_PARTS for p in parts)
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style):
        return True
    role = (attrs.get("role") or "").lower()
    if role in _DROP_ROLES:
        return True
    if role == "banner":
        return node.css_first("h1") is None
    label = (attrs.get("aria-label") or "").lower()
    if label and any(k in label for k in ("cookie", "share", "related", "breadcrumb", "advert")):
        return True
    ident, parts = _class_parts(node)
    if not ident:
        return tag == "form" and len(node.text(deep=True)) < 300
    if any(s in ident for s in _DROP_SUBSTR) and not any(k in ident for k in _KEEP_SUBSTR):
        return True
    if any(p in _DROP_PARTS for p in parts):
        return True
    if any(p in _HEADER_PARTS for p in parts):
        return node.css_first("h1") is None
    if tag in ("div", "section"):
        first = next(node.iter(include_text=False), None)  # the box's own heading
        if (
            first is not None
            and first.tag in ("h2", "h3", "h4", "h5")
            and _CHROME_HEADING.fullmatch(first.text(deep=True).strip())
        ):
            return True
    # ASP.NET wraps whole pages in one <form>; only small forms are chrome
    return tag == "form" and len(node.text(deep=True)) < 300


def _prune(root: LexborNode, body_len: int) -> None:
    """Remove page chrome below root (iteratively, for deeply nested pages)."""
    stack = [root]
    while stack:
        node = stack.pop()
        for child in list(node.iter(include_text=False)):
            if _is_chrome(child):
                # Safety net: a "chrome" match holding most of the page text is a
                # wrapper like <div class="page has-sidebar">; descend instead.
                if (
                    body_len
                    and len(child.text(deep=True)) > 0.5 * body_len
                    and child.css_first("p")
                ):
                    stack.append(child)
                    continue
                child.decompose()
            else:
                stack.append(child)


def _meta_map(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.css("meta"):
        a = m.attributes
        key = a.get("property") or a.get("name") or a.get("itemprop")
        content = a.get("content")
        if key and content and key.lower() not in out:
            out[key.lower()] = content.strip()
    return out


def _walk_json(obj: Any) -> Iterator[dict[str, Any]]:
    """Every dict inside a JSON value (iterative: JSON-LD can nest deeply)."""
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, dict):
            yield o
            stack.extend(reversed(list(o.values())))
        elif isinstance(o, list):
            stack.extend(reversed(o))


def _json_ld(tree: LexborHTMLParser) -> tuple[dt.date | None, str | None]:
    date: dt.date | None = None
    headline: str | None = None
    for s in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(s.text(deep=True), strict=False)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the dateline is the fallback
        for d in _walk_json(data):
            if date is None and isinstance(d.get("datePublished"), str):
                date = parse_date_string(d["datePublished"])
            if headline is None and isinstance(d.get("headline"), str):
                headline = d["headline"].strip() or None
    return date, headline


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    t = title.strip()
    if site_name:
        for sep in _TITLE_SEPARATORS:
            if t.endswith(sep + site_name):
                return t[: -len(sep + site_name)].strip()
    for sep in _TITLE_SEPARATORS:
        head, found, tail = t.rpartition(sep)
        if not found or len(head) < 15:
            continue
        # " | Site" and " :: Site" are page-title furniture; with dashes only
        # strip names we recognise, since headlines contain dashes too.
        if sep in (" | ", " :: ") and len(tail.split()) <= 6:
            return head.strip()
        if _KNOWN_SITE_SUFFIX_RE.search(tail) and len(tail.split()) <= 5:
            return head.strip()
    return t


def _clean_title(s: str | None) -> str | None:
    if not s:
        return None
    s = collapse_inline(s).strip()
    if "&" in s and ";" in s:  # double-escaped titles ("VelloNK&amp;reg;")
        s = html_lib.unescape(s)
    return s[:500] or None


def clean_html(raw: str) -> CleanedRelease:
    if not raw.strip():
        raise NotAReleaseError("empty HTML document")
    tree = LexborHTMLParser(raw)
    body = tree.body
    if body is None or not body.text(deep=True).strip():
        if not re.search(r"<body[\s>]", raw, re.IGNORECASE):
            raise NotAReleaseError("HTML has no <body>: only head/metadata, no release text")
        raise NotAReleaseError("HTML <body> has no text")

    # Metadata first: pruning removes <head>, JSON-LD and bylines.
    meta = _meta_map(tree)
    ld_date, ld_headline = _json_ld(tree)
    meta_date: dt.date | None = None
    for key in _DATE_META_KEYS:
        if key in meta:
            meta_date = parse_date_string(meta[key])
            if meta_date:
                break
    time_date: dt.date | None = None
    for t in tree.css("article time[datetime], main time[datetime], time[itemprop=datePublished]"):
        time_date = parse_date_string(t.attributes.get("datetime") or "")
        if time_date:
            break
    title_tag = tree.css_first("title")
    page_title = title_tag.text(deep=True) if title_tag else None

    tree.strip_tags(_DROP_TAGS)
    body = tree.body
    if body is None:
        raise NotAReleaseError("HTML has no <body>")
    body_len = len(body.text(deep=True).strip())
    if body_len == 0:
        raise NotAReleaseError("HTML body has no text")
    _prune(body, body_len)
    pruned_len = len(body.text(deep=True).strip())

    # Prefer the <article>/<main> holding most of what is left: the release.
    container = body
    for selector in ("article", "[itemprop=articleBody]", "main, [role=main]"):
        best, best_len = None, 0
        for node in tree.css(selector):
            n = len(node.text(deep=True))
            if n > best_len:
                best, best_len = node, n
        if best is not None and best_len >= 0.4 * pruned_len:
            container = best
            break

    h1 = container.css_first("h1")
    h1_text = _clean_title(h1.text(deep=True)) if h1 else None
    title = (
        h1_text
        or _clean_title(meta.get("og:title"))
        or _clean_title(meta.get("twitter:title"))
        or _clean_title(ld_headline)
        or (
            _clean_title(_strip_site_suffix(page_title, meta.get("og:site_name")))
            if page_title
            else None
        )
    )

    r = _Renderer()
    _render(container, r)
    r.flush("p")
    text = r.text()

    check_release_text(text, "left after removing page chrome")
    if page_title and _ERROR_TITLE_RE.search(page_title) and len(text) < 1500:
        raise NotAReleaseError(
            f"looks like an error or login page (title {page_title.strip()[:80]!r})"
        )
    link_chars = sum(len(a.text(deep=True)) for a in container.css("a"))
    if link_chars > 0.5 * len(text):
        raise NotAReleaseError(
            "looks like a list of links (index or listing page), not a release body"
        )

    published = meta_date or ld_date or find_dateline_date(text) or time_date
    return CleanedRelease(title=title, body=text, published_date=published)
