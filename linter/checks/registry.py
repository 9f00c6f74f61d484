"""Checks against the registry: contradicted figures, overstated wording, mismatched sources."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from linter.checks.base import Check, Hit
from linter.nlp.components.extensions import SPAN_KEYS, doc_text, sentences, span_text
from linter.registry.match import SentenceClaims, best_evidence, claims_of, source_text
from linter.registry.schema import STRENGTHS

_RESULT = re.compile(
    r"\b(?:found|showed|shown|demonstrated|reported|led to|resulted|achiev\w+|improv\w+|"
    r"reduc\w+|survival|remission|effective)\b",
    re.I,
)


def claim_info(sentence: Span) -> dict | None:
    """What the strength component found for the sentence: strength, cue, negated, hedged."""
    for claim in sentence.doc.spans.get(SPAN_KEYS["claims"], ()):
        if claim.start <= sentence.start < claim.end:
            return claim._.info
    return None


def rebutted(sentence: Span) -> bool:
    """The sentence reports a claim in order to reject it ("claims that X cures Y are false")."""
    return any(
        m.label_ == "reported" or (m.label_ == "negation" and m._.info["direction"] == "backward")
        for m in sentence._.modifiers
    )


def _claimed(doc: Doc) -> Iterator[tuple[Span, SentenceClaims]]:
    for sentence in sentences(doc):
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
                    self._values(
                        match.entry, f"the registry gives {figure['outcome']} {said}{when}"
                    ),
                    registry_id=match.entry.id,
                )
                continue
            withdrawn = [e for e in claims.cited if e.status == "withdrawn"]
            if withdrawn and (sentence._.figures or _RESULT.search(span_text(sentence))):
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

    def run(self, doc: Doc) -> Iterator[Hit]:
        floor = STRENGTHS.index(self.options["min_strength"])
        for sentence, claims in _claimed(doc):
            info = claim_info(sentence)
            if info is None or info["negated"] or info["reported"] or info["cue"] is None:
                continue
            # The registry's scale stops at direct: absolute wording is overstatement's business.
            strength = min(int(info["strength"]), STRENGTHS.index("direct"))
            # Only entries about whether a treatment works speak to efficacy wording, and only
            # a sentence naming the condition claims an effect on it (not "eliminates cells").
            entry = (
                claims.cited[0]
                if claims.cited
                else best_evidence(tuple(e for e in claims.explicit if e.efficacy))
            )
            if entry is None or strength < floor:
                continue
            unshown = entry.efficacy in ("not-shown", "contested")
            if strength <= entry.strength_rank and not unshown:
                continue
            size = f" of {entry.evidence_size}" if entry.evidence_size else ""
            efficacy = entry.efficacy or "not rated"
            evidence = (
                f"{entry.evidence_level}{size}, efficacy {efficacy}, "
                f"allows {entry.max_strength} wording"
            )
            start, end = info["cue"]
            yield Hit(
                start,
                end,
                {
                    "cue": doc_text(doc)[start:end],
                    "strength": STRENGTHS[strength],
                    "evidence": evidence,
                    "entry": entry.id,
                    "source": source_text(entry),
                },
                suggestion=f"The registry's evidence: {entry.statement}",
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
