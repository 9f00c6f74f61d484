"""Exact positions for markdown-it inline tokens, and inline tokens turned into prose."""

from __future__ import annotations

import re
from types import MethodType

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from linter.documents.model import Document
from linter.documents.prose import COMMENT_RE, BlockBuilder, parse_directive

_SUP_OPEN = re.compile(r"<sup\b[^>]*>\Z", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"</sup\s*>\Z", re.IGNORECASE)
_BR = re.compile(r"<br\b[^>]*>\Z", re.IGNORECASE)


def track_positions(md: MarkdownIt) -> None:
    """Make md's inline parser record each token's [start, end) in its inline source.

    markdown-it tokens carry no character positions, so the tokenizer loop is replaced by
    one that notes, after each rule, which part of the source the new tokens came from.
    Joining rules would merge tokens and lose those spans, so they are switched off.
    """
    md.inline.tokenize = MethodType(_tokenize, md.inline)  # type: ignore[method-assign]
    md.core.ruler.disable("text_join", ignoreInvalid=True)
    md.inline.ruler2.disable("fragments_join", ignoreInvalid=True)


def _push_pending(state: StateInline) -> Token:
    token = StateInline.pushPending(state)
    token.meta["pending"] = True
    return token


def _tokenize(self: ParserInline, state: StateInline) -> None:
    # The loop of ParserInline.tokenize, plus span bookkeeping.
    if "pushPending" not in state.__dict__:
        state.pushPending = MethodType(_push_pending, state)  # type: ignore[method-assign]
    rules = self.ruler.getRules("")
    end = state.posMax
    max_nesting = state.md.options["maxNesting"]
    append = getattr(state, "append_pending", None)
    tokens = state.tokens
    pending_start = state.pos
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
            if len(tokens) > count:
                _place(tokens, count, pos, state.pos, pending_start, state.src)
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
    cursor = start
    for token in tokens[first:]:
        meta = token.meta
        if "span" in meta:
            continue
        if meta.get("pending"):
            # Text flushed from the pending buffer: a literal run that began at `pending`.
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
    content: str, lines: list[str], starts: list[int], newlines: list[int], first_line: int,
    mode: str = "tail", cursor: int = 0,
) -> tuple[list[int], int]:
    """Source offset of every character of an inline token's content, plus one past the end.

    Each content line is the tail of its source line once container prefixes ("> ", list
    indentation) and leading blanks are gone; a heading's content follows its "#" run and a
    table cell's follows `cursor`, the end of the previous cell. Lines that do not match
    verbatim are aligned character by character. Returns the map and the new cursor.
    """
    cmap: list[int] = []
    pieces = content.split("\n")
    for j, piece in enumerate(pieces):
        number = min(first_line + j, len(lines) - 1)
        line, base = lines[number], starts[number]
        body = piece.lstrip(" \t")
        if not body:
            col = len(line)
        elif mode == "heading":
            hashes = line.find("#")
            after = len(line) - len(line[hashes:].lstrip("#")) if hashes >= 0 else 0
            col = line.find(body, after)
        elif mode == "cell":
            col = line.find(body, cursor)
        else:
            col = line.rfind(body)
        if col < 0:
            mapped, cursor = _greedy(piece, line, base, cursor)
            cmap.extend(mapped)
        else:
            cmap.extend([base + col] * (len(piece) - len(body)))
            cmap.extend(range(base + col, base + col + len(body)))
            cursor = col + len(body)
        if mode == "cell":
            cursor = _after_cell(line, cursor)
        if j < len(pieces) - 1:
            cmap.append(newlines[number])
    cmap.append(cmap[-1] + 1 if cmap else starts[min(first_line, len(starts) - 1)])
    return cmap, cursor


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


def inline_prose(inline: Token, cmap: list[int], builder: BlockBuilder, document: Document) -> None:
    """Append the prose of an inline token's children to builder, directives to document."""
    src = inline.content
    skip = 0  # inside an autolink, whose text is a URL, not prose
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
                builder.add(text, cmap[start : start + len(text)])
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
            builder.add_at(" ", cmap[start])
        elif kind == "hardbreak":
            newline = src.find("\n", start, end)
            builder.add_at("\n", cmap[newline if newline >= 0 else start])
        elif kind == "footnote_ref":
            builder.attach("footnote", str(token.meta.get("label", "")))
        elif kind == "html_inline":
            _inline_html(token.content, cmap[start], builder, document)


def _inline_html(html: str, offset: int, builder: BlockBuilder, document: Document) -> None:
    if html.startswith("<!--"):
        for match in COMMENT_RE.finditer(html):
            found = parse_directive(match.group(1), document.position(offset)[0])
            if found is not None:
                document.directives.append(found)
    elif _SUP_OPEN.match(html):
        builder.open_sup()
    elif _SUP_CLOSE.match(html):
        builder.close_sup()
    elif _BR.match(html):
        builder.add_at("\n", offset)
