"""A block quote credited below to the work it is taken from: the credit line sources it.

HTML marks the source of a quotation with the <cite> element, "the title of a work" (WHATWG
HTML Living Standard, 4.5.6), set as the quote's last line; Markdown pages close the quote with
a dash line, "— Cochrane review, [Exercise for depression](https://doi.org/...)", the
attribution line of a block quotation (Chicago Manual of Style, 17th ed., 13.33: the source on
a line of its own after the quotation, led by an em dash). The passage quoted is that work's
own words (census of set CC: a review's conclusion pasted under its <cite> link, flagged as an
unsourced appeal), as a block quote under a lead-in that links it (documents/quotations.py).

What makes a credit, by construction (never a wrong source: the line must name and link a
work, and nothing else):
- the block right after a run of block-quote paragraphs, or the run's own last paragraph;
- a link to another site's evidence page (quotations.evidence_page) makes up the line, after
  at most a dash and a short name ending in a comma or colon ("Cochrane review,");
- the line opens with a dash, or the file shows it as a <cite> element.
A credit naming a person with no link ("— Coach Sam Reid"), or a link to the site's own page,
sources nothing, and the quote is checked as the page's own text.
"""

from __future__ import annotations

import re

from linter.documents.model import Block
from linter.documents.quotations import evidence_page

_DASH = re.compile(r"\s*[-—–―]+\s*")
# What may stand before the link: a short name ending in a comma or a colon, or nothing.
_NAME = re.compile(r"(?:[^\s,:;.!?]+\s+){0,5}[^\s,:;.!?]+\s*[,:]\s*|\s*")
_CLOSING = " \t\n.,;:)]}>\"'”’"
_CITE_REACH = 80  # characters of the file before the line where its <cite> tag stands


def credit_line(block: Block, source: str | None) -> bool:
    """Whether `block` is a credit line naming and linking the work a quote comes from."""
    links = [a for a in block.attachments if a.kind in ("link", "url")]
    if len(links) != 1 or not evidence_page(links[0].target):
        return False
    text, link = block.text, links[0]
    if text[link.end :].strip(_CLOSING):
        return False
    dash = _DASH.match(text)
    lead = text[dash.end() if dash else 0 : link.start]
    if not _NAME.fullmatch(lead):
        return False
    if dash and dash.group().strip():
        return True
    if source is None or not block.offsets:
        return False
    at = block.offsets[0]
    return "<cite" in source[max(0, at - _CITE_REACH) : at].lower()


def quote_credits(
    blocks: list[Block], reasons: list[str | None], source: str | None
) -> dict[int, list[int]]:
    """Block index -> [the credit line] for each kept block-quote paragraph whose quote a
    credit line closes (see the module docstring)."""
    shares: dict[int, list[int]] = {}
    for c, block in enumerate(blocks):
        if block.kind not in ("blockquote", "paragraph") or not credit_line(block, source):
            continue
        quoted = []
        j = c - 1
        while j >= 0 and blocks[j].kind == "blockquote" and not blocks[j + 1].after_break:
            if reasons[j] is None:
                quoted.append(j)
            j -= 1
        for i in quoted:
            shares[i] = [c]
    return shares


def with_quote_credits(
    blocks: list[Block], reasons: list[str | None], source: str | None
) -> list[str | None]:
    """The reasons, with the credit lines that close a kept quote kept: they source it."""
    for heads in quote_credits(blocks, reasons, source).values():
        for c in heads:
            reasons[c] = None
    return reasons
