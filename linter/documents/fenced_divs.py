"""Colon-fenced boxes, `:::tip Title` ... `:::`, read as a box with a title and a body.

Several site generators fence a box between lines of three or more colons, and each renders
the fences as a box, never as words:
- Docusaurus admonitions (docusaurus.io/docs/markdown-features/admonitions): `:::tip`,
  `:::note Your title` or `:::note[Your title]`, the body, then `:::`; VitePress custom
  containers (vitepress.dev/guide/markdown, "Custom Containers"), VuePress and
  markdown-it-container write `::: info Custom title`; remark-directive writes
  `:::name[label]{attributes}`.
- Pandoc's fenced divs (pandoc.org/MANUAL.html, "Extension: fenced_divs"): `::: Warning` or
  `::: {#id .class key="value"}`, optionally closed by more colons on the same line, nested
  with more colons, and closed by a line of colons alone; Quarto's callouts
  (quarto.org/docs/authoring/callouts) are such divs, `::: {.callout-note title="..."}` with
  the title in the attribute or in a `## heading` inside.
The body is Markdown and is prose (a warning inside a `:::warning` box is a claim); a title
after the type, in brackets or in a `title="..."` attribute is a paragraph of its own at its
line and column; the fences, the type and the attributes are markup. A fence closes the
innermost open box; fenced code inside a box is skipped when looking for the closing fence,
and a box left open ends where its parent ends, as the renderers do.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.html_block import HTML_SEQUENCES

from linter.documents.admonitions import push_title

# After the colons: a type word or a braced attribute list, a bracketed label, attributes,
# and the rest of the line (a title). Every part is bounded to one line, so a scan is linear.
_OPENING = re.compile(
    r"(?P<name>\{[^{}\n]{0,500}\}|[^\s\[\]{}:][^\s\[\]{}]{0,80})"
    r"(?:\[(?P<label>[^\]\n]{0,300})\])?[ \t]*(?P<attrs>\{[^{}\n]{0,500}\})?[ \t]*(?P<rest>.*)"
)
# MyST's directives (myst-parser.readthedocs.io/en/latest/syntax/roles-and-directives.html):
# `:::{note}` names the directive in braces, and its options follow the opening line, as
# `:class: dropdown` lines or a YAML block between `---` lines; the page never shows them.
_MYST_NAME = re.compile(r"\{[\w-]+\}")
_MYST_OPTION = re.compile(r":[\w-]+:(?:[ \t].*)?")
_TITLE_ATTRIBUTE = re.compile(r"""\btitle=(?:"([^"\n]*)"|'([^'\n]*)')""")
_CODE_FENCE = re.compile(r"(`{3,}|~{3,})")


def fenced_divs_plugin(md: MarkdownIt) -> None:
    """Read `:::` boxes (before fenced code and paragraphs, which they may interrupt)."""
    md.block.ruler.before(
        "fence", "fenced_div", _fenced_div, {"alt": ["paragraph", "reference", "blockquote"]}
    )


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def _colons(text: str) -> int:
    return len(text) - len(text.lstrip(":"))


def _fenced_div(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False  # indented code
    text = _line(state, start_line)
    colons = _colons(text)
    if colons < 3:
        return False
    info = _without_closing_colons(text[colons:]).strip()
    opening = _OPENING.fullmatch(info) if info else None
    if opening is None:
        return False
    if silent:
        return True
    close = _closing_line(state, start_line, end_line)
    old_parent, old_max, old_indent = state.parentType, state.lineMax, state.blkIndent
    state.parentType = "fenced_div"
    state.lineMax = close
    opens = state.push("fenced_div_open", "div", 1)
    opens.map, opens.markup, opens.info, opens.block = [start_line, close], ":" * colons, info, True
    title = _title(opening)
    if title:
        push_title(state, start_line, title)
    state.blkIndent = state.sCount[start_line]
    body = start_line + 1
    if _MYST_NAME.fullmatch(opening["name"]):
        body = _after_options(state, body, close)
    state.md.block.tokenize(state, body, close)
    state.push("fenced_div_close", "div", -1).block = True
    state.parentType, state.lineMax, state.blkIndent = old_parent, old_max, old_indent
    fenced = close < end_line and state.sCount[close] >= state.blkIndent
    state.line = close + 1 if fenced else close  # a line that ends the parent is the parent's
    return True


def _without_closing_colons(info: str) -> str:
    """The opening line's words without Pandoc's optional closing colons (`::: Warning :::`).

    String methods, not a regex: a search for `[ \t]+:{3,}` would try every run of spaces to
    its end, quadratic on one long line of them."""
    line = info.rstrip(" \t")
    words = line.rstrip(":")
    if len(line) - len(words) >= 3 and words != words.rstrip(" \t"):
        return words
    return info


def _title(opening: re.Match[str]) -> str:
    """The box's own title: a bracketed label, the words after the type, or title="..."."""
    if opening["label"] and opening["label"].strip():
        return opening["label"].strip()
    if opening["rest"].strip():
        return opening["rest"].strip()
    for attributes in (opening["name"], opening["attrs"] or ""):
        if attributes.startswith("{"):
            found = _TITLE_ATTRIBUTE.search(attributes)
            if found:
                return (found[1] or found[2] or "").strip()
    return ""


def _after_options(state: StateBlock, line: int, close: int) -> int:
    """The first line after a MyST directive's options, `:key: value` lines or a YAML block."""
    if line < close and _line(state, line).rstrip() == "---":
        ends = (i for i in range(line + 1, close) if _line(state, i).rstrip() == "---")
        end = next(ends, None)
        return line if end is None else end + 1
    while line < close and _MYST_OPTION.fullmatch(_line(state, line)):
        line += 1
    return line


def _closing_line(state: StateBlock, start_line: int, end_line: int) -> int:
    """The line of the fence that closes the box opened on start_line, else end_line.

    Only a line at the box's own level is a fence: one in fenced or indented code, or in an
    HTML block with an end tag of its own (CommonMark 0.31, "HTML blocks", kinds 1-5: `<pre>`,
    `<!--`), is their text. A fence right after an HTML line of kinds 6 and 7 (`<img ...>`,
    `</details>`, which CommonMark ends only at a blank line) closes the box, as VitePress'
    markdown-it-container, Docusaurus' remark-directive and Pandoc all read it."""
    depth = 0
    code: str | None = None  # the fence of a code block being skipped
    html_end: re.Pattern[str] | None = None  # the end condition of an HTML block being skipped
    # MDX has no indented code (markdown.py turns it off): an indented fence closes a box there.
    code_indent = 4 if "code" in state.md.block.ruler.get_active_rules() else 1_000_000
    for line in range(start_line + 1, end_line):
        text = _line(state, line)
        if not text:
            continue
        if state.sCount[line] < state.blkIndent:
            return line  # the parent (a list item) ends: so does the box
        if code is not None:
            if text.startswith(code) and not text[len(code) :].strip(code[0] + " \t"):
                code = None
            continue
        if html_end is not None:
            if html_end.search(text):
                html_end = None
            continue
        if state.sCount[line] - state.blkIndent >= code_indent:
            continue  # indented code, or a lazy line
        # What a line may open shows in its first character; testing it first keeps a box
        # nested in boxes left open (each scanning to the page's end) cheap per line.
        first = text[0]
        if first in "`~":
            fence = _CODE_FENCE.match(text)
            code = fence[1] if fence else None
            continue
        if first == "<":  # every HTML block kind opens with "<"
            html_end = _html_block_end(text)
            if html_end is not None and html_end.search(text):
                html_end = None  # closed on its own line
            continue
        if first != ":" or _colons(text) < 3:
            continue
        if text.strip(": \t"):
            depth += 1  # a box opens inside this one
        elif depth:
            depth -= 1
        else:
            return line
    return end_line


def _html_block_end(text: str) -> re.Pattern[str] | None:
    """The end tag of the HTML block `text` opens, if it is of a kind that has one (markdown-it's
    sequences follow CommonMark's seven kinds; the first five end at a tag), else None."""
    for opening, closing, _interrupts in HTML_SEQUENCES[:5]:
        if opening.search(text):
            return closing
    return None
