"""Every word list of a documented lexicon says what class it is and where it comes from.

Issue #14: lexicons grown phrase by phrase from development sentences know those sentences
and little else; a list must be a class from a published resource, named in the YAML comment
right above it ("# Class: ..." and "# Source: ..."). Lexicon files join DOCUMENTED as their
lists are documented.
"""

from __future__ import annotations

import re

import pytest

from linter.config.resources import data_dir

DOCUMENTED = ("attribution.yaml",)
_KEY = re.compile(r"^([a-z_]+):\s*$")


def _comment_above(lines: list[str], index: int) -> str:
    """The comment lines right above line `index` (no blank line between)."""
    block: list[str] = []
    for line in reversed(lines[:index]):
        if not line.startswith("#"):
            break
        block.insert(0, line.lstrip("# "))
    return " ".join(block)


def _lists(name: str) -> list[tuple[str, str]]:
    lines = (data_dir("rules") / "lexicon" / name).read_text(encoding="utf-8").splitlines()
    return [
        (m.group(1), _comment_above(lines, i))
        for i, line in enumerate(lines)
        if (m := _KEY.match(line))
    ]


@pytest.mark.parametrize("name", DOCUMENTED)
def test_every_list_names_its_class_and_source(name: str) -> None:
    lists = _lists(name)
    assert lists, f"{name}: no lists found"
    for key, comment in lists:
        assert "Class:" in comment, f"{name}: list {key!r} does not say what class it is"
        assert "Source:" in comment, f"{name}: list {key!r} does not name its source"


def test_a_list_without_a_source_is_caught(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = ["# Class: words.", "documented:", "  - a", "", "# Only a note.", "bare:", "  - b"]
    found = dict(
        (m.group(1), _comment_above(lines, i))
        for i, line in enumerate(lines)
        if (m := _KEY.match(line))
    )
    assert "Source:" not in found["documented"] and "Class:" in found["documented"]
    assert "Class:" not in found["bare"]
