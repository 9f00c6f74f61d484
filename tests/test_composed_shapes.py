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
