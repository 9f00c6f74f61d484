"""The grammar around the rules' deciding cue, as the strength model reads it."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from linter.nlp.strength import rule_readings
from linter.nlp.strength_cue_context import COLUMNS, cue_context, cue_context_columns
from linter.nlp.strength_features import dense_features
from linter.nlp.strength_model import DENSE, RuleReading


def context(sentence: str) -> list[str]:
    [(text, info)] = list(rule_readings([sentence]))
    reading = RuleReading.from_info(info)
    return cue_context(text, reading.level, reading.kind, reading.cue_start, reading.cues)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Green tea may lower blood pressure in older adults.", "modal+causal"),
        ("A nightly walk may be effective against insomnia.", "modal+causal"),
        ("Larger trials may be needed before clinics adopt the scan.", "modal+be"),
        ("The new score may serve as a screening aid in rural clinics.", "modal+other"),
    ],
)
def test_a_modal_is_told_by_what_it_hedges(sentence: str, expected: str) -> None:
    found = context(sentence)
    assert expected in found
    assert not {"modal+causal", "modal+be", "modal+other"} - {expected} & set(found)


def test_a_causal_verb_after_to_and_after_be() -> None:
    assert "after=to" in context("Clinics will hire nurses to reduce waiting times.")
    found = context("Serum ferritin was increased in the treated group.")
    assert {"form=past", "after=be", "before=comparison"} <= set(found)
    assert "form=third" in context("Daily stretching reduces back pain in office workers.")


def test_a_reporting_verb_is_not_a_doubt() -> None:
    assert "hedge=reporting" in context("Our data suggest that the drill improves recall.")
    assert "hedge=reporting" not in context("The drill may improve recall.")


def test_no_context_where_the_rules_read_no_claim() -> None:
    assert context("Critics claim that the balm cures eczema.") == []
    assert context("The clinic opened on a Tuesday.") == []


def test_the_columns_are_a_zero_one_matrix_in_order() -> None:
    sentences = ["Daily stretching reduces back pain.", "The clinic opened on a Tuesday."]
    readings = [RuleReading.from_info(info) for _, info in rule_readings(sentences)]
    matrix = cue_context_columns(
        sentences,
        [r.level for r in readings],
        [r.kind for r in readings],
        [r.cue_start for r in readings],
        [r.cues for r in readings],
    )
    assert matrix.shape == (2, len(COLUMNS))
    assert matrix[0, COLUMNS.index("form=third")] == 1.0
    assert not matrix[1].any()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Salt intake was significantly reduced by the new bread.", {"after=adverb", "after=be"}),
        ("The new bread has reduced salt intake.", {"after=have"}),
        ("The new bread can reduce salt intake.", {"after=can"}),
        ("The new bread did not reduce salt intake.", {"after=not"}),
        ("The new bread didn't reduce salt intake.", {"after=not"}),
        ("The new bread doesn\u2019t reduce salt intake.", {"after=not"}),
        ("The new bread won't reduce salt intake.", {"after=not"}),
        ("Salt intake was markedly reduced by the new bread.", {"after=adverb", "after=be"}),
        ("Salt intake was greatly reduced by the new bread.", {"after=adverb", "after=be"}),
        # An adverb of a plain adjective, between the auxiliary and the cue.
        ("Salt intake was sharply reduced by the new bread.", {"after=adverb", "after=be"}),
        ("Salt intake has quickly reduced blood pressure.", {"after=adverb", "after=have"}),
    ],
)
def test_the_word_before_the_cue_by_its_class(sentence: str, expected: set[str]) -> None:
    before = {name for name in context(sentence) if name.startswith("after=")}
    assert before == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The new bread not only reduces salt intake but also lowers blood pressure.",
        "A clean water supply reduces diarrhoea in infants.",
        "Exercising early reduces pain after knee surgery.",
        "A walk taken daily reduces back pain in office workers.",
        "The family only reduces salt at home.",
    ],
)
def test_a_word_in_ly_that_is_no_adverb_is_not_skipped(sentence: str) -> None:
    found = context(sentence)
    assert found, "the rules should read a claim here"
    assert "after=adverb" not in found
    assert "after=not" not in found


def test_a_headline_is_a_sentence_without_a_full_stop() -> None:
    readings = [RuleReading(3, "direct", cue_start=4)]
    texts = ["Tea cures colds in winter", "Tea cures colds in winter.", '"Tea cures colds."']
    texts += ["\u201cTea cures colds.\u201d", "\u2018Tea cures colds.\u2019 "]
    dense = dense_features(texts, [readings[0]] * len(texts))
    assert [bool(row[DENSE.index("headline")]) for row in dense] == [True] + [False] * 4
    assert dense[0, DENSE.index("rule=direct&headline")] == 1.0


def test_a_question_inside_quotes_is_a_question() -> None:
    texts = ["Does tea cure colds?", "\u201cDoes tea cure colds?\u201d", "Does it? Tea cures colds"]
    dense = dense_features(texts, [RuleReading(3, "direct", cue_start=4)] * len(texts))
    assert [bool(row[DENSE.index("question")]) for row in dense] == [True, True, False]


def test_the_setup_drops_its_columns_from_the_design() -> None:
    pytest.importorskip("scipy")  # the `train` extra
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from strength_training import Dataset, Setup, design

    text = "Salt intake was significantly reduced in the town"
    [(_, info)] = list(rule_readings([text]))
    data = Dataset("one", [text], np.array([3]), ["g"], [RuleReading.from_info(info)])
    dropped = ("headline", "form=past", "before=comparison")
    kept = design(data, Setup()).toarray()[0]
    assert all(kept[DENSE.index(name)] for name in dropped)
    left = design(data, Setup(drop=dropped)).toarray()[0]
    assert not any(left[DENSE.index(name)] for name in dropped)
    assert left[DENSE.index("after=be")] == kept[DENSE.index("after=be")] != 0  # the rest kept
