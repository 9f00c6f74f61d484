"""`<meta name="description" content="...">`: the page's description as a prose block, with
each character at its place in the file (the start tag as the HTML reader saw it). html.py
reads it only for a page whose body holds no prose: beside a body it is search-result
furniture."""

from __future__ import annotations

import html

from linter.documents.html_tags import _CONTENT_RE, _WHITESPACE
from linter.documents.model import _REFERENCE_RE, Block
from linter.documents.prose import BlockBuilder


def description_block(attrs: list[tuple[str, str | None]], raw: str, offset: int) -> Block | None:
    """The description of a <meta> start tag `raw` found at source `offset`, or None."""
    attributes = dict(attrs)
    if (attributes.get("name") or "").strip().lower() != "description":
        return None
    found = _CONTENT_RE.search(raw)
    if found is None:
        return None
    group = next(g for g in (1, 2, 3) if found.group(g) is not None)
    value, start = found.group(group), offset + found.start(group)
    prose, at = BlockBuilder(), 0
    for reference in _REFERENCE_RE.finditer(value):
        plain = value[at : reference.start()]
        prose.add(plain.translate(_WHITESPACE), range(start + at, start + reference.start()))
        prose.add_at(html.unescape(reference.group(0)), start + reference.start())
        at = reference.end()
    prose.add(value[at:].translate(_WHITESPACE), range(start + at, start + len(value)))
    return prose.build("paragraph")
