"""The offset invariant the reader tests share (each prose character maps to its source), and
the lookups they make on a document read so."""

from __future__ import annotations

from linter.documents import Document, parse_text
from linter.documents.prose_blocks import prose_blocks


def assert_offsets_exact(document: Document, ordered: bool = True) -> None:
    """Every prose character maps to the source character that produced it (in order)."""
    source = document.source
    for block in document.blocks:
        assert len(block.offsets) == len(block.text) + 1
        if ordered:
            assert list(block.offsets) == sorted(block.offsets)
        for i, char in enumerate(block.text):
            origin = source[block.offsets[i]]
            if char.isspace():
                assert origin.isspace() or origin in "&<", (block.text, i)
            elif char != "\ufffd":  # U+FFFD stands for a NUL
                assert origin in (char, "&"), (block.text, i, origin)


def read_exact(name: str, source: str) -> Document:
    """The document `source` reads as under `name`, its offsets checked (in any order: a
    Markdown file's HTML blocks and footnotes are read out of order)."""
    document = parse_text(name, source)
    assert_offsets_exact(document, ordered=False)
    return document


def texts(document: Document) -> list[str]:
    """The prose of each block, in order."""
    return [block.text for block in document.blocks]


def where(document: Document, needle: str) -> tuple[int, int]:
    """(line, column) of the first prose occurrence of needle."""
    for block in document.blocks:
        index = block.text.find(needle)
        if index >= 0:
            return document.position(block.offsets[index])
    raise AssertionError(needle)


def joined_prose(name: str, source: str) -> list[str]:
    """The texts of the prose blocks `source` reads as under `name`, after the blocks that
    continue one another are joined (figure cards, split sentences), offsets checked."""
    document = parse_text(name, source)
    document.blocks = prose_blocks(document.blocks, source)
    assert_offsets_exact(document)
    return [block.text for block in document.blocks]
