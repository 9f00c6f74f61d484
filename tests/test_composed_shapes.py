"""Shapes real sites write that bench/shape_search.py found read wrongly or stopped healthlint,
each reduced to its smallest page (session 28). A page must read the same with LF and CR LF
line endings."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

# An MDX component holding a fenced code block: the code is not prose.
CODE_IN_COMPONENT = "<Callout>\n```\nResearch shows that garlic cures colds.\n```\n</Callout>\n"


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_code_in_an_mdx_component_is_not_read_with_any_line_ending(
    tmp_path: Path, ending: str
) -> None:
    assert findings(tmp_path, "c.mdx", CODE_IN_COMPONENT.replace("\n", ending)) == []


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_props_on_a_tag_line_stay_props_with_any_line_ending(tmp_path: Path, ending: str) -> None:
    page = '<Stat value={40} label="Research shows that garlic cures colds." />\n\nWe tested it.\n'
    assert findings(tmp_path, "p.mdx", page.replace("\n", ending)) == []


# A stat card's figure and its sentence with an editor's spacer paragraph between them: the
# page shows one sentence, as it does with an empty paragraph there.
@pytest.mark.parametrize("spacer", ["<p>&zwj;</p>", "<p>&#8205;</p>", "<p>&nbsp;</p>", "<p></p>"])
def test_a_split_figure_is_joined_across_a_spacer_paragraph(tmp_path: Path, spacer: str) -> None:
    page = (
        f"<html><body><p>94%</p>{spacer}<p>of smokers start before they are 25.</p></body></html>\n"
    )
    assert [(rule, text) for _, _, rule, text in findings(tmp_path, "f.html", page)] == [
        ("unsourced-statistic", "94%")
    ]


@pytest.mark.parametrize("spacer", ["&zwj;", "\u200b", "&nbsp;"])
def test_a_markdown_figure_line_is_joined_across_a_spacer(tmp_path: Path, spacer: str) -> None:
    page = f"**94%**\n\n{spacer}\n\nof smokers start before they are 25.\n"
    assert [rule for _, _, rule, _ in findings(tmp_path, "f.md", page)] == ["unsourced-statistic"]


def test_a_visible_paragraph_between_still_keeps_them_apart(tmp_path: Path) -> None:
    page = "<p>94%</p><p>&amp;</p><p>of smokers start before they are 25.</p>\n"
    assert findings(tmp_path, "g.html", page) == []
