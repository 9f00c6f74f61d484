"""The learned claim-strength model: rule cues and hashed n-grams in, a level and its odds out."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from linter.nlp.strength_features import ABSOLUTE
from linter.nlp.strength_features import DENSE as DENSE
from linter.nlp.strength_features import LEVELS as LEVELS
from linter.nlp.strength_features import NAMES as NAMES
from linter.nlp.strength_features import RuleReading as RuleReading
from linter.nlp.strength_features import dense_features as dense_features
from linter.nlp.strength_features import features as features
from linter.nlp.strength_features import spell_out as spell_out

WEIGHTS = "strength-model.npz"
FORMAT = 3  # bump when the features change: a weights file of another format will not load
# A reading the rules give a probability below this, the model differing, is worth a look.
DISAGREE_BELOW = 0.1


@dataclass(frozen=True)
class Model:
    """Linear weights over the features, one column per level (a multinomial logistic model)."""

    dense: np.ndarray  # (len(DENSE), 4)
    hashed: np.ndarray  # (2 kinds, 2**bits, 4): word n-grams, character n-grams
    bias: np.ndarray  # (4,)
    bits: int
    chars: tuple[int, ...]

    def scores(self, texts: Sequence[str], rules: Sequence[RuleReading]) -> np.ndarray:
        """Each sentence's score for each level (logits)."""
        dense, (row, column, kind, scale) = features(texts, rules, self.bits, self.chars)
        out = dense @ self.dense + self.bias
        weights = self.hashed.reshape(-1, len(LEVELS))[(kind << self.bits) + column]
        weights *= scale[:, None]
        for level in range(len(LEVELS)):
            out[:, level] += np.bincount(row, weights[:, level], minlength=len(texts))
        return out

    def probabilities(self, texts: Sequence[str], rules: Sequence[RuleReading]) -> np.ndarray:
        """Each sentence's probability of each level (rows sum to 1)."""
        scores = self.scores(texts, rules)
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        return odds / odds.sum(axis=1, keepdims=True)


def save(path: str, model: Model) -> None:
    """Write the weights reproducibly: the same model gives the same bytes (fixed zip dates).

    Only the hashed rows some n-gram of the training data reached are stored (the others are
    zero), as float16: a fraction of the full table's size.
    """
    rows = np.flatnonzero(np.abs(model.hashed.reshape(-1, len(LEVELS))).max(axis=1) > 0)
    arrays = {
        "format": np.array([FORMAT, model.bits, *model.chars], np.int64),
        "dense_names": np.array(DENSE),
        "dense": model.dense.astype(np.float32),
        "bias": model.bias.astype(np.float32),
        "rows": rows.astype(np.uint32),
        "hashed": model.hashed.reshape(-1, len(LEVELS))[rows].astype(np.float16),
    }
    write_arrays(path, arrays)


def write_arrays(path: str, arrays: dict[str, np.ndarray]) -> None:
    """An .npz file whose bytes depend only on the arrays (fixed zip dates, no pickles), so a
    retrained model can be compared byte for byte; bench/over_model.py writes with it too."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(
                zipfile.ZipInfo(f"{name}.npy", (1980, 1, 1, 0, 0, 0)), buffer.getvalue()
            )


def load(source: Any) -> Model:
    """A model from a weights file (a path or a binary file object)."""
    with np.load(source, allow_pickle=False) as data:
        version, bits, *chars = (int(v) for v in data["format"])
        if version != FORMAT or tuple(data["dense_names"]) != DENSE:
            raise ValueError("strength model: weights of another format; retrain them")
        hashed = np.zeros((2 << bits, len(LEVELS)), np.float32)
        hashed[data["rows"]] = data["hashed"]
        return Model(
            dense=data["dense"],
            hashed=hashed.reshape(2, 1 << bits, len(LEVELS)),
            bias=data["bias"],
            bits=bits,
            chars=tuple(chars),
        )


@cache
def bundled_model() -> Model:
    """The model the wheel carries, read on first use (not at import)."""
    with (resources.files("linter.nlp") / "data" / WEIGHTS).open("rb") as handle:
        return load(io.BytesIO(handle.read()))


class Prediction(NamedTuple):
    """The model's reading of one sentence, beside the rules' reading."""

    level: int  # 0 none ... 4 absolute (the model's direct, where the rules read absolute)
    probabilities: tuple[float, ...]  # of none, correlational, conditional, direct
    rule_level: int
    disagrees: bool  # the model gives the rules' level a probability below DISAGREE_BELOW

    @property
    def name(self) -> str:
        return NAMES[self.level]


def predict(
    texts: Sequence[str], rules: Sequence[RuleReading], model: Model | None = None
) -> list[Prediction]:
    """The strength of each sentence (its text and the rules' reading of it).

    The model says direct where the rules found absolute wording ("cures"): that stays absolute,
    since the model's classes fold absolute into direct.
    """
    if not texts:
        return []
    odds = (model or bundled_model()).probabilities(texts, rules)
    rule = np.array([r[0] for r in rules])
    level = odds.argmax(axis=1)
    level[(level == len(LEVELS) - 1) & (rule == ABSOLUTE)] = ABSOLUTE
    rule_odds = odds[np.arange(len(rule)), np.minimum(rule, len(LEVELS) - 1)]
    disagrees = (level != rule) & (rule_odds < DISAGREE_BELOW)
    rounded = np.round(odds, 4).tolist()
    return [
        Prediction(*row)
        for row in zip(
            level.tolist(), map(tuple, rounded), rule.tolist(), disagrees.tolist(), strict=True
        )
    ]
