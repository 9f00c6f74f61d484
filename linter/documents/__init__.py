"""Readers that turn a source file into prose blocks with an exact map back to the source."""

from __future__ import annotations

import os
import shlex

from linter.documents.decode import decode
from linter.documents.fragments import rendered_elsewhere
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
        if rendered_elsewhere(path, document.front_matter):
            document.blocks = []  # a sidebar's or a headless bundle's text: furniture
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
    if fmt is None and format_for(path) is None:
        # Named on the command line (a walk takes only FORMATS): an Eleventy .njk page or a
        # .liquid template read as plain text glues its tags to its words, and finds nothing.
        name = os.path.basename(path)
        document.warnings.append(
            f"not a Markdown, HTML or text file by its extension ({', '.join(FORMATS)}); "
            f"read as plain text (as HTML: healthlint check - --stdin-filename "
            f"{shlex.quote(os.path.splitext(name)[0] or name)}.html < {shlex.quote(path)})"
        )
    return document
