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
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                warning = f"not valid {encoding} (byte {exc.start}); bad bytes replaced"
                return data.decode(encoding, errors="replace"), [warning]
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[skipped:]
    if b"\x00" in body[:_SNIFF]:
        raise InputError(path, "binary file, skipped")
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        where = exc.start + skipped
    try:
        text, encoding = body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes every byte.
        text, encoding = body.decode("latin-1"), "latin-1"
    return text, [f"not valid UTF-8 (byte {where}); decoded as {encoding}"]
