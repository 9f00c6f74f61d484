"""The pre-commit hook names the files a walk would check: every extension healthlint reads, in
any case (a walk lowercases an extension; a repository edited on Windows has `Page.HTM`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from linter.documents import FORMATS

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_the_hook_takes_every_read_extension_in_any_case(extension: str) -> None:
    hook = next(h for h in yaml.safe_load(HOOKS.read_text()) if h["id"] == "healthlint")
    files = re.compile(hook["files"])  # pre-commit matches with re.search
    for name in (f"a{extension}", f"docs/A{extension.upper()}", f"b{extension.title()}"):
        assert files.search(name), name
    assert not files.search(f"a{extension}.bak") and not files.search("notes.json")
