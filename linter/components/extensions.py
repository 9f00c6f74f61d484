"""Doc and Span extensions, registered once at import, in the manner of medspaCy."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# doc.spans keys each component writes.
SPAN_KEYS = {
    "sources": "healthlint_sources",
    "attributions": "healthlint_attributions",
    "figures": "healthlint_figures",
    "modifiers": "healthlint_modifiers",
}


def _within(key: str):  # type: ignore[no-untyped-def]
    """A Span getter: the spans of doc.spans[key] that start inside this span."""

    def getter(span: Span) -> list[Span]:
        group = span.doc.spans.get(key, ())
        return [s for s in group if span.start_char <= s.start_char < span.end_char]

    return getter


def register_extensions() -> None:
    """Register every extension once; safe to call again."""
    if not Doc.has_extension("attachments"):
        # Sources the document reader found (links, footnotes): set before the pipeline runs.
        Doc.set_extension("attachments", default=None)
    if not Span.has_extension("info"):
        # What a component learnt about one of its spans (a figure's value, a modifier's scope).
        Span.set_extension("info", default=None)
    for name, key in SPAN_KEYS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_within(key))
