"""The README's rule table is generated from the rules' docs and must not drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.checks.rules import load_rules, markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_rule_table_is_current() -> None:
    if not README.exists():
        pytest.skip("README.md not beside the tests")
    match = re.search(
        r"<!-- rules-table:start -->\n(.*)<!-- rules-table:end -->", README.read_text(), re.S
    )
    assert match, "README has no rule table markers"
    assert match.group(1) == markdown_table(load_rules()), "run: healthlint rules list --markdown"


def test_readme_starts_with_the_two_setup_commands() -> None:
    if not README.exists():
        pytest.skip("README.md not beside the tests")
    block = README.read_text().split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert block[0].endswith("healthlint check examples/stem-cells-for-lupus.md")
    assert block[1].endswith("pytest")
