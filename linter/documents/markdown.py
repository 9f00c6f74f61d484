"""The Markdown reader: CommonMark blocks (markdown-it-py) to prose with exact source offsets."""

from __future__ import annotations

import functools
import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from linter.documents.markdown_inline import content_map, inline_prose, track_positions
from linter.documents.model import Document
from linter.documents.plaintext import read_text
from linter.documents.prose import BlockBuilder, comments, parse_directive

# The line breaks markdown-it itself recognises (not \v, \f or U+2028).
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_CONTAINERS = {
    "blockquote_open": "blockquote",
    "list_item_open": "list_item",
    "footnote_reference_open": "footnote",
}
_CONTAINER_CLOSE = {"blockquote_close", "list_item_close", "footnote_reference_close"}
_LIST_OPEN = {"bullet_list_open", "ordered_list_open"}
_LIST_CLOSE = {"bullet_list_close", "ordered_list_close"}


@functools.cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    md.use(footnote_plugin, inline=False, move_to_end=False)
    track_positions(md)
    return md


class _Lines:
    """The source's lines (without their line breaks) and where each starts and ends."""

    def __init__(self, source: str) -> None:
        self.starts = [0]
        self.newlines: list[int] = []
        ends = []
        for match in _NEWLINE_RE.finditer(source):
            ends.append(match.start())
            self.newlines.append(match.end() - 1)
            self.starts.append(match.end())
        ends.append(len(source))
        self.newlines.append(len(source))
        # The parser sees U+FFFD where the source has NUL; so must the line matching.
        text = source.replace("\0", "\ufffd") if "\0" in source else source
        self.texts = [text[s:e] for s, e in zip(self.starts, ends, strict=True)]


def read_markdown(path: str, source: str) -> Document:
    """Read Markdown (CommonMark, GFM tables and strikethrough, footnotes, front matter)."""
    try:
        tokens = _parser().parse(source)
    except Exception as exc:  # hostile input may break the parser (recursion)
        document = read_text(path, source)
        document.warnings.append(f"Markdown parser failed ({type(exc).__name__}); read as text")
        return document
    document = Document(path, source, [])
    lines = _Lines(source)
    containers: list[str] = []
    lists: list[int] = []  # the open lists, innermost last
    made_lists = rows = 0
    row: int | None = None
    after_break = False
    kind, mode, cursor = "paragraph", "tail", 0
    first_heading = None
    for token in tokens:
        ttype = token.type
        if ttype in _LIST_OPEN:
            made_lists += 1
            lists.append(made_lists)
        elif ttype in _LIST_CLOSE and lists:
            lists.pop()
        elif ttype in _CONTAINERS:
            containers.append(_CONTAINERS[ttype])
        elif ttype in _CONTAINER_CLOSE and containers:
            containers.pop()
        elif ttype == "heading_open":
            kind, mode = "heading", "heading" if token.markup.startswith("#") else "tail"
        elif ttype == "paragraph_open":
            kind, mode = (containers[-1] if containers else "paragraph"), "tail"
        elif ttype in ("th_open", "td_open"):
            kind, mode = "table_cell", "cell"
        elif ttype == "tr_open":
            cursor = 0
            rows += 1
            row = rows
        elif ttype == "table_close":
            row = None
        elif ttype == "hr":
            after_break = True
        elif ttype == "inline" and token.map:
            cmap, cursor = content_map(
                token.content, lines.texts, lines.starts, lines.newlines, token.map, mode, cursor
            )
            builder = BlockBuilder()
            inline_prose(token, cmap, builder, document)
            del cmap  # a huge paragraph's map is not needed once its prose is built
            in_list = kind == "list_item" and bool(lists)
            block = builder.build(
                kind,
                list_id=lists[-1] if in_list else None,
                depth=len(lists),
                row=row if kind == "table_cell" else None,
                after_break=after_break,
            )
            if block is not None:
                after_break = False
                document.blocks.append(block)
                if kind == "heading" and first_heading is None:
                    first_heading = block.text
        elif ttype == "html_block" and token.map:
            _block_directives(token, lines.starts[token.map[0]], document)
        elif ttype == "front_matter":
            _front_matter(token, document)
    title = (document.front_matter or {}).get("title")
    document.title = (str(title).strip() if title is not None else "") or first_heading
    return document


def _block_directives(token: Token, start: int, document: Document) -> None:
    content = token.content
    line, counted = document.position(start)[0], 0
    for at, comment in comments(content):
        line += content.count("\n", counted, at)
        counted = at
        found = parse_directive(comment, line)
        if found is not None:
            document.directives.append(found)


def _front_matter(token: Token, document: Document) -> None:
    try:
        data = yaml.safe_load(token.content)
    except Exception as exc:  # YAMLError, or RecursionError on deep nesting
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        document.warnings.append(f"front matter is not valid YAML{where}: {problem}")
        return
    if isinstance(data, dict):
        document.front_matter = data
    elif data is not None:
        document.warnings.append("front matter is not a mapping; ignored")
