"""The offset invariant the reader tests share: each prose character maps to its source."""

from __future__ import annotations

from linter.documents import Document


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
