"""The Markdown reader's lines, cut from the source on demand, are the lines it held before."""

from __future__ import annotations

import random
import re

import pytest

from linter.documents.source_lines import SourceLines

_BREAKS = re.compile(r"\r\n|\r|\n")


def _held(source: str) -> tuple[list[int], list[int], list[str]]:
    """The lines as the reader held them (lists of every start, line break and text)."""
    starts, newlines, ends = [0], [], []
    for match in _BREAKS.finditer(source):
        ends.append(match.start())
        newlines.append(match.end() - 1)
        starts.append(match.end())
    ends.append(len(source))
    newlines.append(len(source))
    text = source.replace("\0", "\ufffd")
    return starts, newlines, [text[s:e] for s, e in zip(starts, ends, strict=True)]


def _random_source(rng: random.Random) -> str:
    parts = ["a", "b c", "| x |", "\r\n", "\r", "\n", "\0", "é", "😀", " ", "\u2028"]
    return "".join(rng.choice(parts) for _ in range(rng.randrange(0, 40)))


def test_lines_equal_the_held_lists_on_random_sources() -> None:
    rng = random.Random(20)
    for _ in range(2_000):
        source = _random_source(rng)
        starts, newlines, texts = _held(source)
        lines = SourceLines(source)
        assert list(lines.starts) == starts
        assert list(lines.newlines) == newlines
        assert list(lines.texts) == texts
        assert len(lines.texts) == len(texts)
        order = list(range(-len(texts), len(texts)))
        rng.shuffle(order)
        for index in order + order[:3]:  # a line asked for again comes from the last cut
            assert lines.texts[index] == texts[index]
        assert lines.texts[1:3] == texts[1:3]


def test_a_line_past_either_end_is_an_index_error() -> None:
    lines = SourceLines("one\ntwo")
    for index in (2, -3):
        with pytest.raises(IndexError):
            lines.texts[index]


def test_a_line_asked_for_again_is_the_line_already_cut() -> None:
    # Each cell of a table row asks for its row: cut again at every cell, one long row of
    # many cells would be read in time quadratic in its length.
    row = "| " + " | ".join(f"cell {i}" for i in range(50)) + " |"
    lines = SourceLines(f"{row}\n|{'---|' * 50}\n{row}\n")
    for index in (0, 2):
        first = lines.texts[index]
        assert lines.texts[index] is first
        assert first == row


def test_lines_cut_from_a_source_with_every_line_break_markdown_it_knows() -> None:
    # CRLF, CR and LF, each one break; a form feed, U+2028 and U+0085 are not breaks.
    source = "a\r\nb\rc\nd\fe\u2028f\u0085g\r\r\n"
    lines = SourceLines(source)
    assert list(lines.texts) == ["a", "b", "c", "d\fe\u2028f\u0085g", "", ""]
    assert [source[start] for start in lines.starts[1:5]] == ["b", "c", "d", "\r"]
    assert [source[at] for at in lines.newlines[:5]] == ["\n", "\r", "\n", "\r", "\n"]
