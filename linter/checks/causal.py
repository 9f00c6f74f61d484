"""Check: a causal claim whose own sentence or paragraph shows the evidence cannot carry it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from linter.checks.base import Check, Hit
from linter.checks.options import Option
from linter.claim import EVIDENCE_KINDS, Claim, Evidence, Passage
from linter.config.lexicon import default_lexicon, word_pattern
from linter.registry.match import Matches

# How the message names each kind.
DESCRIBED = {
    "observational": "observational",
    "preliminary": "preliminary",
    "animal": "from animals",
    "in_vitro": "from cells in a lab",
}
# A claim scoped to its own model ("in mice ...") or study is no overreach for these kinds.
MODEL_KINDS = ("animal", "in_vitro")
SHARED_WORDS = 2  # what the claim and the evidence sentence must share: cause and effect
_WORD = re.compile(r"[^\W\d_]{4,}")


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(default_lexicon().get("evidence.generic_words"))


@cache
def _study_scope() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("evidence.study_scope"))


def _subject_words(text: str) -> frozenset[str]:
    """The words of a sentence that say what it is about (four letters or more, not generic)."""
    return frozenset(_WORD.findall(text.lower())) - _generic_words()


def _weighed(evidence: Evidence) -> tuple[int, int]:
    """Evidence is weighed by kind (observational first), then by place."""
    return EVIDENCE_KINDS.index(evidence.kind), evidence.start


class CausalCheck(Check):
    """Yield one hit per unhedged, unnegated direct or absolute claim resting on weak evidence."""

    OPTIONS: ClassVar[dict[str, Option]] = {
        "evidence": Option(list, list(EVIDENCE_KINDS), EVIDENCE_KINDS),
        "paragraph": Option(bool, True),  # evidence in another sentence of the paragraph counts
    }

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        kinds = set(self.options["evidence"])
        asserting = [c for c in passage.claims if c.strength.asserts_cause]
        if not asserting:
            return
        evidence = sorted(
            (e for c in passage.claims for e in c.evidence if e.kind in kinds), key=_weighed
        )
        if not evidence:
            return
        owner = {e: c for c in passage.claims for e in c.evidence}
        for claim in asserting:
            found = self._evidence_for(claim, evidence, owner)
            if found is None:
                continue
            start, end = claim.strength.cue  # type: ignore[misc]
            yield Hit(
                start,
                end,
                {
                    "cue": passage.text[start:end],
                    "evidence": DESCRIBED[found.kind],
                    "evidence_cue": found.text,
                },
            )

    def _evidence_for(
        self, claim: Claim, evidence: list[Evidence], owner: dict[Evidence, Claim]
    ) -> Evidence | None:
        """The evidence cue that undercuts the claim: its own sentence first, then the paragraph."""
        inside = [e for e in evidence if owner[e] is claim]
        scoped_model = bool(claim.model_scopes)
        scoped_study = _study_scope().search(claim.text) is not None

        def undercuts(e: Evidence) -> bool:
            if e.kind in MODEL_KINDS and scoped_model:
                return False  # "In mice, the compound reversed ageing" is about mice
            # "In a pilot study of 20 patients, the drug reduced pain" reports that study.
            return not (scoped_study and e.kind != "observational")

        for e in inside:
            if undercuts(e):
                return e
        if not self.options["paragraph"] or scoped_model or _names_its_study(claim):
            # "A team at Harvard showed that X prevents Y in mice", "In a paper in JAMA, X cut
            # Y": the claim rests on its own study, not on another the paragraph describes.
            return None
        # Another sentence's evidence bears on this claim only if both are about the same cause
        # and effect: "Observational data tie vitamin D to insomnia" undercuts "Vitamin D stops
        # insomnia", not "Sleep plays a part" nor "Insomnia affects people differently".
        claim_words = _subject_words(claim.text)
        for e in evidence:
            if (
                owner[e] is not claim
                and undercuts(e)
                and len(claim_words & _subject_words(owner[e].text)) >= SHARED_WORDS
            ):
                return e
        return None


def _names_its_study(claim: Claim) -> bool:
    """Whether the claim's sentence names where it comes from (a journal, body, team, study)."""
    return any(a.named for a in claim.attributions)
