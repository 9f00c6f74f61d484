"""Code actions on a finding: the registry's source link, a disable directive, the allow list."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from linter.documents import format_for
from linter.documents.model import Document
from linter.findings import Finding

# A line after which a new line starting with an HTML comment cannot split a paragraph, list or
# code block: a fence, a thematic break or setext underline, or an HTML comment or tag line.
_STRUCTURAL = re.compile(r"\s*(?:`{3,}.*|~{3,}.*|[-=*_]{3,}\s*|<.*)")
_INDENT = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
# The rules are words after white space, none of it the closing white space (a lazy group that
# shares its white space with the closing takes time quadratic in a long unclosed line).
_NEXT_LINE = re.compile(
    r"(?:<!--|\{/\*)\s*healthlint-disable-next-line\b(?P<rules>(?:\s+[^\s>*]+)*)\s*(?:-->|\*/\})"
)


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `text` (offsets into the checked text)."""

    start: int
    end: int
    text: str


def source_link_edit(finding: Finding) -> Edit | None:
    """The same safe edit as `--fix`: the registry entry's source, inserted as a link."""
    if finding.fix is None:
        return None
    start, end, text = finding.fix
    return Edit(start, end, text)


def _line_starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]


def disable_next_line_edit(
    text: str, path: str, finding: Finding, fmt: str | None = None, mdx_site: bool = False
) -> Edit:
    """An edit that adds `healthlint-disable-next-line RULE` for the finding's line.

    In Markdown a comment on its own line would end the paragraph or list above it, so where
    the line before is prose the directive goes at its end, as an inline comment; an existing
    disable-next-line there gets the rule added. In MDX, and in a Markdown page that writes its
    directives so, or one a site compiles as MDX (`mdx_site`: Docusaurus), the comment is
    `{/* ... */}`.
    """
    directive = f"healthlint-disable-next-line {finding.rule}"
    # MDX 2 and later refuse an HTML comment: its comment is a JavaScript one in braces. A .md
    # page whose directives are MDX comments already is read as MDX (Docusaurus 3): the same.
    mdx = path.lower().endswith(".mdx") or "{/* healthlint-" in text or mdx_site
    directive = f"{{/* {directive} */}}" if mdx else f"<!-- {directive} -->"
    starts = _line_starts(text)
    line = min(finding.line, len(starts))
    here = starts[line - 1]
    newline = "\r\n" if "\r\n" in text else "\n"
    # Indented as the line's content: above a list item, the comment stays in the list.
    indent = " " * len(_INDENT.match(text, here).group())  # type: ignore[union-attr]
    above = Edit(here, here, f"{indent}{directive}{newline}")
    if line == 1:
        return above
    previous_start = starts[line - 2]
    previous = text[previous_start:here].rstrip("\r\n")
    existing = _NEXT_LINE.search(previous)
    if existing is not None:
        at = previous_start + existing.end("rules")
        separator = ", " if existing.group("rules").strip() else " "
        return Edit(at, at, f"{separator}{finding.rule}")
    kind = fmt or format_for(path) or "text"
    if kind != "markdown" or not previous.strip() or _STRUCTURAL.fullmatch(previous):
        return above
    # Before a trailing hard break (two spaces or a backslash), which must stay last.
    body = previous.rstrip(" \t")
    if body.endswith("\\"):
        body = body[:-1].rstrip(" \t")
    at = previous_start + len(body)
    return Edit(at, at, f" {directive}")


def flagged_phrase(document: Document | None, start: int, end: int, fallback: str) -> str:
    """The prose the finding flags (its markup left out), on one line."""
    if document is not None:
        for block in document.blocks:
            size = len(block.text)
            if not size or not block.offsets[0] <= start <= block.offsets[size - 1]:
                continue
            low = bisect.bisect_left(block.offsets, start, 0, size)
            high = bisect.bisect_left(block.offsets, end, 0, size)
            phrase = " ".join(block.text[low:high].split())
            if phrase:
                return phrase
    return " ".join(fallback.split())
