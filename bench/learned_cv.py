"""Does a learned sentence model add recall to the rules at their precision? Grouped, nested CV.

For each label, a logistic regression over the features of a --variant (by default
bench/learned_features.py, the rule's own output for that label left out, so the model must
learn the label from the rest) is trained on the tune half of the article passages and the 40
labelled wild windows (bench/learned_data.py), plus the tune half of each --folder in the
articles format. Folds are by site (GroupKFold; the 40 windows come from four sites, every
other passage from a site of its own): no site is both trained on and scored. Inside each
training fold a second grouped CV gives out-of-fold probabilities, and the threshold is
the lowest at which (rules OR model) keeps precision >= --bar on those training rows; the
model is then refitted on the whole training fold and scored on the held-out fold with that
threshold. A sentence the rules already gave the label gains nothing from the model, nor
does one the guideline rules out whatever its words (a sourced one for CITE, VAGUE, STAT; a
question). Logistic regression, liblinear, seeded: the same data gives the same figures.

Reported per label at the unit level (as bench/goldscore.py scores: a unit counts as flagged
when one of its sentences is): rules alone, rules OR model, and the model's own findings.

    python bench/learned_cv.py [--variant both|plain|...] [--folds 10] [--bar 0.9] [--C 1]
                               [--balanced] [--curve] [--labels VAGUE OVER ...]
                               [--folder /work/realtext/A --folder /work/realtext/B]
                               [--bar-on combined|added] [--score-on A B] [--check]
                               [--half tune|all]

--folder sets are read by their tune half (odd file numbers) unless --half all; --check adds
their check halves (even numbers) as the held-out set: trained on every tune row, the
threshold chosen by the inner CV on those, scored once on the check halves per set.
Variants: `plain` (learned_plain.py: hashed word and character n-grams, position, the rules'
labels of the sentences around it, surface marks; no lexicon class, no rule label of the
sentence itself), `context` (the same without the words), `classes`, `ngrams`, `both`
(learned_features.py), `minilm` (a diagnostic: the encoder cannot ship), or blocks joined by "+".
The additions are also ranked by probability, per gold unit: how many of the top 5, 10, 20
are right, and the best precision of any cut of five or more (a threshold anywhere).

Needs the `train` extra (scikit-learn): pip install -e '.[train]'. Results: bench/README.md,
"Model card: the learned sentence model".
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from learned_data import Row, folder_arguments, guarded, load_rows
from learned_features import RULE_LABELS, SentenceInput, dense_features, dense_names
from learned_plain import dense_block, embedding_block, ngram_block
from learned_scores import pr, ranked_additions, threshold_for, unit_scores
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

BITS = 14
TARGETS = ("VAGUE", "OVER", "CITE", "STAT")


def inputs(rows: list[Row]) -> list[SentenceInput]:
    return [
        SentenceInput(r.passage.text[r.claim.start : r.claim.end], r.kind, r.claim, r.rules)
        for r in rows
    ]


# The feature blocks of each variant: `classes` the dense block of learned_features.py (the
# other rules' labels, what the Claim holds, surface marks, the lexicon classes); `words` the
# hashed word n-grams; the blocks of learned_plain.py owe nothing to the lexicons and leave out
# the rules' labels of the sentence itself.
VARIANTS = {
    "classes": ("classes",),
    "ngrams": ("words",),
    "both": ("classes", "words"),
    "plain": ("surface", "position", "context", "words", "chars"),
    "plain-words": ("surface", "position", "context", "words"),
    "context": ("surface", "position", "context"),
    "minilm": ("minilm",),  # a diagnostic: the encoder cannot ship (learned_plain.py)
}


def design(rows: list[Row], label: str, variant: str) -> sparse.csr_matrix:
    """The feature matrix for one label: in the `classes` block, the rule's own column for that
    label zeroed. `variant` names a VARIANTS entry or lists blocks joined by "+"."""
    blocks = []
    names = [block for part in variant.split("+") for block in VARIANTS.get(part, (part,))]
    for name in dict.fromkeys(names):
        if name == "classes":
            dense = dense_features(inputs(rows))
            dense[:, dense_names().index(f"rule:{label}")] = 0.0
            blocks.append(sparse.csr_matrix(dense))
        elif name in ("words", "chars"):
            blocks.append(ngram_block(rows, name, BITS))
        elif name == "minilm":
            blocks.append(sparse.csr_matrix(embedding_block(rows)))
        else:
            blocks.append(sparse.csr_matrix(dense_block(rows, name)))
    return sparse.hstack(blocks).tocsr()


BALANCED: list[bool] = [False]  # --balanced: weigh the classes by their inverse frequency


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(
        C=c,
        solver="liblinear",
        max_iter=1000,
        random_state=0,
        class_weight="balanced" if BALANCED[0] else None,
    )
    model.fit(x, y)
    return model


def out_of_fold(
    x: sparse.csr_matrix, y: np.ndarray, groups: np.ndarray, folds: int, c: float
) -> np.ndarray:
    p = np.zeros(len(y))
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    for train, test in splitter.split(x, y, groups):
        if y[train].any():
            p[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
    return p


def learning_curve(rows: list[Row], groups: np.ndarray, args: argparse.Namespace) -> None:
    """The model alone (p >= 0.5, out of fold) trained on a seeded share of each training
    fold's sites, and what it would add to the rules there (+right/-wrong units): does more
    data help?"""
    rng = np.random.default_rng(0)
    names = sorted(set(groups.tolist()))
    order = {g: rng.random() for g in names}  # one fixed rank per passage
    for label in args.labels:
        x = design(rows, label, args.variant)
        y = np.array([label in r.gold for r in rows])
        open_rows = ~np.array([label in r.rules or guarded(r, label) for r in rows])
        cells = []
        for share in (0.25, 0.5, 0.75, 1.0):
            probs = np.zeros(len(rows))
            for train, test in GroupKFold(n_splits=args.folds).split(x, y, groups):
                kept = sorted({groups[i] for i in train}, key=order.__getitem__)
                kept = kept[: max(1, round(share * len(kept)))]
                train = train[np.isin(groups[train], kept)]
                if y[train].any():
                    probs[test] = fit(x[train], y[train], args.C).predict_proba(x[test])[:, 1]
            added = unit_scores(rows, label, (probs >= 0.5) & open_rows)
            cells.append(
                f"{share:.2f}: {pr(*unit_scores(rows, label, probs >= 0.5))} "
                f"+{added[0]}/-{added[1]}"
            )
        print(f"{label:6} " + "; ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--variant", default="both", help=f"one of {', '.join(VARIANTS)}, or blocks joined by +"
    )
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--bar", type=float, default=0.9)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--labels", nargs="*", default=list(TARGETS))
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument(
        "--curve", action="store_true", help="the model alone with a share of the training groups"
    )
    parser.add_argument(
        "--bar-on",
        choices=("combined", "added"),
        default="combined",
        help="the precision bar on rules OR model, or on the model's additions alone",
    )
    parser.add_argument(
        "--score-on",
        nargs="*",
        default=[],
        help="sets to score (e.g. A B), trained on the others only: does it carry over?",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="train on the tune rows, score the check halves (even numbers) of each --folder",
    )
    folder_arguments(parser)
    args = parser.parse_args()
    BALANCED[0] = args.balanced
    rows = load_rows(folders=tuple(args.folder), half=args.half)
    if args.check:  # the even halves: scored once per model one would ship, never tuned on
        if args.half != "tune":
            parser.error("--check scores the even halves: train on --half tune")
        check = load_rows(sets=(), folders=tuple(args.folder), half="check")
        check = [replace(r, source=f"{r.source}:check") for r in check]
        args.score_on = list(dict.fromkeys(r.source for r in check))
        rows += check
    groups = np.array([r.site for r in rows])  # by site: no site both trained on and scored
    origins = np.array([r.source for r in rows])
    sets = {name: origins == name for name in dict.fromkeys(origins.tolist())}
    print(f"{len(rows)} sentences, {len(set(groups))} sites; variant {args.variant}")
    if args.curve:
        learning_curve(rows, groups, args)
        return
    held = np.isin(origins, args.score_on)
    splits = (
        [(np.flatnonzero(~held), np.flatnonzero(held))]
        if args.score_on
        else list(GroupKFold(n_splits=args.folds).split(rows, groups=groups))
    )
    scored = np.zeros(len(rows), bool)
    for _, test in splits:
        scored[test] = True
    print(f"bar on {args.bar_on}; scored: {', '.join(args.score_on) or 'all, out of fold'}")
    for label in args.labels:
        assert label in RULE_LABELS
        x = design(rows, label, args.variant)
        y = np.array([label in r.gold for r in rows])
        ruled = np.array([label in r.rules for r in rows])
        # Where the guideline rules the label out (a sourced sentence, a question), the model
        # adds nothing: as a rule's guard.
        barred = np.array([guarded(r, label) for r in rows])
        model_fires = np.zeros(len(rows), bool)
        probs = np.zeros(len(rows))
        thresholds = []
        decided = ruled | barred if args.bar_on == "added" else ruled
        for train, test in splits:
            inner = out_of_fold(x[train], y[train], groups[train], 5, args.C)
            t = threshold_for(inner, y[train], decided[train], args.bar, args.bar_on == "added")
            thresholds.append(t)
            if y[train].any():
                probs[test] = fit(x[train], y[train], args.C).predict_proba(x[test])[:, 1]
            model_fires[test] = (probs[test] >= t) & ~ruled[test] & ~barred[test]
        print(f"\n== {label}: thresholds {', '.join(f'{t:.2f}' for t in thresholds)}")
        for name, mask in (("all", scored), *sets.items()):
            if not (mask & scored).any():
                continue
            mask = mask & scored
            sub = [r for r, m in zip(rows, mask, strict=True) if m]
            base = unit_scores(sub, label, ruled[mask])
            both = unit_scores(sub, label, (ruled | model_fires)[mask])
            alone = unit_scores(sub, label, model_fires[mask])
            print(
                f"{name:9} rules {pr(*base)}   rules+model {pr(*both)}   "
                f"model's own findings {alone[0]} right, {alone[1]} wrong"
            )
        # At fixed thresholds (out-of-fold probabilities): the model alone as a detector, and
        # what it would add to the rules (units the rules left without the label).
        kept = [r for r, m in zip(rows, scored, strict=True) if m]
        p, ruled, barred = probs[scored], ruled[scored], barred[scored]
        for t in (0.3, 0.5, 0.7, 0.9):
            alone = unit_scores(kept, label, p >= t)
            added = unit_scores(kept, label, (p >= t) & ~ruled & ~barred)
            both = unit_scores(kept, label, ruled | ((p >= t) & ~barred))
            print(
                f"  p>={t}: model alone {pr(*alone)}; rules+model {pr(*both)}; "
                f"added {added[0]} right, {added[1]} wrong"
            )
        print("  " + ranked_additions(kept, label, p, ruled | barred))


if __name__ == "__main__":
    main()
