"""Exact positions for markdown-it inline tokens, and inline tokens turned into prose."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from html import unescape as html_unescape
from itertools import repeat
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from linter.documents.citation_components import MARKER_TARGET, CitationComponents
from linter.documents.model import Document
from linter.documents.prose import BlockBuilder, comments, parse_directive
from linter.documents.templates import CITATION_COMMENT, markup_free
from linter.documents.title_lines import title_break

_SUP_OPEN = re.compile(r"<sup\b[^>]*>\Z", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"</sup\s*>\Z", re.IGNORECASE)
_BR = re.compile(r"<br\b[^>]*>\Z", re.IGNORECASE)
_A_OPEN = re.compile(r"<a\b[^>]*>\Z", re.IGNORECASE)
_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_A_CLOSE = re.compile(r"</a\s*>\Z", re.IGNORECASE)


def track_positions(md: MarkdownIt) -> None:
    """Make md's inline parser record each token's [start, end) in its inline source.

    markdown-it tokens carry no character positions, so the tokenizer loop is replaced by
    one that notes, after each rule, which part of the source the new tokens came from.
    Joining rules would merge tokens and lose those spans, so they are switched off.
    """
    md.inline.tokenize = MethodType(_tokenize, md.inline)  # type: ignore[method-assign]
    md.core.ruler.disable("text_join", ignoreInvalid=True)
    md.inline.ruler2.disable("fragments_join", ignoreInvalid=True)


def _tokenize(self: ParserInline, state: StateInline) -> None:
    # The loop of ParserInline.tokenize, plus span bookkeeping.
    rules = self.ruler.getRules("")
    end = state.posMax
    max_nesting = state.md.options["maxNesting"]
    append = getattr(state, "append_pending", None)
    tokens = state.tokens
    pending_start = state.pos  # where the text now in state.pending began
    while state.pos < end:
        pos = state.pos
        count = len(tokens)
        ok = False
        if state.level < max_nesting:
            for rule in rules:
                if rule(state, False):
                    ok = True
                    break
        if ok:
            if state.pos <= pos:
                raise RuntimeError("inline rule didn't increment state.pos")
            added = len(tokens) - count
            if added == 1:
                tokens[count].meta["span"] = (pos, state.pos)
            elif added:
                _place(tokens, count, pos, state.pos, pending_start, state.src)
            if added:
                pending_start = state.pos
            if state.pos >= end:
                break
            continue
        if append is not None:
            append(state.src[pos])
        else:
            state.pending += state.src[pos]
        state.pos += 1
    if state.pending:
        token = state.pushPending()
        token.meta["span"] = (pending_start, pending_start + len(token.content))


def _place(tokens: list[Token], first: int, start: int, end: int, pending: int, src: str) -> None:
    """Spans for the tokens one rule added, which came from src[start:end]."""
    cursor = start
    for index in range(first, len(tokens)):
        token = tokens[index]
        meta = token.meta
        if "span" in meta:
            continue  # placed by a nested tokenize (a link's text)
        if token.type == "text" and index == first and pending < start:
            # Pushing a token first flushes the pending text: a literal run from `pending`.
            # (Only `newline` trims pending, and it pushes a break, not text.)
            meta["span"] = (pending, pending + len(token.content))
        elif token.type == "text" and token.content:
            # Emphasis delimiters: one token per marker run, in order.
            found = src.find(token.content, cursor, end)
            if found < 0:
                found = cursor
            meta["span"] = (found, found + len(token.content))
            cursor = found + len(token.content)
        else:
            meta["span"] = (start, end)


def content_map(
    content: str,
    lines: Sequence[str],
    starts: Sequence[int],
    newlines: Sequence[int],
    span: list[int],
    mode: str = "tail",
    cursor: int = 0,
) -> tuple[array[int], int]:
    """Source offset of every character of an inline token's content, plus one past the end.

    `span` is the token's [first, last) source lines. Each content line is the tail of its
    source line once container prefixes ("> ", list indentation) and leading blanks are gone;
    a heading's content follows its "#" run and a table cell's follows `cursor`, the end of
    the previous cell. A line that does not match verbatim is aligned character by
    character. Returns the map and the new cursor.
    """
    cmap: array[int] = array("i")  # a list of ints costs ~36 bytes a character, this 4
    pieces = content.split("\n")
    number = min(span[0], len(lines) - 1)
    # The parser trims whitespace it does not treat as blank (U+2028) off whole lines, so
    # a paragraph can have fewer content lines than source lines; those are skipped.
    spare = max(span[1] - span[0] - len(pieces), 0)
    for j, piece in enumerate(pieces):
        body = piece.lstrip(" \t")
        col = _locate(body, lines[number], mode, cursor)
        while col < 0 and spare and number + 1 < len(lines):
            spare -= 1
            number += 1
            col = _locate(body, lines[number], mode, cursor)
        line, base = lines[number], starts[number]
        if col < 0:
            mapped, cursor = _greedy(piece, line, base, cursor if mode == "cell" else 0)
            cmap.extend(mapped)
        else:
            cmap.extend(repeat(base + col, len(piece) - len(body)))
            cmap.extend(range(base + col, base + col + len(body)))
            cursor = col + len(body)
        if mode == "cell":
            cursor = _after_cell(line, cursor)
        if j < len(pieces) - 1:
            cmap.append(newlines[number])
            number = min(number + 1, len(lines) - 1)
    cmap.append(cmap[-1] + 1 if cmap else starts[number])
    return cmap, cursor


def _locate(body: str, line: str, mode: str, cursor: int) -> int:
    """Column of a content line's body in its source line, or -1."""
    if not body:
        return len(line)
    if mode == "heading":
        hashes = line.find("#")
        return line.find(body, len(line) - len(line[hashes:].lstrip("#")) if hashes >= 0 else 0)
    if mode == "cell":
        return line.find(body, cursor)
    return line.rfind(body)


def _after_cell(line: str, pos: int) -> int:
    # Step over the blanks and the "|" that end a table cell.
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos + 1 if pos < len(line) and line[pos] == "|" else pos


def _greedy(piece: str, line: str, base: int, cursor: int) -> tuple[list[int], int]:
    # Fallback for content that is not a verbatim substring (escaped "\|" in a table cell,
    # a partly expanded tab): each character maps to its next occurrence in the line.
    out = []
    pos = cursor
    for char in piece:
        found = line.find(char, pos)
        if found < 0:
            out.append(base + min(pos, max(len(line) - 1, 0)))
        else:
            out.append(base + found)
            pos = found + 1
    return out, pos


def inline_prose(
    inline: Token, content_map: array[int], builder: BlockBuilder, document: Document
) -> None:
    """Append the prose of an inline token's children to builder, directives to document."""
    src = inline.content
    # Slices of a view are not copies: a huge paragraph stays one map.
    cmap: Sequence[int] = memoryview(content_map)
    skip = 0  # inside an autolink, whose text is a URL, not prose
    widest = -1  # the paragraph's widest line, measured at its first soft break
    components = CitationComponents()  # a citation component wraps words of this paragraph
    for token in inline.children or ():
        kind = token.type
        start, end = token.meta.get("span", (0, 0))
        if kind == "link_open":
            href = token.attrGet("href") or ""
            if token.markup == "autolink":
                skip += 1
                builder.attach("url", str(href))
            else:
                builder.open_link(str(href))
        elif kind == "link_close":
            if token.markup == "autolink":
                skip = max(skip - 1, 0)
            else:
                builder.close_link()
        elif skip:
            continue
        elif kind == "text":
            text = token.content
            if text and src.startswith(text, start):
                builder.add(*markup_free(text, cmap[start : start + len(text)], document.source))
            elif text:
                builder.add_at(text, cmap[start])
        elif kind == "text_special":
            text = token.content
            if src.startswith(text, start):
                builder.add(text, cmap[start : start + len(text)])
            elif token.info == "escape":
                builder.add(text, cmap[start + 1 : start + 1 + len(text)])
            else:
                builder.add_at(text, cmap[start])
        elif kind == "softbreak":
            # A short title line above a sentence keeps its break, a wrap does not
            # (title_lines.py); the paragraph's widest line is measured once.
            if widest < 0:
                widest = max(len(line.rstrip()) for line in src.split("\n"))
            line_start = src.rfind("\n", 0, start) + 1
            line = src[line_start:start]
            previous = src[src.rfind("\n", 0, line_start - 1) + 1 : line_start - 1] or None
            next_break = src.find("\n", end)
            after = src[end : next_break if next_break >= 0 else len(src)]
            title = title_break(line, after, widest, previous if line_start else None)
            builder.add_at("\n" if title else " ", cmap[start])
        elif kind == "hardbreak":
            newline = src.find("\n", start, end)
            builder.add_at("\n", cmap[newline if newline >= 0 else start])
        elif kind == "footnote_ref":
            builder.attach("footnote", str(token.meta.get("label", "")))
        elif kind == "html_inline":
            if components.closes_citation(token.content) and builder.has_words():
                builder.attach("marker", MARKER_TARGET)
            _inline_html(token.content, cmap[start], builder, document)


def _inline_html(html: str, offset: int, builder: BlockBuilder, document: Document) -> None:
    if html.startswith("<!--" + CITATION_COMMENT):
        if builder.has_words():  # a citation tag renders a reference after words only
            builder.attach("marker", "citation tag")
    elif html.startswith("<!--"):
        for _, comment in comments(html):
            found = parse_directive(comment, document.position(offset)[0])
            if found is not None:
                document.directives.append(found)
    elif _SUP_OPEN.match(html):
        builder.open_sup()
    elif _SUP_CLOSE.match(html):
        builder.close_sup()
    elif _BR.match(html):
        builder.add_at("\n", offset)
    elif _A_OPEN.match(html):
        href = _HREF.search(html)
        builder.open_link(
            html_unescape(next(g for g in href.groups() if g is not None)) if href else ""
        )
    elif _A_CLOSE.match(html):
        builder.close_link()
