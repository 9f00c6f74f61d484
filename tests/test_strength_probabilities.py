"""`healthlint strength --probabilities` and the pair decision bench/exaggeration.py builds on
it: a press release and an abstract differ only when their expected levels differ by more than
a margin."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

BENCH = Path(__file__).resolve().parents[1] / "bench"


def strength(*lines: str, options: tuple[str, ...] = ()) -> list[dict]:
    result = CliRunner().invoke(main, ["strength", *options], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_probabilities_are_the_models_reading_of_each_level() -> None:
    hedged, plain = strength(
        "Walking after meals may lower blood sugar.",
        "The clinic opened a new wing for children last spring.",
        options=("--probabilities",),
    )
    for result, level in ((hedged, 2), (plain, 0)):
        odds = result["probabilities"]
        assert len(odds) == 4 and abs(sum(odds) - 1) < 0.01
        assert max(range(4), key=odds.__getitem__) == level
    assert set(hedged) == {"text", "strength", "cues", "probabilities"}


def test_a_line_read_as_none_without_the_model_is_certainly_none() -> None:
    negated = "The pill did not reduce migraines."
    (kept,) = strength(negated, options=("--probabilities",))
    (as_none,) = strength(negated, options=("--probabilities", "--negated", "none"))
    assert kept["probabilities"][0] < 0.5
    assert as_none["probabilities"] == [1.0, 0.0, 0.0, 0.0]
    blank = strength("", options=("--probabilities",))
    assert blank[0]["probabilities"] == [1.0, 0.0, 0.0, 0.0]


def test_the_rules_alone_have_no_probabilities() -> None:
    result = CliRunner().invoke(main, ["strength", "--probabilities", "--rules-only"], input="x\n")
    assert result.exit_code == 2
    assert "--rules-only" in result.output


def test_a_pair_differs_only_beyond_the_margin() -> None:
    sys.path.insert(0, str(BENCH))
    from exaggeration import from_expected

    direct, conditional = [0.0, 0.0, 0.1, 0.9], [0.0, 0.1, 0.8, 0.1]
    unsure = [0.0, 0.0, 0.6, 0.4]  # expected 2.4: direct by a hair below 2.5
    press = [direct, conditional, unsure, direct]
    abstracts = [conditional, direct, conditional, unsure]
    assert from_expected(press, abstracts, 0.5) == ["exaggerates", "downplays", "same", "same"]
    assert from_expected(press, abstracts, 0.0)[2:] == ["exaggerates", "exaggerates"]


def test_the_cross_validation_deals_whole_pairs_into_balanced_folds() -> None:
    pytest.importorskip("scipy")
    sys.path.insert(0, str(BENCH))
    import numpy as np
    from exaggeration_cv import pair_folds

    labels = np.array([0] * 22 + [1] * 61 + [2] * 17)
    fold = pair_folds(labels, seed=0)
    assert np.bincount(fold).tolist() == [10] * 10
    for label in range(3):  # each label spread over the folds as evenly as it can be
        counts = np.bincount(fold[labels == label], minlength=10)
        assert counts.max() - counts.min() <= 1
    assert (pair_folds(labels, seed=0) == fold).all()
    assert (pair_folds(labels, seed=1) != fold).any()
