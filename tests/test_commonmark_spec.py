"""Every CommonMark 0.31.2 spec example goes through the Markdown reader with exact offsets."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from linter.documents import parse_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "markup"
SPEC = DATA / "commonmark-spec-0.31.2.txt"
_FENCE = "`" * 32
_EXAMPLE_RE = re.compile(rf"^{_FENCE} example\n(.*?)^\.\n(.*?)^{_FENCE}$", re.M | re.S)


def _examples() -> list[tuple[str, str]]:
    """(Markdown, expected HTML) of each example."""
    if not SPEC.exists():
        return []
    text = SPEC.read_text(encoding="utf-8").replace("\u2192", "\t")
    return [(m.group(1), m.group(2)) for m in _EXAMPLE_RE.finditer(text)]


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def examples() -> list[tuple[str, str]]:
    if not EXAMPLES:
        pytest.skip(f"CommonMark spec not found at {SPEC}")
    return EXAMPLES


def test_all_examples_found(examples: list[tuple[str, str]]) -> None:
    assert len(examples) == 655


@pytest.mark.parametrize("number", range(1, 656))
def test_example_offsets_are_exact(examples: list[tuple[str, str]], number: int) -> None:
    source = examples[number - 1][0]
    document = parse_text("spec.md", source, "markdown")
    for block in document.blocks:
        assert len(block.offsets) == len(block.text) + 1
        assert list(block.offsets) == sorted(block.offsets), "prose keeps source order"
        for i, char in enumerate(block.text):
            offset = block.offsets[i]
            assert 0 <= offset < len(source), (i, char)
            if char.isspace() or source[offset] == "&" or char == "\ufffd":
                continue  # breaks, entities (mapped to their "&") and NUL (read as U+FFFD)
            assert source[offset] == char, (number, block.text, i)
        for attachment in block.attachments:
            assert 0 <= attachment.start <= attachment.end <= len(block.text)


@pytest.mark.parametrize("number", range(1, 656))
def test_example_prose_is_rendered_text(examples: list[tuple[str, str]], number: int) -> None:
    """No markup leaks into prose: it is a subsequence of the expected HTML's text."""
    source, expected = examples[number - 1]
    rendered = "".join(html.unescape(re.sub(r"<[^>]*>", "", expected)).split())
    prose = "".join(
        "".join(b.text for b in parse_text("spec.md", source, "markdown").blocks).split()
    )
    remaining = iter(rendered)
    assert all(char in remaining for char in prose), (prose, rendered)


def test_every_example_through_check(examples: list[tuple[str, str]], engine) -> None:  # type: ignore[no-untyped-def]
    """The whole pipeline, not only the reader: no exception, every finding exact."""
    from linter import lint_text

    for markdown, _ in examples:
        starts = [0] + [i + 1 for i, c in enumerate(markdown) if c == "\n"]
        for f in lint_text(markdown, "example.md", engine=engine):
            start = starts[f.line - 1] + f.column - 1
            end = starts[f.end_line - 1] + f.end_column - 1
            assert markdown[start:end] == f.text, (markdown, f)
