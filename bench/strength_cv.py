"""Cross-validate the learned strength model, and score it across domains, against the rules.

5-fold cross-validation, stratified by label, with folds decided by sentence ids (a press
release's sentences stay together; see strength_training.folds): on the press-release
sentences, on the PubMed conclusions, and on both pooled (each set's folds joined). Then
trained on one set and scored on the other, both ways: the figure that predicts real articles.
The rule classifier alone is scored on the same sentences. Prints macro-F1, per-class F1 and
confusion matrices. Needs the `train` extra.

    python bench/strength_cv.py                  # the setup train_strength.py ships
    python bench/strength_cv.py --compare        # every candidate setup, one line each
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

import numpy as np
from scipy import sparse
from strength_training import (
    HEADLINE,
    SHIPPED,
    Dataset,
    Setup,
    design,
    fit,
    folds,
    load_sets,
    scores,
)

from linter.nlp.strength_cue_context import AFTER, BEFORE, COLUMNS, FORMS, HEDGES, MODAL_VERBS
from linter.nlp.strength_model import LEVELS

CANDIDATES = {
    "logistic (shipped)": SHIPPED,
    "logistic C=0.3": replace(SHIPPED, c=0.3),
    "logistic C=3": replace(SHIPPED, c=3.0),
    "logistic unbalanced": replace(SHIPPED, balanced=False),
    "logistic rule cues x1": replace(SHIPPED, dense_scale=1.0),
    "logistic rule cues x0.1": replace(SHIPPED, dense_scale=0.1),
    "logistic char 3-5": replace(SHIPPED, chars=(3, 4, 5)),
    "logistic char 4-grams": replace(SHIPPED, chars=(4,)),
    "logistic 2^18 buckets": replace(SHIPPED, bits=18),
    "n-grams x rule level": replace(SHIPPED, conjoin=True),
    "n-grams x rule level, C=0.3": replace(SHIPPED, conjoin=True, c=0.3),
    "word pairs 2 apart": replace(SHIPPED, pairs=(2,)),
    "word pairs 2-3 apart": replace(SHIPPED, pairs=(2, 3)),
    "word pairs 2-4 apart": replace(SHIPPED, pairs=(2, 3, 4)),
    "rule-cue features only": replace(SHIPPED, family="rules"),
    "n-grams only (no rule cues)": replace(SHIPPED, family="ngrams"),
    "linear SVM C=0.1": replace(SHIPPED, family="svm", c=0.1),
    "linear SVM C=0.03": replace(SHIPPED, family="svm", c=0.03),
    "logistic C=1": replace(SHIPPED, c=1.0),
    "logistic C=2": replace(SHIPPED, c=2.0),
    "all cue context and the headline, C=2": replace(SHIPPED, c=2.0, drop=()),
    "all cue context and the headline": replace(SHIPPED, drop=()),
    "+ the modal columns": replace(SHIPPED, drop=HEADLINE),
    "+ the modal's causal column only": replace(
        SHIPPED, drop=("modal+be", "modal+other", *HEADLINE)
    ),
    "+ the headline": replace(SHIPPED, drop=MODAL_VERBS),
    "no verb forms": replace(SHIPPED, drop=(*SHIPPED.drop, *FORMS)),
    "no word before": replace(SHIPPED, drop=(*SHIPPED.drop, *BEFORE)),
    "no word after": replace(SHIPPED, drop=(*SHIPPED.drop, *AFTER)),
    "no reporting hedge": replace(SHIPPED, drop=(*SHIPPED.drop, *HEDGES)),
    "no cue context, no headline (shipped before), C=1": replace(
        SHIPPED, c=1.0, drop=(*COLUMNS, *HEADLINE)
    ),
}


def confusion(gold: np.ndarray, predicted: np.ndarray) -> np.ndarray:
    matrix = np.zeros((4, 4), np.int64)
    np.add.at(matrix, (gold, predicted), 1)
    return matrix


def f1s(matrix: np.ndarray) -> np.ndarray:
    tp = np.diag(matrix).astype(float)
    precision = tp / np.maximum(matrix.sum(axis=0), 1)
    recall = tp / np.maximum(matrix.sum(axis=1), 1)
    return np.where(tp > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)


def rule_levels(data: Dataset) -> np.ndarray:
    return np.array([min(r.level, 3) for r in data.rules])


def train_and_score(
    data: Dataset, x: sparse.csr_matrix, train: np.ndarray, test: np.ndarray, setup: Setup
) -> np.ndarray:
    """The level of each `test` sentence from the model trained on the `train` sentences."""
    model = fit(data.subset(train), setup, x[train])
    return scores(model, x[test], setup).argmax(axis=1)


def cross_validate(
    data: Dataset, x: sparse.csr_matrix, fold: np.ndarray, setup: Setup
) -> np.ndarray:
    """Each sentence's level from the model trained on the other folds."""
    out = np.zeros(len(data.texts), np.int64)
    for k in range(int(fold.max()) + 1):
        test = np.flatnonzero(fold == k)
        out[test] = train_and_score(data, x, np.flatnonzero(fold != k), test, setup)
    return out


def report(title: str, gold: np.ndarray, predicted: np.ndarray, full: bool) -> float:
    matrix = confusion(gold, predicted)
    scores = f1s(matrix)
    per_class = "  ".join(f"{n[:5]} {f:.3f}" for n, f in zip(LEVELS, scores, strict=True))
    print(f"{title:34} macro-F1 {scores.mean():.3f}   {per_class}")
    if full:
        print(
            "    confusion (rows gold, columns predicted): "
            + " ".join(f"{n[:6]:>6}" for n in LEVELS)
        )
        for name, row in zip(LEVELS, matrix, strict=True):
            print(f"    {name:41} " + " ".join(f"{v:6}" for v in row))
    return float(scores.mean())


def evaluate(press: Dataset, pubmed: Dataset, setup: Setup, full: bool) -> dict[str, float]:
    """Every figure for one setup: CV on each set and pooled, and across domains."""
    pooled = press + pubmed
    x = design(pooled, setup)  # n-gram hashing has nothing to fit: built once for all folds
    n = len(press.texts)
    on_press, on_pubmed = np.arange(n), np.arange(n, len(pooled.texts))
    fold = np.concatenate([folds(press), folds(pubmed)])
    out = {}
    predicted = cross_validate(press, x[:n], fold[:n], setup)
    out["cv press"] = report("5-fold CV, press releases", press.labels, predicted, full)
    predicted = cross_validate(pubmed, x[n:], fold[n:], setup)
    out["cv pubmed"] = report("5-fold CV, PubMed", pubmed.labels, predicted, full)
    predicted = cross_validate(pooled, x, fold, setup)
    out["cv pooled"] = report("5-fold CV, pooled", pooled.labels, predicted, full)
    out["cv pooled: press"] = report("  of which press releases", press.labels, predicted[:n], full)
    out["cv pooled: pubmed"] = report("  of which PubMed", pubmed.labels, predicted[n:], full)
    predicted = train_and_score(pooled, x, on_press, on_pubmed, setup)
    out["press->pubmed"] = report(
        "trained on press, scored on PubMed", pubmed.labels, predicted, full
    )
    predicted = train_and_score(pooled, x, on_pubmed, on_press, setup)
    out["pubmed->press"] = report(
        "trained on PubMed, scored on press", press.labels, predicted, full
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare", action="store_true", help="every candidate, a line each")
    parser.add_argument("--only", nargs="*", help="candidate names to compare")
    args = parser.parse_args()
    press, pubmed = load_sets()
    print(
        f"{len(press.texts)} press-release sentences ({len(set(press.groups))} releases), {len(pubmed.texts)} PubMed conclusions\n"
    )
    print("rule classifier alone (no training: the same figure on every fold)")
    report("rules, press releases", press.labels, rule_levels(press), True)
    report("rules, PubMed", pubmed.labels, rule_levels(pubmed), True)
    pooled = press + pubmed
    report("rules, pooled", pooled.labels, rule_levels(pooled), True)
    print()
    if not args.compare:
        print(f"model: {SHIPPED}")
        evaluate(press, pubmed, SHIPPED, full=True)
        return
    names = args.only or list(CANDIDATES)
    rows = []
    for name in names:
        start = time.perf_counter()
        print(f"--- {name}")
        scores = evaluate(press, pubmed, CANDIDATES[name], full=False)
        rows.append((name, scores, time.perf_counter() - start))
    keys = ["cv press", "cv pubmed", "cv pooled", "press->pubmed", "pubmed->press"]
    print(f"\n{'setup':30} " + " ".join(f"{k:>14}" for k in keys) + "  cross-mean")
    for name, scores, _ in rows:
        cross = (scores["press->pubmed"] + scores["pubmed->press"]) / 2
        print(f"{name:30} " + " ".join(f"{scores[k]:14.3f}" for k in keys) + f"  {cross:10.3f}")


if __name__ == "__main__":
    main()
