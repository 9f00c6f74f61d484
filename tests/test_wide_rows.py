"""A table row's cells share their sources (a link in one cell sources its neighbours), up to a
real table's width: sharing is quadratic in the row, so a hostile row of thousands of cells
stands cell by cell instead of holding millions of links. Tables written for these tests."""

from __future__ import annotations

from linter.documents import parse_text
from linter.documents.page import article_blocks
from linter.documents.shares import WIDEST_SHARED_ROW


def table(cells: int) -> str:
    head = "| " + " | ".join(f"h{i}" for i in range(cells)) + " |\n"
    rule = "|" + "---|" * cells + "\n"
    body = "| " + " | ".join(f"Studies show remedy {i} works" for i in range(cells)) + " |\n"
    return head + rule + body


def widest_share(cells: int) -> int:
    source = table(cells)
    blocks = article_blocks(parse_text("table.md", source).blocks, source)
    return max(len(block.inherits) for block in blocks)


def test_a_row_of_a_real_table_shares_its_cells() -> None:
    assert widest_share(3) == 2
    assert widest_share(WIDEST_SHARED_ROW) == WIDEST_SHARED_ROW - 1


def test_a_row_wider_than_any_table_keeps_each_cell_alone() -> None:
    assert widest_share(WIDEST_SHARED_ROW + 1) == 0
    assert widest_share(3000) == 0
