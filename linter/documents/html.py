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
# fmt: off
# Elements whose start or end ends the prose before them (text directly inside is a block).
_BREAKS = frozenset({
    "address", "article", "aside", "body", "center", "details", "dialog", "div", "dl",
    "fieldset", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main", "menu",
    "nav", "ol", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
_SKIP = frozenset({
    "code", "head", "iframe", "kbd", "math", "noscript", "object", "pre", "samp", "script",
    "select", "style", "svg", "template", "textarea",
})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# fmt: on
# An open element that a new start tag closes implicitly, unless a scope element intervenes.
_IMPLIED = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "dd": ({"dd", "dt"}, {"dl"}),
    "dt": ({"dd", "dt"}, {"dl"}),
}
# How far up the open elements an end tag is matched; deeper is hostile, not prose.
_DEPTH = 256
_TAG_START_RE = re.compile(r"<[A-Za-z!/?]")
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

    def _pos(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _prose(self) -> BlockBuilder:
        if self.builder is None:
            self.builder = BlockBuilder()
            kinds = (_KINDS[t] for t in reversed(self.stack[-_DEPTH:]) if t in _KINDS and t != "p")
            self.kind = next(kinds, "paragraph")
        return self.builder

    def _flush(self) -> None:
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
                self.builder.add_at("\n", self._pos())
            elif tag == "hr":
                self._flush()
            return
        if tag in _KINDS or tag in _BREAKS:
            if "p" in self.stack[-4:]:
                self._pop_to("p")
            closes, scope = _IMPLIED.get(tag, ((), ()))
            for open_tag in reversed(self.stack[-_DEPTH:] if closes else ()):
                if open_tag in scope:
                    break
                if open_tag in closes:
                    self._pop_to(open_tag)
                    break
            self._flush()
        self.stack.append(tag)
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title" and self.document.title is None and "svg" not in self.stack:
            self.title = []
        elif tag == "a" and not self.skip:
            self._prose().open_link(dict(attrs).get("href") or "")
        elif tag == "sup" and not self.skip:
            self._prose().open_sup()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack[-_DEPTH:]:
            self._pop_to(tag)

    def _pop_to(self, tag: str) -> None:
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
                self._flush()
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        elif not self.skip and (self.builder is not None or not data.isspace()):
            start = self._pos()
            self._prose().add(data.translate(_WHITESPACE), range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")

    def _reference(self, raw: str) -> None:
        start = self._pos()
        if self.document.source.startswith(";", start + len(raw)):
            raw += ";"
        text = html.unescape(raw)
        if self.title is not None:
            self.title.append(text)
        elif self.skip:
            return
        elif text == raw:
            self._prose().add(raw, range(start, start + len(raw)))
        else:
            self._prose().add_at(text, start)

    def handle_comment(self, data: str) -> None:
        found = parse_directive(data, self.getpos()[0])
        if found is not None:
            self.document.directives.append(found)


def read_html(path: str, source: str) -> Document:
    """Read HTML: paragraphs, list items, headings, table cells, quotes and loose text."""
    document = Document(path, source, [])
    reader = _Reader(document)
    end = _parse_end(source)
    if end < len(source):
        line = document.position(end)[0]
        document.warnings.append(f"unclosed tag or comment at line {line}; the rest is not read")
    try:
        reader.feed(source[:end])
        reader.close()
    except Exception as exc:  # the stdlib parser still asserts on a few malformed inputs
        document.warnings.append(f"HTML parser stopped early ({type(exc).__name__})")
    reader._flush()
    if document.title is None:
        document.title = reader.first_heading
    return document


def _parse_end(source: str) -> int:
    """Where an unclosed comment or tag begins that runs to the end of the file, if any.

    html.parser rescans such a tail to the end of the input at every "<" (quadratic time);
    browsers do not show it either, so it is not read.
    """
    end = len(source)
    last_close = source.rfind("-->")
    unclosed = source.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if unclosed >= 0:
        end = unclosed
    tag = _TAG_START_RE.search(source, source.rfind(">") + 1)
    return min(end, tag.start()) if tag else end
