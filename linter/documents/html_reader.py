"""The page reader: an HTMLParser that walks the page once and builds its prose blocks, skipping
what a reader does not read as the article (hidden elements, furniture, scripts). Separate from
html.py, which decides how strictly to read a page and reads it again when too strict."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from linter.documents import html_tags
from linter.documents.html_boxes import Boxes
from linter.documents.html_furniture import (
    column_candidate,
    content_column,
    furniture_of,
    post_marker,
)
from linter.documents.html_meta import description_block
from linter.documents.html_tags import _BREAKS, _DEPTH, _IMPLIED, _KINDS, _SKIP, _VOID, _WHITESPACE
from linter.documents.model import Block, Document
from linter.documents.prose import BlockBuilder, parse_directive
from linter.documents.templates import CITATION_COMMENT, markup_free_from
from linter.documents.vocabulary import PageVocabulary, vocabulary


class HtmlReader(HTMLParser):
    """Walks a page once, appending its prose blocks (html.py; markdown_html.py's HTML blocks)."""

    def __init__(
        self,
        document: Document,
        main_only: bool,
        by_class: bool,
        line_starts: list[int] | None = None,
    ) -> None:
        super().__init__(convert_charrefs=False)
        self.document = document
        # Line starts in the document: markdown_html.py feeds each HTML block with its own.
        if line_starts is None:
            line_starts = [0] + [m.end() for m in re.finditer("\n", document.source)]
        self.line_starts = line_starts
        self.stack: list[str] = []
        self.skip = 0
        self.builder: BlockBuilder | None = None
        self.kind = "paragraph"
        self.title: list[str] | None = None
        self.title_prose: BlockBuilder | None = None  # the <title>, as a block with offsets
        self.summary: list[Block] = []  # the <title>
        self.descriptions: list[Block] = []  # <meta name="description">: html.py reads it
        self.first_heading: str | None = None
        self.words: PageVocabulary = vocabulary()
        self.main_only = main_only  # the page marks its main content: read only that
        self.by_class = by_class  # leave out elements whose class or id names furniture
        # Stack positions of the open main-content elements, and of the open furniture
        # elements with whether each is furniture by its class or id only.
        self.mains: list[int] = []
        self.furniture: list[tuple[int, bool]] = []
        # Stack positions where main elements began, the open asides read on trial as a column
        # (with the blocks and typed forms before each), and the blocks read in them.
        self.main_depths: set[int] = set()
        self.columns: list[tuple[int, int, int]] = []
        self.column_blocks: list[int] = []
        self.lists: list[tuple[int, int]] = []  # (stack position, list id) of open lists
        # (stack position, href) of the open links: a link around blocks (a card whose title
        # and excerpt are one <a>, as HTML5 allows) links each block it holds.
        self.anchors: list[tuple[int, str]] = []
        self.boxes = Boxes()  # a form's pitch, links under a furniture heading (html_boxes.py)
        self.made_lists = self.made_rows = self.block_depth = 0
        self.row: int | None = None
        self.block_list: int | None = None
        self.left_out = 0  # characters of text left out as furniture
        self.after_break = False

    def _hidden(self) -> bool:
        """Whether text here is not the article: outside the main content, or in furniture.
        Furniture by class alone does not hide a main-content element inside it (a wrapper whose
        class names a sidebar cannot hold the article) unless a main element is open outside it
        too: an <article> in the article's "related" or "comments" block is a teaser or a comment
        (WHATWG HTML, the article element: "a user-submitted comment ..."), not the article."""
        if self.main_only and not self.mains and not self.columns:
            return True
        inner_main = self.mains[-1] if self.mains else -1
        outer_main = self.mains[0] if self.mains else -1
        return any(
            not by_class or at > inner_main or outer_main < at for at, by_class in self.furniture
        )

    def _furniture(self, tag: str, attributes: dict[str, str | None]) -> tuple[bool, bool]:
        """(furniture, by class or id only) for an element that starts here; an <aside> that
        may be a column of the page is read on trial instead (html_furniture.py)."""
        found = furniture_of(self.words, tag, attributes, self.stack, self.by_class)
        placed = not self.main_only or bool(self.mains) or len(self.stack) in self.main_depths
        if found[0] and column_candidate(self.words, tag, attributes, self.furniture, placed):
            self.columns.append((len(self.stack), len(self.document.blocks), self.boxes.forms))
            return False, False
        return found

    def _pos(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _prose(self) -> BlockBuilder:
        if self.builder is None:
            self.builder = BlockBuilder()
            kinds = (_KINDS[t] for t in reversed(self.stack[-_DEPTH:]) if t in _KINDS and t != "p")
            self.kind = next(kinds, "paragraph")
            self.block_depth = len(self.lists)
            self.block_list = self.lists[-1][1] if self.lists and self.kind == "list_item" else None
            for _, href in self.anchors:
                self.builder.open_link(href)
        return self.builder

    def _flush(self) -> None:
        if self.builder is not None:
            for _ in self.anchors:  # a block ends inside a link: its text so far is linked
                self.builder.close_link()
            block = self.builder.build(
                self.kind,
                list_id=self.block_list,
                depth=self.block_depth,
                row=self.row if self.kind == "table_cell" else None,
                after_break=self.after_break,
            )
            self.builder = None
            if block is not None:
                self.after_break = False
                self.document.blocks.append(block)
                if self.columns:
                    self.column_blocks.append(len(self.document.blocks) - 1)
                if block.kind == "heading" and self.first_heading is None and not self.columns:
                    self.first_heading = block.text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stack[-1:] == ["head"] and tag not in html_tags.HEAD_CONTENT:
            self._pop_to("head")  # a head left open ends here (HTML's "in head" mode)
        if tag in _VOID:
            if tag == "meta" and "svg" not in self.stack:
                self._description(attrs)
            elif tag == "input":
                self.boxes.field(tag, dict(attrs).get("type"))
            elif tag == "br" and self.builder is not None and not self.skip:
                self.builder.add_at("\n", self._pos())
            elif tag == "hr":
                self._flush()
                self.after_break = True
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
        attributes = dict(attrs)
        if tag == "form" and not self._hidden():  # a form inside furniture has no box to find
            self.boxes.form(len(self.stack))
        furniture, by_class = self._furniture(tag, attributes)
        if furniture:
            self.furniture.append((len(self.stack), by_class))
        role = (attributes.get("role") or "").lower().split()
        if (
            tag in self.words.main_elements
            or (role and role[0] in self.words.main_roles)
            or (
                post_marker(tag, self.furniture, self.main_only)
                and self.words.names_post(attributes)
            )
        ):
            self.mains.append(len(self.stack))
            self.main_depths.add(len(self.stack))
        if tag in ("ul", "ol", "menu"):
            self.made_lists += 1
            self.lists.append((len(self.stack), self.made_lists))
        elif tag == "tr":
            self.made_rows += 1
            self.row = self.made_rows
        elif tag == "textarea":
            self.boxes.field(tag, None)
        self.stack.append(tag)
        self.boxes.opened(len(self.document.blocks))
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title" and self.document.title is None and "svg" not in self.stack:
            self.title = []
            self.title_prose = BlockBuilder()
        elif tag == "a" and not self.skip and not self._hidden():
            self._prose().open_link(attributes.get("href") or "")
            self.anchors.append((len(self.stack) - 1, attributes.get("href") or ""))
        elif tag == "sup" and not self.skip and not self._hidden():
            self._prose().open_sup()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack[-_DEPTH:]:
            self._pop_to(tag)

    def _pop_to(self, tag: str) -> None:
        """Pop open elements up to and including the last `tag`."""
        while self.stack:
            open_tag = self.stack.pop()
            at = len(self.stack)
            if self.furniture and self.furniture[-1][0] == at:
                self.furniture.pop()
            main = bool(self.mains) and self.mains[-1] == at
            if main:
                self.mains.pop()
            if self.lists and self.lists[-1][0] == at:
                self.lists.pop()
            if self.anchors and self.anchors[-1][0] == at:
                self.anchors.pop()
            if open_tag == "table":
                self.row = None
            if open_tag in _SKIP:
                self.skip -= 1
            elif open_tag == "title" and self.title is not None:
                self.document.title = " ".join("".join(self.title).split()) or None
                self.title = None
                block = self.title_prose.build("heading") if self.title_prose else None
                self.title_prose = None
                if block is not None:
                    self.summary.append(block)
            elif open_tag == "a" and self.builder is not None and not self.skip:
                self.builder.close_link()
            elif open_tag == "sup" and self.builder is not None and not self.skip:
                self.builder.close_sup()
            elif open_tag in _KINDS or open_tag in _BREAKS:
                self._flush()
            self._form_box(at, main or open_tag in ("html", "body"))
            if self.columns and self.columns[-1][0] == at:
                self._column(*self.columns.pop()[1:])
            if open_tag == tag:
                return

    def _form_box(self, at: int, never: bool) -> None:
        """Leave out the blocks of a box of furniture that ends here (html_boxes.py)."""
        start = self.boxes.closed(at, self.document.blocks, never)
        if start is not None:
            self.left_out += sum(len(block.text) for block in self.document.blocks[start:])
            del self.document.blocks[start:]

    def _column(self, start: int, forms: int) -> None:
        """An aside on trial ends: its blocks stay only in a column with no typed form in it."""
        blocks, own = self.document.blocks, [i for i in self.column_blocks if i >= start]
        del self.column_blocks[len(self.column_blocks) - len(own) :]
        if self.boxes.forms > forms or not content_column(blocks[start:]):  # a sign-up box
            for i in reversed([i for i in own if i < len(blocks)]):
                self.left_out += len(blocks[i].text)
                del blocks[i]

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
            if self.title_prose is not None:
                start = self._pos()
                self.title_prose.add(data.translate(_WHITESPACE), range(start, start + len(data)))
        elif self.skip:
            return
        elif self._hidden():
            self.left_out += len(data.strip())
        elif self.builder is not None or not data.isspace():
            text, offsets = markup_free_from(data, self._pos(), self.document.source)
            self._prose().add(text.translate(_WHITESPACE), offsets)

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
            if self.title_prose is not None:
                self.title_prose.add_at(text, start)
        elif self.skip or self._hidden():
            return
        elif text == raw:
            self._prose().add(raw, range(start, start + len(raw)))
        else:
            self._prose().add_at(text, start)

    def _description(self, attrs: list[tuple[str, str | None]]) -> None:
        """`<meta name="description" content="...">`: the content, at its place in the file."""
        block = description_block(attrs, self.get_starttag_text() or "", self._pos())
        self.descriptions += [block] if block is not None else []

    def handle_comment(self, data: str) -> None:
        if data.startswith(CITATION_COMMENT) and self.builder and not self._hidden():
            self.builder.attach("marker", "citation tag")  # templates.py: a citation tag
        found = parse_directive(data, self.getpos()[0])
        if found is not None:
            self.document.directives.append(found)
