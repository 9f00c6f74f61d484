"""Distil a sentence-encoder teacher into the shipped strength model, and cross-validate it.

The teacher: a logistic regression over the MiniLM embedding of each sentence
(bench/strength_unlabelled.py; the `train` extra) beside the student's own features. The
student: the shipped model (linter/nlp/strength_model.py, numpy at run time, the same
features), trained on the gold labels plus the teacher's soft labels on unlabelled sentences
of ../shared/data (exaggeration pairs, BioScope, articles, wild sites: their text only). Each
unlabelled sentence enters the fit four times, once per level, weighted by the teacher's
probability of that level times `alpha`. Nothing of the teacher ships.

Scored as bench/strength_cv.py scores the shipped setup: 5-fold cross-validation with the same
folds (a press release's sentences stay together), teacher and student both trained on the
training folds only; then across domains, both ways. The unlabelled pool never holds a
claim-strength sentence.

    python bench/strength_distill.py                 # every candidate, a line each
    python bench/strength_distill.py --only NAME ... --full
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from strength_cv import report
from strength_training import (
    SHIPPED,
    Dataset,
    Setup,
    design,
    fit,
    folds,
    load_sets,
    scores,
)
from strength_unlabelled import embed, unlabelled

from linter.nlp.strength import rule_readings as read_rules
from linter.nlp.strength_model import DENSE, LEVELS, Model, RuleReading


@dataclass(frozen=True)
class Distil:
    """One way to distil: what this script compares."""

    teacher: str = "embed+features"  # embed | embed+features | none (gold only)
    teacher_c: float = 1.0
    embed_scale: float = 1.0
    alpha: float = 0.5  # an unlabelled sentence's weight against a gold one
    hard: bool = False  # the teacher's argmax instead of its probabilities
    confident: float = 0.0  # only unlabelled sentences the teacher gives at least this
    student: Setup = SHIPPED
    balance_soft: bool = True  # the soft labels weighted by the gold classes' balance too
    without: tuple[str, ...] = ()  # pool sources left out (strength_unlabelled.CAPS names)


CANDIDATES = {
    "gold only (shipped setup)": Distil(teacher="none"),
    "teacher embed only": Distil(teacher="embed", alpha=0.0),
    "teacher embed+features": Distil(alpha=0.0),
    "distil a=0.5": Distil(),
    "distil a=0.2": Distil(alpha=0.2),
    "distil a=1": Distil(alpha=1.0),
    "distil hard p>=0.7 a=0.5": Distil(hard=True, confident=0.7),
    "distil embed-teacher a=0.5": Distil(teacher="embed"),
    "distil a=0.2 unbalanced soft, no BioScope": Distil(
        alpha=0.2, balance_soft=False, without=("bioscope",)
    ),
}


class Pool:
    """The labelled sets pooled, the unlabelled pool, their design matrices and embeddings."""

    def __init__(
        self, press: Dataset, pubmed: Dataset, setup: Setup, without: tuple[str, ...] = ()
    ) -> None:
        self.press, self.pubmed = press, pubmed
        self.data = press + pubmed
        texts = unlabelled(self.data.texts, without)
        rules = [RuleReading.from_info(info) for _, info in read_rules(texts)]
        self.extra = Dataset("unlabelled", texts, np.zeros(len(texts), np.int64), texts, rules)
        self.setup = setup
        self.x = design(self.data, setup)
        self.xu = design(self.extra, setup)
        self.e = embed(self.data.texts)
        self.eu = embed(texts)
        self.n = len(press.texts)
        self.fold = np.concatenate([folds(press), folds(pubmed)])


def _class_weights(labels: np.ndarray) -> np.ndarray:
    counts = np.bincount(labels, minlength=len(LEVELS)).astype(float)
    return len(labels) / (len(LEVELS) * np.maximum(counts, 1))


def teacher_probabilities(
    pool: Pool, train: np.ndarray, how: Distil, targets: list[tuple[sparse.csr_matrix, np.ndarray]]
) -> list[np.ndarray]:
    """The teacher, fitted on `train`, on each (design rows, embeddings) of `targets`."""
    from sklearn.linear_model import LogisticRegression

    def inputs(x: sparse.csr_matrix, e: np.ndarray) -> sparse.csr_matrix:
        parts = [sparse.csr_matrix(e * how.embed_scale)]
        if how.teacher == "embed+features":
            parts.append(x)
        return sparse.hstack(parts, format="csr")

    learner = LogisticRegression(C=how.teacher_c, class_weight="balanced", max_iter=5000)
    learner.fit(inputs(pool.x[train], pool.e[train]), pool.data.labels[train])
    return [learner.predict_proba(inputs(x, e)) for x, e in targets]


def student(pool: Pool, train: np.ndarray, how: Distil) -> Callable[[np.ndarray], np.ndarray]:
    """Fit the student on `train` (and the teacher's labels on the pool); its level of rows."""
    labels = pool.data.labels[train]
    if how.teacher == "none" or how.alpha == 0:
        model = fit(pool.data.subset(train), how.student, pool.x[train])
        weights = None
    else:
        (soft,) = teacher_probabilities(pool, train, how, [(pool.xu, pool.eu)])
        if how.hard:
            keep = soft.max(axis=1) >= how.confident
            hard = np.zeros_like(soft)
            hard[np.arange(len(soft)), soft.argmax(axis=1)] = 1.0
            soft = hard * keep[:, None]
        cw = _class_weights(labels)
        soft_cw = cw if how.balance_soft else np.ones(len(LEVELS))
        m = len(pool.extra.texts)
        x = sparse.vstack([pool.x[train], *([pool.xu] * len(LEVELS))], format="csr")
        y = np.concatenate([labels, np.repeat(np.arange(len(LEVELS)), m)])
        weights = np.concatenate([cw[labels], how.alpha * (soft * soft_cw).T.reshape(-1)])
        keep_rows = weights > 1e-4
        model = _fit_weighted(x[keep_rows], y[keep_rows], weights[keep_rows], how.student)

    def levels(rows: np.ndarray) -> np.ndarray:
        return scores(model, pool.x[rows], how.student).argmax(axis=1)

    return levels


def _fit_weighted(x: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, setup: Setup) -> Model:
    """strength_training.fit with explicit sample weights (class balance already in them)."""
    from sklearn.linear_model import LogisticRegression

    columns = np.unique(x.nonzero()[1])
    learner = LogisticRegression(C=setup.c, max_iter=5000)
    learner.fit(x[:, columns], y, sample_weight=w * len(y) / w.sum())
    coef = np.zeros((x.shape[1], len(LEVELS)))
    coef[columns] = learner.coef_.T
    hashed = coef[len(DENSE) :].astype(np.float16).astype(np.float32)
    return Model(
        dense=(coef[: len(DENSE)] * setup.dense_scale).astype(np.float32),
        hashed=hashed.reshape(2, 1 << setup.bits, len(LEVELS)),
        bias=learner.intercept_.astype(np.float32),
        bits=setup.bits,
        chars=setup.chars,
    )


def predictor(pool: Pool, how: Distil) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """Train on the first rows, the level of the second: the student, or the teacher alone."""
    if how.teacher != "none" and how.alpha == 0:

        def teacher(train: np.ndarray, test: np.ndarray) -> np.ndarray:
            (p,) = teacher_probabilities(pool, train, how, [(pool.x[test], pool.e[test])])
            return p.argmax(axis=1)

        return teacher
    return lambda train, test: student(pool, train, how)(test)


def evaluate(pool: Pool, how: Distil, full: bool, per_set: bool) -> dict[str, float]:
    run = predictor(pool, how)
    n, total = pool.n, len(pool.data.texts)
    labels, fold = pool.data.labels, pool.fold
    on_press, on_pubmed = np.arange(n), np.arange(n, total)
    out = {}

    def cv(rows: np.ndarray) -> np.ndarray:
        predicted = np.zeros(total, np.int64)
        for k in range(int(fold.max()) + 1):
            test = rows[fold[rows] == k]
            predicted[test] = run(rows[fold[rows] != k], test)
        return predicted[rows]

    if per_set:
        out["cv press"] = report("5-fold CV, press releases", labels[:n], cv(on_press), full)
        out["cv pubmed"] = report("5-fold CV, PubMed", labels[n:], cv(on_pubmed), full)
    predicted = cv(np.arange(total))
    out["cv pooled"] = report("5-fold CV, pooled", labels, predicted, full)
    out["cv pooled: press"] = report("  of which press releases", labels[:n], predicted[:n], full)
    out["cv pooled: pubmed"] = report("  of which PubMed", labels[n:], predicted[n:], full)
    out["press->pubmed"] = report(
        "trained on press, scored on PubMed", labels[n:], run(on_press, on_pubmed), full
    )
    out["pubmed->press"] = report(
        "trained on PubMed, scored on press", labels[:n], run(on_pubmed, on_press), full
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", help="candidate names")
    parser.add_argument("--full", action="store_true", help="confusion matrices, per-set CV")
    args = parser.parse_args()
    press, pubmed = load_sets()
    names = args.only or list(CANDIDATES)
    pools: dict[tuple[Setup, tuple[str, ...]], Pool] = {}
    rows = []
    for name in names:
        how = CANDIDATES[name]
        key = (how.student, how.without)
        if key not in pools:
            pools[key] = Pool(press, pubmed, how.student, how.without)
        pool = pools[key]
        start = time.perf_counter()
        print(f"--- {name}: {how}", flush=True)
        rows.append((name, evaluate(pool, how, args.full, args.full)))
        print(f"    ({time.perf_counter() - start:.0f} s)", flush=True)
    print(f"\nunlabelled pool: {len(next(iter(pools.values())).extra.texts)} sentences")
    keys = ["cv pooled", "cv pooled: press", "cv pooled: pubmed", "press->pubmed", "pubmed->press"]
    print(f"{'setup':30} " + " ".join(f"{k[:17]:>17}" for k in keys))
    for name, figures in rows:
        print(f"{name:30} " + " ".join(f"{figures[k]:17.3f}" for k in keys))


if __name__ == "__main__":
    main()
