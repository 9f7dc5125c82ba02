"""Bytes to text: UTF-8 first, then the declared charset, then detection.

Order matters: UTF-8 is strict enough that a successful decode is almost never
wrong, a declared charset is the publisher's word, and statistical detection
(charset-normalizer) is the last resort for undeclared legacy encodings.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import UndecodableError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of common binary formats, for a precise error message.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an OLE2 file (old Word/Excel)"),
    (b"\x7fELF", "an executable"),
)

_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Browsers (WHATWG) read latin-1/ascii labels as windows-1252; so do we, so that
# curly quotes in 0x80-0x9F come out as quotes, not control characters.
_WHATWG_ALIASES = dict.fromkeys(
    ("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii"), "cp1252"
)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _check_not_binary(text: str, encoding: str) -> None:
    bad = len(_CONTROL_RE.findall(text[:65536]))
    if bad and bad > 0.01 * min(len(text), 65536):
        raise UndecodableError(
            f"decoded as {encoding} but {bad} control characters remain: binary, not text"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NULs sit in ASCII-heavy text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


_NON_ASCII_RUN_RE = re.compile(r"[^\x00-\x7f]{3,}")


def _as_western(data: bytes) -> str | None:
    """cp1252 decoding if the result looks like Western European text, else None.

    In Western text accented letters sit alone between ASCII letters ("café",
    "Zürich"); Cyrillic or Greek bytes read as cp1252 give long runs of accented
    letters ("Ïðèâåò"), which is what sends those to statistical detection.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # 0x81/0x8D/0x8F/0x90/0x9D: not cp1252 text
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if non_ascii == 0 or non_ascii > 0.3 * len(text):
        return None
    in_runs = sum(len(m) for m in _NON_ASCII_RUN_RE.findall(text))
    return text if in_runs <= 0.1 * non_ascii else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode landed bytes; returns (text, encoding name) or raises UndecodableError."""
    if not data:
        return "", "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as e:
                raise UndecodableError(
                    f"starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}"
                ) from e
            _check_not_binary(text, enc)
            return text, enc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UndecodableError(f"binary content: {what}, not text")
    if b"\x00" in data:
        enc16 = _utf16_without_bom(data)
        if enc16 is None:
            raise UndecodableError("binary content: contains NUL bytes, not text")
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError as e:
            raise UndecodableError(
                f"contains NUL bytes and is not valid {enc16}: binary, not text"
            ) from e
        _check_not_binary(text, enc16)
        return text, enc16

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_not_binary(text, "utf-8")
        return text, "utf-8"

    m = _DECLARED_RE.search(data[:4096])
    if m:
        label = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
        label = _WHATWG_ALIASES.get(label, label)
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = None  # unknown label: fall through to detection
        if name and name != "utf-8":
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                if name == "cp1252":  # 5 bytes are undefined in cp1252, not in latin-1
                    text, name = data.decode("latin-1"), "iso8859-1"
                else:
                    text = ""
            if text:
                _check_not_binary(text, name)
                return text, name

    # Undeclared legacy text in this domain is overwhelmingly Western (cp1252);
    # charset-normalizer often calls it cp1250/cp1257/cp775, which garbles
    # "naïve" and "São". So accept cp1252 first when it reads like Western text.
    western = _as_western(data)
    if western is not None:
        _check_not_binary(western, "cp1252")
        return western, "cp1252"

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableError(
            "not valid UTF-8, no usable declared charset, and no encoding could be detected"
        )
    text = str(best)
    _check_not_binary(text, best.encoding)
    return text, best.encoding
