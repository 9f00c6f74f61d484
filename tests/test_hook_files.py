"""The pre-commit hooks of .pre-commit-hooks.yaml take the files they should (pre-commit matches
each hook's `files` pattern with Python's re.search on the path from the repository root): the
article hook every extension a walk reads, in any case (a walk lowercases an extension; a
repository edited on Windows has `Page.HTM`), the claims hook the registry files the README
names, in any case too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from linter.documents import FORMATS

HOOKS = {
    hook["id"]: hook
    for hook in yaml.safe_load(
        (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text("utf-8")
    )
}


@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_the_hook_takes_every_read_extension_in_any_case(extension: str) -> None:
    files = re.compile(HOOKS["healthlint"]["files"])
    for name in (f"a{extension}", f"docs/A{extension.upper()}", f"b{extension.title()}"):
        assert files.search(name), name
    assert not files.search(f"a{extension}.bak") and not files.search("notes.json")


@pytest.mark.parametrize(
    ("path", "validated"),
    [
        # The registry files README.md names: one YAML file per topic in a claims/ folder, and
        # a repository's own registry named as the config's `claims:` example names it.
        ("claims/common-claims.yaml", True),
        ("content/claims/sleep.yml", True),
        ("our-claims.yaml", True),
        ("data/claims.yaml", True),
        ("registry/my_claims.yml", True),
        # In any case, as the article hook takes its files.
        ("CLAIMS/Foo.YAML", True),
        ("data/Our-Claims.Yml", True),
        # Files that only have "claims" somewhere in their name are not registries.
        (".github/workflows/claims-bot.yml", False),
        ("docs/disclaimers.yaml", False),
        ("_data/insurance-claims-2020.yaml", False),
        ("claims.md", False),
        ("Docs/Disclaimers.YAML", False),
    ],
)
def test_the_claims_hook_takes_the_registry_files_the_readme_names(
    path: str, validated: bool
) -> None:
    assert bool(re.search(HOOKS["healthlint-claims"]["files"], path)) is validated
