"""Attribute lists and bracketed spans, `{: .notice}`, `{#fig-1 width="50%"}`, `[text]{.mark}`.

Several Markdown dialects set HTML attributes in braces, which the page never shows:
- kramdown's inline attribute lists (kramdown.gettalong.org/syntax.html, "Inline Attribute
  Lists"; Jekyll's default), `{: .notice--warning}` on the line after a block,
  `**bold**{: .red}` or `[link](url){:target="_blank"}` after a span, and `{:toc}` under the
  list a table of contents replaces; its extensions (same page, "Extensions"):
  `{::comment}` ... `{:/comment}` hides what it encloses, `{::nomarkdown}` ... `{:/}` and
  `{::options ... /}` are markers around raw output;
- Pandoc's attributes (pandoc.org/MANUAL.html, "Extension: header_attributes",
  "link_attributes", "bracketed_spans"): `## Dosage {#dosage}`, `![chart](a.png){#fig-a
  width="50%"}`, and `[text]{.smallcaps}`, which shows "text"; Quarto, R Markdown,
  markdown-it-attrs and Python-Markdown's attr_list
  (python-markdown.github.io/extensions/attr_list) write the same `{.class #id key=value}`.
So an attribute list is markup wherever it stands, a span shows its text, and a comment shows
nothing. A brace that holds anything else (`{x}`, `{.5}`, a set in a formula) stays prose; so
kramdown's `{:toc}` also hides the list above it, which the table of contents replaces.
"""

from __future__ import annotations

import bisect
import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

# One line, bounded: every scan stays linear on any input.
_BRACES = re.compile(r"\{[^{}\n]{0,500}\}")
# Pandoc's grammar (Readers/Markdown.hs, `attribute`): `#id`, `.class` and `key=value`, each
# name an identifier (a letter, then letters, digits and `-_:.`), or `-` (unnumbered). So a
# brace of a number, `{.5}` or `{5}`, is prose, as Pandoc reads it.
_NAME = r"[^\W\d_][\w:.-]*"
_ITEM = rf"""(?:[.#]{_NAME}|{_NAME}=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{{}}=]+)|-)"""
_PANDOC = re.compile(rf"\{{[ \t]*{_ITEM}(?:[ \t]+{_ITEM})*[ \t]*\}}")
_SPAN_TEXT = re.compile(r"\[([^\[\]\n]{1,300})\](?=\{)")
_COMMENT_CLOSE = re.compile(r"\{:/(?:comment)?\}")
_COMMENT_REACH = 20_000  # an inline comment closes within this many characters, or is a marker
_KRAMDOWN_LINE = re.compile(r"\{:[^{}\n]{0,500}\}")
_EXTENSION_OPEN = re.compile(r"\{::(comment|nomarkdown)\}")
_EXTENSION_CLOSE = re.compile(r"\{:/\w*\}")


def attributes_plugin(md: MarkdownIt) -> None:
    """Drop attribute lists and kramdown's comments; read a bracketed span as its text."""
    md.block.ruler.before(
        "paragraph", "kramdown_line", _kramdown_line, {"alt": ["paragraph", "reference"]}
    )
    md.inline.ruler.before("link", "bracketed_span", _bracketed_span)
    md.inline.ruler.before("text", "attribute_list", _attribute_list)


def attribute_list_at(src: str, pos: int) -> int:
    """The end of an attribute list starting at src[pos] ("{"), or -1 when there is none."""
    braces = _BRACES.match(src, pos)
    if braces is None:
        return -1
    if src.startswith("{:", pos) or _PANDOC.fullmatch(braces[0]):
        return braces.end()
    return -1


def _attribute_list(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "{":
        return False
    if src.startswith("{::comment}", pos):
        end = _comment_end(state, pos + len("{::comment}"))
    else:
        end = attribute_list_at(src, pos)
    if end < 0 or end > state.posMax:
        return False
    if not silent:
        state.push("attributes", "", 0)  # shows nothing: a token so the text around it splits
    state.pos = end
    return True


def _comment_end(state: StateInline, after: int) -> int:
    """Past the close of an inline kramdown comment, or `after` (its opening marker alone).

    The search resumes where the last one stopped (kept in env with the text it ran on), so
    a paragraph of comments that never close is still read in one pass.
    """
    src, limit = state.src, min(state.posMax, after + _COMMENT_REACH)
    cached = state.env.get("kramdown_inline_close")
    found, searched = (cached[1], cached[2]) if cached and cached[0] is src else (None, after)
    if found is None or found.start() < after:
        match = _COMMENT_CLOSE.search(src, max(after, searched), limit)
        found, searched = match, (match.start() if match else max(limit, searched))
        state.env["kramdown_inline_close"] = (src, found, searched)
    return found.end() if found is not None and found.end() <= limit else after


def _bracketed_span(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "[":
        return False
    label = _SPAN_TEXT.match(src, pos)
    if label is None or label[1].startswith(("^", "@")):
        return False  # a footnote or a citation
    attributes_end = attribute_list_at(src, label.end())
    if attributes_end < 0 or attributes_end > state.posMax:
        return False
    if normalizeReference(label[1]) in state.env.get("references", {}):
        return False  # "[label]" is a reference link, and the braces its attributes
    if not silent:
        maximum = state.posMax
        state.push("span_open", "span", 1)
        state.pos, state.posMax = pos + 1, label.end() - 1
        state.md.inline.tokenize(state)
        state.push("span_close", "span", -1)
        state.posMax = maximum
    state.pos = attributes_end
    return True


def _kramdown_line(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A line that is only kramdown markup; `{::comment}` hides the lines up to its close."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    begin = state.bMarks[start_line] + state.tShift[start_line]
    text = state.src[begin : state.eMarks[start_line]].rstrip()
    if not text.startswith("{:") or not _KRAMDOWN_LINE.fullmatch(text):
        return False
    if silent:
        return True
    last = start_line + 1
    if "toc" in text[2:-1].split():
        _drop_list_above(state, start_line)
    extension = _EXTENSION_OPEN.fullmatch(text)
    if extension:  # kramdown's {::comment} and {::nomarkdown}, closed by {:/name} or {:/}
        close = _close_line(state, start_line, end_line)
        if extension[1] == "nomarkdown":  # raw output between two markers: read as it is
            old_max, state.lineMax = state.lineMax, close
            state.push("raw_open", "", 1)  # a level deeper: nesting stays bounded
            state.md.block.tokenize(state, start_line + 1, close)
            state.push("raw_close", "", -1)
            state.lineMax = old_max
        last = close + 1
    state.line = min(last, end_line)
    token = state.push("attributes", "", 0)
    token.map, token.block = [start_line, state.line], True
    return True


def _drop_list_above(state: StateBlock, toc_line: int) -> None:
    """kramdown replaces the list right above `{:toc}` by a table of contents of the headings
    (kramdown.gettalong.org/converter/html.html, "Automatic Table of Contents Generation"):
    its items (`* TOC`) are a placeholder the page never shows. Only a list that ends on the
    line above: one with a blank line or a link definition between is a list of the page."""
    tokens = state.tokens
    if not tokens or tokens[-1].type not in ("bullet_list_close", "ordered_list_close"):
        return
    opening = tokens[-1].type.replace("_close", "_open")
    level = tokens[-1].level
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].type == opening and tokens[index].level == level:
            lines = tokens[index].map
            if lines is not None and lines[1] == toc_line and not state.isEmpty(toc_line - 1):
                del tokens[index:]
            return


def _close_line(state: StateBlock, start_line: int, end_line: int) -> int:
    """The line that closes an extension block (or end_line: an open comment hides all)."""
    closes = state.env.get("kramdown_closes")
    if closes is None:  # found once a parse: a list of open comments stays linear
        closes = [
            line
            for line in range(len(state.bMarks) - 1)
            if _EXTENSION_CLOSE.fullmatch(
                state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()
            )
        ]
        state.env["kramdown_closes"] = closes
    index = bisect.bisect_right(closes, start_line)
    if index < len(closes) and closes[index] < end_line:
        return int(closes[index])
    return end_line
