"""Evidence cues: the words that say a finding is observational, preliminary, animal or in vitro."""

from __future__ import annotations

import re
from functools import cache

from linter.claim import EVIDENCE_KINDS, Evidence
from linter.config.lexicon import default_lexicon, word_pattern

# A claim scoped to its own model ("in mice ...") is about that model, not about people.
MODEL_KINDS = ("animal", "in_vitro")
# "experiments on human cells": the model describes the study, it does not scope the claim.
_STUDY_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies)|research|experiments?|tests?|trials?|work|findings|data|results|"
    r"conducted|done|performed|carried out)\b[^.,;]{0,25}$",
    re.I,
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lexicon = default_lexicon()
    names = (*EVIDENCE_KINDS, "model_scope")
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
