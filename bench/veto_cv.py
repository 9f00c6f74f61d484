"""Can a learned veto over the rules' own findings raise precision, at almost no recall? (issue 14)

    python bench/veto_cv.py [--rows ROWS] [--verdicts DIR] [--fresh]
        [--balanced] [--c C] [--no-words] [--forest] [--curve]

Reads (or, with --fresh or no ROWS file, writes) one row per CITE, VAGUE, STAT and OVER finding
of the development data (bench/veto_data.py: the tune halves of the labelled sets and of
../shared/data/articles, the judged findings of the dev sites of C, D, F, P, Q, R, S), counts
the right and wrong findings per label, then cross-validates a logistic regression that
predicts whether a finding is right, grouped by site (a passage's site word, a real site's
folder): 10 outer folds; in each, 5 inner folds over the training sites choose the threshold.
A finding whose probability is under the threshold is vetoed.

Scored as bench/census.py scores: a labelled unit counts once per label however many findings
of that label it holds (it stays found while one survives); a judged finding counts alone.
Recall is over the labelled units only (judged sites have no count of what was missed).

Kill criterion, fixed before any check figure: out of fold, on CORE, the veto must remove at
least 25% of the false alarms while losing at most one right finding per four false alarms
removed. `--curve`: the out-of-fold AUC with a seeded quarter, half, three quarters or all of
each training fold's sites (does more data help?). The check halves are never read or scored here: only a veto that passed would be
scored on them, once.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
from articles import half_of as passage_half
from common import prf
from goldscore import CORE, load_gold
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from veto_data import read, rows_of, sources, write
from veto_score import THRESHOLDS, choose, passes, unit_counts

OUTER, INNER = 10, 5
ROWS = Path("/tmp/vetoL/rows-tune.jsonl")


def gold_positives(half: str) -> Counter:
    """Units labelled with each core label on a half of the labelled sets (recall's base)."""
    counts: Counter = Counter()
    for source in sources():
        if source.judged:
            continue
        for g in load_gold(source.folder):
            if passage_half(g["file"]) == half:
                counts.update(label for label in g["labels"] if label in CORE)
    return counts


def fit(x, y: np.ndarray, args: argparse.Namespace) -> LogisticRegression | RandomForestClassifier:
    """Logistic regression (liblinear, seeded), or with --forest a seeded random forest."""
    weight = "balanced" if args.balanced else None
    if args.forest:
        forest = RandomForestClassifier(
            500, min_samples_leaf=2, class_weight=weight, random_state=0, n_jobs=1
        )
        return forest.fit(x, y)
    model = LogisticRegression(solver="liblinear", C=args.c, class_weight=weight, random_state=0)
    return model.fit(x, y)


def matrix(rows: list[dict], args: argparse.Namespace) -> tuple:
    """The rows' features as a sparse matrix, their labels (1: right) and their sites."""
    names = [
        {k: v for k, v in r["x"].items() if not (args.no_words and k.startswith("h:"))}
        for r in rows
    ]
    x = DictVectorizer().fit_transform(names).tocsr()
    # liblinear takes 32-bit indices only; DictVectorizer may give 64-bit ones.
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    y = np.array([r["right"] for r in rows], int)
    return x, y, np.array([r["site"] for r in rows])


def out_of_fold(
    rows: list[dict], args: argparse.Namespace, share: float = 1.0
) -> tuple[np.ndarray, list[float]]:
    """Out-of-fold probabilities, and each outer fold's threshold from its inner folds; with
    `share` < 1 each training fold keeps a seeded share of its sites (the learning curve)."""
    x, y, groups = matrix(rows, args)
    probs = np.zeros(len(rows))
    chosen = []
    seeded = np.random.default_rng(0)
    for train, test in GroupKFold(OUTER).split(x, y, groups):
        if share < 1.0:
            sites = np.unique(groups[train])
            kept = seeded.choice(sites, max(2, round(share * len(sites))), replace=False)
            train = train[np.isin(groups[train], kept)]
        inner = np.zeros(len(train))
        for itrain, itest in GroupKFold(INNER).split(train, y[train], groups[train]):
            inner[itest] = fit(x[train[itrain]], y[train[itrain]], args).predict_proba(
                x[train[itest]]
            )[:, 1]
        chosen.append(choose([rows[i] for i in train], inner))
        probs[test] = fit(x[train], y[train], args).predict_proba(x[test])[:, 1]
    return probs, chosen


def table(rows: list[dict], kept: np.ndarray, gold: Counter, title: str) -> Counter:
    counts = unit_counts(rows, kept)
    print(title)
    for label in (*CORE, "CORE"):
        c = counts[label]
        base = gold["CORE" if label == "CORE" else label] or sum(gold[k] for k in CORE)
        p0, _, _ = prf(c["tp"], c["fp"], 0)
        p1, _, _ = prf(c["tp_kept"], c["fp_kept"], 0)
        r0 = c["tp_gold"] / base
        r1 = c["tp_gold_kept"] / base
        print(
            f"  {label:6} P {p0:.3f} -> {p1:.3f}  R(labelled) {r0:.3f} -> {r1:.3f}  "
            f"wrong removed {c['fp'] - c['fp_kept']}/{c['fp']}  "
            f"right lost {c['tp'] - c['tp_kept']}/{c['tp']}"
        )
    return counts["CORE"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, default=ROWS)
    parser.add_argument("--verdicts", type=Path, help="copies of the verdict files: DIR/X.jsonl")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--no-words", action="store_true", help="without the hashed words")
    parser.add_argument("--forest", action="store_true", help="a random forest instead")
    parser.add_argument("--curve", action="store_true", help="AUC by share of training sites")
    args = parser.parse_args()
    if args.fresh or not args.rows.exists():
        rows = [r for s in sources(args.verdicts) for r in rows_of(s, "tune")]
        args.rows.parent.mkdir(parents=True, exist_ok=True)
        write(rows, args.rows)
    rows = read(args.rows)
    counts = Counter((r["label"], r["right"]) for r in rows)
    print(f"{len(rows)} findings, {len({r['site'] for r in rows})} sites")
    for label in CORE:
        right, wrong = counts[(label, True)], counts[(label, False)]
        note = "  (under 30 negatives)" if wrong < 30 else ""
        print(f"  {label:6} right {right:4}  wrong {wrong:4}{note}")
    gold = gold_positives("tune")
    gold["CORE"] = sum(gold[k] for k in CORE)
    wrong = np.array([not r["right"] for r in rows])
    if args.curve:
        for share in (0.25, 0.5, 0.75, 1.0):
            auc = roc_auc_score(~wrong, out_of_fold(rows, args, share)[0])
            print(f"  {share:.2f} of the training sites: out-of-fold AUC {auc:.3f}")
        return
    causes = Counter(r.get("cause") for r in rows if not r["right"] and r.get("cause"))
    print(f"causes of the judged false alarms: {dict(causes.most_common())}")
    probs, chosen = out_of_fold(rows, args)
    print(f"in sample (trained and scored on all rows): AUC {in_sample_auc(rows, args):.3f}")
    order = np.argsort(probs, kind="stable")
    lowest = [f"{int(wrong[order[:k]].sum())}/{k}" for k in (10, 30, 60)]
    print(
        f"out of fold: AUC {roc_auc_score(~wrong, probs):.3f}; wrong among the 10/30/60 "
        f"findings of lowest probability {' '.join(lowest)} (base rate {wrong.mean():.3f})"
    )
    table(rows, np.ones(len(rows), bool), gold, "rules alone (units; R over labelled units)")
    for t in THRESHOLDS:
        core = table(rows, probs >= t, gold, f"rules + veto, p < {t} vetoed (out of fold)")
        print(f"  kill criterion at {t}: {'passes' if passes(core) else 'fails'}")
    print(f"thresholds the inner folds chose: {chosen}")
    kept = np.array([p >= t for p, t in zip(probs, fold_thresholds(rows, chosen), strict=True)])
    core = table(rows, kept, gold, "rules + veto, each outer fold at its inner threshold")
    print(f"KILL CRITERION (inner thresholds): {'passes' if passes(core) else 'FAILS'}")


def in_sample_auc(rows: list[dict], args: argparse.Namespace) -> float:
    """How well the model separates the rows it was trained on: what it could memorise."""
    x, y, _ = matrix(rows, args)
    return float(roc_auc_score(y, fit(x, y, args).predict_proba(x)[:, 1]))


def fold_thresholds(rows: list[dict], chosen: list[float]) -> list[float]:
    """Each row's outer fold's chosen threshold (the folds as out_of_fold made them)."""
    groups = np.array([r["site"] for r in rows])
    per_row = [0.0] * len(rows)
    dummy = np.zeros((len(rows), 1))
    for fold, (_, test) in enumerate(GroupKFold(OUTER).split(dummy, groups=groups)):
        for i in test:
            per_row[i] = chosen[fold]
    return per_row


if __name__ == "__main__":
    main()
