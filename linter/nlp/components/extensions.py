"""Doc and Span extensions, registered once at import, in the manner of medspaCy."""

from __future__ import annotations

import bisect
from typing import Any, cast

from spacy.tokens import Doc, Span, SpanGroup

# doc.spans keys each component writes.
SPAN_KEYS = {
    "sources": "healthlint_sources",
    "attributions": "healthlint_attributions",
    "figures": "healthlint_figures",
    "modifiers": "healthlint_modifiers",
    "claims": "healthlint_claims",
}


def store(doc: Doc) -> dict[Any, Any]:
    """doc.user_data, which spaCy types as str-keyed but which our components key by tuples."""
    return cast(dict[Any, Any], doc.user_data)


def span_group(doc: Doc, key: str) -> SpanGroup | None:
    """doc.spans.get(key): the Mapping's `get` looks the key up through a KeyError where it is
    missing, as most groups are in most blocks (`set_group`)."""
    groups = doc.spans
    return groups[key] if key in groups else None  # noqa: SIM401 - `get` is the slow path


def group_index(doc: Doc, key: str) -> tuple[list[Span], list[int]]:
    """doc.spans[key] as a list sorted by start, with the starts, built once per group.

    Iterating a SpanGroup makes new Span objects each time; checks ask for the spans of every
    sentence, so a long document would pay that again and again.
    """
    group = span_group(doc, key)
    if group is None:
        return [], []
    cached = store(doc).get(("healthlint.index", key))
    if cached is not None and cached[0] is group and cached[1] == len(group):
        return cached[2], cached[3]
    spans = sorted(group, key=lambda s: (s.start_char, s.end_char))
    starts = [s.start_char for s in spans]
    store(doc)[("healthlint.index", key)] = (group, len(group), spans, starts)
    return spans, starts


def set_group(doc: Doc, key: str, spans: list[Span]) -> None:
    """doc.spans[key] = spans, but no group where there are none: most blocks hold no source,
    attribution, figure or modifier, an empty SpanGroup costs as much to make as a short
    block's search for them, and every reader takes a missing group as empty
    (`span_group`, `group_index`)."""
    if spans:
        doc.spans[key] = spans
    elif key in doc.spans:  # a Doc read again
        del doc.spans[key]


TEXT_KEY = "healthlint.text"
# healthlint_strength's readings by a sentence's first token, beside the span group they are
# the info of: (group, {start: info}).
READINGS_KEY = "healthlint.readings"


def readings(doc: Doc) -> dict[int, Any]:
    """Each claim span's info by its first token, as `span._.info` gives it, read without
    making a Span and its Underscore for every sentence."""
    group = span_group(doc, SPAN_KEYS["claims"])
    if group is None:
        return {}
    kept = store(doc).get(READINGS_KEY)
    if kept is not None and kept[0] is group:
        return cast(dict[int, Any], kept[1])
    return {span.start: span._.info for span in group}


def doc_text(doc: Doc) -> str:
    """doc.text, computed once: spaCy joins every token anew on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """span.text from the cached Doc text (Span.text also joins its tokens on each access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def sentences(doc: Doc) -> list[Span]:
    """doc.sents, computed once: each pass over doc.sents walks every token of the Doc.

    Only for use after sentence boundaries are final (after healthlint_sources).
    """
    cached = doc.user_data.get("healthlint.sentences")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), list(doc.sents))
        doc.user_data["healthlint.sentences"] = cached
    return cached[1]


def _within(key: str):  # type: ignore[no-untyped-def]
    """A Span getter: the spans of doc.spans[key] that start inside this span."""

    def getter(span: Span) -> list[Span]:
        spans, starts = group_index(span.doc, key)
        low = bisect.bisect_left(starts, span.start_char)
        high = bisect.bisect_left(starts, span.end_char, low)
        return spans[low:high]

    return getter


def _strength(span: Span) -> Any:
    """The strength (a components.strength.Strength) of the sentence the span starts in."""
    for claim in span.doc.spans.get(SPAN_KEYS["claims"], ()):
        if claim.start <= span.start < claim.end:
            return claim._.info["strength"]
    return None


def _info_key(span: Span) -> tuple[str, str, int, int]:
    # By label as well as offsets: a one-word sentence "not" is a claim span and a negation
    # span over the same characters, and each keeps its own info.
    return ("healthlint.info", span.label_, span.start_char, span.end_char)


def _get_info(span: Span) -> Any:
    return store(span.doc).get(_info_key(span))


# `span._.info` read and set without the Underscore object spaCy makes on every access (a
# component sets one for each span it finds, the strength component one for every sentence).
info_of = _get_info


def _set_info(span: Span, value: Any) -> None:
    store(span.doc)[_info_key(span)] = value


set_info = _set_info


def register_extensions() -> None:
    """Register every extension once; safe to call again."""
    if not Doc.has_extension("attachments"):
        # Sources the document reader found (links, footnotes): set before the pipeline runs.
        Doc.set_extension("attachments", default=None)
    if not Span.has_extension("info"):
        # What a component learnt about one of its spans (a figure's value, a modifier's scope).
        Span.set_extension("info", getter=_get_info, setter=_set_info)
    if not Span.has_extension("strength"):
        # Set by healthlint_strength; None where that component did not run.
        Span.set_extension("strength", getter=_strength)
    for name, key in SPAN_KEYS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_within(key))
