"""How the learned veto is scored (bench/veto_cv.py), apart from the model so that it is
tested without the `train` extra: a labelled unit counts once per label however many findings
of that label it holds, and the kill criterion the model card states."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
from veto_data import LABELLED

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def unit_of(row: dict) -> tuple:
    return (row["set"], row["file"], row["unit"], row["label"])


def unit_counts(rows: list[dict], kept: np.ndarray) -> dict[str, Counter]:
    """Per label: right and wrong units found by the rules, and still found with the veto."""
    alive: dict[tuple, bool] = defaultdict(bool)
    right: dict[tuple, bool] = {}
    for row, keep in zip(rows, kept, strict=True):
        unit = unit_of(row)
        alive[unit] |= bool(keep)
        right[unit] = row["right"]
    out: dict[str, Counter] = defaultdict(Counter)
    for unit, survives in alive.items():
        label, labelled = unit[3], unit[0] in (*LABELLED, "articles")
        kind = "tp" if right[unit] else "fp"
        for name in (label, "CORE"):
            out[name][kind] += 1
            out[name][kind + "_kept"] += survives
            if labelled:
                out[name][kind + "_gold"] += 1
                out[name][kind + "_gold_kept"] += survives
    return out


def passes(counts: Counter) -> bool:
    """The kill criterion: at least a quarter of the false alarms removed, one right lost per
    four removed at most."""
    removed = counts["fp"] - counts["fp_kept"]
    lost = counts["tp"] - counts["tp_kept"]
    return removed >= 0.25 * counts["fp"] and lost * 4 <= removed and removed > 0


def choose(rows: list[dict], probs: np.ndarray) -> float:
    """The threshold removing most false alarms while losing at most 1 right per 4 removed."""
    best, best_removed = 0.0, 0
    for t in THRESHOLDS:
        c = unit_counts(rows, probs >= t)["CORE"]
        removed, lost = c["fp"] - c["fp_kept"], c["tp"] - c["tp_kept"]
        if removed > best_removed and lost * 4 <= removed:
            best, best_removed = t, removed
    return best
