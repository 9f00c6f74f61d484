"""Markdown nested deeper than the parser reads: a page read as text, with a warning.

markdown-it stops reading a block nested `maxNesting` levels deep and drops the rest of its
container without a word (markdown-it's `ParserBlock.tokenize`): a page of 25 unclosed `:::`
boxes, 30 `>` or lists nested 50 deep lost every word after. The limit is markdown-it's own
default preset's (100 levels, up from its CommonMark preset's 20, so that ten nested lists
still read as Markdown); a page past it is read as text, every word kept, and the warning
names its line.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

MAX_NESTING = 100


class NestedTooDeep(Exception):
    """Words `MAX_NESTING` levels deep, on a line of the piece parsed (from 0)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def nesting_plugin(md: MarkdownIt) -> None:
    """Read up to MAX_NESTING levels; past them, fail (the reader then reads the page as text).

    markdown-it has no hook there: its block rules call `state.md.block.tokenize`, so this
    parser's own is wrapped to fail where markdown-it would drop a container's lines."""
    md.options["maxNesting"] = MAX_NESTING
    read_blocks = md.block.tokenize

    def tokenize(state: StateBlock, start_line: int, end_line: int) -> None:
        if state.level >= MAX_NESTING:
            words = (line for line in range(start_line, end_line) if not state.isEmpty(line))
            first = next(words, None)
            if first is not None:
                raise NestedTooDeep(first)
        read_blocks(state, start_line, end_line)

    md.block.tokenize = tokenize  # type: ignore[method-assign, assignment]


def parse_failure(error: Exception, first_line: int) -> str:
    """The warning of a page the Markdown parser failed on (`first_line`: the piece's, from 0)."""
    why = type(error).__name__
    if isinstance(error, NestedTooDeep):
        why = f"line {first_line + error.line + 1} is nested more than {MAX_NESTING} levels deep"
    return f"Markdown parser failed ({why}); read as text"
