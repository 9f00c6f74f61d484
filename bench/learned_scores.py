"""How the learned sentence model's findings are scored (bench/learned_cv.py, issue 14): by gold
unit, as bench/goldscore.py scores (a unit counts as flagged when one of its sentences is), and
the threshold the precision bar allows."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from learned_data import Row


def threshold_for(
    p: np.ndarray, y: np.ndarray, ruled: np.ndarray, bar: float, added_only: bool = False
) -> float:
    """The lowest threshold at which rules OR model keeps precision >= bar on these rows; with
    added_only, at which the model's own additions (rows `ruled` leaves open) keep it, however
    far the rules alone are from the bar."""
    best = 2.0
    for t in sorted(set(np.round(p[~ruled], 4).tolist()), reverse=True):
        fired = (p >= t) & ~ruled if added_only else ruled | (p >= t)
        tp = int((fired & y).sum())
        fp = int((fired & ~y).sum())
        if tp + fp and tp / (tp + fp) >= bar and (fired & ~ruled & y).any():
            best = t
        elif tp + fp and tp / (tp + fp) < bar and not added_only:
            break
    return best


def unit_scores(rows: list[Row], label: str, fired: np.ndarray) -> tuple[int, int, int]:
    """tp, fp, fn over gold units: a unit is flagged when any of its sentences is."""
    units: dict[tuple[str, int], list[bool]] = defaultdict(lambda: [False, False])
    for r, f in zip(rows, fired, strict=True):
        key = (r.group, r.unit)
        units[key][0] |= label in r.gold
        units[key][1] |= bool(f)
    tp = sum(1 for g, f in units.values() if g and f)
    fp = sum(1 for g, f in units.values() if f and not g)
    fn = sum(1 for g, f in units.values() if g and not f)
    return tp, fp, fn


def ranked_additions(rows: list[Row], label: str, p: np.ndarray, decided: np.ndarray) -> str:
    """The model's additions most probable first, by gold unit (a unit takes its best
    sentence's probability; units the rules or the guard already decided are left out): how
    many of the top 5, 10 and 20 are right, and the best precision over every cut."""
    best: dict[tuple[str, int], float] = {}
    gold: dict[tuple[str, int], bool] = {}
    closed: set[tuple[str, int]] = set()
    for r, q, d in zip(rows, p, decided, strict=True):
        key = (r.group, r.unit)
        gold[key] = gold.get(key, False) or label in r.gold
        if d and label in r.rules:
            closed.add(key)  # the rules flag the unit already: nothing to add
        elif not d:
            best[key] = max(best.get(key, 0.0), float(q))
    order = sorted((k for k in best if k not in closed), key=lambda k: (-best[k], k))
    right = np.cumsum([gold[k] for k in order]) if order else np.zeros(0)
    cuts = [f"top {n}: {int(right[n - 1])} right" for n in (5, 10, 20) if len(order) >= n]
    # Five units at least: a cut of one or two right ones says nothing about a threshold.
    top = max(((right[i] / (i + 1), i + 1) for i in range(4, len(order))), default=(0.0, 0))
    if not top[1]:
        return f"additions ranked: {len(order)} units only"
    return (
        f"additions ranked: {'; '.join(cuts)}; best precision over cuts of 5 or more "
        f"{top[0]:.2f} at the top {top[1]} (p >= {best[order[top[1] - 1]]:.2f})"
    )


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} ({tp:3}/{fp:2}/{fn:2})"
