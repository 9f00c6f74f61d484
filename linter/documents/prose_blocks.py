"""The blocks of a page that make claims, in pieces spaCy takes (moved out of engine.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from linter.documents.figure_cards import join_split_figures
from linter.documents.model import Block
from linter.documents.normalise import spaced_block
from linter.documents.page import article_blocks

MAX_BLOCK_CHARS = 100_000


def chunks(block: Block, limit: int = MAX_BLOCK_CHARS) -> Iterator[Block]:
    """A very long block (a 10 MB line) in pieces spaCy takes, cut after a sentence or space."""
    if len(block.text) <= limit:
        yield block
        return
    start = 0
    while start < len(block.text):
        end = min(start + limit, len(block.text))
        if end < len(block.text):
            cut = max(block.text.rfind(". ", start, end), block.text.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        attachments = tuple(
            replace(a, start=a.start - start, end=min(a.end, end) - start)
            for a in block.attachments
            if start <= a.start < end
        )
        yield replace(
            block,
            text=block.text[start:end],
            offsets=block.offsets[start : end + 1],
            attachments=attachments,
            examined=block.examined if start == 0 else None,  # its offsets are the first's
        )
        start = end


def prose_blocks(blocks: list[Block], source: str | None = None) -> list[Block]:
    """The blocks that make claims, cut to sizes spaCy takes: what documents/page.py keeps of
    the page (no furniture, reference lists, bylines ...), headings included (they count as
    sentences), a figure alone in its block joined to the rest of its sentence (figure_cards.py).
    `Block.inherits` points into the returned list."""
    # A block with no text (an editor's spacer paragraph, "<p>&zwj;</p>", left empty by the
    # reader) goes before the page is read: `inherits` counts positions in what is kept, and a
    # spacer between a lead-in and its list is no lead-in.
    blocks = join_split_figures([b for b in blocks if b.text.strip()], source)
    # White space as the page shows it (normalise.py): a phrase wrapped in the source is one.
    kept = [spaced_block(b) for b in article_blocks(blocks, source)]
    if all(len(b.text) <= MAX_BLOCK_CHARS for b in kept):
        return kept
    out: list[Block] = []
    last_piece: list[int] = []  # position of each kept block's last piece in `out`
    for block in kept:
        out += chunks(block)
        last_piece.append(len(out) - 1)
    for at, block in enumerate(out):
        if block.inherits:
            out[at] = replace(block, inherits=tuple(last_piece[i] for i in block.inherits))
    return out
