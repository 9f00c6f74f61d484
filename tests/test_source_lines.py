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
