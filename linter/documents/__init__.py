"""Readers that turn a source file into prose blocks with an exact map back to the source."""

from __future__ import annotations

import os

from linter.documents.decode import decode
from linter.documents.html import read_html
from linter.documents.markdown import read_markdown
from linter.documents.model import Attachment, Block, Directive, Document
from linter.documents.normalise import normalise_blocks
from linter.documents.plaintext import read_text

FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}

__all__ = [
    "FORMATS",
    "Attachment",
    "Block",
    "Directive",
    "Document",
    "format_for",
    "parse_text",
    "read_document",
]


def format_for(path: str) -> str | None:
    """The reader format for a path's extension ("markdown", "html", "text"), or None."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def parse_text(path: str, text: str, fmt: str | None = None) -> Document:
    """Read already-decoded text as `fmt` (default: by extension; unknown means plain text)."""
    fmt = fmt or format_for(path) or "text"
    if fmt == "markdown":
        document = read_markdown(path, text)
    elif fmt == "html":
        document = read_html(path, text)
    else:
        document = read_text(path, text)
    # Soft hyphens, zero-width characters and look-alike letters do not hide a word.
    document.blocks = normalise_blocks(document.blocks)
    return document


def read_document(path: str, data: bytes, fmt: str | None = None) -> Document:
    """Decode a file's bytes and read it; raises InputError for a binary file."""
    text, warnings = decode(path, data)
    document = parse_text(path, text, fmt)
    document.warnings[:0] = warnings
    return document
