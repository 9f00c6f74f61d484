"""The blank pipeline: our tokenizer rules, and the lexical attributes the components read."""

from __future__ import annotations

import pytest

from linter.components.extensions import sentences
from linter.pipeline import build_nlp


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


@pytest.mark.parametrize(
    "text",
    [
        "Garlic lowers blood pressure.[5] It is cheap.",
        "Garlic lowers blood pressure. [5] It is cheap.",
        "Garlic lowers blood pressure.[5][6] It is cheap.",
    ],
)
def test_a_reference_marker_after_a_full_stop_ends_its_sentence(text: str) -> None:
    first = text.split(" It", 1)[0]
    assert [s.text for s in sentences(build_nlp()(text))] == [first, "It is cheap."]
