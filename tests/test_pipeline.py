"""The blank pipeline: our tokenizer rules, and the lexical attributes the components read."""

from __future__ import annotations

import pytest

from linter.nlp.components.extensions import sentences
from linter.nlp.pipeline import build_nlp


def test_abbreviations_and_glued_stops() -> None:
    doc = build_nlp()("Smith et al. found it.The media.Did you see?")
    texts = [t.text for t in doc]
    assert "al." in texts
    assert [s.text for s in sentences(doc)] == [
        "Smith et al. found it.",
        "The media.",
        "Did you see?",
    ]


def test_words_new_to_the_vocabulary_keep_the_attributes_components_read() -> None:
    doc = build_nlp().make_doc("Qzxvorbital, Plimfrax!")
    assert [t.is_punct for t in doc] == [False, True, False, True]
    assert [t.lower_ for t in doc] == ["qzxvorbital", ",", "plimfrax", "!"]


def test_a_reference_marker_after_a_full_stop_stays_with_its_sentence() -> None:
    doc = build_nlp()("Garlic lowers blood pressure. [5] It is cheap.")
    assert [s.text for s in sentences(doc)] == ["Garlic lowers blood pressure. [5]", "It is cheap."]


@pytest.mark.parametrize(
    "text",
    [
        # Abbreviations before a marker do not end a sentence.
        "In the U.S.[4] red meat causes cancer, experts say.",
        "Processed meat, sugar, etc.[4] are linked to cancer, experts say.",
        "Salt and sugar in the Ph.D.[3] diet cause harm to the heart.",
    ],
)
def test_no_sentence_break_after_an_abbreviation_with_a_marker(text: str) -> None:
    assert len(sentences(build_nlp()(text))) == 1


def test_a_link_in_plain_text_is_not_cut_at_its_bracket() -> None:
    doc = build_nlp()("Red meat causes cancer.[2019 review](https://example.org) Experts disagree.")
    assert not any(s.text.endswith("[") for s in sentences(doc))
