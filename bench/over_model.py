"""The learned overstatement model (issue 14): hashed word n-grams and what the Claim holds in,
the probability that a sentence overstates out, and the n-grams that carried it.

Numpy only, so it could run where the linter runs; trained by bench/train_over.py (the `train`
extra). Kept in bench/, not in the package: it did not carry over to wording nobody tuned on
(bench/README.md, "A learned overstatement model from the written sets", session 29). Commit
e17ebdeb has it wired into the overstatement rule, as it was measured.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, NamedTuple

import numpy as np

from linter.claim import Claim
from linter.nlp.strength_model import write_arrays
from linter.nlp.text_hash import Batch, hashed_ngrams, normalise

WEIGHTS = "over-model.npz"
FORMAT = 1  # bump when the features change: a weights file of another format will not load
KINDS = ("heading", "list_item", "paragraph")
DENSE = (
    "source",
    *(f"kind:{k}" for k in (*KINDS, "other")),
    "attribution:named",
    "attribution:vague",
    "figure",
    "evidence",
    *(f"modifier:{k}" for k in ("negation", "hedge", "booster", "reported")),
    *(f"strength:{k}" for k in range(5)),
    "strength:weak",
    "strength:hedged",
    "strength:negated",
    "strength:reported",
    "surface:words",
    "surface:exclamation",
    "surface:digit",
    "surface:you",
    "surface:we",
)


class SentenceInput(NamedTuple):
    """What the model reads of one sentence."""

    text: str
    kind: str  # the passage's kind
    claim: Claim


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)


def _dense_row(item: SentenceInput) -> list[float]:
    claim, text, reading = item.claim, item.text, item.claim.strength
    # Not the other rules' labels: a check does not see the others' findings.
    row = [float(bool(claim.sources))]
    row += [float(item.kind == k) for k in KINDS] + [float(item.kind not in KINDS)]
    named = any(a.basis != "mention" and a.kind in _NAMED for a in claim.attributions)
    row += [float(named), float(any(a.kind not in _NAMED for a in claim.attributions))]
    row += [float(bool(claim.figures)), float(bool(claim.evidence))]
    categories = {m.category for m in claim.modifiers}
    row += [float(k in categories) for k in ("negation", "hedge", "booster", "reported")]
    row += [float(int(reading.level) == k) for k in range(5)]
    row += [float(reading.weak), float(reading.hedged), float(reading.negated)]
    row.append(float(reading.reported))
    row += [
        math.log1p(len(text.split())) / 4,
        float("!" in text),
        float(any(c.isdigit() for c in text)),
        float(bool(_YOU.search(text))),
        float(bool(_WE.search(text))),
    ]
    return row


def _named_kinds() -> frozenset[str]:
    from linter.claim import NAMED_KINDS

    return frozenset(NAMED_KINDS)


_NAMED = _named_kinds()


def dense_features(items: Sequence[SentenceInput]) -> np.ndarray:
    """(len(items), len(DENSE)) float32."""
    if not items:
        return np.zeros((0, len(DENSE)), np.float32)
    return np.array([_dense_row(item) for item in items], np.float32)


def ngram_features(texts: Sequence[str], bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, bucket, value) of the word uni- and bigrams of each sentence."""
    row, column, _kind, scale = hashed_ngrams(Batch(list(texts)), bits)
    return row, column, scale


@dataclass(frozen=True)
class Model:
    """A logistic model: weights over DENSE and over 2**bits hashed word n-gram buckets."""

    dense: np.ndarray  # (len(DENSE),)
    hashed: np.ndarray  # (2**bits,)
    bias: float
    bits: int
    threshold: float = 2.0  # a sentence is read as overstating from this probability up

    def probabilities(self, items: Sequence[SentenceInput]) -> np.ndarray:
        """Each sentence's probability of an overstatement."""
        if not items:
            return np.zeros(0)
        score = dense_features(items) @ self.dense + self.bias
        row, column, scale = ngram_features([i.text for i in items], self.bits)
        score += np.bincount(row, self.hashed[column] * scale, minlength=len(items))
        return 1.0 / (1.0 + np.exp(-score))

    def carriers(self, text: str, top: int = 3) -> list[str]:
        """The word uni- and bigrams of a sentence with the largest positive weights, most
        weighty first: what the finding names as the words that carried it."""
        tokens = normalise(text).split()
        # One text: its unigrams come first, one per token, then its bigrams, in order.
        grams = tokens + [f"{a} {b}" for a, b in pairwise(tokens)]
        _row, column, _scale = ngram_features([text], self.bits)
        if len(column) != len(grams):  # a text the normaliser splits otherwise: name nothing
            return []
        weight = self.hashed[column]
        named: list[str] = []
        for index in np.argsort(-weight, kind="stable"):
            gram = grams[index].replace("^", "").replace("$", "").strip()
            if weight[index] <= 0 or len(named) == top:
                break
            if any(c.isalpha() for c in gram) and gram not in named:
                named.append(gram)
        return named


def save(path: str, model: Model) -> None:
    """Write the weights reproducibly (fixed zip dates; only the buckets training reached, as
    float16)."""
    rows = np.flatnonzero(model.hashed != 0)
    arrays = {
        "format": np.array([FORMAT, model.bits], np.int64),
        "dense_names": np.array(DENSE),
        "dense": model.dense.astype(np.float32),
        "bias": np.array([model.bias, model.threshold], np.float32),
        "rows": rows.astype(np.uint32),
        "hashed": model.hashed[rows].astype(np.float16),
    }
    write_arrays(path, arrays)


def load(source: Any) -> Model:
    """A model from a weights file (a path or a binary file object)."""
    with np.load(source, allow_pickle=False) as data:
        version, bits = (int(v) for v in data["format"])
        if version != FORMAT or tuple(data["dense_names"]) != DENSE:
            raise ValueError("overstatement model: weights of another format; retrain them")
        hashed = np.zeros(1 << bits, np.float32)
        hashed[data["rows"]] = data["hashed"]
        bias, threshold = (float(v) for v in data["bias"])
        return Model(data["dense"], hashed, bias, bits, threshold)
