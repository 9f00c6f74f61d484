"""The unsourced-citation message names who or what is cited, never a bare year."""

from __future__ import annotations

import pytest

from linter.api import lint_text


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("A 2016 review found that tea helps sleep.", "A 2016 review is named"),
        ("Per a 2020 Gallup poll, most adults nap.", "A 2020 Gallup poll is named"),
        ("A 2019 study in JAMA found that naps help.", "JAMA is named"),
        ("A 2021 Harvard study found that walking helps.", "A 2021 Harvard study is named"),
        ("A study published in The Lancet found that tea helps.", "The Lancet is named"),
        (
            "A 2016 review and a 2018 trial found that tea helps sleep.",
            "A 2016 review, a 2018 trial is named",
        ),
    ],
)
def test_the_message_names_the_source_not_its_year(sentence: str, named: str) -> None:
    messages = [f.message for f in lint_text(sentence, "a.md") if f.rule == "unsourced-citation"]
    assert len(messages) == 1 and messages[0].startswith(named), messages


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Yesterday Men's Health reported that push-ups predict heart health.", "Men's Health"),
        ("Recently, Runner's World found that cadence drills cut shin splints.", "Runner's World"),
        ("Boston Children's Hospital found that few teens wear sunscreen.", "Boston Children's"),
        ("Recently Time magazine reported that cold showers ease soreness.", "Time magazine"),
        ("The Guardian newspaper reported that cold showers ease soreness.", "The Guardian"),
    ],
)
def test_an_opening_adverb_is_no_part_of_the_outlets_name(sentence: str, named: str) -> None:
    """review28c: citeZ's genitive and print titles took a sentence's first capitalised word
    into the name ("Yesterday Men's Health is named")."""
    messages = [f.message for f in lint_text(sentence, "a.md") if f.rule == "unsourced-citation"]
    assert len(messages) == 1 and messages[0].startswith(f"{named}"), messages
