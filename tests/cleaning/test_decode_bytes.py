"""decode_bytes: UTF-8, BOMs, declared charsets, detection, and binary rejection."""

from __future__ import annotations

import codecs

import pytest

from dossier.cleaning import UndecodableError, decode_bytes

SAMPLE = (
    "Société Générale’s café — “naïve” résumé: 10 µg/kg dosing in Zürich, Québec and São Paulo.\n"
    * 3
)


def test_plain_utf8() -> None:
    assert decode_bytes(SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8")


def test_utf8_bom_is_removed() -> None:
    text, enc = decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert text == SAMPLE and enc == "utf-8"


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32(enc: str) -> None:
    data = SAMPLE.encode(enc)
    if enc == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if enc == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    text, name = decode_bytes(data)
    assert text == SAMPLE
    assert name.startswith("utf-")


def test_utf16_without_bom_is_recognised_not_called_binary() -> None:
    text, name = decode_bytes("BOSTON, March 4, 2024 -- Acme announced.".encode("utf-16-le"))
    assert text == "BOSTON, March 4, 2024 -- Acme announced." and name == "utf-16-le"


def test_cp1252_declared_as_latin1_gets_curly_quotes() -> None:
    # Browsers read "iso-8859-1" as windows-1252; 0x93/0x94 are curly quotes there.
    html = '<html><head><meta charset="iso-8859-1"></head><body>“Café” — 10 µg</body></html>'
    text, enc = decode_bytes(html.encode("cp1252"))
    assert "“Café” — 10 µg" in text
    assert enc == "cp1252"


def test_declared_charset_in_http_equiv() -> None:
    html = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<p>Привет, мир</p>"
    )
    text, enc = decode_bytes(html.encode("cp1251"))
    assert "Привет, мир" in text and enc == "cp1251"


def test_undeclared_latin1_is_detected() -> None:
    text, _ = decode_bytes(
        SAMPLE.replace("’", "'")
        .replace("—", "-")
        .replace("“", '"')
        .replace("”", '"')
        .encode("latin-1")
    )
    assert "Société Générale's café" in text
    assert "Zürich" in text


def test_undeclared_cp1252_is_detected() -> None:
    text, _ = decode_bytes(SAMPLE.encode("cp1252"))
    assert "Société Générale’s café — “naïve”" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (bytes(range(256)) * 4, "NUL"),
        (b"abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10\x11garbage\x00", "NUL"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"text", "control characters"),
    ],
)
def test_binary_content_is_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)


def test_bad_bom_payload_is_rejected() -> None:
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd broken")


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")
