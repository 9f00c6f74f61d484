"""The HTML reader: prose blocks from the stdlib HTML parser, with exact source offsets."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from linter.documents.model import Document
from linter.documents.prose import BlockBuilder, parse_directive

_KINDS = {
    "p": "paragraph",
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table_cell",
    "th": "table_cell",
    "dd": "paragraph",
    "dt": "paragraph",
    "figcaption": "paragraph",
    "caption": "paragraph",
    **{f"h{level}": "heading" for level in range(1, 7)},
}
# Elements whose start or end ends the prose before them (text directly inside is a block).
_BREAKS = frozenset(
    "address article aside body center details dialog div dl fieldset figure footer form header"
    " hgroup hr html main menu nav ol section summary table tbody tfoot thead tr ul".split()
)
_SKIP = frozenset(
    "code head iframe kbd math noscript object pre samp script select style svg template"
    " textarea".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# An open element that a new start tag closes implicitly, unless a scope element intervenes.
_IMPLIED = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "dd": ({"dd", "dt"}, {"dl"}),
    "dt": ({"dd", "dt"}, {"dl"}),
}
_WHITESPACE = str.maketrans("\r\n\t\f", "    ")


class _Reader(HTMLParser):
    def __init__(self, document: Document) -> None:
        super().__init__(convert_charrefs=False)
        self.document = document
        source = document.source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.skip = 0
        self.builder: BlockBuilder | None = None
        self.kind = "paragraph"
        self.title: list[str] | None = None
        self.first_heading: str | None = None

    def offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def prose(self) -> BlockBuilder:
        if self.builder is None:
            self.builder = BlockBuilder()
            self.kind = next((_KINDS[t] for t in reversed(self.stack) if t in _KINDS), "paragraph")
        return self.builder

    def flush(self) -> None:
        if self.builder is not None:
            block = self.builder.build(self.kind)
            self.builder = None
            if block is not None:
                self.document.blocks.append(block)
                if block.kind == "heading" and self.first_heading is None:
                    self.first_heading = block.text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and self.builder is not None and not self.skip:
                self.builder.add_at("\n", self.offset())
            elif tag == "hr":
                self.flush()
            return
        if tag in _KINDS or tag in _BREAKS:
            if "p" in self.stack[-4:]:
                self.close("p")
            closes, scope = _IMPLIED.get(tag, ((), ()))
            for open_tag in reversed(self.stack):
                if open_tag in scope:
                    break
                if open_tag in closes:
                    self.close(open_tag)
                    break
            self.flush()
        self.stack.append(tag)
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.title = []
        elif tag == "a" and not self.skip:
            self.prose().open_link(dict(attrs).get("href") or "")
        elif tag == "sup" and not self.skip:
            self.prose().open_sup()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            self.close(tag)

    def close(self, tag: str) -> None:
        """Pop open elements up to and including the last `tag`."""
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _SKIP:
                self.skip -= 1
            elif open_tag == "title" and self.title is not None:
                self.document.title = " ".join("".join(self.title).split()) or None
                self.title = None
            elif open_tag == "a" and self.builder is not None and not self.skip:
                self.builder.close_link()
            elif open_tag == "sup" and self.builder is not None and not self.skip:
                self.builder.close_sup()
            elif open_tag in _KINDS or open_tag in _BREAKS:
                self.flush()
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        elif not self.skip and (self.builder is not None or not data.isspace()):
            start = self.offset()
            self.prose().add(data.translate(_WHITESPACE), range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self.reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self.reference(f"&#{name}")

    def reference(self, raw: str) -> None:
        start = self.offset()
        if self.document.source.startswith(";", start + len(raw)):
            raw += ";"
        text = html.unescape(raw)
        if self.title is not None:
            self.title.append(text)
        elif self.skip:
            return
        elif text == raw:
            self.prose().add(raw, range(start, start + len(raw)))
        else:
            self.prose().add_at(text, start)

    def handle_comment(self, data: str) -> None:
        found = parse_directive(data, self.getpos()[0])
        if found is not None:
            self.document.directives.append(found)


def read_html(path: str, source: str) -> Document:
    """Read HTML: paragraphs, list items, headings, table cells, quotes and loose text."""
    document = Document(path, source, [])
    reader = _Reader(document)
    try:
        reader.feed(source)
        reader.close()
    except Exception as exc:  # the stdlib parser still asserts on a few malformed inputs
        document.warnings.append(f"HTML parser stopped early ({type(exc).__name__})")
    reader.flush()
    if document.title is None:
        document.title = reader.first_heading
    return document
