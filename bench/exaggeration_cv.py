"""The strength model on InSciOut's press-release/abstract pairs: per sentence, and the pair's
label cross-validated by pair (../shared/data/exaggeration, 100 development pairs).

First each of the 200 conclusions' level against its gold strength (Sumner et al.'s
conventions), rules and shipped model, press releases and abstracts apart. Then candidate
setups, each scored by 10-fold cross-validation grouped by pair (folds stratified by the pair's
label, dealt out after a seeded shuffle; three seeds): the model is trained on the
claim-strength sets plus the sentences of the training pairs only, and whatever a decision
rule needs (a margin) is chosen on the training pairs from predictions of models that did not
see them (an inner 5-fold split when the training pairs are in the training data). Prints
each setup's macro-F1 over exaggerates/same/downplays: mean over seeds, each seed's figure,
the spread over folds, the margins the folds chose, how the gold "same" pairs were read
(summed over seeds) and the 200 sentences' own macro-F1 (four levels). A model that sees no
pair is fitted once for every fold. Needs the `train` extra.

    python bench/exaggeration_cv.py [--only NAME ...] [--seeds 0 1 2] [--sentences]
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from common import shared_data
from exaggeration_setups import SETUPS, Candidate
from strength_cv import f1s
from strength_training import SHIPPED as SHIPPED_SETUP
from strength_training import Dataset, design, load_sets

from linter.nlp.strength import rule_readings
from linter.nlp.strength_model import LEVELS, RuleReading, bundled_model

LABELS = ("exaggerates", "same", "downplays")
FOLDS, INNER = 10, 5


def load_pairs() -> tuple[Dataset, np.ndarray]:
    """The 200 conclusions (press releases first, then abstracts, pair i at i and 100 + i) with
    their gold strengths, grouped by pair; and each pair's label index."""
    path = shared_data() / "exaggeration" / "press-vs-abstract.jsonl"
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [" ".join(p["press_release_conclusion"].split()) for p in pairs]
    texts += [" ".join(p["abstract_conclusion"].split()) for p in pairs]
    gold = [p["press_release_strength"] for p in pairs] + [p["abstract_strength"] for p in pairs]
    groups = [p["original_file_id"] for p in pairs] * 2
    data = Dataset("insciout", texts, np.array(gold), groups)
    data.rules = [RuleReading.from_info(info) for _, info in rule_readings(texts)]
    labels = np.array([LABELS.index(p["exaggeration_label"]) for p in pairs])
    return data, labels


def macro_f1(gold: np.ndarray, predicted: np.ndarray, classes: int) -> float:
    matrix = np.zeros((classes, classes), np.int64)
    np.add.at(matrix, (gold, predicted), 1)
    return float(f1s(matrix).mean())


def sentences_table(data: Dataset) -> None:
    """Step 1: each conclusion's level, rules and shipped model, against its gold strength."""
    rules = np.minimum([r.level for r in data.rules], 3)
    model = bundled_model().probabilities(data.texts, data.rules).argmax(axis=1)
    n = len(data.texts) // 2
    for name, predicted in (("rules", rules), ("shipped model", model)):
        for kind, part in (("press releases", slice(0, n)), ("abstracts", slice(n, None))):
            gold, guess = data.labels[part], predicted[part]
            matrix = np.zeros((4, 4), np.int64)
            np.add.at(matrix, (gold, guess), 1)
            print(
                f"{name}, {kind}: accuracy {(gold == guess).mean():.3f}"
                f"  macro-F1 {macro_f1(gold, guess, 4):.3f}"
            )
            for level, row in zip(LEVELS, matrix, strict=True):
                print(f"    gold {level:14}" + " ".join(f"{v:4}" for v in row))
    print()


def pair_folds(labels: np.ndarray, seed: int, k: int = FOLDS) -> np.ndarray:
    """A fold for each pair: shuffled by the seed, then dealt out label by label."""
    order = np.random.default_rng(seed).permutation(len(labels))
    order = order[np.argsort(labels[order], kind="stable")]
    fold = np.zeros(len(labels), np.int64)
    fold[order] = np.arange(len(labels)) % k
    return fold


class Experiment:
    """The claim-strength sets and the InSciOut sentences in one design matrix, built once."""

    def __init__(self, base: Dataset, pairs: Dataset, labels: np.ndarray) -> None:
        self.base, self.pairs, self.labels = base, pairs, labels
        self.n = len(labels)
        self.x = design(base + pairs, SHIPPED_SETUP)
        self.untrained: dict[Candidate, np.ndarray] = {}  # models that never see a pair

    def all_probabilities(self, candidate: Candidate) -> np.ndarray:
        """(pairs, 2, 4) from a model trained on the claim-strength sets alone: one fit serves
        every fold, since no pair is trained on."""
        if candidate not in self.untrained:
            offset, everything = len(self.base.texts), np.arange(self.n)
            sentences = np.concatenate([everything, everything + self.n]) + offset
            odds = candidate.fit_predict(
                self.x, self.base + self.pairs, offset, np.arange(offset), sentences
            )
            self.untrained[candidate] = odds.reshape(2, self.n, len(LEVELS)).transpose(1, 0, 2)
        return self.untrained[candidate]

    def probabilities(
        self, candidate: Candidate, train_pairs: np.ndarray, test_pairs: np.ndarray
    ) -> np.ndarray:
        """(len(test_pairs), 2, 4): each test pair's press and abstract level probabilities
        from a model trained on the claim-strength sets and the training pairs' sentences."""
        if candidate.weight == 0:
            return self.all_probabilities(candidate)[test_pairs]
        offset = len(self.base.texts)
        sentences = lambda p: np.concatenate([p, p + self.n])  # noqa: E731
        train = np.concatenate([np.arange(offset), offset + sentences(train_pairs)])
        test = offset + sentences(test_pairs)
        odds = candidate.fit_predict(self.x, self.base + self.pairs, offset, train, test)
        return odds.reshape(2, len(test_pairs), len(LEVELS)).transpose(1, 0, 2)

    def margin(self, candidate: Candidate, train_pairs: np.ndarray, seed: int) -> float:
        """The decision's margin, chosen on the training pairs from held-out predictions."""
        if not candidate.decision.margins:
            return 0.0
        if candidate.weight == 0:  # the pairs are not training data: every prediction is held out
            odds = self.probabilities(candidate, np.array([], np.int64), train_pairs)
        else:
            odds = np.zeros((len(train_pairs), 2, len(LEVELS)))
            inner = pair_folds(self.labels[train_pairs], seed + 1000, INNER)
            for k in range(INNER):
                odds[inner == k] = self.probabilities(
                    candidate, train_pairs[inner != k], train_pairs[inner == k]
                )
        gold = self.labels[train_pairs]
        best = max(
            candidate.decision.margins,
            key=lambda m: (
                macro_f1(gold, candidate.decision.labels(odds[:, 0], odds[:, 1], m), 3),
                -m,
            ),
        )
        return best

    def run(
        self, candidate: Candidate, seed: int
    ) -> tuple[np.ndarray, np.ndarray, list[float], list[float]]:
        """Every pair's predicted label, every sentence's level (press releases, then
        abstracts), each fold's macro-F1 and each fold's margin."""
        fold = pair_folds(self.labels, seed)
        predicted = np.zeros(self.n, np.int64)
        levels = np.zeros((self.n, 2), np.int64)
        per_fold, margins = [], []
        for k in range(FOLDS):
            test, train = np.flatnonzero(fold == k), np.flatnonzero(fold != k)
            margin = self.margin(candidate, train, seed)
            odds = self.probabilities(candidate, train, test)
            predicted[test] = candidate.decision.labels(odds[:, 0], odds[:, 1], margin)
            levels[test] = odds.argmax(axis=2)
            per_fold.append(macro_f1(self.labels[test], predicted[test], 3))
            margins.append(margin)
        return predicted, levels.T.reshape(-1), per_fold, margins


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", help="setup names")
    parser.add_argument("--seeds", nargs="*", type=int, default=[0, 1, 2])
    parser.add_argument("--sentences", action="store_true", help="step 1 only: the sentence table")
    args = parser.parse_args()
    pairs, labels = load_pairs()
    sentences_table(pairs)
    if args.sentences:
        return
    press, pubmed = load_sets()
    experiment = Experiment(press + pubmed, pairs, labels)
    for name in args.only or list(SETUPS):
        start = time.process_time()
        candidate = SETUPS[name]
        figures, spreads, confusion = [], [], np.zeros((3, 3), np.int64)
        sentence_f1, margins = [], []
        for seed in args.seeds:
            predicted, levels, per_fold, chosen_margins = experiment.run(candidate, seed)
            margins += chosen_margins
            figures.append(macro_f1(labels, predicted, 3))
            sentence_f1.append(macro_f1(pairs.labels, levels, 4))
            spreads.append(float(np.std(per_fold)))
            np.add.at(confusion, (labels, predicted), 1)
        if candidate.decision.margins and candidate.weight == 0:
            chosen = experiment.margin(candidate, np.arange(len(labels)), 0)
            print(f"{name}: the margin chosen on all {len(labels)} pairs: {chosen:.2f}")
        seeds = " ".join(f"{f:.3f}" for f in figures)
        print(
            f"{name:44} macro-F1 {np.mean(figures):.3f}  seeds {seeds}  fold sd {np.mean(spreads):.3f}"
            f"  margins {min(margins):.2f}-{max(margins):.2f}  gold same read {confusion[1].tolist()}"
            f"  sentences {np.mean(sentence_f1):.3f}  ({time.process_time() - start:.0f} s CPU)",
            flush=True,
        )


if __name__ == "__main__":
    main()
