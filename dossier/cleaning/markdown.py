"""Markdown releases to plain text with markdown-it-py's token stream.

Rendering to HTML and re-parsing would cost twice; walking the tokens directly
gives the same structure (headings, paragraphs, list items) for less.
"""

from __future__ import annotations

import html as html_lib
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .dates import find_dateline_date
from .model import CleanedRelease
from .text import (
    check_release_text,
    drop_other_pages,
    first_line_title,
    join_broken_sentences,
    normalize_text,
)

_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_TAG_RE = re.compile(r"<[^>]+>")


def _inline_text(tok: Token) -> str:
    out: list[str] = []
    for c in tok.children or ():
        t = c.type
        if t in ("text", "code_inline"):
            out.append(c.content)
        elif t in ("softbreak", "hardbreak"):
            out.append("\n")
        elif t == "image":
            out.append(_inline_text(c))  # alt text lives in the image's children
        elif t == "html_inline" and c.content.lower().startswith("<br"):
            out.append("\n")
        # link_open/close, em/strong markers and other inline HTML carry no text
    return "".join(out)


def markdown_to_text(raw: str) -> tuple[str, str | None]:
    """(plain text, first heading) for a markdown document."""
    tokens = _md.parse(raw)
    blocks: list[tuple[str, str]] = []
    title: str | None = None
    in_heading = False
    list_depth = 0
    row: list[str] | None = None
    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            in_heading = True
        elif t == "heading_close":
            in_heading = False
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "tr_open":
            row = []
        elif t == "tr_close":
            if row:
                blocks.append((" | ".join(c for c in row if c), "row"))
            row = None
        elif t == "inline":
            text = _inline_text(tok).strip()
            if "\n" in text:
                text = join_broken_sentences(text)
            if row is not None:
                row.append(" ".join(text.split()))
            elif text:
                if in_heading and title is None:
                    title = " ".join(text.split())
                blocks.append((text, "li" if list_depth else ("h" if in_heading else "p")))
        elif t in ("fence", "code_block"):
            blocks.append((tok.content.rstrip("\n"), "p"))
        elif t == "html_block":
            text = html_lib.unescape(_TAG_RE.sub(" ", tok.content)).strip()
            if text:
                blocks.append((text, "p"))
    out: list[str] = []
    prev = ""
    for text, kind in blocks:
        if out:
            out.append("\n" if kind == prev and kind in ("li", "row") else "\n\n")
        out.append(text)
        prev = kind
    return "".join(out), title


def clean_markdown(raw: str) -> CleanedRelease:
    text, title = markdown_to_text(raw)
    text = normalize_text(drop_other_pages(text))
    check_release_text(text, "in the markdown")
    return CleanedRelease(
        title=title or first_line_title(text),
        body=text,
        published_date=find_dateline_date(text),
    )
