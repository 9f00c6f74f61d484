"""Which kept blocks share whose sources (documents/page.py hands the answer on as
`Block.inherits`; nlp/reader.py gives each block what its givers hold):
- a list item: its list's lead-in (the paragraph just before the list; its last sentence's
  sources: nlp/claims.py) or its parent item;
- a table cell: the other cells of its row, and the lead-in paragraph just before the table
  (a caption between them is no prose), which passes its sources on only when it names the
  study whose results the table gives (nlp/claims.py): GUIDELINE.md's source on a list's
  lead-in that sources the items reporting from the same evidence, the rows of a results
  table being such items ("In the 2021 trial [4], the researchers reported:"). Only the
  table right under the lead-in: a second table after it (a blank line in Markdown, a
  closing or opening <table> in HTML between two cells) or a table nested in a cell has
  no lead-in, as its rows need not report from the study (a clinic's own figures).
"""

from __future__ import annotations

import re

from linter.documents.model import Block

# Row cells share sources up to this width: sharing is quadratic (a 4,545-cell row took 680 MB).
WIDEST_SHARED_ROW = 64
# Between two cells of one table there is no table tag (HTML) and no blank line (Markdown).
_TABLE_TAG = re.compile(r"<\s*/?\s*table\b", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def inherited_sources(
    blocks: list[Block], kept: list[int], source: str | None = None
) -> dict[int, list[int]]:
    """Block index -> indices of the blocks whose sources also source it."""
    out: dict[int, list[int]] = {}
    first_of_list: dict[int, int] = {}
    last_item_at_depth: dict[int, int] = {}
    rows: dict[int, list[int]] = {}
    for i in kept:
        block = blocks[i]
        if block.row is not None:
            rows.setdefault(block.row, []).append(i)
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            last_item_at_depth.clear()
            continue
        if block.kind != "list_item" or block.list_id is None:
            if block.depth == 0:
                last_item_at_depth.clear()
            continue
        first = first_of_list.setdefault(block.list_id, i)
        if block.depth > 1 and block.depth - 1 in last_item_at_depth:
            out.setdefault(i, []).append(last_item_at_depth[block.depth - 1])
        elif block.depth <= 1 and first > 0 and introduces(blocks[first - 1]):
            out.setdefault(i, []).append(first - 1)
        last_item_at_depth[block.depth] = i
        for deeper in [d for d in last_item_at_depth if d > block.depth]:
            del last_item_at_depth[deeper]
    for cells in rows.values():
        for i in cells if len(cells) <= WIDEST_SHARED_ROW else ():
            out.setdefault(i, []).extend(j for j in cells if j != i)
    for i, lead in table_lead_ins(blocks, source).items():
        out.setdefault(i, []).append(lead)
    return out


def introduces(block: Block) -> bool:  # a paragraph just before a list is its lead-in
    return block.kind in ("paragraph", "blockquote") and block.list_id is None


def table_lead_ins(blocks: list[Block], source: str | None = None) -> dict[int, int]:
    """Table cell index -> the index of the lead-in paragraph just before its table; `source`
    (the file's text) tells where a table that follows another one starts."""
    out: dict[int, int] = {}
    lead: int | None = None
    for i, block in enumerate(blocks):
        if block.kind != "table_cell" or block.row is None:
            lead = None
            continue
        if i and blocks[i - 1].kind == "table_cell":
            if _new_table(blocks[i - 1], block, source):
                lead = None  # a table right after another one, or nested in it
        elif i:  # a table's first cell
            before = i - 1
            while before > 0 and blocks[before].kind == "caption":
                before -= 1
            lead = before if introduces(blocks[before]) else None
        if lead is not None:
            out[i] = lead
    return out


def _new_table(before: Block, cell: Block, source: str | None) -> bool:
    """Whether `cell` opens another table than the cell `before` it is in; unknown (no source
    text, or cells whose offsets are not the file's lines) is no."""
    if source is None or not (before.source_lines and cell.source_lines):
        return False
    if not before.offsets or not cell.offsets:
        return False
    gap = source[before.offsets[-1] : cell.offsets[0]]
    if _TABLE_TAG.search(gap):
        return True
    return "<" not in gap and _BLANK_LINE.search(gap) is not None
