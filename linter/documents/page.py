"""Page structure: which blocks a reader reads as the article, and which blocks source which.

The readers leave out what markup says is furniture (documents/html.py); this module leaves
out what the text and its place say is furniture, in Markdown and HTML alike:
- sections under a furniture heading ("Related posts", "Read this next", "Share this") or a
  metadata heading ("Excerpt"), and reference sections ("References", or any section or list
  most of whose entries are shaped like citations, as under "How we reviewed this article",
  or whose top-level items all are, with their links and notes nested under them);
- sections most of whose blocks are teasers (excerpts the site cut off with an ellipsis);
- single blocks that are metadata lines, bylines and dates, image credits and captions,
  contact and fill-in lines, link-only lines, teasers, promotions, or citation entries.

It also says whose sources a kept block shares: a list item those of its list's lead-in
(its last sentence: nlp/claims.py) or parent item, a table cell those of its row's other
cells and of a lead-in that names a study (documents/shares.py), a section's blocks those
of its linked headline or locator line (documents/scopes.py),
a block quote those of the lead-in linking what it quotes (documents/quotations.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from linter.documents import furniture
from linter.documents.abstracts import attribution_shares, entry_link, reference_shares
from linter.documents.claim_frames import examined_claims
from linter.documents.furniture import furniture_heading
from linter.documents.model import Attachment, Block
from linter.documents.numbered_markers import page_citations
from linter.documents.quotations import quote_shares, with_quote_lead_ins
from linter.documents.quote_credits import quote_credits, with_quote_credits
from linter.documents.scopes import linked_headline, scope_shares
from linter.documents.shares import inherited_sources

# A heading that starts a reference list: what follows are sources, not claims.
_REFERENCES_HEADING = re.compile(
    r"\s*(?:references?|sources?|bibliography|citations?|notes|footnotes|further reading|"
    r"works cited|literature cited|reference list|sources and references|"
    r"(?:additional |more |helpful |useful |other )?resources)\s*:?\s*",
    re.I,
)
# A list or section is a reference list when at least this share of its blocks are entries.
ENTRY_SHARE = 0.6
# A section is a list of teasers when at least this share of its blocks are cut-off excerpts.
TEASER_SHARE = 0.34
# A quotation of the page's own text this long is a repeat (a shorter phrase is too common).
QUOTE_WORDS = 5

# Tests of one block, in the order they are tried; the name says why a block is left out.
BLOCK_TESTS: tuple[tuple[str, Callable[[Block], bool]], ...] = (
    ("metadata", furniture.metadata_line),
    ("byline", furniture.byline),
    ("credit", furniture.credit_line),
    ("contact", furniture.contact_line),
    ("link-list", furniture.link_only),
    ("teaser", furniture.teaser),
    ("promotion", furniture.promotion),
)


def why_left_out(blocks: list[Block], source: str | None = None) -> list[str | None]:
    """For each block, why it is not prose (a reason word), or None for prose. With the
    document's `source`, a block set out as short lines (a table or address as text) too."""
    reasons: list[str | None] = [None] * len(blocks)
    teasers = _listing_pairs(blocks)
    entries = _Entries(blocks)
    for heading, members in _sections(blocks):
        reason = _section_reason(blocks, heading, members, teasers, entries)
        if reason is not None:
            if heading is not None and reason != "teaser":
                reasons[heading] = reason
            for i in members:
                reasons[i] = reason
        if reason == "metadata" and heading is not None:
            # A metadata section ("## Excerpt") with headings of its own runs to its closing break.
            for i in _to_break(blocks, heading):
                reasons[i] = reason
    for i in teasers:
        reasons[i] = reasons[i] or "teaser"
    for i in _quoted_repeats(blocks):
        reasons[i] = reasons[i] or "repeat"
    for members in _lists(blocks).values():
        top = min(blocks[i].depth for i in members)
        tops = [i for i in members if blocks[i].depth == top]
        if len(members) >= 2 and sum(entries[i] > 0 for i in members) >= ENTRY_SHARE * len(members):
            for i in members:
                reasons[i] = reasons[i] or "citation"
        elif len(tops) >= 2 and all(entries[i] > 0 for i in tops):
            for i in tops:  # entries with their notes (or their links) nested under them
                reasons[i] = reasons[i] or "citation"
        elif len(members) >= 2 and all(furniture.title_line(blocks[i]) for i in members):
            for i in members:  # a list of other pages' headlines: related posts
                reasons[i] = reasons[i] or "related"
    for i, block in enumerate(blocks):
        if reasons[i] is not None:
            continue
        if block.kind in ("footnote", "caption"):
            reasons[i] = block.kind
        elif block.kind == "table_cell" and furniture.link_only(block):
            continue  # a row's source cell: kept, so that it sources the row
        elif block.kind != "heading":
            reasons[i] = "citation" if entries[i] == 2 else None
            reasons[i] = reasons[i] or next((n for n, test in BLOCK_TESTS if test(block)), None)
            if reasons[i] is None and source is not None and furniture.layout_lines(block, source):
                reasons[i] = "layout"
        elif furniture.link_only(block) and not linked_headline(blocks, i, source):
            reasons[i] = "link-list"
    reasons = with_quote_lead_ins(blocks, reasons)  # a linked title over its quote is prose
    return with_quote_credits(blocks, reasons, source)  # a quote's credit line sources it


def article_blocks(blocks: list[Block], source: str | None = None) -> list[Block]:
    """The blocks that are prose, each with `inherits` set: the positions, in the returned
    list, of the blocks whose sources also source it."""
    reasons = why_left_out(blocks, source)
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    position = {index: at for at, index in enumerate(kept)}
    sources = inherited_sources(blocks, kept, source)
    kept_set = set(kept)
    given, shares = reference_shares(blocks, kept_set)  # abstracts under their reference
    cited = page_citations(blocks, reasons, source)  # "(Smith)", ". 2" keyed to the page's list
    scoped = scope_shares(blocks, kept_set, source)  # under a linked headline or a DOI line
    quoted = quote_shares(blocks, kept_set)  # "> ..." under the item that links its source
    quoted.update(quote_credits(blocks, reasons, source))  # "> ..." over "— [Work](...)"
    examined = examined_claims(blocks, kept_set)  # "The claim: ..." that "Fact: ..." answers
    for shared in (shares, attribution_shares(blocks, kept_set), scoped, quoted):
        for index, heads in shared.items():
            sources.setdefault(index, []).extend(heads)
    out = []
    for index in kept:
        inherits = tuple(sorted({position[j] for j in sources.get(index, ()) if j in position}))
        block = blocks[index]
        extra = ((given[index],) if index in given else ()) + cited.get(index, ())
        if extra:  # the reference's link on its abstract, what the page's own list resolves
            block = replace(block, attachments=(*block.attachments, *extra))
        target = entry_link(blocks, reasons, sources.get(index, []), position)
        if target is not None:  # a note under a reference entry: the entry's link sources it
            end = len(block.text.rstrip())
            passed = Attachment(start=max(0, end - 1), end=end, kind="link", target=target)
            block = replace(block, attachments=(*block.attachments, passed))
        block = replace(block, quotes_source=True) if index in quoted else block
        block = replace(block, examined=examined[index]) if index in examined else block
        out.append(replace(block, inherits=inherits) if inherits else block)
    return out


def _sections(blocks: list[Block]) -> list[tuple[int | None, list[int]]]:
    """(heading index or None, indices of the blocks under it up to the next heading).

    A one-line paragraph that acts as a heading (documents/furniture.py, heading_like) opens
    a section too; it stays prose.
    """
    sections: list[tuple[int | None, list[int]]] = [(None, [])]
    for i, block in enumerate(blocks):
        if block.kind == "heading" or furniture.heading_like(block):
            sections.append((i, []))
        else:
            sections[-1][1].append(i)
    return sections


def _to_break(blocks: list[Block], heading: int, reach: int = 12) -> list[int]:
    """The blocks after `heading` up to a thematic break within `reach` blocks, or none."""
    for i in range(heading + 1, min(heading + 1 + reach, len(blocks))):
        if blocks[i].after_break:
            return list(range(heading + 1, i))
    return []


def _listing_pairs(blocks: list[Block]) -> set[int]:
    """Blocks of a listing: a card's title and summary, then the summary again as a block
    of its own (its opening words repeat inside the block before it, after the title)."""
    found: set[int] = set()
    for i in range(1, len(blocks)):
        first, second = blocks[i - 1], blocks[i]
        if "heading" in (first.kind, second.kind) or len(second.text) < 40:
            continue
        opening = " ".join(second.text[:60].split())
        if " ".join(first.text.split()).find(opening) > 0:  # after the card's title
            found.update((i - 1, i))
    return found


def _quoted_repeats(blocks: list[Block]) -> list[int]:
    """Quotations of the page's own earlier text: a forum reply quoting the post it answers,
    an email-style "> " quote. What they say is checked where it was first said."""
    quotes = [i for i, block in enumerate(blocks) if block.kind == "blockquote"]
    if not quotes:
        return []
    said, ends = [], []  # the page's text before each block, joined once
    length = 0
    for block in blocks:
        text = " ".join(block.text.split()) if block.kind != "blockquote" else ""
        said.append(text)
        length += len(text) + 1
        ends.append(length)
    joined = "\n".join(said)
    found = []
    for i in quotes:
        quoted = " ".join(blocks[i].text.split())
        if (
            len(quoted.split()) >= QUOTE_WORDS
            and joined.find(quoted, 0, ends[i - 1] if i else 0) >= 0
        ):
            found.append(i)
    return found


class _Entries:
    """citation_entry of each block, worked out once (sections and lists both ask)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.found: dict[int, int] = {}

    def __getitem__(self, index: int) -> int:
        if index not in self.found:
            self.found[index] = furniture.citation_entry(self.blocks[index])
        return self.found[index]


def _section_reason(
    blocks: list[Block],
    heading: int | None,
    members: list[int],
    pairs: set[int],
    entries: _Entries,
) -> str | None:
    if heading is not None:
        text = blocks[heading].text
        if _REFERENCES_HEADING.fullmatch(text):
            return "citation"
        if furniture.metadata_heading(text):
            return "metadata"
        # A heading opening the page titles it ("# News"): no box of links after an article.
        if furniture_heading(text) and heading > 0:
            return "related"
    if len(members) < 2:
        return None
    teasers = sum(i in pairs or furniture.teaser(blocks[i]) for i in members)
    if teasers >= 2 and teasers >= TEASER_SHARE * len(members):
        return "teaser"
    found = sum(entries[i] > 0 for i in members)
    if found >= 2 and found >= ENTRY_SHARE * len(members):
        return "citation"
    return None


def _lists(blocks: list[Block]) -> dict[int, list[int]]:
    """The items of each top-level list (nested items go with the list they are nested in)."""
    lists: dict[int, list[int]] = {}
    root: dict[int, int] = {}  # list id -> its top-level list id
    open_by_depth: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            open_by_depth.clear()
        if block.list_id is None:
            continue
        parent = open_by_depth.get(block.depth - 1)
        root.setdefault(block.list_id, root.get(parent, parent) if parent else block.list_id)
        open_by_depth[block.depth] = block.list_id
        for deeper in [d for d in open_by_depth if d > block.depth]:
            del open_by_depth[deeper]
        lists.setdefault(root[block.list_id], []).append(i)
    return lists
