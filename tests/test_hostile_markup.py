"""Hostile markup: the template-tag, shortcode and MDX-expression scans stay linear on 1 MB.

Each input once took minutes (a scan from every tag to its pair, its line's start or a list
rebuilt at every footnote); linear, each reads in well under a second. The bound is generous:
this machine is shared, and the test is for the order of growth, not a timing."""

from __future__ import annotations

import time

import pytest

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
