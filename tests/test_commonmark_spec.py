"""Every CommonMark 0.31.2 spec example goes through the Markdown reader with exact offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.documents import parse_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "markup"
SPEC = DATA / "commonmark-spec-0.31.2.txt"
_FENCE = "`" * 32
_EXAMPLE_RE = re.compile(rf"^{_FENCE} example\n(.*?)^\.\n.*?^{_FENCE}$", re.M | re.S)


def _examples() -> list[str]:
    if not SPEC.exists():
        return []
    text = SPEC.read_text(encoding="utf-8")
    return [m.group(1).replace("\u2192", "\t") for m in _EXAMPLE_RE.finditer(text)]


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def examples() -> list[str]:
    if not EXAMPLES:
        pytest.skip(f"CommonMark spec not found at {SPEC}")
    return EXAMPLES


def test_all_examples_found(examples: list[str]) -> None:
    assert len(examples) == 655


@pytest.mark.parametrize("number", range(1, 656))
def test_example_offsets_are_exact(examples: list[str], number: int) -> None:
    source = examples[number - 1]
    document = parse_text("spec.md", source, "markdown")
    for block in document.blocks:
        assert len(block.offsets) == len(block.text) + 1
        assert list(block.offsets[:-1]) == sorted(block.offsets[:-1]) or _has_reference(source)
        for i, char in enumerate(block.text):
            offset = block.offsets[i]
            assert 0 <= offset < len(source), (i, char)
            if char.isspace() or source[offset] in "&\\":
                continue  # line breaks, tabs and entities map to where they start
            assert source[offset] == char, (number, block.text, i)
        for attachment in block.attachments:
            assert 0 <= attachment.start <= attachment.end <= len(block.text)


def _has_reference(source: str) -> bool:
    return "&" in source
