"""Does the learned overstatement model carry over to a set nobody trained on? Leave one SET out.

Each written set (bench/data/written*, not the session-29 blind ones), the articles' tune half
and each wild site's windows is a group (bench/over_data.py); each is held out in turn, the model
(bench/over_training.py) fitted on the others. Inside each training fold a grouped 5-fold CV gives
out-of-fold probabilities, and the threshold is the lowest at which rules OR model keeps
precision >= --bar on those rows; the model refitted on the whole training fold is scored on the
held-out set at that threshold, and at fixed ones. Scored by gold unit (bench/goldscore.py: a
unit counts as flagged when one of its sentences is). The model never reads a sentence the rules
flagged already, a question, or a negated or sourced one.

    python bench/over_cv.py [--bar 0.9] [--C 1] [--balanced] [--per-set] [--bits 16]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from learned_scores import pr, unit_scores
from over_data import load_over_rows
from over_training import LABEL, decided, design, fit, labels, scores
from sklearn.model_selection import GroupKFold

FIXED = (0.5, 0.6, 0.7, 0.8, 0.9)


def out_of_fold(x, y, groups, c, balanced, folds=5) -> np.ndarray:
    p = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        p[test] = scores(fit(x[train], y[train], c, balanced), x[test])
    return p


def threshold_for(
    p: np.ndarray, y: np.ndarray, ruled: np.ndarray, closed: np.ndarray, bar: float
) -> float:
    """The lowest threshold at which rules OR model (the model only on open rows) keeps
    precision >= bar on these rows, scanning down from the top and stopping at the first
    threshold that falls below it; 2.0 (never) when none adds a right row."""
    best = 2.0
    open_p = np.where(closed, -1.0, p)
    for t in sorted(set(np.round(p[~closed], 4).tolist()), reverse=True):
        fired = ruled | (open_p >= t)
        tp, fp = int((fired & y).sum()), int((fired & ~y).sum())
        if tp + fp and tp / (tp + fp) < bar:
            break
        if (fired & ~ruled & y).any():
            best = t
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bar", type=float, default=0.9)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--bits", type=int, default=16)
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument(
        "--residual", action="store_true", help="fit only on rows the rules leave without OVER"
    )
    parser.add_argument("--per-set", action="store_true", help="a line per held-out set")
    args = parser.parse_args()
    began = time.process_time()
    rows = load_over_rows()
    x, y = design(rows, args.bits), labels(rows)
    groups = np.array([r.site for r in rows])
    closed = decided(rows)
    ruled = np.array([LABEL in r.rules for r in rows])
    p = np.zeros(len(rows))  # out of fold, each set's own
    t = np.zeros(len(rows))  # the threshold its training sets chose
    sets = sorted(set(groups))
    for held in sets:
        test = groups == held
        train = ~test & ~ruled if args.residual else ~test
        inner = out_of_fold(x[train], y[train], groups[train], args.C, args.balanced)
        t[test] = threshold_for(inner, y[train], ruled[train], closed[train], args.bar)
        p[test] = scores(fit(x[train], y[train], args.C, args.balanced), x[test])
    print(f"{len(rows)} rows, {len(sets)} sets, {time.process_time() - began:.0f} s CPU")
    ts = sorted(set(t.tolist()))
    print(f"thresholds chosen: {min(ts):.3f} to {max(ts):.3f} (median {np.median(t):.3f})")
    base = unit_scores(rows, LABEL, ruled)
    print(f"rules alone            {pr(*base)}")
    cv = ruled | ((p >= t) & ~closed)
    print(f"rules OR model, CV t   {pr(*unit_scores(rows, LABEL, cv))}")
    for fixed in FIXED:
        model = (p >= fixed) & ~closed
        both = unit_scores(rows, LABEL, ruled | model)
        alone = unit_scores(rows, LABEL, (p >= fixed) & ~barred_rows(rows, closed))
        added = (both[0] - base[0], both[1] - base[1])
        print(
            f"p >= {fixed}: rules OR model {pr(*both)}  adds +{added[0]} right +{added[1]} wrong;"
            f"  model alone {pr(*alone)}"
        )
    if args.per_set:
        for held in sets:
            keep = groups == held
            sub = [r for r, k in zip(rows, keep, strict=True) if k]
            line = [f"{held[:34]:34}"]
            line.append(pr(*unit_scores(sub, LABEL, ruled[keep])))
            line.append(pr(*unit_scores(sub, LABEL, cv[keep])))
            model = (p[keep] >= 0.5) & ~closed[keep]
            line.append(pr(*unit_scores(sub, LABEL, ruled[keep] | model)))
            print("  ".join(line))
    np.save("/tmp/learnO/oof.npy", np.stack([p, t]))


def barred_rows(rows, closed) -> np.ndarray:
    """The guard alone (questions, negated, sourced), without the rules' own OVER."""
    return closed & ~np.array([LABEL in r.rules for r in rows])


if __name__ == "__main__":
    main()
