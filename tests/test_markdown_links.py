"""Every relative link and #anchor of the README and the measurement record resolves.

The measurement history moved from README.md to bench/README.md, and the two link to each
other's sections: a section renamed or moved must not leave a dead link behind. Anchors are
GitHub's: the heading's text, lower-cased, with punctuation dropped and each space a hyphen,
and "-1", "-2" ... after a repeated one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", ROOT / "bench" / "README.md"]

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"!?\[(?:[^\[\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'(][^)]*)?\)")
DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
HTML_ANCHOR = re.compile(r"<a\s[^>]*(?:id|name)=\"([^\"]+)\"")
SCHEME = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")


def prose_lines(text: str) -> list[str]:
    """The lines outside fenced code blocks (a link or heading in code is no link or heading)."""
    lines: list[str] = []
    fence = ""
    for line in text.splitlines():
        opened = FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        else:
            lines.append(line)
    return lines


def slug(heading: str) -> str:
    """GitHub's anchor of a heading, before the suffix of a repeated one (github-slugger)."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link: its text
    text = INLINE_CODE.sub(r"\2", text).replace("*", "").lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(text: str) -> set[str]:
    seen: dict[str, int] = {}
    found = set(HTML_ANCHOR.findall(text))
    for line in prose_lines(text):
        if match := HEADING.match(line):
            base = slug(match.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def targets(text: str) -> list[str]:
    """Every link target of the prose: inline links, images and reference definitions."""
    found: list[str] = []
    for line in prose_lines(text):
        if match := DEFINITION.match(line):
            found.append(match.group(1))
        found += LINK.findall(INLINE_CODE.sub("", line))
    return found


def dead_links(document: Path) -> list[str]:
    """The relative targets of `document` whose file or #anchor does not exist."""
    dead: list[str] = []
    for target in targets(document.read_text(encoding="utf-8")):
        if SCHEME.match(target):
            continue  # a web address or mailto: not this repository's to check
        path, _, anchor = target.partition("#")
        where = (document.parent / path).resolve() if path else document
        if not where.exists():
            dead.append(
                f"{target}: no {where.relative_to(ROOT) if ROOT in where.parents else where}"
            )
        elif anchor and where.suffix == ".md" and anchor not in anchors(where.read_text("utf-8")):
            dead.append(f"{target}: no heading of {where.name} has the anchor #{anchor}")
    return dead


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(document: Path) -> None:
    if not all(d.exists() for d in DOCUMENTS):
        pytest.skip("not a checkout: README.md and bench/README.md are not both here")
    assert dead_links(document) == []


def test_the_record_links_from_the_readme_and_back() -> None:
    if not all(d.exists() for d in DOCUMENTS):
        pytest.skip("not a checkout: README.md and bench/README.md are not both here")
    readme, record = (targets(d.read_text(encoding="utf-8")) for d in DOCUMENTS)
    assert any(t.startswith("bench/README.md#") for t in readme)
    assert any(t.startswith("../README.md#") for t in record)


def test_the_records_contents_list_every_section_in_order() -> None:
    record = DOCUMENTS[1]
    if not record.exists():
        pytest.skip("bench/README.md not beside the tests")
    _, contents_part, sections_part = record.read_text(encoding="utf-8").split("\n## ", 2)
    assert contents_part.startswith("Contents\n")
    contents = re.findall(r"^ *- \[(.*)\]\(#[^)]+\)$", contents_part, re.M)
    sections = [
        match.group(1)
        for line in prose_lines("## " + sections_part)
        if line.startswith(("## ", "### ")) and (match := HEADING.match(line))
    ]
    assert sections and contents == sections, "list the new section under Contents"


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        (
            "Model card: the learned sentence model (issue 14): tried, not shipped",
            "model-card-the-learned-sentence-model-issue-14-tried-not-shipped",
        ),
        (
            "The hype classes' tries, and spaCy's suffix search (issue 20, speedG)",
            "the-hype-classes-tries-and-spacys-suffix-search-issue-20-speedg",
        ),
        (
            "One pass; start-up stores (issue 20, speedb)",
            "one-pass-start-up-stores-issue-20-speedb",
        ),
        ("`--jobs` and the [cache](#c)", "--jobs-and-the-cache"),
        ("Café **notes**", "café-notes"),
    ],
)
def test_anchors_are_githubs(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor


def test_a_dead_link_or_anchor_is_found(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    (tmp_path / "other.md").write_text("# Other\n\n## Part two\n\n## Part two\n", encoding="utf-8")
    doc.write_text(
        "# Doc\n\n[ok](other.md#part-two-1) [ok](#doc) [web](https://example.org/x#y)\n"
        "[gone](missing.md) [bad](other.md#part-three) [bad](#nowhere)\n"
        "`[code](missing.md)`\n\n```md\n[fenced](missing.md)\n```\n\n[ref]: other.md#other\n",
        encoding="utf-8",
    )
    dead = dead_links(doc)
    assert [d.split(":")[0] for d in dead] == ["missing.md", "other.md#part-three", "#nowhere"]
