"""healthlint_context: negations, hedges, boosters and rebuttals, with direction and scope."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from linter.components.extensions import SPAN_KEYS
from linter.lexicon import Lexicon, ModifierRule, default_lexicon

SCOPED = ("negation", "hedge", "booster", "reported")


class ContextFinder:
    """Find modifier phrases and work out which tokens each one reaches (ConText-style).

    A modifier reaches `max_scope` tokens in its direction within its sentence, stopping at a
    `terminate` cue; a phrase that overlaps a `pseudo` phrase ("not only") is not a modifier.
    """

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        self.rules = lexicon.modifiers

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[Span, ModifierRule]] = []
        for rule in self.rules:
            for m in rule.pattern.finditer(doc.text):
                span = doc.char_span(
                    m.start(), m.end(), label=rule.category, alignment_mode="expand"
                )
                if span is not None and len(span):
                    found.append((span, rule))
        pseudo = [s for s, r in found if r.category == "pseudo"]
        stops = sorted({s.start for s, r in found if r.category == "terminate"})
        modifiers = []
        for span, rule in found:
            if rule.category not in SCOPED:
                continue
            if any(p.start < span.end and span.start < p.end for p in pseudo):
                continue
            span._.info = {"direction": rule.direction, "scope": _scope(span, rule, stops)}
            modifiers.append(span)
        doc.spans[SPAN_KEYS["modifiers"]] = sorted(modifiers, key=lambda s: (s.start, s.end))
        return doc


def _scope(span: Span, rule: ModifierRule, stops: list[int]) -> tuple[int, int]:
    """Token range [start, end) the modifier reaches, within its sentence and up to a stop."""
    sent = span.sent
    start, end = span.start, span.end
    if rule.direction in ("forward", "both"):
        limit = min(sent.end, span.end + rule.max_scope)
        end = next((i for i in stops if span.end <= i < limit), limit)
    if rule.direction in ("backward", "both"):
        limit = max(sent.start, span.start - rule.max_scope)
        start = max((i + 1 for i in stops if limit <= i < span.start), default=limit)
    return start, end


def modifiers_of(target: Span, category: str) -> list[Span]:
    """The modifiers of a category whose scope covers `target` and that are not part of it."""
    result = []
    for mod in target.doc.spans.get(SPAN_KEYS["modifiers"], ()):
        if mod.label_ != category or (mod.start < target.end and target.start < mod.end):
            continue
        start, end = mod._.info["scope"]
        if start <= target.start < end:
            result.append(mod)
    return result


@Language.factory("healthlint_context", assigns=["doc.spans"])
def make_context(nlp: Language, name: str) -> ContextFinder:
    return ContextFinder(name, default_lexicon())
