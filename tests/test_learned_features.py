"""The features of the learned sentence model (bench/learned_features.py, issue 14): what a
sentence holds, read from its Claim and the lexicon classes, not its words."""

from __future__ import annotations

import sys
from pathlib import Path

from linter.claim import Attribution, Claim, Source

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from learned_features import (  # noqa: E402
    SentenceInput,
    dense_features,
    dense_names,
    hashed_features,
)


def _item(text: str, **fields: object) -> SentenceInput:
    rules = fields.pop("rules", frozenset())
    claim = Claim(index=0, start=0, end=len(text), text=text, **fields)  # type: ignore[arg-type]
    return SentenceInput(text, "paragraph", claim, rules)  # type: ignore[arg-type]


def test_each_feature_reads_what_the_sentence_holds() -> None:
    plain = _item("Our tea is a miracle for tired skin.")
    sourced = _item(
        "Studies show that walking helps.",
        sources=(Source("link", 0, 7, "Studies", "https://example.org/trial"),),
        attributions=(Attribution("vague", "studies", 0, 7, "Studies"),),
        rules=frozenset({"VAGUE"}),
    )
    names = dense_names()
    rows = dense_features([plain, sourced])
    assert rows.shape == (2, len(names))
    column = {name: i for i, name in enumerate(names)}
    # The hype class of health-fraud red flags fires on "miracle" and not on the other one.
    assert rows[0, column["lexicon:hype.fraud_flags"]] == 1.0
    assert rows[1, column["lexicon:hype.fraud_flags"]] == 0.0
    # Sources, attributions and the rules' own labels come from the Claim, not the words.
    assert rows[:, column["source:any"]].tolist() == [0.0, 1.0]
    assert rows[:, column["attribution:vague"]].tolist() == [0.0, 1.0]
    assert rows[:, column["rule:VAGUE"]].tolist() == [0.0, 1.0]
    assert rows[:, column["surface:we"]].tolist() == [1.0, 0.0]


def test_hashed_n_grams_are_the_same_for_the_same_words() -> None:
    row, bucket, value = hashed_features(
        [_item("Research shows it works."), _item("research SHOWS it works."), _item("No.")], 14
    )
    first = sorted(bucket[row == 0].tolist())
    second = sorted(bucket[row == 1].tolist())
    # Case aside, the same words give the same buckets; other words give others.
    assert second == first
    assert not set(bucket[row == 2].tolist()) >= set(first)
    assert all(0 <= b < 1 << 14 for b in first)
    assert value.max() <= 1.0
