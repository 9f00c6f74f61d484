"""Checks against the registry: contradicted figures and links, overstated wording, and
figures credited to another source. Each speaks only where an entry applies to the sentence
(linter/registry/applies.py) and says what the registry holds in words a writer reads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.checks.base import Check, Hit
from linter.checks.options import Option
from linter.claim import Claim, Passage
from linter.registry.cite import evidence_words, figure_words, source_words, verdict_words
from linter.registry.entries import Entry
from linter.registry.match import Matches, SentenceClaims, best_evidence, overstated
from linter.registry.schema import STRENGTHS


def _claimed(passage: Passage, matches: Matches) -> Iterator[tuple[Claim, SentenceClaims]]:
    """The sentences that some registry entry applies to."""
    for claim in passage.claims:
        found = matches.of(claim)
        if found is not None and found.applied:
            yield claim, found


def _about(found: SentenceClaims, entry: Entry) -> str:
    """ "lung cancer": the entry's condition as the sentence names it, or as the entry does."""
    for a in found.applied:
        if a.entry is entry and a.condition is not None:
            return found.reading.text[a.condition.start : a.condition.end]
    return entry.conditions[0]


def _withdrawn_words(found: SentenceClaims, entry: Entry) -> str:
    named = found.named[0].name.strip() if found.named else source_words(entry)
    return (
        f"the registry records the {named} trial ({source_words(entry)}) as "
        f"{entry.status} with no results, so it cannot be the source of this finding"
    )


class RegistryContradictionCheck(Check):
    """A figure the registry's applicable evidence certainly contradicts, a link it records as
    refuted or unsupported, or results credited to a trial withdrawn with none."""

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        for claim, found in _claimed(passage, matches):
            if claim.rebutted:
                continue
            verdict = found.figure
            if verdict is not None and found.figure_contradicted:
                first = verdict.comparisons[0]
                stated = verdict.stated
                detail = (
                    f"The registry's source for {_about(found, first.entry)}, "
                    f"{source_words(first.entry)}, gives {figure_words(first.figure)}; "
                    f"the sentence says {stated.text.strip()}"
                )
                if found.withdrawn is not None:
                    detail += f", and {_withdrawn_words(found, found.withdrawn)}"
                yield Hit(
                    stated.start,
                    stated.end,
                    {"detail": detail + ".", "entry": first.entry.id},
                    suggestion=(
                        f"Give the registry's figure, {figure_words(first.figure)} "
                        f"({source_words(first.entry)}), or cite the source of yours and "
                        "its population and period"
                    ),
                    registry_id=first.entry.id,
                )
                continue
            if found.withdrawn is not None:
                named = found.named[0]
                detail = _withdrawn_words(found, found.withdrawn)
                agreeing = found.figure.agreeing if found.figure else ()
                if agreeing:
                    detail += (
                        f"; {figure_words(agreeing[0].figure)} is the figure of "
                        f"{source_words(agreeing[0].entry)}"
                    )
                detail = detail[0].upper() + detail[1:]
                yield Hit(
                    named.start,
                    named.end,
                    {"detail": detail + ".", "entry": found.withdrawn.id},
                    registry_id=found.withdrawn.id,
                )
                continue
            if found.links:
                applied, (start, end) = max(
                    found.links, key=lambda link: (link[0].entry.evidence_rank, link[0].entry.id)
                )
                entry = applied.entry
                kind = "no such link" if entry.relation == "refuted" else "no reliable effect"
                detail = (
                    f"The registry's evidence finds {kind}: {entry.statement} "
                    f"({source_words(entry)})"
                )
                yield Hit(
                    claim.start + start,
                    claim.start + end,
                    {"detail": detail, "entry": entry.id},
                    registry_id=entry.id,
                )


class RegistryOverstatedCheck(Check):
    """Wording stronger than every applicable entry's evidence supports."""

    OPTIONS: ClassVar[dict[str, Option]] = {"min_strength": Option(str, "direct", STRENGTHS)}

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        floor = STRENGTHS.index(self.options["min_strength"])
        for claim, found in _claimed(passage, matches):
            if found.contradicted:
                continue  # registry-contradiction says more
            entry = overstated(found, claim, floor)
            if entry is None or claim.strength.cue is None:
                continue
            start, end = claim.strength.cue
            evidence = (
                f"the registry's evidence is {evidence_words(entry)}, which {verdict_words(entry)}"
            )
            yield Hit(
                start,
                end,
                {"cue": passage.text[start:end], "evidence": evidence, "entry": entry.id},
                suggestion=f"The registry's evidence: {entry.statement}",
                registry_id=entry.id,
            )


class RegistrySourceMismatchCheck(Check):
    """A study's figure credited to a journal or institution that is not its source."""

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        for _claim, found in _claimed(passage, matches):
            verdict = found.figure
            if not found.named or found.contradicted or verdict is None:
                continue
            if any(c.entry in found.cited for c in verdict.agreeing):
                continue  # the named source is the figure's own
            studies = tuple(
                c.entry
                for c in verdict.agreeing
                if c.entry.evidence_level
                not in ("registry", "agency-statement", "advocacy-estimate")
                and not c.entry.no_results
            )
            entry = best_evidence(tuple(dict.fromkeys(studies)))
            if entry is None:
                continue
            figure = next(c.figure for c in verdict.agreeing if c.entry is entry)
            named = found.named[0]
            detail = (
                f"the registry has this figure ({figure_words(figure)}) from {source_words(entry)}"
            )
            yield Hit(
                named.start,
                named.end,
                {"name": named.name.strip(), "detail": detail, "entry": entry.id},
                registry_id=entry.id,
            )
