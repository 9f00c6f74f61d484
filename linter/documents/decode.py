"""Bytes to text: UTF-8, UTF-16/32 with a BOM, else cp1252 with a warning; binary is refused."""

from __future__ import annotations

import codecs

from linter.errors import InputError

_SNIFF = 8192
# UTF-32 first: its little-endian BOM begins with the UTF-16 one.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode(path: str, data: bytes) -> tuple[str, list[str]]:
    """The text of a file and any warnings about its encoding.

    A byte order mark is dropped; offsets count characters of the returned text.
    Raises InputError for a binary file (a NUL byte in the first 8 KiB, no UTF-16/32 BOM).
    """
    text, warnings, _ = decode_as(path, data)
    return text, warnings


def decode_as(path: str, data: bytes) -> tuple[str, list[str], str]:
    """`decode`, and the codec that decoded the text (after the BOM, if any)."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), [], encoding
            except UnicodeDecodeError as exc:
                warning = f"not valid {encoding} (byte {exc.start}); bad bytes replaced"
                return data.decode(encoding, errors="replace"), [warning], encoding
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[skipped:]
    if b"\x00" in body[:_SNIFF]:
        raise InputError(path, "binary file, skipped")
    try:
        return body.decode("utf-8"), [], "utf-8"
    except UnicodeDecodeError as exc:
        where = exc.start + skipped
    try:
        text, encoding = body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes every byte.
        text, encoding = body.decode("latin-1"), "latin-1"
    return text, [f"not valid UTF-8 (byte {where}); decoded as {encoding}"], encoding


def encode_as(original: bytes, text: str, encoding: str) -> bytes:
    """`text` in the bytes `original` was decoded from by `encoding`: its BOM, its codec.

    Raises UnicodeError when the text cannot be written so.
    """
    for bom, wide in _WIDE_BOMS:
        if original.startswith(bom) and wide == encoding:
            codec = {
                ("UTF-32", codecs.BOM_UTF32_LE): "utf-32-le",
                ("UTF-32", codecs.BOM_UTF32_BE): "utf-32-be",
                ("UTF-16", codecs.BOM_UTF16_LE): "utf-16-le",
                ("UTF-16", codecs.BOM_UTF16_BE): "utf-16-be",
            }[(wide, bom)]
            return bom + text.encode(codec)
    bom = codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b""
    return bom + text.encode(encoding)
