"""Hostile markup: the template-tag, shortcode, MDX-expression, box and attribute-list reads
stay linear on 1 MB.

Each input once took minutes (a scan from every tag to its pair, its line's start or a list
rebuilt at every footnote); linear, each reads in well under a second. The bound is generous:
this machine is shared, and the test is for the order of growth, not a timing."""

from __future__ import annotations

import time

import pytest
from markdown_it import MarkdownIt

from linter.documents import markdown as markdown_reader
from linter.documents.markdown import read_markdown
from linter.documents.mdx import blank_jsx
from linter.documents.templates import blank_templates

SIZE = 1_000_000
HOSTILE = {
    "pairs nested in one paragraph": "[a]" * (SIZE // 7) + "[/a]" * (SIZE // 7),
    "opening tags a paragraph before their closing ones": "[a]" * (SIZE // 6)
    + "\n\n"
    + "[/a]" * (SIZE // 8),
    "footnote pairs": "[ref]x[/ref] " * (SIZE // 13),
    "attributes whose values run into the next tag": "[a b=" * (SIZE // 5) + " ]",
    "one line of template tags": "w {{x}} " * (SIZE // 8),
    "one line of shortcodes": "w [x_y] " * (SIZE // 8),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_template_and_shortcode_markup_is_read_in_linear_time(source: str) -> None:
    start = time.process_time()
    for markdown in (False, True):
        assert len(blank_templates(source, markdown)) == len(source)
    assert time.process_time() - start < 10


MDX = {
    "braces": "{" * SIZE,
    "expressions closed on the next line": "a {\nb }\n" * (SIZE // 8),
    "a brace left open in each paragraph": "{ x\n\n" * (SIZE // 5),
    "comments left open": "{/* " * (SIZE // 4),
    "tags with props left open": "w <a b={c " * (SIZE // 10),
    "tags with quotes left open": "w <a b='c " * (SIZE // 10),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("source", MDX.values(), ids=MDX.keys())
def test_mdx_expressions_are_read_in_linear_time(source: str) -> None:
    start = time.process_time()
    assert len(blank_jsx(source)) == len(source)
    assert time.process_time() - start < 10


BOXES = {
    "admonition headers": '!!! note "t"\n' * (SIZE // 13),
    "admonitions with bodies": "!!! a\n    b\n" * (SIZE // 12),
    "admonitions nested as deep as the text allows": "".join(
        " " * (4 * i) + "!!! a\n" for i in range(700)
    ),
    "boxes left open": ":::tip\n" * (SIZE // 7),
    "a box opener's line of spaces": ":::a" + " " * SIZE + "b\n",
    "boxes with code fences left open": ":::a\n```\n" * (SIZE // 9),
    "box openers in list items": "- :::a\n" * (SIZE // 7),
    "attribute lists": "w{.a}" * (SIZE // 5),
    "attribute lists left open": "{: " * (SIZE // 3),
    "spans left open": "[a]{" * (SIZE // 4),
    "block comments left open": "{::comment}\n\n" * (SIZE // 13),
    "inline comments left open": "{::comment}" * (SIZE // 11),
    "raw blocks left open": "{::nomarkdown}\n" * (SIZE // 15),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("source", BOXES.values(), ids=BOXES.keys())
def test_boxes_and_attribute_lists_are_read_in_linear_time(source: str) -> None:
    # Linear, 1 MB of each reads in 0.1 to 9 CPU seconds on this machine (bench/hostile_notes.py)
    start = time.process_time()
    read_markdown("hostile.md", source)
    assert time.process_time() - start < 30


def test_a_box_over_many_pieces_is_parsed_a_few_times_not_once_per_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long file is parsed in pieces; a block that runs past a cut (a ::: box left open over
    # the whole file) makes the reader parse a longer piece. One cut longer at each try made
    # 1 MB of such a box take 107 CPU seconds; twice as many cuts at each try, 20.
    made = markdown_reader._parser
    parses: list[bool] = []

    def counted(mdx: bool = False) -> MarkdownIt:
        parses.append(mdx)
        return made(mdx)

    monkeypatch.setattr(markdown_reader, "PIECE_LINES", 100)
    monkeypatch.setattr(markdown_reader, "_parser", counted)
    document = read_markdown("box.md", ":::tip\n" + "Water.\n\n" * 5_000 + ":::\n\nAfter.\n")
    assert len(document.blocks) == 5_001
    assert len(parses) <= 12  # 100 cuts: at most 1 + 2 + 4 + ... + 64, in 8 parses
