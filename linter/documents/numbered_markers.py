"""Bare reference numbers that the page's own numbered reference list resolves: "... counseling
about diet .2", "... nutrition counseling.  2 It is likely", "... of Sciences. 4 As a result".

A journal article pasted as text keeps its citation-sequence markers (NLM Citing Medicine,
AMA) but loses their superscript: the number is left after the sentence's full stop, set off
by a space, or with the stop itself set off where the emphasis around the sentence was dropped.
On its own such a number is no marker ("affects 2", "aged 5"), so documents/citations.py does
not read it; it is a marker when the page also holds what it refers to, read by construction:
- the page has a numbered reference list: blocks left out as citation entries
  (documents/page.py) numbered in their text ("1. Smith J ...", "[1] ...") or by their
  ordered-list marker in the source ("1. Smith J ..." as a Markdown list item);
- the number (or each number of "2,3", "2-4") is one of those entries' numbers;
- it stands where a flattened superscript stands: straight after a sentence's full stop (a
  word, a percent sign or a closing bracket or quote before the stop, an optional space
  between), before the block's end or the next sentence's capital, and not after the
  abbreviations that take a number ("Fig. 2", "No. 5").
Each such number becomes a "marker" attachment, which the NLP layer keeps with the sentence it
closes (nlp/components/sources.py).
"""

from __future__ import annotations

import re

from linter.documents.citations import MARKER_RE, NUMBERED_ABBREVIATIONS
from linter.documents.model import Attachment, Block
from linter.documents.works_cited import resolved_citations

_NOT_AFTER = "".join(rf"(?<!{abbreviation})" for abbreviation in NUMBERED_ABBREVIATIONS)
# The stop (with a space before it where emphasis was dropped), up to three spaces, the digits.
_BARE_NUMBER = re.compile(
    rf"(?:(?<=[a-z]{{2}})|(?<=[%)\]”\"’])){_NOT_AFTER} ?\.[ \t\u00a0]{{0,3}}"
    r"(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)(?=\s*$|\s+[A-Z“\"‘(])"
)
# What every bare number's match holds (the stop, up to three spaces, a digit): one search
# for it spares a block without it the lookbehinds `_BARE_NUMBER` tries at every character.
_STOP_DIGIT = re.compile(r"\.[ \t\u00a0]{0,3}\d")
# An entry's own number in its text: "1. Smith", "[1] Smith", "1) Smith".
_TEXT_NUMBER = re.compile(r"\s*\[?(\d{1,3})[.)\]]\s")
# An ordered-list marker before the entry on its source line, under an optional bullet.
_SOURCE_NUMBER = re.compile(r"(?:^|\n)[ \t>]*(?:[-*+][ \t]+)?(\d{1,3})[.)][ \t]+$")
_MIN_ENTRIES = 2


def _entry_number(block: Block, source: str | None) -> int | None:
    found = _TEXT_NUMBER.match(block.text)
    if found:
        return int(found.group(1))
    if source is None or not block.offsets:
        return None
    start = block.offsets[0]
    found = _SOURCE_NUMBER.search(source, max(0, start - 80), start)
    return int(found.group(1)) if found else None


def _numbers(text: str) -> list[int]:
    """The numbers a marker names: "2,3" -> 2, 3; "2-4" -> 2, 3, 4."""
    out: list[int] = []
    for part in re.split(r"\s?,\s?", text):
        ends = [int(n) for n in re.split(r"\s?[–-]\s?", part) if n]
        out.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 else ends[:1])
    return out


def resolved_markers(
    blocks: list[Block], reasons: list[str | None], source: str | None = None
) -> dict[int, tuple[Attachment, ...]]:
    """Block index -> the marker attachments of its bare reference numbers, for the kept
    blocks (`reasons[i] is None`) of a page with a numbered reference list."""
    numbered = {
        number
        for block, reason in zip(blocks, reasons, strict=True)
        if reason == "citation" and block.kind != "heading"
        for number in [_entry_number(block, source)]
        if number is not None
    }
    if len(numbered) < _MIN_ENTRIES:
        return {}
    out: dict[int, tuple[Attachment, ...]] = {}
    for index, block in enumerate(blocks):
        if reasons[index] is not None or _STOP_DIGIT.search(block.text) is None:
            continue
        written: list[tuple[int, int]] | None = None  # the markers already read, if asked
        found = []
        for match in _BARE_NUMBER.finditer(block.text):
            start, end = match.span(1)
            if written is None:
                written = [(m.start(), m.end()) for m in MARKER_RE.finditer(block.text)]
            if any(a <= start < b for a, b in written):
                continue  # read in the sentence's own words already
            names = _numbers(match.group(1))
            # A reversed range ("5-2", a score or a ratio) names no entry: no marker.
            if names and all(n in numbered for n in names):
                found.append(Attachment(start, end, "marker", match.group(1)))
        if found:
            out[index] = tuple(found)
    return out


def page_citations(
    blocks: list[Block], reasons: list[str | None], source: str | None = None
) -> dict[int, tuple[Attachment, ...]]:
    """Block index -> what the page's own reference list resolves in it: parenthetical
    citations (documents/works_cited.py) and bare reference numbers."""
    cited = resolved_citations(blocks, reasons, source)
    for index, found in resolved_markers(blocks, reasons, source).items():
        cited[index] = cited.get(index, ()) + found
    return cited
