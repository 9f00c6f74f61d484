"""GitHub alerts and Obsidian callouts: the `[!TYPE]` that opens a quote is markup.

GitHub renders a blockquote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
`[!WARNING]` or `[!CAUTION]` as an alert box with the type's label (docs.github.com, "Basic
writing and formatting syntax" > "Alerts"); Obsidian renders `> [!type] Title` as a callout,
of any type name, folded with `+` or `-` after the bracket, and the rest of the line as its
title (help.obsidian.md, "Callouts"); Quartz and several Markdown plugins follow Obsidian. So
`> [!WARNING]` over "Seek care at once if ..." shows a warning box, not the word "[!WARNING]",
and a title ("Medical disclaimer") is a heading of the box, not the start of its first
sentence. The marker is dropped and a title becomes a block of its own, at its line and
column. Anything else in a quote is left as it is.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_MARKER = re.compile(r"\[![A-Za-z][\w-]{0,40}\][+-]?[ \t]*([^\n]*)(?:\n|\Z)")


def callouts_plugin(md: MarkdownIt) -> None:
    """Take the alert and callout markers off before the inline parse reads them as words."""
    md.core.ruler.before("inline", "callout", _callouts)


def _callouts(state: StateCore) -> None:
    tokens = state.tokens
    i = 0
    while i + 3 < len(tokens):
        opens, inline = tokens[i + 1], tokens[i + 2]
        marker = None
        if (
            tokens[i].type == "blockquote_open"
            and opens.type == "paragraph_open"
            and inline.type == "inline"
            and inline.map
        ):
            marker = _MARKER.match(inline.content)
        if marker is None or not inline.map:
            i += 1
            continue
        title, rest = marker[1].strip(), inline.content[marker.end() :]
        first, last = inline.map
        made: list[Token] = []
        if title:
            made += _paragraph(opens, title, first, first + 1)
        if rest.strip():
            made += _paragraph(opens, rest, first + 1, last)
        tokens[i + 1 : i + 4] = made  # the paragraph's open, inline and close
        i += 1 + len(made)


def _paragraph(like: Token, content: str, first: int, last: int) -> list[Token]:
    """A paragraph's open, inline and close tokens, on source lines [first, last)."""
    opens = Token("paragraph_open", "p", 1, map=[first, last], level=like.level, block=True)
    inline = Token("inline", "", 0, map=[first, last], level=like.level + 1, content=content)
    inline.children = []
    closes = Token("paragraph_close", "p", -1, level=like.level, block=True)
    return [opens, inline, closes]
