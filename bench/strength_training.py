"""What the strength trainer and its cross-validation share: the data, the folds, the fit.

Needs the `train` extra (scikit-learn); the model it makes needs only numpy to run.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field

# One BLAS thread: the same sums in the same order, so the same weights from the same data.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
from common import REPO, shared_data
from scipy import sparse

sys.path.insert(0, str(REPO))  # the checkout's linter, as `python -m linter` would use
from linter.nlp.strength import rule_readings as read_rules
from linter.nlp.strength_cue_context import MODAL_VERBS
from linter.nlp.strength_model import DENSE, LEVELS, Model, RuleReading, features
from linter.nlp.text_hash import Batch

FOLDS = 5
# The headline flag and its crosses with the rules' level (strength_features.py).
HEADLINE = ("headline", *(f"rule={n}&headline" for n in LEVELS))


@dataclass
class Dataset:
    """Labelled sentences of one source, with the rules' reading of each and its fold group."""

    name: str
    texts: list[str]
    labels: np.ndarray
    groups: list[str]  # sentences of one group stay in one fold
    rules: list[RuleReading] = field(default_factory=list)

    def subset(self, index: np.ndarray) -> Dataset:
        return Dataset(
            self.name,
            [self.texts[i] for i in index],
            self.labels[index],
            [self.groups[i] for i in index],
            [self.rules[i] for i in index],
        )

    def __add__(self, other: Dataset) -> Dataset:
        return Dataset(
            f"{self.name}+{other.name}",
            self.texts + other.texts,
            np.concatenate([self.labels, other.labels]),
            self.groups + other.groups,
            self.rules + other.rules,
        )


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_sets() -> tuple[Dataset, Dataset]:
    """The press-release sentences and the PubMed conclusions of ../shared/data/claim-strength.

    A press release gives up to three sentences (its title and opening sentences, which often
    say the same thing): they form one group, named by the release part of the sentence id.
    A PubMed sentence has no id: its group is a hash of its text (a repeated sentence stays in
    one fold).
    """
    folder = shared_data() / "claim-strength"
    sets = []
    for name, file in (
        ("press", "press-release-sentences.csv"),
        ("pubmed", "pubmed-conclusions.csv"),
    ):
        with (folder / file).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        texts = [" ".join(r["sentence"].split()) for r in rows]
        labels = np.array([int(r["label"]) for r in rows])
        if "sentId" in rows[0]:
            groups = [r["sentId"].rsplit("-", 2)[0] for r in rows]
        else:
            groups = [_digest(t) for t in texts]
        data = Dataset(name, texts, labels, groups)
        data.rules = [RuleReading.from_info(info) for _, info in read_rules(texts)]
        sets.append(data)
    return sets[0], sets[1]


def folds(data: Dataset, k: int = FOLDS) -> np.ndarray:
    """A fold number for each sentence: stratified by label, whole groups, decided by ids.

    Groups are sorted by their labels (a group of a title and two sentences by the labels of
    all three) and then by a hash of the group id, and dealt out in turn: each fold gets its
    share of every label profile, and the same data always gives the same folds.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(data.groups):
        members[group].append(i)
    ordered = sorted(
        members, key=lambda g: (sorted(int(data.labels[i]) for i in members[g]), _digest(g))
    )
    fold = np.zeros(len(data.texts), np.int64)
    for n, group in enumerate(ordered):
        fold[members[group]] = n % k
    return fold


@dataclass(frozen=True)
class Setup:
    """One way to build features and fit: what the cross-validation compares."""

    family: str = "logistic"  # logistic | svm | rules-only features | ngrams-only features
    c: float = 1.0
    bits: int = 16
    chars: tuple[int, ...] = ()
    dense_scale: float = 0.3  # the rule features' weight against the n-grams'
    words: bool = True
    balanced: bool = True
    conjoin: bool = False  # word n-grams crossed with the rules' level, in the second table
    pairs: tuple[int, ...] = ()  # word pairs this many words apart, in the second table
    drop: tuple[str, ...] = ()  # DENSE columns left out (set to zero): what they add


# What train_strength.py ships, chosen with strength_cv.py by the cross-domain figure: among
# setups within a point of each other there, the smallest and fastest (README, model card).
# Since 2026-12-05 with the cue context's verb form, word before and after and reporting hedge,
# at C=1.5: PubMed and pooled gain, both cross-domain rows hold. Its modal columns and the
# headline flag gain more on PubMed (0.749 with C=2) but cost InSciOut's pairs, read by
# Sumner et al.'s conventions (bench/exaggeration_cv.py, 0.638 -> 0.510): left out (zero).
SHIPPED = Setup(c=1.5, drop=(*MODAL_VERBS, *HEADLINE))


def design(data: Dataset, setup: Setup) -> sparse.csr_matrix:
    """The feature matrix: DENSE columns, then word n-gram buckets, then character n-grams."""
    dense, (row, column, kind, scale) = features(data.texts, data.rules, setup.bits, setup.chars)
    if setup.drop:
        dense[:, [DENSE.index(name) for name in setup.drop]] = 0.0
    if not setup.words:
        scale = np.where(kind == 0, 0.0, scale)
    if setup.pairs:
        batch = Batch(data.texts)
        first, last = batch.words(1)
        word = batch.substring(first, last)
        for gap in setup.pairs:
            same = batch.region[first[gap:]] == batch.region[first[:-gap]]
            pair = word[:-gap][same] * np.uint64(0x9E3779B97F4A7C15) + word[gap:][same]
            pair ^= np.uint64(0x6D8FA1C4 + gap)
            bucket = (pair * np.uint64(0xBF58476D1CE4E5B9)) >> np.uint64(64 - setup.bits)
            pair_row = batch.region[first[:-gap][same]] // 2
            counts = np.bincount(pair_row, minlength=len(data.texts)).astype(np.float32)
            row = np.concatenate([row, pair_row])
            column = np.concatenate([column, bucket.astype(np.int64)])
            kind = np.concatenate([kind, np.ones(len(pair), np.int64)])
            scale = np.concatenate([scale, 1 / np.sqrt(np.maximum(counts[pair_row], 1))])
    if setup.conjoin:
        level = np.minimum(np.array([r.level for r in data.rules], np.int64), 3)
        words = kind == 0
        crossed = (column[words] * 4 + level[row[words]]).astype(np.uint64)
        crossed = ((crossed * np.uint64(0xBF58476D1CE4E5B9)) >> np.uint64(64 - setup.bits)).astype(
            np.int64
        )
        row = np.concatenate([row, row[words]])
        column = np.concatenate([column, crossed])
        kind = np.concatenate([kind, np.ones(len(crossed), np.int64)])
        scale = np.concatenate([scale, scale[words]])
    hashed = sparse.csr_matrix(
        (scale, (row, kind * (1 << setup.bits) + column)),
        shape=(len(data.texts), 2 << setup.bits),
    )
    return sparse.hstack([sparse.csr_matrix(dense * setup.dense_scale), hashed], format="csr")


def fit(data: Dataset, setup: Setup, x: sparse.csr_matrix | None = None) -> Model:
    """Train on every sentence of `data` (`x`: its design matrix, if already built); the
    weights as the runtime reads them."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    x = design(data, setup) if x is None else x
    # Only the columns some training sentence has: the others' weights stay zero, and leaving
    # them out makes the fit five times faster.
    columns = np.unique(x.nonzero()[1])
    if setup.family == "rules":
        columns = columns[columns < len(DENSE)]
    elif setup.family == "ngrams":
        columns = columns[columns >= len(DENSE)]
    weight = "balanced" if setup.balanced else None
    if setup.family == "svm":
        learner = LinearSVC(C=setup.c, class_weight=weight, max_iter=20000, random_state=0)
    else:
        learner = LogisticRegression(C=setup.c, class_weight=weight, max_iter=5000)
    learner.fit(x[:, columns], data.labels)
    coef = np.zeros((x.shape[1], len(LEVELS)))
    coef[columns] = learner.coef_.T
    dense = coef[: len(DENSE)] * setup.dense_scale
    # Rounded as the weights file stores them, so cross-validation scores what ships.
    hashed = coef[len(DENSE) :].astype(np.float16).astype(np.float32)
    return Model(
        dense=dense.astype(np.float32),
        hashed=hashed.reshape(2, 1 << setup.bits, len(LEVELS)),
        bias=learner.intercept_.astype(np.float32),
        bits=setup.bits,
        chars=setup.chars,
    )


def scores(model: Model, x: sparse.csr_matrix, setup: Setup) -> np.ndarray:
    """The model's scores from a design matrix: what Model.scores gives from the texts."""
    dense = model.dense / setup.dense_scale
    weights = np.vstack([dense, model.hashed.reshape(-1, len(LEVELS))])
    return np.asarray(x @ weights) + model.bias
