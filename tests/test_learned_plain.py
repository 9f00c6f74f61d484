"""The features of bench/learned_plain.py (issue 14, third round): where a sentence stands and
what the rules found around it, never the sentence's own rule labels or a lexicon class."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from linter.claim import Claim, Passage

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

pytest.importorskip("scipy")  # the `train` extra

from learned_data import Row  # noqa: E402
from learned_plain import (  # noqa: E402
    context_names,
    dense_block,
    ngram_block,
    position_names,
)


def _row(text: str, **fields: object) -> Row:
    claim = Claim(index=0, start=0, end=len(text), text=text)
    passage = Passage(text=text, kind="paragraph", format="markdown", claims=(claim,))
    row = Row(
        group="301-a.md",
        unit=0,
        kind="paragraph",
        claim=claim,
        passage=passage,
        rules=frozenset(),
        gold=frozenset(),
        prose=True,
        file_sentences=5,
    )
    return replace(row, **fields)  # type: ignore[arg-type]


def test_context_reads_the_neighbours_and_never_the_sentence_itself() -> None:
    alone = _row("Green tea is a drink.", rules=frozenset({"VAGUE"}))
    around = _row(
        "Green tea is a drink.",
        before=frozenset({"VAGUE"}),
        after=frozenset({"STAT"}),
        in_file=(("OVER", 3),),
    )
    column = {name: i for i, name in enumerate(context_names())}
    block = dense_block([alone, around], "context")
    assert block[0].sum() == 0.0  # its own VAGUE from the rules is no feature here
    assert block[1, column["context:before:VAGUE"]] == 1.0
    assert block[1, column["context:after:STAT"]] == 1.0
    assert block[1, column["context:after:VAGUE"]] == 0.0
    assert 0.0 < block[1, column["context:file:OVER"]] <= 1.0


def test_position_says_where_the_sentence_stands_in_its_file() -> None:
    first = _row("Green tea is a drink.", at_file=0)
    last = _row("Green tea is a drink.", at_file=4, at_sentence=1, block=3)
    column = {name: i for i, name in enumerate(position_names())}
    block = dense_block([first, last], "position")
    assert block[:, column["position:first_in_file"]].tolist() == [1.0, 0.0]
    assert block[:, column["position:share_of_file"]].tolist() == [0.0, 1.0]
    assert block[:, column["position:second_in_passage"]].tolist() == [0.0, 1.0]


def test_the_same_words_give_the_same_hashed_columns_and_chars_differ_from_words() -> None:
    rows = [_row("Research shows it works."), _row("research SHOWS it works.")]
    words = ngram_block(rows, "words", 12)
    chars = ngram_block(rows, "chars", 12)
    assert words.shape == chars.shape == (2, 1 << 12)
    assert (words[0] != words[1]).nnz == 0
    assert (chars[0] != chars[1]).nnz == 0
    assert set(words[0].indices) != set(chars[0].indices)
    assert chars[0].nnz > words[0].nnz  # many more character 3-5-grams than words
