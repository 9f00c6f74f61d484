"""The prose of a Markdown file's raw HTML blocks, read by the HTML reader at the file's offsets.

CommonMark passes an HTML block (`<p>...</p>`, `<div>` ... up to a blank line) through to the
page untouched: Markdown inside it is not parsed (spec 0.31, "HTML blocks"), so it is read as
HTML only. Pages imported from WordPress into Jekyll, Hugo or Astro keep their whole body so.
The HTML reader (html_reader.py) leaves out what a reader of the page does not see: comments,
scripts, styles, templates, hidden elements and page furniture (nav, aside, forms, furniture
classes). One reader walks all of a file's HTML blocks in order, so an element opened in one
block (`<aside>`, blank line, `<p>...</p>`, blank line, `</aside>`) still holds the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Protocol

from markdown_it.token import Token

from linter.documents.html_reader import HtmlReader
from linter.documents.model import Document
from linter.documents.templates import CITATION_COMMENT

# What a container puts before a line's content: indentation, quote markers, list markers.
_CONTAINER_PREFIX = re.compile(r"[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*)*")


# kramdown's raw-output markers (kramdown.gettalong.org/syntax.html, "Extensions"), written
# around HTML inside an HTML block as outside it: markers, never words.
_KRAMDOWN_MARKER = re.compile(r"\{::nomarkdown\}|\{:/(?:nomarkdown)?\}")

# Phrasing elements (WHATWG HTML, "phrasing content") that a writer leaves open as anchors.
_PHRASING = frozenset({"a", "abbr", "b", "cite", "em", "font", "i", "mark", "small", "span",
                       "strong", "sub", "sup", "u"})  # fmt: skip


class _ReadingState(Protocol):
    """What the Markdown reader carries from block to block (markdown._State)."""

    html: HtmlBlockReader | None
    made_lists: int
    rows: int
    after_break: bool
    first_heading: str | None


def html_prose(
    token: Token,
    texts: Sequence[str],
    starts: Sequence[int],
    document: Document,
    state: _ReadingState,
) -> None:
    """An HTML block's prose blocks, appended to the document's; list and row numbers go on
    from the Markdown's, so that they stay unique in the file."""
    if state.html is None:
        state.html = HtmlBlockReader(document)
    reader, before = state.html, len(document.blocks)
    reader.made_lists, reader.made_rows = state.made_lists, state.rows
    reader.after_break = state.after_break
    reader.read(token.content, token.map[0] if token.map else 0, texts, starts)
    state.made_lists, state.rows = reader.made_lists, reader.made_rows
    state.after_break = reader.after_break
    if state.first_heading is None:
        headings = (b.text for b in document.blocks[before:] if b.kind == "heading")
        state.first_heading = next(headings, None)


class HtmlBlockReader(HtmlReader):
    """The HTML reader fed one HTML block at a time; its open elements carry to the next."""

    def __init__(self, document: Document) -> None:
        super().__init__(document, main_only=False, by_class=True, line_starts=[0])

    def read(
        self, content: str, first_line: int, texts: Sequence[str], starts: Sequence[int]
    ) -> None:
        """Read one HTML block: `content` is its token's text, whose lines are the ends of
        `texts[first_line:]` (a quote's or list's marker comes before them); `starts` are
        where the file's lines start.

        Each line is fed as the file has it, with its own line break and its container prefix
        as spaces, so the parser's (line, column) is the file's.
        """
        lines = content.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        source, fed = self.document.source, []
        for index, line in enumerate(lines):
            at = first_line + index
            whole = texts[at] if at < len(texts) else line
            if not whole.endswith(line):
                line = whole[_CONTAINER_PREFIX.match(whole).end() :]  # type: ignore[union-attr]
            fed.append(" " * (len(whole) - len(line)) + line)
            if index + 1 < len(lines) and at + 1 < len(starts):  # the file's own line break
                fed.append(source[starts[at] + len(whole) : starts[at + 1]])
        markup = "".join(fed)
        if "{:" in markup:  # a marker becomes spaces: the offsets after it stay the file's
            markup = _KRAMDOWN_MARKER.sub(lambda marker: " " * len(marker[0]), markup)
        base = starts[first_line] if first_line < len(starts) else 0
        # As read_html does: the parser counts lines at "\n" only (not at a lone "\r").
        self.line_starts = [base] + [base + m.end() for m in re.finditer("\n", markup)]
        HTMLParser.reset(self)  # line numbers restart; the open elements stay
        try:
            self.feed(markup)
            self.close()
        except Exception as exc:  # the stdlib parser still asserts on a few malformed inputs
            self.document.warnings.append(f"HTML block parser stopped early ({type(exc).__name__})")
        self._flush()  # the block ends here: Markdown (or a blank line) follows
        # An inline element left open (`<span id="sign-up-for-medicare">` as an anchor above
        # a Markdown section) holds no block of the page: it must not hide the blocks after.
        while self.stack and self.stack[-1] in _PHRASING:
            self._pop_to(self.stack[-1])

    def handle_comment(self, data: str) -> None:
        """Directives in HTML blocks are read by the Markdown reader (_block_directives); a
        citation tag's comment (templates.py), which holds none, is a reference marker here as
        in a page."""
        if data.startswith(CITATION_COMMENT):
            super().handle_comment(data)
