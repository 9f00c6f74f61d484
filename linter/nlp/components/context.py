"""healthlint_context: negations, hedges, boosters and rebuttals, with direction and scope."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import NamedTuple, cast

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
# Dashes: two in one sentence set off an aside ("the drug — a statin — lowers risk"), one alone
# marks a break (Quirk et al. 1985, Appendix III on the paired and the single dash).
DASHES = ("—", "–")


class Stops(NamedTuple):
    """Where the terminate cues stand (token indices): all of them, the words among them, and
    the colons."""

    every: list[int]
    words: list[int]
    colons: set[int]


class ContextFinder:
    """Find modifier phrases and work out which tokens each one reaches (ConText-style).

    A modifier reaches `max_scope` tokens in its direction within its sentence, stopping at a
    `terminate` cue (but crossing a pair of dashes around an aside, see `_asides`); a phrase
    that overlaps a `pseudo` phrase ("not only") is not a modifier, a cue that overlaps an
    `announcing` one ("may include:", "these claims:") no stop.
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
        pseudo = _covered(s for s, r in found if r.category == "pseudo")
        scoped = [
            (span, rule)
            for span, rule in found
            if rule.category in SCOPED and not _inside(span, pseudo)
        ]
        modifiers = []
        if scoped:  # most sentences have none: no need to list sentences and stops
            announcing = _covered(s for s, r in found if r.category == "announcing")
            cues = {
                s.start: s.text
                for s, r in found
                if r.category == "terminate" and not _inside(s, announcing)
            }
            stops = sorted(cues)
            # A backward modifier comments on the clause before it ("Garlic cures colds: that
            # is a myth", "... — this has been debunked"): a mark ends no reach backward.
            words = [i for i in stops if any(c.isalnum() for c in cues[i])]
            colons = {i for i in stops if cues[i] == ":"}
            sentence_starts = [s.start for s in sentences(doc)]
            asides = _asides([i for i in stops if cues[i] in DASHES], sentence_starts)
        for span, rule in scoped:
            sent = _sentence(span, sentence_starts)
            scope = _scope(span, sent, rule, Stops(stops, words, colons), asides)
            set_info(span, {"direction": rule.direction, "scope": scope})
            modifiers.append(span)
        set_group(doc, SPAN_KEYS["modifiers"], sorted(modifiers, key=lambda s: (s.start, s.end)))
        return doc


def _covered(phrases: Iterator[Span]) -> set[int]:
    """The token indices the phrases cover: an overlap test against them is then a set look-up
    per token (testing each cue against each phrase grew with their product: 2.5 times the CPU
    of a page of colon-introduced lists, review21w)."""
    return {i for p in phrases for i in range(p.start, p.end)}


def _inside(span: Span, covered: set[int]) -> bool:
    """Whether a phrase overlaps the tokens of the others."""
    return bool(covered) and any(i in covered for i in range(span.start, span.end))


def _sentence(span: Span, starts: list[int]) -> tuple[int, int]:
    """The token range of the sentence a span starts in (Span.sent scans; this bisects)."""
    i = bisect.bisect_right(starts, span.start) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(span.doc)
    return (starts[i] if i >= 0 else 0), end


def _asides(dashes: list[int], sentence_starts: list[int]) -> dict[int, int]:
    """Each dash of a pair in one sentence -> the other: the first and second dash of a
    sentence, the third and fourth; an odd one left over is a break, not part of a pair."""
    pairs: dict[int, int] = {}
    opening = None
    for at in dashes:
        if opening is not None and _sentence_index(opening, sentence_starts) == _sentence_index(
            at, sentence_starts
        ):
            pairs[opening], pairs[at] = at, opening
            opening = None
        else:
            opening = at
    return pairs


def _first_stop(stops: Iterator[int], asides: dict[int, int], none: int) -> int:
    """The first of the stops met going forward, `none` if none is: a dash that opens an aside
    is passed over with all that stands up to its partner."""
    passed = -1
    for at in stops:
        if at <= passed:
            continue  # inside the aside crossed, or its closing dash
        partner = asides.get(at, -1)
        if partner > at:
            passed = partner
            continue
        return at
    return none


def _sentence_index(token: int, starts: list[int]) -> int:
    return bisect.bisect_right(starts, token)


def _scope(
    span: Span,
    sent: tuple[int, int],
    rule: ModifierRule,
    stops: Stops,
    asides: dict[int, int],
) -> tuple[int, int]:
    """Token range [start, end) the modifier reaches, within its sentence and up to a stop
    (forward every terminate cue, backward the words only); a pair of dashes ahead of it is
    crossed, one around it bounds it."""
    sent_start, sent_end = sent
    start, end = span.start, span.end
    if rule.direction in ("forward", "both"):
        limit = min(sent_end, span.end + rule.max_scope)
        # A report's colon right after it opens what it reports ("the headline: ...", "you may
        # have heard: ..."): what follows is still in its reach.
        opens = span.end if rule.category == "reported" and span.end in stops.colons else -1
        # The stops in reach, bisected: scanning every stop of the page for each modifier grew
        # with their product.
        first, after = (bisect.bisect_left(stops.every, i) for i in (span.end, limit))
        met = (i for i in stops.every[first:after] if i != opens)
        end = _first_stop(met, asides, limit)
    if rule.direction in ("backward", "both"):
        limit = max(sent_start, span.start - rule.max_scope)
        # The last word cue before it, bisected too.
        before = bisect.bisect_left(stops.words, span.start)
        last = stops.words[before - 1] if before else -1
        start = last + 1 if last >= limit else limit
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
