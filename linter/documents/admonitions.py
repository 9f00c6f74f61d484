"""MkDocs admonitions, `!!! warning "Title"` over a body indented four spaces, read as a box.

Python-Markdown's Admonition extension (python-markdown.github.io/extensions/admonition, used
by MkDocs and Material for MkDocs) renders `!!! type "optional title"` and the indented lines
under it as a box: the type words are CSS classes, the quoted title is the box's heading (the
first type, capitalised, when no title is given; none for `""`), and the body is ordinary
Markdown, indented four spaces. PyMdown's Details extension
(facelessuser.github.io/pymdown-extensions/extensions/details) writes a collapsible box the
same way with `???` (folded) and `???+` (open). A warning inside such a box is still a claim,
so the body is prose and is checked, where CommonMark alone would read its indented lines as
code (or run them into the marker's paragraph). The quoted title is a paragraph of its own, at
its line and column; the marker, the types and a title made from the type are markup. A line
that does not have the extension's form (`!!! Stop!`, `??? Nobody knows.`) stays prose, and so
does one of plain words with neither a quoted title nor an indented body under it (`!!! Never
give aspirin to children`, as a page that is no MkDocs site writes it): such a box would be
empty.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

# The header as the two extensions match it: the marker, type words, an optional quoted title.
_HEADER = re.compile(r'(?:!!!|\?\?\?\+?)[ \t]?([\w-]+(?:[ \t]+[\w-]+)*)?(?:[ \t]*"(.*)")?[ \t]*')
_BODY_INDENT = 4  # Python-Markdown's tab_length: the body is indented one tab stop


def admonitions_plugin(md: MarkdownIt) -> None:
    """Read `!!!`, `???` and `???+` boxes; before paragraphs, so a box may follow a line."""
    md.block.ruler.before(
        "fence", "admonition", _admonition, {"alt": ["paragraph", "reference", "blockquote"]}
    )


def _admonition(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False  # indented code
    begin = state.bMarks[start_line] + state.tShift[start_line]
    end = state.eMarks[start_line]
    if state.src[begin] not in "!?":
        return False
    header = _HEADER.fullmatch(state.src, begin, end)
    if header is None or (header[1] is None and header[2] is None):
        return False
    indent = state.sCount[start_line] + _BODY_INDENT
    last = _body_end(state, start_line, end_line, indent)
    if header[2] is None and last == start_line + 1:
        return False  # words alone, no title, no body: prose ("!!! Never mix these two")
    if silent:
        return True
    old_parent, old_max, old_indent = state.parentType, state.lineMax, state.blkIndent
    state.parentType = "admonition"
    state.lineMax = last
    opens = state.push("admonition_open", "div", 1)
    opens.map, opens.markup, opens.block = [start_line, last], header[0][:4].strip(), True
    if header[2] and header[2].strip():
        push_title(state, start_line, header[2].strip())
    state.blkIndent = indent
    state.md.block.tokenize(state, start_line + 1, last)
    state.push("admonition_close", "div", -1).block = True
    state.parentType, state.lineMax, state.blkIndent = old_parent, old_max, old_indent
    state.line = last
    return True


def _body_end(state: StateBlock, start_line: int, end_line: int, indent: int) -> int:
    """The line after the box: its last line indented `indent` or more, blank lines inside."""
    last = start_line + 1
    line = start_line + 1
    while line < end_line:
        blank = state.bMarks[line] + state.tShift[line] >= state.eMarks[line]
        if not blank:
            if state.sCount[line] < indent:
                break
            last = line + 1
        line += 1
    return last


def push_title(state: StateBlock, line: int, title: str) -> None:
    """A box's title as a paragraph of its own on its opening line, read as the line's tail.

    A paragraph, not a heading: the page shows it at the top of the box (MkDocs writes
    `<p class="admonition-title">`), so it starts no section of the page and is never the
    page's title, as an Obsidian callout's title is not (callouts.py)."""
    opens = state.push("paragraph_open", "p", 1)
    opens.map, opens.block = [line, line + 1], True
    inline = state.push("inline", "", 0)
    inline.content, inline.map, inline.children = title, [line, line + 1], []
    state.push("paragraph_close", "p", -1).block = True
