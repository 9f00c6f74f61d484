"""Checks against the registry: contradicted figures, overstated wording, mismatched sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from spacy.tokens import Doc, Span

from linter.checks.base import Check, Hit
from linter.registry_match import SentenceClaims, claims_of, source_text
from linter.registry_schema import STRENGTHS

_RESULT = re.compile(
    r"\b(?:found|showed|shown|demonstrated|reported|led to|resulted|achiev\w+|improv\w+|"
    r"reduc\w+|survival|remission|effective)\b",
    re.I,
)


def sentence_strength(sentence: Span) -> int:
    """The sentence's claim strength (0 none .. 4 absolute), from the strength component."""
    if not Span.has_extension("strength"):
        return 0
    value = sentence._.strength
    if isinstance(value, str):
        return STRENGTHS.index(value) if value in STRENGTHS else 0
    return int(value or 0)


def rebutted(sentence: Span) -> bool:
    """The sentence reports a claim in order to reject it ("claims that X cures Y are false")."""
    return any(
        m.label_ == "reported" or (m.label_ == "negation" and m._.info["direction"] == "backward")
        for m in sentence._.modifiers
    )


def _claimed(doc: Doc) -> Iterator[tuple[Span, SentenceClaims]]:
    for sentence in doc.sents:
        if rebutted(sentence):
            continue
        claims = claims_of(sentence)
        if claims is not None and claims.entries:
            yield sentence, claims


class RegistryContradictionCheck(Check):
    """A figure the matched entry contradicts, or results credited to a trial that has none."""

    def run(self, doc: Doc) -> Iterator[Hit]:
        for sentence, claims in _claimed(doc):
            match = claims.figure
            if match is not None and match.contradicts:
                figure = match.figure
                said = f"{figure.get('value', figure.get('range'))}%"
                when = f" at {figure['timeframe']}" if figure.get("timeframe") else ""
                yield Hit(
                    match.span.start_char,
                    match.span.end_char,
                    self._values(match.entry, f"the registry gives {figure['outcome']} {said}{when}"),
                    registry_id=match.entry.id,
                )
                continue
            withdrawn = [e for e in claims.cited if e.status == "withdrawn"]
            if withdrawn and (sentence._.figures or _RESULT.search(sentence.text)):
                named = claims.named[0]
                detail = f"{named.text.strip()} reported no results: the trial was withdrawn"
                if match is not None:
                    detail += f"; this figure comes from {source_text(match.entry)}"
                values = self._values(withdrawn[0], detail)
                yield Hit(named.start_char, named.end_char, values, registry_id=withdrawn[0].id)

    @staticmethod
    def _values(entry, detail: str) -> dict:  # type: ignore[no-untyped-def]
        return {"detail": detail, "entry": entry.id, "source": source_text(entry)}


class RegistryOverstatedCheck(Check):
    """Wording stronger than the entry's max_strength, or efficacy it does not show."""

    OPTIONS: ClassVar = {"min_strength": (str, "direct")}

    def run(self, doc: Doc) -> Iterator[Hit]:
        floor = STRENGTHS.index(self.options["min_strength"])
        for sentence, claims in _claimed(doc):
            entry = claims.reference
            strength = sentence_strength(sentence)
            if entry is None or strength < floor:
                continue
            unshown = entry.efficacy in ("not-shown", "contested")
            if strength <= entry.strength_rank and not unshown:
                continue
            allowed = entry.max_strength if not unshown else f"efficacy {entry.efficacy}"
            yield Hit(
                sentence.start_char,
                sentence.end_char,
                {
                    "strength": STRENGTHS[strength],
                    "allowed": allowed,
                    "entry": entry.id,
                    "statement": entry.statement,
                    "source": source_text(entry),
                },
                registry_id=entry.id,
            )


class RegistrySourceMismatchCheck(Check):
    """The sentence names a journal or institution that is none of the matched entry's sources."""

    def run(self, doc: Doc) -> Iterator[Hit]:
        for _sentence, claims in _claimed(doc):
            entry = claims.reference
            if not claims.named or claims.cited or entry is None:
                continue
            named = claims.named[0]
            yield Hit(
                named.start_char,
                named.end_char,
                {"name": named._.info["name"], "entry": entry.id, "source": source_text(entry)},
                registry_id=entry.id,
            )
