"""Checks against the registry: contradicted figures, overstated wording, mismatched sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from linter.checks.base import Check, Hit
from linter.checks.options import Option
from linter.claim import Claim, Passage, Strength
from linter.registry.cite import source_text
from linter.registry.entries import Entry
from linter.registry.match import Matches, SentenceClaims, best_evidence
from linter.registry.schema import STRENGTHS

_RESULT = re.compile(
    r"\b(?:found|showed|shown|demonstrated|reported|led to|resulted|achiev\w+|improv\w+|"
    r"reduc\w+|survival|remission|effective)\b",
    re.I,
)


def _claimed(passage: Passage, matches: Matches) -> Iterator[tuple[Claim, SentenceClaims]]:
    """The sentences that match a registry entry and are not reported in order to be rejected."""
    for claim in passage.claims:
        if claim.rebutted:
            continue
        found = matches.of(claim)
        if found is not None and found.entries:
            yield claim, found


def _values(entry: Entry, detail: str) -> dict[str, Any]:
    return {"detail": detail, "entry": entry.id, "source": source_text(entry)}


class RegistryContradictionCheck(Check):
    """A figure the matched entry contradicts, or results credited to a trial that has none."""

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        for claim, found in _claimed(passage, matches):
            match = found.figure
            if match is not None and match.contradicts:
                figure = match.figure
                said = f"{figure.get('value', figure.get('range'))}%"
                when = f" at {figure['timeframe']}" if figure.get("timeframe") else ""
                yield Hit(
                    match.stated.start,
                    match.stated.end,
                    _values(match.entry, f"the registry gives {figure['outcome']} {said}{when}"),
                    registry_id=match.entry.id,
                )
                continue
            withdrawn = [e for e in found.cited if e.status == "withdrawn"]
            if withdrawn and (claim.figures or _RESULT.search(claim.text)):
                named = found.named[0]
                detail = f"{named.text.strip()} reported no results: the trial was withdrawn"
                if match is not None:
                    detail += f"; this figure comes from {source_text(match.entry)}"
                values = _values(withdrawn[0], detail)
                yield Hit(named.start, named.end, values, registry_id=withdrawn[0].id)


class RegistryOverstatedCheck(Check):
    """Wording stronger than the entry's max_strength, or efficacy it does not show."""

    OPTIONS: ClassVar[dict[str, Option]] = {"min_strength": Option(str, "direct", STRENGTHS)}

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        floor = STRENGTHS.index(self.options["min_strength"])
        for claim, found in _claimed(passage, matches):
            reading = claim.strength
            if reading.negated or reading.reported or reading.cue is None:
                continue
            # The registry's scale stops at direct: absolute wording is overstatement's business.
            strength = min(int(reading.level), int(Strength.DIRECT))
            # Only entries about whether a treatment works speak to efficacy wording, and only
            # a sentence naming the condition claims an effect on it (not "eliminates cells").
            entry = (
                found.cited[0]
                if found.cited
                else best_evidence(tuple(e for e in found.explicit if e.efficacy))
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
            start, end = reading.cue
            yield Hit(
                start,
                end,
                {
                    "cue": passage.text[start:end],
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

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        for _claim, found in _claimed(passage, matches):
            entry = found.reference
            if not found.named or found.cited or entry is None:
                continue
            named = found.named[0]
            yield Hit(
                named.start,
                named.end,
                {"name": named.name, "entry": entry.id, "source": source_text(entry)},
                registry_id=entry.id,
            )
