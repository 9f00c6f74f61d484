"""The plain-text reader: runs of non-blank lines are blocks; offsets are the identity."""

from __future__ import annotations

import re

from linter.documents.model import Attachment, Block, Document
from linter.documents.prose import COMMENT_RE, MARKER_RE, line_number, parse_directive, url_spans

_BLOCK_RE = re.compile(r"[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*")
_BREAKS = str.maketrans("\r\n\t\f\v", "     ")


def read_text(path: str, source: str) -> Document:
    """Read plain text; raw URLs and healthlint comments become spaces of the same length."""
    document = Document(path, source, [])
    cuts = []
    for match in COMMENT_RE.finditer(source) if "<!--" in source else ():
        found = parse_directive(match.group(1), line_number(source, match.start()))
        if found is not None:
            document.directives.append(found)
            cuts.append(match.span())
    urls = url_spans(source)
    blanked = _blank(source, sorted(cuts + urls))
    for match in _BLOCK_RE.finditer(blanked):
        start, end = match.span()
        text = blanked[start:end].translate(_BREAKS)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        start += lead
        end = start + len(text)
        attachments = [
            Attachment(s - start, s - start, "url", source[s:e]) for s, e in urls if start <= s < end
        ]
        attachments += [
            Attachment(m.start(), m.end(), "marker", m.group()) for m in MARKER_RE.finditer(text)
        ]
        attachments.sort(key=lambda a: (a.start, a.end))
        offsets = tuple(range(start, end + 1))
        document.blocks.append(Block(text, offsets, "paragraph", tuple(attachments)))
    return document


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
