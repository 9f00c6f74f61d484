"""Rich text kept in front matter as a ProseMirror document (Statamic Bard, TipTap, Tiptap JSON).

Some CMSs keep a page's body in a front-matter key as ProseMirror's document model
(https://prosemirror.net/docs/guide/#doc): a list of block nodes (`type: paragraph`,
`heading`, `bulletList`, `blockquote` ...), each with a `content:` list, down to inline nodes
(`type: text` with its `text:`, `hardBreak`). What the reader sees as a link, bold or
superscript is not in the text but a MARK on the text node (`marks: [{type: link, attrs:
{href: ...}}]`), and one sentence is split into as many text nodes as its marks change.
Statamic's Bard stores the node list itself under the field; TipTap's JSON wraps it in
`{type: doc, content: [...]}`; both use the same node and mark schema (the names in camel case,
or ProseMirror's schema-basic names in snake case).

So a textblock is read as one block of its text nodes' text, each character at its place in
the file, and a link mark is a link on the characters it marks, as a Markdown or HTML link is
(documents/links.py then says whether it is a source). Text is literal: ProseMirror text holds
no markup. A node this module does not know (a Bard "set" of custom fields, an image) is handed
back to the caller, which reads its strings as any other front-matter value. A malformed node
(marks that are not a list, a link without an href, a text that is not a string) is read as
the plain text it still holds, or left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import yaml

from linter.documents.front_matter import is_string, scalar_offsets
from linter.documents.model import Block
from linter.documents.prose import BlockBuilder

# Node types of ProseMirror's schema-basic/schema-list (snake case) and TipTap/Bard (camel case).
_TEXTBLOCKS = frozenset({"paragraph", "heading"})
_LISTS = frozenset({"bulletList", "bullet_list", "orderedList", "ordered_list", "taskList"})
_ITEMS = frozenset({"listItem", "list_item", "taskItem"})
_QUOTES = frozenset({"blockquote"})
_TABLES = frozenset({"table"})
_ROWS = frozenset({"tableRow", "table_row"})
_CELLS = frozenset({"tableCell", "table_cell", "tableHeader", "table_header"})
_CODE = frozenset({"codeBlock", "code_block"})  # code, not prose
_RULES = frozenset({"horizontalRule", "horizontal_rule"})
_BREAKS = frozenset({"hardBreak", "hard_break"})
_CONTAINERS = _LISTS | _ITEMS | _QUOTES | _TABLES | _ROWS | _CELLS
_BLOCK_TYPES = _TEXTBLOCKS | _CONTAINERS | _CODE | _RULES
_SUPERSCRIPT = frozenset({"superscript", "sup"})
# Deeper nesting than this is no document an editor writes: left out, not recursed into.
_MAX_DEPTH = 40

Part = Block | yaml.Node  # a block read, or a node for the caller to read as before


def rich_document(node: yaml.Node) -> list[yaml.Node] | None:
    """The top-level nodes of a ProseMirror document, or None when `node` is not one.

    A document is TipTap's `{type: doc, content: [...]}` or Bard's bare list: every item a
    mapping with a `type`, one of them at least a block node (paragraph, heading, list, quote,
    table) whose `content` is a list holding a typed mapping. A page builder's sections
    (`- type: hero`) have no such content and are not read here.
    """
    if isinstance(node, yaml.MappingNode):
        if _type(node) != "doc":
            return None
        content = _field(node, "content")
        return _bare_document(content) if content is not None else None
    return _bare_document(node)


def _bare_document(node: yaml.Node) -> list[yaml.Node] | None:
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return None
    items = node.value
    if not all(isinstance(i, yaml.MappingNode) and _type(i) for i in items):
        return None
    if not any(_type(i) in _BLOCK_TYPES and _typed_content(i) for i in items):
        return None
    return list(items)


@dataclass
class _Place:
    """Where a block sits: its kind and list, depth and row (see Block)."""

    kind: str = "paragraph"
    list_id: int | None = None
    depth: int = 0
    row: int | None = None


@dataclass
class RichReader:
    """Reads ProseMirror nodes into blocks at their file offsets, in the document's order."""

    line_starts: Sequence[int]
    first: int  # the file line of the front matter's first line
    # The ids of the nodes read, shared with the caller's walk of the front matter: an alias
    # is read once, so `[*t, *t, ...]` of a long text costs its length, not length x aliases.
    seen: set[int]
    parts: list[Part] = field(default_factory=list)
    lists: int = 0
    rows: int = 0
    after_break: bool = False

    def read(self, nodes: list[yaml.Node], place: _Place | None = None, depth: int = 0) -> None:
        """Read `nodes` (block nodes) in order into `parts`."""
        for node in nodes:
            if depth > _MAX_DEPTH or id(node) in self.seen:
                continue
            self._node(node, place or _Place(), depth)

    def _node(self, node: yaml.Node, place: _Place, depth: int) -> None:
        kind = _type(node)
        if kind not in _BLOCK_TYPES and kind != "text":
            self.parts.append(node)  # a Bard set, an image: the caller reads (and marks) it
            return
        self.seen.add(id(node))
        children = _content(node)
        if kind in _TEXTBLOCKS:
            own = "heading" if kind == "heading" else place.kind
            self._textblock(children, _Place(own, place.list_id, place.depth, place.row))
        elif kind in _LISTS:
            self.lists += 1
            inner = _Place("list_item", self.lists, place.depth + 1, place.row)
            self.read(children, inner, depth + 1)
        elif kind in _QUOTES:
            self.read(children, _Place("blockquote", None, place.depth, place.row), depth + 1)
        elif kind in _ROWS:
            self.rows += 1
            self.read(children, _Place("table_cell", None, place.depth, self.rows), depth + 1)
        elif kind in _ITEMS or kind in _TABLES or kind in _CELLS:
            self.read(children, place, depth + 1)
        elif kind in _RULES:
            self.after_break = True

    def _textblock(self, inline: list[yaml.Node], place: _Place) -> None:
        builder = BlockBuilder()
        link: str | None = None
        sup = False
        for node in inline:
            kind = _type(node)
            if kind in _BREAKS:
                builder.add_at("\n", self._space_before(node))
                continue
            text = _field(node, "text")
            if kind != "text" or not is_string(text) or id(text) in self.seen:
                continue  # not a string (`text: null`), or read already (an alias): once only
            self.seen.add(id(text))
            value = str(text.value)
            places = scalar_offsets(text, value, self.line_starts, self.first)
            if places is None or len(places) != len(value):
                continue
            href, superscript = _marks(node)
            if link is not None and href != link:
                builder.close_link()
                link = None
            if sup and not superscript:
                builder.close_sup()
                sup = False
            if superscript and not sup:
                builder.open_sup()
                sup = True
            if href is not None and link is None:
                builder.open_link(href)
                link = href
            builder.add(value, places)
        if link is not None:
            builder.close_link()
        if sup:
            builder.close_sup()
        if not len(builder):
            return
        block = builder.build(place.kind, place.list_id, place.depth, place.row, self.after_break)
        if block is not None:
            self.parts.append(replace(block, source_lines=False))
            self.after_break = False

    def _space_before(self, node: yaml.Node) -> int:
        """The file offset of a white space for a hard break (it has no text): the space or
        line end before the node, else the first space inside it (`[...,{type: hardBreak}]`),
        else the node's first character (JSON's `{"type":"hardBreak"}` has no space)."""
        mark = node.start_mark
        index = min(self.first + mark.line, len(self.line_starts) - 1)
        start = self.line_starts[index]
        if mark.column == 0:
            return max(start - 1, 0)
        buffer = str(mark.buffer or "")
        if buffer[mark.pointer - 1 : mark.pointer].isspace():
            return start + mark.column - 1
        # The first white space inside is on the node's first line (a line end is one).
        span = buffer[mark.pointer : node.end_mark.pointer]
        return start + mark.column + next((i for i, c in enumerate(span) if c.isspace()), 0)


def _marks(node: yaml.Node) -> tuple[str | None, bool]:
    """(the href of a link mark, whether a superscript mark) of a text node; malformed marks
    (not a list, a mark not a mapping, a link without a string href) are no marks."""
    marks = _field(node, "marks")
    href, superscript = None, False
    if not isinstance(marks, yaml.SequenceNode):
        return href, superscript
    for mark in marks.value:
        kind = _type(mark)
        if kind in _SUPERSCRIPT:
            superscript = True
        elif kind == "link":
            target = _field(_field(mark, "attrs"), "href")
            if isinstance(target, yaml.ScalarNode) and str(target.value).strip():
                href = str(target.value).strip()
    return href, superscript


def _field(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value if isinstance(value, yaml.Node) else None
    return None


def _type(node: yaml.Node) -> str:
    found = _field(node, "type")
    return str(found.value) if isinstance(found, yaml.ScalarNode) else ""


def _content(node: yaml.Node) -> list[yaml.Node]:
    found = _field(node, "content")
    return list(found.value) if isinstance(found, yaml.SequenceNode) else []


def _typed_content(node: yaml.Node) -> bool:
    children = _content(node)
    return any(isinstance(c, yaml.MappingNode) and _type(c) for c in children)
