"""A source set after a sentence's full stop (linter/nlp/trailing_source.py): which sentence it
sources, read from the passages. Sentences written for these tests."""

from __future__ import annotations

from linter.documents import parse_text
from linter.engine import Engine

NIH = "https://www.nih.example/news/walking-study"
CDC = "https://www.cdc.example/physical-activity/data.html"


def _sourced(engine: Engine, text: str, path: str = "case.md") -> list[tuple[str, list[str]]]:
    """(sentence, the targets of its sources) of each sentence of the first paragraph."""
    document = parse_text(path, text, None)
    passages = list(engine.reader.passages(engine.blocks(document), "markdown"))
    return [(c.text, [s.target or s.text for s in c.sources]) for c in passages[0].claims]


def test_two_sources_joined_by_a_semicolon_both_go_to_the_sentence(engine: Engine) -> None:
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. ([NIH]({NIH}); [CDC]({CDC}))\n")
    assert claims[0][1] == [NIH, CDC]


def test_a_sentence_after_the_unit_loses_the_unit(engine: Engine) -> None:
    claims = _sourced(
        engine, f"Walkers had 30% fewer strokes. ([NIH]({NIH})) About 40% never walk.\n"
    )
    assert claims[0][1] == [NIH]
    assert claims[1][1] == []


def test_a_lower_case_continuation_keeps_its_link(engine: Engine) -> None:
    # No sentence opens on "and": the piece is not known to be a unit and a sentence after it.
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. ([NIH]({NIH})) and 40% less.\n")
    assert claims[0][1] == []
    assert claims[1][1] == [NIH]


def test_a_label_that_is_the_link_text_is_the_links(engine: Engine) -> None:
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. ([see the trial]({NIH}))\n")
    assert claims[0][1] == [NIH]


def test_words_around_the_link_make_no_unit(engine: Engine) -> None:
    claims = _sourced(
        engine, f"Walkers had 30% fewer strokes. (Photo by [Jane]({NIH}) on our walk.)\n"
    )
    assert claims[0][1] == []


def test_a_bare_link_after_the_stop_is_a_sentence_of_its_own(engine: Engine) -> None:
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. [NIH]({NIH})\n")
    assert claims[0][1] == []


def test_an_unbracketed_signal_is_an_imperative_not_a_source_note(engine: Engine) -> None:
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. See [our walking team]({NIH})\n")
    assert claims[0][1] == []
    claims = _sourced(engine, f"Walkers had 30% fewer strokes. Sources: [NIH]({NIH})\n")
    assert claims[0][1] == [NIH]
