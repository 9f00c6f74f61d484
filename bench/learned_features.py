"""Features of the learned sentence model (issue 14): what a sentence holds, not which words.

One row per sentence: the labels the rules gave it, what the typed Claim holds (sources,
attributions by kind, figures by kind, hedges, negations, evidence cues, the strength reading),
the passage's kind, a few surface marks, and whether each word class of the project's own
lexicons (rules/lexicon: attribution, evidence and hype classes, each with its published source
named there) occurs in it. Word uni- and bigrams are hashed (linter/nlp/text_hash.py) into a
second, sparse block. No spaCy here: a Claim is a frozen record. Kept in bench/, not in the
package: the model did not earn its place in the pipeline (bench/README.md, "Model card: the
learned sentence model").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

import numpy as np

from linter.claim import EVIDENCE_KINDS, FIGURE_KINDS, NAMED_KINDS, VAGUE_KINDS, Claim
from linter.nlp.text_hash import Batch, hashed_ngrams

RULE_LABELS = ("CITE", "VAGUE", "STAT", "OVER", "CAUSAL")
KINDS = ("heading", "list_item", "paragraph")
# The lexicon classes whose presence is a feature: the word classes of evidence, attribution
# and hype (each documented with its source in its YAML).
LEXICON_FILES = ("attribution", "evidence", "hype")


class SentenceInput(NamedTuple):
    """What the model reads of one sentence."""

    text: str
    kind: str  # the passage's kind
    claim: Claim
    rules: frozenset[str]  # labels the rules gave the sentence (RULE_LABELS)


@cache
def lexicon_classes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, whole-word pattern) of every lexicon class used as a feature, in a fixed order."""
    from linter.config.lexicon import default_lexicon, word_pattern

    terms = default_lexicon().terms
    names = sorted(n for n in terms if n.split(".")[0] in LEXICON_FILES and terms[n])
    return tuple((name, word_pattern(terms[name])) for name in names)


def dense_names() -> tuple[str, ...]:
    names = [f"rule:{label}" for label in RULE_LABELS]
    names += ["source:any", "source:inherited"]
    names += [f"kind:{k}" for k in (*KINDS, "other")]
    names += [f"attribution:{k}" for k in (*NAMED_KINDS, *VAGUE_KINDS)]
    names += ["attribution:reported", "attribution:mention", "attribution:back"]
    names += [f"figure:{k}" for k in FIGURE_KINDS] + ["figure:quantity", "figure:measures"]
    names += [f"modifier:{k}" for k in ("negation", "hedge", "booster", "reported")]
    names += [f"evidence:{k}" for k in EVIDENCE_KINDS]
    names += [f"strength:{k}" for k in range(5)]
    names += ["strength:asserts", "strength:weak", "strength:hedged", "strength:negated"]
    names += ["surface:words", "surface:question", "surface:exclamation", "surface:quote"]
    names += ["surface:digit", "surface:percent", "surface:you", "surface:we", "surface:capitals"]
    names += [f"lexicon:{name}" for name, _ in lexicon_classes()]
    return tuple(names)


_YOU = re.compile(r"\b(you|your|yours|yourself)\b", re.I)
_WE = re.compile(r"\b(we|our|us)\b", re.I)
_QUOTE = re.compile(r"[\"“”]")
_CAPITAL = re.compile(r"(?<=\w )[A-Z][a-z]+")


def text_shape(text: str) -> list[float]:
    """The surface of a sentence, read the same by the claim features and the plain model
    (learned_plain.py): length, question, exclamation, quotes, digits, percent, reader and
    writer addressed, capitalised words inside."""
    return [
        math.log1p(len(text.split())) / 4,
        float(text.rstrip().endswith("?")),
        float("!" in text),
        float(bool(_QUOTE.search(text))),
        float(any(c.isdigit() for c in text)),
        float("%" in text or "percent" in text.lower()),
        float(bool(_YOU.search(text))),
        float(bool(_WE.search(text))),
        min(len(_CAPITAL.findall(text)), 4) / 4,
    ]


def _dense_row(item: SentenceInput) -> list[float]:
    claim, text = item.claim, item.text
    row = [float(label in item.rules) for label in RULE_LABELS]
    row += [float(bool(claim.sources)), float(any(s.inherited for s in claim.sources))]
    row += [float(item.kind == k) for k in KINDS] + [float(item.kind not in KINDS)]
    kinds = [a.kind for a in claim.attributions]
    row += [float(k in kinds) for k in (*NAMED_KINDS, *VAGUE_KINDS)]
    row += [
        float(any(a.basis == "reported" for a in claim.attributions)),
        float(any(a.basis == "mention" for a in claim.attributions)),
        float(any(a.reference != "new" for a in claim.attributions)),
    ]
    figures = [f.kind for f in claim.figures]
    row += [float(k in figures) for k in FIGURE_KINDS]
    row += [
        float(any(f.quantity for f in claim.figures)),
        float(any(f.measures for f in claim.figures)),
    ]
    categories = {m.category for m in claim.modifiers}
    row += [float(k in categories) for k in ("negation", "hedge", "booster", "reported")]
    evidence = {e.kind for e in claim.evidence}
    row += [float(k in evidence) for k in EVIDENCE_KINDS]
    reading = claim.strength
    row += [float(int(reading.level) == k) for k in range(5)]
    row += [
        float(reading.asserts_cause),
        float(reading.weak),
        float(reading.hedged),
        float(reading.negated),
    ]
    row += text_shape(text)
    row += [float(bool(pattern.search(text))) for _, pattern in lexicon_classes()]
    return row


def dense_features(items: Sequence[SentenceInput]) -> np.ndarray:
    """(len(items), len(dense_names())) float32."""
    width = len(dense_names())
    if not items:
        return np.zeros((0, width), np.float32)
    return np.array([_dense_row(item) for item in items], np.float32)


def hashed_features(
    items: Sequence[SentenceInput], bits: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, bucket, value) of the word uni- and bigrams of each sentence."""
    row, column, _kind, scale = hashed_ngrams(Batch([i.text for i in items]), bits)
    return row, column, scale
