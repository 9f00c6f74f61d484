"""What the learned overstatement model (issue 14, session 29) is fitted on, and how: the feature
matrix of linter/nlp/over_model.py over bench/over_data.py's rows, a seeded logistic regression,
and the guard that keeps the model off a sentence whatever its words. Shared by
bench/train_over.py (the shipped weights), bench/over_cv.py (validation) and
bench/over_wild.py (the wild sites)."""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from learned_data import Row
from over_model import DENSE, Model, SentenceInput, dense_features, ngram_features
from scipy import sparse
from sklearn.linear_model import LogisticRegression

BITS = 16
# C and the threshold from bench/over_cv.py (leave one set out): C=10 at p >= 0.8 added the
# most right units for the fewest wrong ones (bench/README.md, issue 14, session 29, learnO).
C = 10.0
THRESHOLD = 0.8
LABEL = "OVER"


def inputs(rows: list[Row]) -> list[SentenceInput]:
    return [
        SentenceInput(r.passage.text[r.claim.start : r.claim.end], r.kind, r.claim) for r in rows
    ]


def design(rows: list[Row], bits: int = BITS) -> sparse.csr_matrix:
    """Dense block, then the hashed word uni- and bigrams."""
    items = inputs(rows)
    dense = sparse.csr_matrix(dense_features(items))
    row, column, value = ngram_features([i.text for i in items], bits)
    words = sparse.csr_matrix((value, (row, column)), shape=(len(items), 1 << bits))
    words.sum_duplicates()
    return sparse.hstack([dense, words]).tocsr()


def labels(rows: list[Row]) -> np.ndarray:
    return np.array([LABEL in r.gold for r in rows])


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float = C, balanced: bool = False) -> Model:
    """A logistic regression (liblinear, seeded) as the package's Model."""
    fitted = LogisticRegression(
        C=c,
        solver="liblinear",
        max_iter=2000,
        random_state=0,
        class_weight="balanced" if balanced else None,
    )
    fitted.fit(x, y)
    weights = fitted.coef_[0].astype(np.float32)
    bits = int(np.log2(x.shape[1] - len(DENSE)))
    return Model(weights[: len(DENSE)], weights[len(DENSE) :], float(fitted.intercept_[0]), bits)


def scores(model: Model, x: sparse.csr_matrix) -> np.ndarray:
    """The model's probabilities from a ready design matrix (as Model.probabilities)."""
    w = np.concatenate([model.dense, model.hashed]).astype(np.float64)
    return 1.0 / (1.0 + np.exp(-(x @ w + model.bias)))


def decided(rows: list[Row]) -> np.ndarray:
    """Rows the model never reads: the rules gave OVER already, or the guard rules it out (a
    question, a negated or a sourced sentence)."""
    return np.array([LABEL in r.rules or barred(r) for r in rows])


def barred(row: Row) -> bool:
    text = row.passage.text[row.claim.start : row.claim.end].rstrip()
    claim = row.claim
    negated = claim.strength.negated or any(m.category == "negation" for m in claim.modifiers)
    return text.endswith("?") or claim.has_source or negated
