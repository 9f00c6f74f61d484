"""The Markdown reader: CommonMark blocks (markdown-it-py) to prose with exact source offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from linter.documents.callouts import callouts_plugin
from linter.documents.front_matter import front_matter_blocks, read_front_matter
from linter.documents.front_matter_content import page_text_blocks
from linter.documents.indented_html import html_bodied, in_page_html, shows_code
from linter.documents.markdown_html import HtmlBlockReader, html_prose
from linter.documents.markdown_inline import content_map, inline_prose, track_positions
from linter.documents.mdx import directive_comments
from linter.documents.model import Block, Document
from linter.documents.plaintext import read_text
from linter.documents.prose import BlockBuilder, comments, parse_directive
from linter.documents.source_lines import SourceLines
from linter.documents.static_sites import parse_failure, static_site_plugin
from linter.documents.summary_repeats import without_repeats
from linter.documents.templates import blank_templates
from linter.documents.toml_front_matter import blank_front_matter_block
from linter.documents.wikilinks import wikilinks_plugin

_CONTAINERS = {
    "blockquote_open": "blockquote",
    "list_item_open": "list_item",
    "footnote_reference_open": "footnote",
}
_CONTAINER_CLOSE = {"blockquote_close", "list_item_close", "footnote_reference_close"}
_LIST_OPEN = {"bullet_list_open", "ordered_list_open"}
_LIST_CLOSE = {"bullet_list_close", "ordered_list_close"}


@functools.cache
def _parser(mdx: bool = False) -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    if mdx:
        md.disable("code")  # MDX has no indented code: indented text in a component is prose
    md.use(front_matter_plugin)
    md.use(footnote_plugin, inline=True, move_to_end=False)  # Pandoc's ^[inline notes] too
    md.use(wikilinks_plugin)  # Obsidian's, Foam's and Quartz's [[Page|text]]
    md.use(callouts_plugin)  # GitHub's > [!NOTE] alerts, Obsidian's > [!tip] Title callouts
    md.use(static_site_plugin)  # MkDocs' !!! boxes, ::: boxes, {: .class} and {#id} attributes
    track_positions(md)
    return md


def read_markdown(path: str, source: str) -> Document:
    """Read Markdown (CommonMark, GFM tables and strikethrough, footnotes, front matter).

    A long file is parsed in pieces (see `_pieces`), so that markdown-it's tokens, some 2 kB
    a paragraph, are held for one piece at a time rather than for the whole file.
    """
    document = Document(path, source, [])
    # Hugo's +++ (or JSON) block first, read as written: a shortcode's form ("[author_info]",
    # a table) or an MDX brace (an inline table) in it is settings, not markup to blank.
    source, document.front_matter, toml_problem = blank_front_matter_block(source)
    document.warnings += [toml_problem] if toml_problem else []
    mdx = path.lower().endswith(".mdx")
    if mdx or "{/*" in source:  # MDX markup (JSX, import/export, {...}) or its comments: spaces
        source, found = directive_comments(source, mdx, document.position)
        document.directives += found
    source = blank_templates(source, markdown=True)  # Liquid, Hugo, Blade tags: markup
    lines = SourceLines(source)
    state = _State()
    total = len(lines.texts)
    try:
        bounds, first, index, reach = _cuts(lines.texts), 0, 0, 1
        while first < total:
            end = bounds[index]
            stop = lines.starts[end] if end < total else len(source)
            piece = source if first == 0 and end == total else source[lines.starts[first] : stop]
            tokens = (_parser(mdx=True) if mdx else _parser()).parse(piece)
            if end < total and any(
                t.level == 0 and t.map and t.map[1] >= end - first for t in tokens
            ):  # a block runs past the cut: a longer piece, doubling (a file-long ::: box: log n)
                index, reach = min(index + reach, len(bounds) - 1), reach * 2
                continue
            index, reach = index + 1, 1
            # Indented HTML is read as the page's (indented_html.py) when the whole file, one
            # piece, shows no code.
            state.indented_html = first == 0 and end == total and not shows_code(tokens)
            _read_tokens(tokens, first, lines, document, state)
            del tokens
            first = end
    except Exception as exc:  # hostile input may break the parser (recursion, nesting)
        document = read_text(path, document.source)
        document.warnings.append(parse_failure(exc, first))
        return document
    if state.front_matter is not None:
        # A page builder's page, or FAQs, takeaways, a summary or a lead around the body
        document.blocks = page_text_blocks(
            state.front_matter, source, lines.starts, _value_blocks, document
        )
    document.blocks[:0] = without_repeats(state.summary, document.blocks)
    title = (document.front_matter or {}).get("title")
    document.title = (str(title).strip() if title is not None else "") or state.first_heading
    return document


class _State:
    """What reading the tokens carries from one token (and one piece) to the next."""

    def __init__(self) -> None:
        self.containers: list[str] = []
        self.kind, self.mode, self.cursor = "paragraph", "tail", 0
        self.first_heading: str | None = None
        self.lists: list[int] = []  # the open lists, innermost last
        self.made_lists = self.rows = 0
        self.row: int | None = None  # the table row being read
        self.after_break = False  # a thematic break (---) since the last block
        self.summary: list[Block] = []  # the front matter's title and description
        self.front_matter: Token | None = None
        self.html: HtmlBlockReader | None = None  # made at the file's first HTML block
        self.indented_html = False  # an indented block of HTML is the page's markup
        self.prose = False  # a Markdown paragraph, heading or item was read


def _read_tokens(
    tokens: list[Token], shift: int, lines: SourceLines, document: Document, state: _State
) -> None:
    """Turn one piece's tokens into blocks; its line numbers start at line `shift`."""
    containers = state.containers
    for token in tokens:
        ttype = token.type
        if shift and token.map:
            token.map = [token.map[0] + shift, token.map[1] + shift]
        if ttype in _LIST_OPEN:
            state.made_lists += 1
            state.lists.append(state.made_lists)
        elif ttype in _LIST_CLOSE and state.lists:
            state.lists.pop()
        elif ttype in _CONTAINERS:
            containers.append(_CONTAINERS[ttype])
        elif ttype in _CONTAINER_CLOSE and containers:
            containers.pop()
        elif ttype == "heading_open":
            state.kind = "heading"
            state.mode = "heading" if token.markup.startswith("#") else "tail"
        elif ttype == "paragraph_open":
            state.kind, state.mode = (containers[-1] if containers else "paragraph"), "tail"
        elif ttype in ("th_open", "td_open"):
            state.kind, state.mode = "table_cell", "cell"
        elif ttype == "tr_open":
            state.cursor = 0
            state.rows += 1
            state.row = state.rows
        elif ttype == "table_close":
            state.row = None
        elif ttype == "hr":
            state.after_break = True
        elif ttype == "inline" and token.map:
            cmap, state.cursor = content_map(
                token.content,
                lines.texts,
                lines.starts,
                lines.newlines,
                token.map,
                state.mode,
                state.cursor,
            )
            builder = BlockBuilder()
            inline_prose(token, cmap, builder, document)
            del cmap  # a huge paragraph's map is not needed once its prose is built
            kind, lists = state.kind, state.lists
            block = builder.build(
                kind,
                list_id=lists[-1] if kind == "list_item" and lists else None,
                depth=len(lists),
                row=state.row if kind == "table_cell" else None,
                after_break=state.after_break,
            )
            if block is not None:
                state.after_break, state.prose = False, True
                document.blocks.append(block)
                if state.kind == "heading" and state.first_heading is None:
                    state.first_heading = block.text
        elif (ttype == "html_block" and token.map) or (
            ttype == "code_block"
            and token.map
            and state.indented_html
            and in_page_html(state.html.stack if state.html else [], state.prose)
            and html_bodied(token)
        ):
            _block_directives(token, lines.starts[token.map[0]], document)
            html_prose(token, lines.texts, lines.starts, document, state)
        elif ttype == "front_matter":
            read_front_matter(token, document)
            state.front_matter = token
            state.summary = front_matter_blocks(token, lines.starts, document.front_matter)


def _value_blocks(path: str, text: str) -> list[Block]:
    """A front-matter value's blocks, read as Markdown (plain text is a paragraph)."""
    return read_markdown(path, text).blocks


# A file of more lines than this is parsed in pieces of about this many lines.
PIECE_LINES = 20_000
# Where a piece may not begin: a line that could continue or belong to what came before it
# (indented, a list item, a quote, a table row, a definition) or be read otherwise alone.
_NOT_A_START = re.compile(r"[ \t>|\[\-+*=#]|\d{1,9}[.)]|<")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# HTML blocks that run across blank lines (CommonMark's types 1 to 5), and their ends.
_HTML_RUNS = (
    (re.compile(r" {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)", re.I),
     re.compile(r"</(?:script|pre|style|textarea)>", re.I)),
    (re.compile(r" {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r" {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r" {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r" {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
)  # fmt: skip
# A link reference or footnote definition serves the whole file: such a file is read whole.
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.M)


def _cuts(texts: Sequence[str]) -> list[int]:
    """Lines where a piece may end and the next begin, some PIECE_LINES apart, then the end.

    A cut is after a blank line, before an unindented line that starts a paragraph, and, as
    far as a scan of the lines can tell, outside fenced code, a multi-line HTML block and the
    front matter; the reader checks each with the parser too (no block of the piece may run
    to its end). A file with link reference or footnote definitions is one piece.
    """
    total = len(texts)
    if total <= PIECE_LINES or any(_DEFINITION.match(t) for t in texts):
        return [total]
    pieces, first = [], 0
    fence: str | None = None
    html_end: re.Pattern[str] | None = None
    i = 0
    if texts and texts[0].rstrip() == "---":  # front matter runs to its closing line
        i = 1
        while i < total and texts[i].rstrip() not in ("---", "..."):
            i += 1
    while i < total:
        text = texts[i]
        if fence is not None:
            match = _FENCE.match(text)
            run = match.group(1) if match else ""
            if run[:1] == fence[0] and len(run) >= len(fence) and match:
                fence = None if not text[match.end() :].strip() else fence
        elif html_end is not None:
            html_end = None if html_end.search(text) else html_end
        else:
            if (
                i - first >= PIECE_LINES
                and i > 0
                and not texts[i - 1].strip()
                and text.strip()
                and not _NOT_A_START.match(text)
            ):
                pieces.append(i)
                first = i
            match = _FENCE.match(text)
            if match and not (match.group(1)[0] == "`" and "`" in text[match.end() :]):
                fence = match.group(1)
            else:
                for start, end in _HTML_RUNS:
                    found = start.match(text)
                    if found and not end.search(text, found.end()):
                        html_end = end
                        break
        i += 1
    pieces.append(total)
    return pieces


def _block_directives(token: Token, start: int, document: Document) -> None:
    content = token.content
    line, counted = document.position(start)[0], 0
    for at, comment in comments(content):
        line += content.count("\n", counted, at)
        counted = at
        found = parse_directive(comment, line)
        if found is not None:
            document.directives.append(found)
