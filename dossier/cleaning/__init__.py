"""Cleaning: landed release text (txt / md / html) to a CleanedRelease.

Public API:
    clean_release(raw, fmt) -> CleanedRelease     fmt in {"txt", "md", "html"}
    decode_bytes(data) -> (text, encoding)         raises UndecodableError
    detect_format(path_name, text) -> "txt" | "md" | "html" | None
    NotAReleaseError, UndecodableError             ValueErrors with a human reason
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePath

from .dates import find_dateline_date, find_signoff_date
from .decode import decode_bytes
from .errors import NotAReleaseError, UndecodableError
from .html import clean_html
from .markdown import clean_markdown
from .model import CleanedRelease
from .text import (
    check_release_text,
    drop_other_pages,
    first_line_title,
    normalize_text,
    unwrap_hard_wrapped,
)

__all__ = [
    "CLEANER_VERSION",
    "CleanedRelease",
    "NotAReleaseError",
    "UndecodableError",
    "clean_release",
    "decode_bytes",
    "detect_format",
]

# Bump on every change to what cleaning keeps: releases cleaned by another version are
# cleaned again on the next run, and the facts of those whose text changed extracted again.
CLEANER_VERSION = "2026.11.29.4"

_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
_HTML_START_RE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def detect_format(path_name: str, text: str) -> str | None:
    """Format from the file extension; None for anything we do not clean.

    A .txt file that is really a saved web page (starts with <!DOCTYPE html> or
    <html>) is treated as html, since cleaning it as text would keep the markup.
    """
    fmt = _EXTENSIONS.get(PurePath(path_name).suffix.lower())
    if fmt == "txt" and _HTML_START_RE.match(text[:1024]):
        return "html"
    return fmt


def clean_text(raw: str) -> CleanedRelease:
    text = normalize_text(unwrap_hard_wrapped(drop_other_pages(raw)))
    check_release_text(text, "in the file")
    return CleanedRelease(
        title=first_line_title(text), body=text, published_date=find_dateline_date(text)
    )


# Words that every press release in our field uses somewhere; a text with none of them and
# no dateline is something else (notes, a log, a data file) that was dropped in the folder.
_RELEASE_CUES = re.compile(
    r"\b(?:announc\w*|today|press release|company|inc\.|ltd\.?|corp\.?|plc|therapeutics|"
    r"pharma\w*|bio\w*|FDA|NMPA|EMA|clinical|IND|designation|patients?)\b", re.IGNORECASE)


def clean_release(raw: str, fmt: str) -> CleanedRelease:
    """Clean one release. Raises NotAReleaseError when there is no release body."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if fmt == "txt":
        release = clean_text(raw)
    elif fmt == "md":
        release = clean_markdown(raw)
    elif fmt == "html":
        release = clean_html(raw)
    else:
        raise ValueError(f"unknown release format {fmt!r} (expected 'txt', 'md' or 'html')")
    if release.published_date is None:
        signed = find_signoff_date(release.body)
        if signed is not None:
            release = replace(release, published_date=signed)
    if release.published_date is None and not _RELEASE_CUES.search(release.body):
        raise NotAReleaseError("it has no dateline and none of the words a press release uses "
                               "(announced, today, company, clinical, FDA, ...)")
    return release
