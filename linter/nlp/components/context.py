"""healthlint_context: negations, hedges, boosters and rebuttals, with direction and scope."""

from __future__ import annotations

import bisect
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from linter.config.lexicon import Lexicon, ModifierRule, default_lexicon
from linter.nlp.components.extensions import (
    SPAN_KEYS,
    doc_text,
    group_index,
    sentences,
    set_group,
    set_info,
)
from linter.nlp.phrase_regex import lower
from linter.nlp.phrase_set import PhraseSet

SCOPED = ("negation", "hedge", "booster", "reported")


class ContextFinder:
    """Find modifier phrases and work out which tokens each one reaches (ConText-style).

    A modifier reaches `max_scope` tokens in its direction within its sentence, stopping at a
    `terminate` cue; a phrase that overlaps a `pseudo` phrase ("not only") is not a modifier.
    """

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        self.rules = lexicon.modifiers
        self.phrases = PhraseSet({str(i): list(rule.phrases) for i, rule in enumerate(self.rules)})

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[Span, ModifierRule]] = []
        matches = self.phrases.scan(lower(doc_text(doc)))
        for i, rule in enumerate(self.rules):
            for start, end in matches[str(i)]:
                span = doc.char_span(start, end, label=rule.category, alignment_mode="expand")
                if span is not None and len(span):
                    found.append((span, rule))
        pseudo = [s for s, r in found if r.category == "pseudo"]
        scoped = [
            (span, rule)
            for span, rule in found
            if rule.category in SCOPED
            and not (pseudo and any(p.start < span.end and span.start < p.end for p in pseudo))
        ]
        modifiers = []
        if scoped:  # most sentences have none: no need to list sentences and stops
            stops = sorted({s.start for s, r in found if r.category == "terminate"})
            sentence_starts = [s.start for s in sentences(doc)]
        for span, rule in scoped:
            sent = _sentence(span, sentence_starts)
            set_info(span, {"direction": rule.direction, "scope": _scope(span, sent, rule, stops)})
            modifiers.append(span)
        set_group(doc, SPAN_KEYS["modifiers"], sorted(modifiers, key=lambda s: (s.start, s.end)))
        return doc


def _sentence(span: Span, starts: list[int]) -> tuple[int, int]:
    """The token range of the sentence a span starts in (Span.sent scans; this bisects)."""
    i = bisect.bisect_right(starts, span.start) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(span.doc)
    return (starts[i] if i >= 0 else 0), end


def _scope(
    span: Span, sent: tuple[int, int], rule: ModifierRule, stops: list[int]
) -> tuple[int, int]:
    """Token range [start, end) the modifier reaches, within its sentence and up to a stop."""
    sent_start, sent_end = sent
    start, end = span.start, span.end
    if rule.direction in ("forward", "both"):
        limit = min(sent_end, span.end + rule.max_scope)
        end = next((i for i in stops if span.end <= i < limit), limit)
    if rule.direction in ("backward", "both"):
        limit = max(sent_start, span.start - rule.max_scope)
        start = max((i + 1 for i in stops if limit <= i < span.start), default=limit)
    return start, end


def _reach(doc: Doc) -> dict[int, list[Span]]:
    """Token index -> the modifiers whose scope covers it, built once per Doc."""
    spans, _ = group_index(doc, SPAN_KEYS["modifiers"])
    cached = doc.user_data.get("healthlint.reach")
    if cached is not None and cached[0] is spans:
        return cast(dict[int, list[Span]], cached[1])
    reach: dict[int, list[Span]] = {}
    for mod in spans:
        start, end = mod._.info["scope"]
        for i in range(start, end):
            reach.setdefault(i, []).append(mod)
    doc.user_data["healthlint.reach"] = (spans, reach)
    return reach


def modifiers_of(target: Span, category: str) -> list[Span]:
    """The modifiers of a category whose scope covers `target` and that are not part of it."""
    return [
        mod
        for mod in _reach(target.doc).get(target.start, ())
        if mod.label_ == category and not (mod.start < target.end and target.start < mod.end)
    ]


@Language.factory("healthlint_context", assigns=["doc.spans"])
def make_context(nlp: Language, name: str) -> ContextFinder:
    return ContextFinder(name, default_lexicon())
