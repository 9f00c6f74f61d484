"""The plain-text reader: runs of non-blank lines are blocks; offsets are the identity."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import pairwise

from linter.documents.model import Attachment, Block, Document
from linter.documents.prose import (
    comments,
    parse_directive,
    url_spans,
)
from linter.documents.title_lines import title_break

_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_BREAKS = str.maketrans("\r\n\t\f\v", "     ")


def read_text(path: str, source: str) -> Document:
    """Read plain text; raw URLs and healthlint comments become spaces of the same length."""
    document = Document(path, source, [])
    cuts = []
    for start, comment in comments(source):
        found = parse_directive(comment, document.position(start)[0])
        if found is not None:
            document.directives.append(found)
            cuts.append((start, start + len(comment) + len("<!---->")))
    urls = url_spans(source)
    blanked = _blank(source, sorted(cuts + urls))
    # A line holding only a URL still belongs to its block (the URL is its source).
    for run_start, run_end in _runs(_blank(source, cuts)):
        text = _keep_title_breaks(blanked[run_start:run_end])
        start = run_start + len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        end = start + len(text)
        first = bisect.bisect_left(urls, (run_start, run_start))
        last = bisect.bisect_left(urls, (run_end, run_end))
        attachments = [
            Attachment(at, at, "url", source[s:e])
            for s, e in urls[first:last]
            for at in [min(max(s - start, 0), len(text))]
        ]
        attachments.sort(key=lambda a: (a.start, a.end))
        offsets = range(start, end + 1)  # the identity: no memory at all
        document.blocks.append(Block(text, offsets, "paragraph", tuple(attachments)))
    return document


def _keep_title_breaks(run: str) -> str:
    """The run with its line breaks as spaces, but for a break under a short title line with
    no stop above a capitalised line that is no wrap, kept (title_lines.py)."""
    text = run.translate(_BREAKS)
    if "\n" not in run:
        return text
    lines = run.split("\n")
    widest = max(len(line.rstrip()) for line in lines)
    kept = list(text)
    at = 0
    previous: str | None = None  # the line above `before`: None on the run's first line
    for before, after in pairwise(lines):
        at += len(before)
        if title_break(before.rstrip("\r"), after, widest, previous):
            kept[at] = "\n"
        at += 1
        previous = before.rstrip("\r")
    return "".join(kept)


def _blank(source: str, cuts: list[tuple[int, int]]) -> str:
    """The source with each cut [start, end) replaced by spaces."""
    if not cuts:
        return source
    pieces, prev = [], 0
    for start, end in cuts:
        start = max(start, prev)
        pieces.append(source[prev:start])
        pieces.append(" " * max(end - start, 0))
        prev = max(prev, end)
    pieces.append(source[prev:])
    return "".join(pieces)


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each run of non-blank lines, without the final line break."""
    first = last = -1
    pos = 0
    for match in [*_NEWLINE_RE.finditer(text), None]:
        line_end = match.start() if match else len(text)
        if pos < line_end and not text[pos:line_end].isspace():
            first = pos if first < 0 else first
            last = line_end
        elif first >= 0:
            yield first, last
            first = -1
        pos = match.end() if match else len(text)
    if first >= 0:
        yield first, last
