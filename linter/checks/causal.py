"""Check: a causal claim whose own sentence or paragraph shows the evidence cannot carry it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from linter.checks.base import Check, Hit
from linter.config.check_options import EVIDENCE_KINDS
from linter.nlp.components.extensions import SPAN_KEYS, doc_text, sentences, span_text
from linter.nlp.components.strength import Strength
from linter.nlp.lexicon import default_lexicon, word_pattern

# How the message names each kind.
DESCRIBED = {
    "observational": "observational",
    "preliminary": "preliminary",
    "animal": "from animals",
    "in_vitro": "from cells in a lab",
}
# A claim scoped to its own model ("in mice ...") or study is no overreach for these kinds.
MODEL_KINDS = ("animal", "in_vitro")
# "experiments on human cells": the model describes the study, it does not scope the claim.
_STUDY_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies)|research|experiments?|tests?|trials?|work|findings|data|results|"
    r"conducted|done|performed|carried out)\b[^.,;]{0,25}$",
    re.I,
)


@dataclass(frozen=True)
class Evidence:
    """An evidence cue in the Doc: its kind and character range."""

    kind: str
    start: int
    end: int
    text: str


SHARED_WORDS = 2  # what the claim and the evidence sentence must share: cause and effect
_WORD = re.compile(r"[^\W\d_]{4,}")


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(default_lexicon().get("evidence.generic_words"))


def _subject_words(text: str) -> set[str]:
    """The words of a sentence that say what it is about (four letters or more, not generic)."""
    return {w for w in _WORD.findall(text.lower())} - _generic_words()


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lexicon = default_lexicon()
    names = (*EVIDENCE_KINDS, "model_scope", "study_scope")
    return {name: word_pattern(lexicon.get(f"evidence.{name}")) for name in names}


def find_evidence(text: str) -> tuple[list[Evidence], list[tuple[int, int]]]:
    """Evidence cues in `text`, and the model scopes ("in mice") that are not part of one."""
    patterns = _patterns()
    found = [
        Evidence(kind, m.start(), m.end(), m.group(0))
        for kind in EVIDENCE_KINDS
        for m in patterns[kind].finditer(text)
    ]
    scopes = [
        m.span()
        for m in patterns["model_scope"].finditer(text)
        if not any(e.kind in MODEL_KINDS and e.start <= m.start() < e.end for e in found)
        and not _STUDY_BEFORE.search(text, max(0, m.start() - 45), m.start())
    ]
    return found, scopes


class CausalCheck(Check):
    """Yield one hit per unhedged, unnegated direct or absolute claim resting on weak evidence."""

    def run(self, doc: Doc) -> Iterator[Hit]:
        kinds = set(self.options["evidence"])
        claims = doc.spans.get(SPAN_KEYS["claims"], ())
        evidence, scopes = find_evidence(doc_text(doc))
        evidence = [e for e in evidence if e.kind in kinds]
        words_at = _sentence_words(doc)
        for claim in claims:
            info = claim._.info
            if not _asserts_cause(info):
                continue
            found = self._evidence_for(claim, evidence, scopes, words_at)
            if found is None:
                continue
            start, end = info["cue"]
            yield Hit(
                start,
                end,
                {
                    "cue": doc_text(doc)[start:end],
                    "evidence": DESCRIBED[found.kind],
                    "evidence_cue": found.text,
                },
            )

    def _evidence_for(
        self,
        claim: Span,
        evidence: list[Evidence],
        scopes: list[tuple[int, int]],
        words_at: Callable[[int], set[str]],
    ) -> Evidence | None:
        """The evidence cue that undercuts the claim: its own sentence first, then the paragraph."""
        inside = [e for e in evidence if claim.start_char <= e.start < claim.end_char]
        scoped_model = any(claim.start_char <= s < claim.end_char for s, _ in scopes)
        scoped_study = _patterns()["study_scope"].search(claim.text) is not None

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
        claim_words = words_at(claim.start_char)
        for e in evidence:
            if (
                e not in inside
                and undercuts(e)
                and len(claim_words & words_at(e.start)) >= SHARED_WORDS
            ):
                return e
        return None


def _names_its_study(claim: Span) -> bool:
    """Whether the claim's sentence names where it comes from (a journal, body, team, study)."""
    return any(s.label_ == "named" for s in claim._.attributions)


def _sentence_words(doc: Doc) -> Callable[[int], set[str]]:
    """Character offset -> the subject words of its sentence, each sentence read once."""
    spans = sentences(doc)
    starts = [s.start_char for s in spans]

    @cache
    def of_sentence(index: int) -> set[str]:
        return _subject_words(span_text(spans[index]))

    return lambda char: of_sentence(bisect.bisect_right(starts, char) - 1)


def _asserts_cause(info: dict | None) -> bool:
    """A direct or absolute claim that the writer makes: not hedged, negated or reported."""
    if not info or info["cue"] is None:
        return False
    if info["strength"] < Strength.DIRECT or info.get("weak"):
        return False  # hype without an effect ("a miracle") is overstatement's business
    return not (info["negated"] or info["hedged"] or info["reported"])
