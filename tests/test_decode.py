"""Decoding a file's bytes: UTF-8, BOMs, the cp1252 fallback and binary files."""

from __future__ import annotations

import codecs

import pytest

from linter.documents import read_document
from linter.documents.decode import decode
from linter.errors import InputError


def test_utf8() -> None:
    assert decode("a.md", "Café 😀\r\n".encode()) == ("Café 😀\r\n", [])


def test_utf8_bom_is_dropped() -> None:
    assert decode("a.md", codecs.BOM_UTF8 + b"Hi") == ("Hi", [])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[encoding]
    assert decode("a.md", bom + "Thé\nok".encode(encoding)) == ("Thé\nok", [])


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    text, warnings = decode("a.md", b"Caf\xe9 \x93quoted\x94")
    assert text == "Café \u201cquoted\u201d"
    assert warnings == ["not valid UTF-8 (byte 3); decoded as cp1252"]


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    text, warnings = decode("a.md", b"x\x81y")
    assert text == "x\x81y"
    assert warnings == ["not valid UTF-8 (byte 1); decoded as latin-1"]


def test_broken_utf16_is_replaced_with_a_warning() -> None:
    text, warnings = decode("a.md", codecs.BOM_UTF16_LE + b"a\x00b")
    assert text.startswith("a")
    assert warnings and warnings[0].startswith("not valid UTF-16")


def test_binary_file_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        decode("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert str(caught.value) == "img.png: binary file, skipped"


def test_nul_after_the_first_8_kib_is_not_binary() -> None:
    text, _ = decode("a.txt", b"a" * 8192 + b"\x00")
    assert text.endswith("\x00")


def test_utf8_bom_then_invalid_bytes_falls_back_after_the_bom() -> None:
    text, warnings = decode("a.md", codecs.BOM_UTF8 + b"Caf\xe9")
    assert text == "Café"
    assert warnings == ["not valid UTF-8 (byte 6); decoded as cp1252"]


def test_read_document_keeps_decode_warnings_and_offsets_count_characters() -> None:
    document = read_document("a.md", "# Ça\n\nSé \u201cok\u201d".encode("cp1252"))
    assert document.warnings == ["not valid UTF-8 (byte 2); decoded as cp1252"]
    assert [b.text for b in document.blocks] == ["Ça", "Sé \u201cok\u201d"]
    block = document.blocks[1]
    assert document.position(block.offsets[block.text.index("ok")]) == (3, 5)
