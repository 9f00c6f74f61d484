"""Every word list of the overstatement and causal-overreach lexicons says where it comes from.

A list that grows phrase by phrase from the sentences one happened to see does not carry over
to unseen text (issue 14): each list must be a class with a published source, named in the
comment right above it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from linter.config.resources import data_dir

# The lexicons these rules own; other lexicons can join once they name their sources.
FILES = ("hype.yaml", "evidence.yaml")
# What a source looks like in a comment: a year, a web address, a named body or standard, or
# another of the project's documents that names it.
SOURCE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|https?://|www\.|\b(?:FDA|FTC|MeSH|WHO|ICD|NCCIH|EU|Regulation|"
    r"CFR|FrameNet|STROBE|CONSORT|CEBM|Wikipedia|Terminologia|DESIGN\.md|GUIDELINE\.md)\b"
)
_KEY = re.compile(r"^([a-z_]+):\s*$")


def lists_of(path: Path) -> list[tuple[str, str]]:
    """(key, the comment block right above it) for each top-level list of a lexicon file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for number, line in enumerate(lines):
        key = _KEY.match(line)
        if not key:
            continue
        block: list[str] = []
        for above in reversed(lines[:number]):
            if not above.startswith("#"):
                break
            block.insert(0, above)
        found.append((key.group(1), "\n".join(block)))
    return found


@pytest.mark.parametrize("name", FILES)
def test_every_list_names_its_class_and_source(name: str) -> None:
    lists = lists_of(data_dir("rules") / "lexicon" / name)
    assert lists, f"{name} has no lists"
    missing = [key for key, comment in lists if not SOURCE.search(comment)]
    assert not missing, f"{name}: no source named in the comment above {missing}"


def test_a_list_without_a_source_is_found(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(
        "# Broad negatives (Quirk et al., 1985).\ngood:\n  - rarely\n\n# Words I saw.\nbad:\n"
        "  - b\n\nbare:\n  - c\n",
        encoding="utf-8",
    )
    found = dict(lists_of(path))
    assert SOURCE.search(found["good"])
    assert not SOURCE.search(found["bad"]) and found["bare"] == ""
