"""The first words of a sentence that the text output shows beside a finding."""

from __future__ import annotations

from linter.engine import sentence_start


def test_a_short_sentence_is_whole() -> None:
    assert sentence_start("Coffee  may\nhelp.") == "Coffee may help."


def test_a_long_sentence_stops_at_eight_words() -> None:
    text = "one two three four five six seven eight nine ten " * 200
    assert sentence_start(text) == "one two three four five six seven eight …"


def test_the_words_stop_before_the_character_limit() -> None:
    # 9 + 1 + 9 + 1 + 9 = 29 characters fit in 30; a fourth word would not.
    assert sentence_start("aaaaaaaaa bbbbbbbbb ccccccccc ddd", limit=30) == (
        "aaaaaaaaa bbbbbbbbb ccccccccc …"
    )
    assert sentence_start("x" * 100, limit=10) == "x" * 10 + " …"
