"""The learned overstatement reading (issue 14, session 29): where the word classes found no
overstatement in a sentence, the model of linter/nlp/over_model.py may still read one.

It reads every sentence of a page at once (one numpy batch, in `begin`), never a question, a
negated or sourced sentence, or a linked source's quoted words, and names the word n-grams that
weighed most. Its finding is a `warning`: a learned reading is less sure than a rule's.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from linter.checks.base import Hit
from linter.claim import Claim, Passage
from linter.findings import Level
from linter.nlp.over_model import Model, SentenceInput, bundled_model

MESSAGE = (
    "the learned model reads this sentence as an overstatement (its words: {words}); "
    "no word class of the rules matched it"
)


def barred(text: str, claim: Claim) -> bool:
    """A sentence the model never reads, whatever its words."""
    if text.rstrip().endswith("?") or claim.has_source or claim.quotes_source:
        return True
    return claim.strength.negated or any(m.category == "negation" for m in claim.modifiers)


def page_scores(passages: Sequence[Passage], model: Model | None = None) -> list[np.ndarray]:
    """Each passage's claims' probabilities (0 for a barred claim), read as one batch."""
    model = model or bundled_model()
    items: list[SentenceInput] = []
    where: list[tuple[int, int]] = []
    for number, passage in enumerate(passages):
        for claim in passage.claims:
            text = passage.text[claim.start : claim.end]
            if not barred(text, claim):
                items.append(SentenceInput(text, passage.kind, claim))
                where.append((number, claim.index))
    scores = [np.zeros(len(p.claims)) for p in passages]
    if items:
        for (number, index), p in zip(where, model.probabilities(items), strict=True):
            scores[number][index] = p
    return scores


def learned_hits(
    passage: Passage, scores: np.ndarray, flagged: set[int], model: Model | None = None
) -> list[Hit]:
    """A hit per sentence at or over the model's threshold the rules left without one."""
    model = model or bundled_model()
    hits = []
    for claim in passage.claims:
        if claim.index in flagged or scores[claim.index] < model.threshold:
            continue
        text = passage.text[claim.start : claim.end]
        words = model.carriers(text)
        named = ", ".join(f"'{w}'" for w in words) or "none stands out"
        message = MESSAGE.format(words=named)
        values = {"term": text.strip(), "hedge": ""}
        hits.append(Hit(claim.start, claim.end, values, level=Level.WARNING, message=message))
    return hits
