"""Does a sentence model trained on the real sites' hand labels add OVER findings on a site it
was not trained on? Leave one site (or one set) out (issue 14, session 32, learnR).

Rows: bench/over_real_data.py (every sentence of the complete RETIRED sets), optionally with the
written sets' rows of bench/over_data.py added to every training fold (never scored). The model
and its guard are bench/over_training.py's (learnO's): hashed word uni- and bigrams and the
Claim's dense features, a seeded liblinear logistic regression; it never reads a sentence the
rules flag OVER already, a question, a negated or a sourced one.

For each held-out group the model is fitted on the other groups; a grouped 5-fold CV inside them
gives out-of-fold probabilities, and the threshold is the lowest at which the model's own
additions there (sentences the rules and the guard leave open) keep precision >= --bar: the
rules alone stand far below any bar on real sites, so the bar is on what the model adds.
Scored by unit (over_real_data.py): pooled over the held-out groups, the rules alone, and what
the model adds (right: an OVER unit the rules miss; wrong: a sentence with no OVER label) at the
chosen threshold and at fixed ones, with the kind of site the additions fall on.

    python bench/over_real_cv.py [--by site|set] [--written] [--C 10] [--bar 0.8] [--balanced]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

import numpy as np
from learned_scores import ranked_additions
from over_cv import out_of_fold
from over_real_data import kind_of, load_real_rows
from over_training import LABEL, decided, design, fit, labels, scores
from scipy import sparse

FIXED = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def additions_threshold(p: np.ndarray, y: np.ndarray, open_: np.ndarray, bar: float) -> float:
    """The lowest threshold at which the open rows the model flags keep precision >= bar,
    counting at least 3 right ones (2.0, never, when none does)."""
    q, truth = p[open_], y[open_]
    order = np.argsort(-q, kind="stable")
    right = np.cumsum(truth[order])
    flagged = np.arange(1, len(order) + 1)
    ok = (right / flagged >= bar) & (right >= 3)
    if not ok.any():
        return 2.0
    last = int(np.flatnonzero(ok)[-1])
    return float(q[order][last])


def added(rows, ruled: np.ndarray, fired: np.ndarray) -> tuple[Counter, Counter, int, int]:
    """Right and wrong additions by unit, counted per kind of site, and how many distinct
    sentences of a site they are (a template sentence repeated on a site's pages is one unit
    a page)."""
    units: dict[tuple[str, int], list] = {}
    for r, rule, f in zip(rows, ruled, fired, strict=True):
        u = units.setdefault((r.group, r.unit), [False, False, False, kind_of(r.site), ""])
        u[0] |= bool(rule)
        u[2] |= LABEL in r.gold
        if f and not u[1]:
            u[4] = f"{r.site} {' '.join(r.passage.text[r.claim.start : r.claim.end].split())}"
        u[1] |= bool(f)
    right, wrong = Counter(), Counter()
    distinct: dict[bool, set[str]] = {True: set(), False: set()}
    for by_rules, by_model, gold, kind, text in units.values():
        if by_model and not by_rules:
            (right if gold else wrong)[kind] += 1
            distinct[gold].add(text)
    return right, wrong, len(distinct[True]), len(distinct[False])


def rules_alone(rows, ruled: np.ndarray) -> str:
    units: dict[tuple[str, int], list[bool]] = {}
    for r, rule in zip(rows, ruled, strict=True):
        u = units.setdefault((r.group, r.unit), [False, False])
        u[0] |= bool(rule)
        u[1] |= LABEL in r.gold
    tp = sum(f and g for f, g in units.values())
    fp = sum(f and not g for f, g in units.values())
    fn = sum(g and not f for f, g in units.values())
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} ({tp} right, {fp} wrong, {fn} missed)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--by", choices=("site", "set"), default="site")
    parser.add_argument("--written", action="store_true", help="also train on the written sets")
    parser.add_argument(
        "--written-only",
        action="store_true",
        help="fit once on the written sets alone (learnO's model) and score every real site",
    )
    parser.add_argument("--C", type=float, default=10.0)
    parser.add_argument("--bar", type=float, default=0.8)
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument(
        "--fixed-only",
        action="store_true",
        help="no inner CV (the fixed thresholds only): one fit a held-out group",
    )
    parser.add_argument("--save", help="write the held-out probabilities and thresholds (.npy)")
    args = parser.parse_args()
    began = time.process_time()
    rows = load_real_rows()
    x, y = design(rows), labels(rows)
    groups = np.array([r.site if args.by == "site" else r.source for r in rows])
    closed = decided(rows)
    ruled = np.array([LABEL in r.rules for r in rows])
    if args.written or args.written_only:
        from over_data import load_over_rows

        extra = load_over_rows()
        xw, yw = design(extra), labels(extra)
        gw = np.array([f"written:{r.site}" for r in extra])
        cw = decided(extra)
    p, t = np.zeros(len(rows)), np.zeros(len(rows))
    if args.written_only:  # one model, no real row in its training: every site is held out
        p[:], t[:] = scores(fit(xw, yw, args.C, args.balanced), x), 2.0
    for held in sorted(set(groups)) if not args.written_only else ():
        test = groups == held
        xt, yt, gt, ct = x[~test], y[~test], groups[~test], closed[~test]
        if args.written:
            xt, yt = sparse.vstack([xt, xw]).tocsr(), np.concatenate([yt, yw])
            gt, ct = np.concatenate([gt, gw]), np.concatenate([ct, cw])
        if args.fixed_only:
            t[test] = 2.0
            p[test] = scores(fit(xt, yt, args.C, args.balanced), x[test])
            continue
        inner = out_of_fold(xt, yt, gt, args.C, args.balanced)
        # The threshold is chosen on the real training sites only: the written sets' own
        # additions say little about real pages.
        real = ~np.char.startswith(gt.astype(str), "written:")
        t[test] = additions_threshold(inner[real], yt[real], ~ct[real], args.bar)
        p[test] = scores(fit(xt, yt, args.C, args.balanced), x[test])
    setup = f"by {args.by}, C={args.C}{', balanced' if args.balanced else ''}"
    setup += ", + written sets" if args.written else ""
    setup += ", written sets only" if args.written_only else ""
    print(
        f"{len(rows)} rows, {len(set(groups))} groups ({setup}), {time.process_time() - began:.0f} s CPU"
    )
    print(f"thresholds chosen: {t.min():.3f} to {t.max():.3f} (median {np.median(t):.3f})")
    print(f"rules alone: {rules_alone(rows, ruled)}")
    cuts = [("CV t", (p >= t) & ~closed)] + [(f"{c}", (p >= c) & ~closed) for c in FIXED]
    for name, fired in cuts:
        right, wrong, d_r, d_w = added(rows, ruled, fired)
        n_r, n_w = sum(right.values()), sum(wrong.values())
        kinds = " ".join(
            f"{k} +{right[k]}/-{wrong[k]}" for k in ("shop", "clinic", "blog", "public")
        )
        prec = f"{n_r / (n_r + n_w):.2f}" if n_r + n_w else "-"
        print(
            f"p >= {name:5}: adds {n_r:3} right, {n_w:3} wrong (P {prec}; distinct sentences"
            f" {d_r}, {d_w});  {kinds}"
        )
    print(ranked_additions(rows, LABEL, p, closed))
    sites = Counter(r.site for r, q, c in zip(rows, p, closed, strict=True) if q >= 0.8 and not c)
    print("sentences at p >= 0.8 by site:", dict(sites.most_common(8)))
    if args.save:
        np.save(args.save, np.stack([p, t]))


if __name__ == "__main__":
    main()
