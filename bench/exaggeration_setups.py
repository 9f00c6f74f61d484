"""The setups bench/exaggeration_cv.py compares: how the model is trained, and how a pair's
label is decided from its two sentences' level probabilities."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from strength_training import SHIPPED

from linter.nlp.strength_model import DENSE, LEVELS

# exaggerates, same, downplays: the label indices of exaggeration_cv.LABELS.
EXAGGERATES, SAME, DOWNPLAYS = 0, 1, 2


@dataclass(frozen=True)
class Decision:
    """A pair's label from the press release's and the abstract's level probabilities.

    argmax: the sign of the difference of the two most probable levels (what ships).
    expected: the sign of the difference of the expected levels, "same" within +-margin.
    mass: the most probable of press above, equal to, below abstract, the sentences read as
    independent, with `margin` added to "equal".
    """

    kind: str = "argmax"
    margins: tuple[float, ...] = ()

    def labels(self, press: np.ndarray, abstract: np.ndarray, margin: float) -> np.ndarray:
        if self.kind == "argmax":
            difference = press.argmax(axis=1) - abstract.argmax(axis=1)
            margin = 0.0
        elif self.kind == "expected":
            level = np.arange(len(LEVELS))
            difference = press @ level - abstract @ level
        else:
            joint = press[:, :, None] * abstract[:, None, :]  # [pair, press level, abstract level]
            above = np.tril(np.ones((len(LEVELS),) * 2), -1)
            mass = np.stack(
                [
                    (joint * above).sum(axis=(1, 2)),
                    np.trace(joint, axis1=1, axis2=2) + margin,
                    (joint * above.T).sum(axis=(1, 2)),
                ],
                axis=1,
            )
            return mass.argmax(axis=1)
        out = np.full(len(press), SAME)
        out[difference > margin + 1e-9] = EXAGGERATES
        out[difference < -margin - 1e-9] = DOWNPLAYS
        return out


@dataclass(frozen=True)
class Candidate:
    """How to train: the InSciOut sentences' weight (0: not trained on), a source column
    crossed with the rule features (InSciOut's conventions learnt apart), or the rules alone."""

    decision: Decision = Decision()
    weight: float = 0.0
    source: bool = False
    rules: bool = False
    negated_none: bool = False  # a claim the rules found negated reads as none (Sumner's 0)
    c: float = SHIPPED.c  # what train_strength.py ships, so the figures are of the shipped fit

    def fit_predict(
        self, x: sparse.csr_matrix, data: object, offset: int, train: np.ndarray, test: np.ndarray
    ) -> np.ndarray:
        """The level probabilities of the `test` rows, trained on the `train` rows; rows from
        `offset` on are InSciOut sentences."""
        negated = np.array([data.rules[i].negated for i in test], bool)  # type: ignore[attr-defined]
        if self.rules:
            level = np.array([min(data.rules[i].level, 3) for i in test])  # type: ignore[attr-defined]
            return np.eye(len(LEVELS))[np.where(negated & self.negated_none, 0, level)]
        from sklearn.linear_model import LogisticRegression

        if self.source:
            source = sparse.csr_matrix(
                (np.arange(x.shape[0]) >= offset).astype(np.float64)[:, None]
            )
            x = sparse.hstack([x, source, x[:, : len(DENSE)].multiply(source)], format="csr")
        weight = np.where(train >= offset, self.weight, 1.0)
        columns = np.unique(x[train].nonzero()[1])
        learner = LogisticRegression(C=self.c, class_weight="balanced", max_iter=5000)
        learner.fit(x[train][:, columns], data.labels[train], sample_weight=weight)  # type: ignore[attr-defined]
        odds = learner.predict_proba(x[test][:, columns])
        if self.negated_none:  # as `healthlint strength --negated none` reads them
            odds[negated] = np.eye(len(LEVELS))[0]
        return odds


EXPECTED = Decision("expected", tuple(np.round(np.arange(0, 1.51, 0.05), 2)))
MASS = Decision("mass", tuple(np.round(np.arange(0, 0.41, 0.02), 2)))

SETUPS = {
    "rules, argmax": Candidate(rules=True),
    "rules, negated as none": Candidate(rules=True, negated_none=True),
    "model (claim-strength only), argmax": Candidate(),
    "model (claim-strength only), expected+margin": Candidate(EXPECTED),
    "model (claim-strength only), mass+margin": Candidate(MASS),
    "+InSciOut x1, argmax": Candidate(weight=1.0),
    "+InSciOut x3, argmax": Candidate(weight=3.0),
    "+InSciOut x10, argmax": Candidate(weight=10.0),
    "+InSciOut x3 +source, argmax": Candidate(weight=3.0, source=True),
    "+InSciOut x1 +source, argmax": Candidate(weight=1.0, source=True),
    "+InSciOut x3, expected+margin": Candidate(EXPECTED, weight=3.0),
    "+InSciOut x3 +source, expected+margin": Candidate(EXPECTED, weight=3.0, source=True),
    "+InSciOut x10 +source, argmax": Candidate(weight=10.0, source=True),
    "+InSciOut x3 +source, mass+margin": Candidate(MASS, weight=3.0, source=True),
    "model, negated as none, argmax": Candidate(negated_none=True),
    "model, negated as none, expected+margin": Candidate(EXPECTED, negated_none=True),
    "model, negated as none, mass+margin": Candidate(MASS, negated_none=True),
    "+InSciOut x3 +source, negated as none, argmax": Candidate(
        weight=3.0, source=True, negated_none=True
    ),
    "+InSciOut x3 +source, negated as none, expected+margin": Candidate(
        EXPECTED, weight=3.0, source=True, negated_none=True
    ),
    "+InSciOut x10 +source, negated as none, argmax": Candidate(
        weight=10.0, source=True, negated_none=True
    ),
    "+InSciOut x10 +source, negated as none, expected+margin": Candidate(
        EXPECTED, weight=10.0, source=True, negated_none=True
    ),
}
