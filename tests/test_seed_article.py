"""The real article in ../shared/data, checked as Markdown: what must and must not be flagged."""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import SHARED_DATA

from linter import lint_text

ARTICLE = SHARED_DATA / "000_a583bcba3e40887b.txt"
EXPECTED = {
    46: {"vague-attribution"},
    54: {"vague-attribution"},
    58: {"vague-attribution"},
    62: {"vague-attribution"},
    66: {"unsourced-citation"},
    68: {"unsourced-citation", "unsourced-statistic"},
    80: {"overstatement"},
    86: {"overstatement"},
}
SILENT = [14, 16, 18, 24, 38, 40, 42, 44, 48, 50, 56, 60, 70, 72, 74, 76, 78, 82]


@pytest.fixture(scope="module")
def rules_by_line(engine) -> dict[int, set[str]]:  # type: ignore[no-untyped-def]
    if not ARTICLE.exists():
        pytest.skip("../shared/data is not beside this checkout")
    found: dict[int, set[str]] = defaultdict(set)
    for finding in lint_text(ARTICLE.read_text(encoding="utf-8"), "article.md", engine=engine):
        found[finding.line].add(finding.rule)
    return found


@pytest.mark.parametrize(("line", "rules"), EXPECTED.items())
def test_flagged_lines(rules_by_line, line: int, rules: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert rules <= rules_by_line[line]


@pytest.mark.parametrize("line", SILENT)
def test_silent_lines(rules_by_line, line: int) -> None:  # type: ignore[no-untyped-def]
    assert not rules_by_line[line]


@pytest.mark.parametrize(
    ("line", "any_of"),
    [
        (68, {"registry-contradiction", "registry-source-mismatch"}),
        (54, {"registry-overstated"}),
        (66, {"registry-overstated", "registry-source-mismatch"}),
    ],
)
def test_registry_findings(rules_by_line, line: int, any_of: set[str]) -> None:  # type: ignore[no-untyped-def]
    """The built-in registry knows these claims' real sources (issue: the registry)."""
    assert any_of & rules_by_line[line]
