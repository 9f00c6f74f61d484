"""Every word list of a documented lexicon says what class it is and where it comes from.

Issue #14: lexicons grown phrase by phrase from development sentences know those sentences
and little else; a list must be a class from a published resource, named in the YAML comment
right above it. Two conventions are checked: the attribution lexicon writes "# Class: ..."
and "# Source: ..."; the hype and evidence lexicons name a year, an address, a body or a
standard in their comment. Lexicon files join as their lists are documented.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.config.resources import data_dir

# Lexicons whose comments say "Class:" and "Source:".
LABELLED = ("attribution.yaml", "citations.yaml", "study_design.yaml")
# Lexicons whose comments name a source in prose.
NAMED = ("hype.yaml", "evidence.yaml", "practice.yaml")
# What a source looks like in a comment: a year, a web address, a named body or standard, or
# another of the project's documents that names it.
SOURCE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|https?://|www\.|\b(?:FDA|FTC|MeSH|WHO|ICD|NCCIH|EU|Regulation|"
    r"CFR|FrameNet|STROBE|CONSORT|CEBM|Wikipedia|Terminologia|DESIGN\.md|GUIDELINE\.md)\b"
)
_KEY = re.compile(r"^([a-z_]+):\s*$")


def lists_of(lines: list[str]) -> list[tuple[str, str]]:
    """(key, the comment block right above it) for each top-level list of a lexicon file."""
    found = []
    for number, line in enumerate(lines):
        key = _KEY.match(line)
        if not key:
            continue
        block: list[str] = []
        for above in reversed(lines[:number]):
            if not above.startswith("#"):
                break
            block.insert(0, above.lstrip("# "))
        found.append((key.group(1), "\n".join(block)))
    return found


def lexicon(name: str) -> list[tuple[str, str]]:
    path = data_dir("rules") / "lexicon" / name
    return lists_of(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("name", LABELLED)
def test_every_labelled_list_names_its_class_and_source(name: str) -> None:
    lists = lexicon(name)
    assert lists, f"{name}: no lists found"
    for key, comment in lists:
        assert "Class:" in comment, f"{name}: list {key!r} does not say what class it is"
        assert "Source:" in comment, f"{name}: list {key!r} does not name its source"


@pytest.mark.parametrize("name", NAMED)
def test_every_list_names_a_source(name: str) -> None:
    lists = lexicon(name)
    assert lists, f"{name} has no lists"
    missing = [key for key, comment in lists if not SOURCE.search(comment)]
    assert not missing, f"{name}: no source named in the comment above {missing}"


def test_a_list_without_a_source_is_found(tmp_path: Path) -> None:
    lines = (
        "# Class: broad negatives. Source: Quirk et al., 1985.\ngood:\n  - rarely\n\n"
        "# Words I saw.\nbad:\n  - b\n\nbare:\n  - c\n"
    ).splitlines()
    found = dict(lists_of(lines))
    assert SOURCE.search(found["good"]) and "Class:" in found["good"]
    assert not SOURCE.search(found["bad"]) and "Class:" not in found["bad"]
    assert found["bare"] == ""
