"""The reader's output: prose blocks with a map from every prose character back to the source."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# A character reference as HTML writes it: &amp; &#38; &#x26; (the ";" may be missing).
_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A source attached to prose: a link, footnote, reference marker or raw URL.

    `start`/`end` are offsets into `Block.text` of the prose the source is attached to
    (the link text, or the position of the marker when the marker itself is not prose).
    """

    start: int
    end: int
    kind: str  # "link" | "footnote" | "marker" | "url" | "works-cited" (documents/works_cited.py)
    target: str


@dataclass(frozen=True, slots=True)
class Directive:
    """A `<!-- healthlint-... -->` comment: `command` is e.g. "disable-next-line"."""

    line: int
    command: str
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Block:
    """One prose block (paragraph, heading, list item, table cell, blockquote paragraph).

    `offsets[i]` is the source offset of `text[i]`; `offsets` has len(text) + 1 entries,
    the last being the source offset just past the block's final character.
    """

    text: str
    offsets: Sequence[int]  # array("i") or range from the readers: 4 bytes a character or none
    kind: str = "paragraph"  # paragraph | heading | list_item | table_cell | blockquote | ...
    attachments: tuple[Attachment, ...] = ()
    # Where the block sits in the page, as the readers saw it (documents/page.py reads these):
    list_id: int | None = None  # the list (<ul>, <ol>, a Markdown list) an item belongs to
    depth: int = 0  # how many lists the block is inside
    row: int | None = None  # the table row a cell belongs to
    after_break: bool = False  # a thematic break (<hr>, "---") comes between it and the last
    # False when the text was put together from a structured document's nodes (a ProseMirror
    # document in front matter): the file's lines around it are its structure, not its layout.
    source_lines: bool = True
    # Set by documents/page.py on the blocks it keeps: the positions, in the list it returns,
    # of the blocks whose sources also source this one (a list's lead-in, a parent item, the
    # other cells of a table row).
    inherits: tuple[int, ...] = ()
    # Set by documents/page.py on a block quote of the source its lead-in links (documents/
    # quotations.py): the words are that source's, and its sources reach the block as quoted.
    quotes_source: bool = False
    # Set by documents/page.py on a claim put up to be refuted (documents/claim_frames.py):
    # (its label's start, the label's end, where the claim's words end), in `text`.
    examined: tuple[int, int, int] | None = None
    # False for text the file keeps as a value rather than as markup (a front-matter value, a
    # <title>, a <meta> description): a fix there would write a link into YAML, an attribute
    # or the browser tab's title.
    fixable: bool = True

    @property
    def takes_fix(self) -> bool:
        """Whether --fix may insert a link here: not in a value (see `fixable`), nor in a
        heading (the link would change the anchor that links to it); the suggestion still
        gives the link."""
        return self.fixable and self.kind != "heading"

    def source_span(self, start: int, end: int, source: str | None = None) -> tuple[int, int]:
        """Source offsets [start, end) covering prose characters text[start:end].

        With the document's `source`, a span that ends in a character reference (`&amp;`)
        ends after the reference's `;`, not after its `&`.
        """
        if end <= start:
            return self.offsets[start], self.offsets[start]
        last = self.offsets[end - 1]
        stop = last + 1
        if source is not None and source.startswith("&", last) and self.text[end - 1] != "&":
            reference = _REFERENCE_RE.match(source, last)
            if reference:
                stop = reference.end()
        return self.offsets[start], stop


@dataclass
class Document:
    """A decoded source file and the prose blocks a reader found in it."""

    path: str
    source: str
    blocks: list[Block]
    title: str | None = None
    front_matter: dict[str, Any] | None = None
    directives: list[Directive] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Warnings about one line, (1-based line, message): a directive that suppresses nothing.
    notes: list[tuple[int, str]] = field(default_factory=list)
    # Where each line starts, made on first need: 8 bytes a line, not a Python int and a pointer.
    _line_starts: array[int] | None = field(default=None, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset; columns count characters."""
        if self._line_starts is None:
            starts = array("q", [0])
            find = self.source.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1
