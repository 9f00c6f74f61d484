"""A study's abstract reproduced under its reference: the paragraphs report from the study the
reference names, so its link sources them.

Clinic and practice pages paste research as a linked title, the journal line of Citing
Medicine (NLM's citation style: "Clin EEG Neurosci. 2016 Jun 27. pii: ...", "Asian J
Neurosurg. 2015 Jul-Sep;10(3):173-80. doi: ...") and the abstract's paragraphs, often with
the structured abstract's section labels ("METHODS:", "RESULTS:"). Under GUIDELINE.md a
source on a lead-in also sources what reports from the same evidence, so those paragraphs
share the reference's source as a list's items share their lead-in's (documents/page.py).

A reference head is a kept journal line (a paragraph, or a heading on an HTML page) right after
the evidence link of a title (a link-only block, or a link that ends the block before it) or
holding a DOI, or a structured abstract's first labelled paragraph right after such a title.
It shares its source with the paragraphs after it: an author line ("Smith J, Jones K.") and the
abstract's one paragraph, or every labelled paragraph of a structured abstract (an unlabelled
opening paragraph may come first). Sharing ends at a block that is not a kept paragraph (a
heading, a new linked title), at the next journal line, after that one paragraph, or at the
first unlabelled paragraph after labelled ones. A heading right above the linked title
("Research supporting X") introduces the studies below it: the first one sources it too.
"""

from __future__ import annotations

import re

from linter.documents.links import default_counts
from linter.documents.model import Attachment, Block
from linter.documents.quotations import evidence_page

# NLM journal line: an abbreviated title ending in a full stop, then the year (and month or
# season, day) closed by ";" (volume follows), "." or ":".
_JOURNAL_LINE = re.compile(
    r"\s*[A-Z][A-Za-z&'’ .-]{1,80}?\.\s+(?:19|20)\d{2}"
    r"(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?)?(?:\s+\d{1,2})?\s*[;.:]"
)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)[.,;]?(?:\s|$)")
# The section labels of a structured abstract (ICMJE / NLM "structured abstract" headings).
_LABEL = re.compile(
    r"\s*(?:BACKGROUND|INTRODUCTION|OBJECTIVES?|AIMS?|PURPOSE|DESIGN|SETTING|PARTICIPANTS|"
    r"MATERIALS AND METHODS|METHODS?|RESULTS?|FINDINGS|DISCUSSION|CONCLUSIONS?|"
    r"INTERPRETATION|LIMITATIONS)\s*:"
)
_MAX_LINE_WORDS = 40
# An author line of a citation: surnames with initials ("Smith J, Jones KA2, Özer GE2.").
_AUTHORS = re.compile(
    r"\s*(?:[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)? [A-Z]{1,3}\d*(?:,\s*|\s+and\s+|\.?\s*$))+"
)


# The venue line under a linked title, in the same paragraph after a line break: the journal
# (or outlet) and the year, APA's "Periodical Title, Year" order set in italics on its own line
# ("Clinical Infectious Diseases, 2011"): a few words, no sentence ending, the year last.
_VENUE_LINE = re.compile(r"[^\n.!?]{3,120},\s*(?:19|20)\d{2}[\s.]*")
_VENUE_WORDS = 15


def _venue_title(block: Block) -> Attachment | None:
    """A paragraph that is a linked title and its venue line: the title's link, given again at
    the paragraph's end so that its last sentence, which a list under it shares
    (documents/page.py), holds it; None for any other block."""
    first, newline, rest = block.text.partition("\n")
    if block.kind != "paragraph" or not newline or len(rest.split()) > _VENUE_WORDS:
        return None
    if not _VENUE_LINE.fullmatch(rest):
        return None
    links = [a for a in block.attachments if a.kind == "link" and a.end > a.start]
    if len(links) != 1 or first[: links[0].start].strip() or first[links[0].end :].strip():
        return None  # the title line is the one link, whole
    target = links[0].target
    if not evidence_page(target):
        return None
    end = len(block.text.rstrip())
    return Attachment(start=max(0, end - 1), end=end, kind="link", target=target)


def journal_line(block: Block) -> bool:
    """Whether a block is the journal line of a reference (a short NLM-style citation)."""
    # The pattern first: it fails at once on nearly every block, a word count splits it whole.
    found = _JOURNAL_LINE.match(block.text) is not None
    return found and len(block.text.split()) <= _MAX_LINE_WORDS


def _title_link(block: Block, whole: bool) -> str | None:
    """The evidence link of a title: the block's only content (`whole`) or its last words."""
    links = [a for a in block.attachments if a.kind == "link" and a.end > a.start]
    if not links or not default_counts(links[-1].target):
        return None
    last = links[-1]
    if whole:
        return last.target if len(links) == 1 else None
    return last.target if not block.text[last.end :].strip() else None


def _head_link(blocks: list[Block], i: int, kept: set[int]) -> str | None:
    """The link a reference head at `i` is given: the title's before it, or its own DOI."""
    before = blocks[i - 1] if i > 0 else None
    if before is not None:
        target = _title_link(before, whole=(i - 1) not in kept)
        if target:
            return target
    doi = _DOI.search(blocks[i].text)
    return f"https://doi.org/{doi.group(1)}" if doi and journal_line(blocks[i]) else None


def _heads_section(blocks: list[Block], i: int, kept: set[int]) -> bool:
    """Whether a heading stands right above the linked title of the reference head at `i`
    ("Research supporting X", then the studies): the reference sources it."""
    return i >= 2 and (i - 1) not in kept and (i - 2) in kept and blocks[i - 2].kind == "heading"


def _labelled_next(blocks: list[Block], j: int, kept: set[int]) -> bool:
    return (
        j < len(blocks)
        and j in kept
        and blocks[j].kind == "paragraph"
        and _LABEL.match(blocks[j].text) is not None
    )


def reference_shares(
    blocks: list[Block], kept: set[int]
) -> tuple[dict[int, Attachment], dict[int, list[int]]]:
    """(head index -> the title's link as an attachment at the head's end, block index -> the
    head whose sources also source it), for every reproduced abstract on the page."""
    given: dict[int, Attachment] = {i: a for i in kept if (a := _venue_title(blocks[i]))}
    shares: dict[int, list[int]] = {}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        labelled = _LABEL.match(block.text) is not None
        # An HTML page may set the journal line as a heading (<h4>); a label opens a paragraph.
        line = block.kind in ("paragraph", "heading") and journal_line(block)
        head = i in kept and (line or (labelled and block.kind == "paragraph"))
        target = _head_link(blocks, i, kept) if head else None
        if target is None or (labelled and not line and (i - 1) in kept):
            i += 1
            continue
        end = len(block.text.rstrip())
        given[i] = Attachment(start=max(0, end - 1), end=end, kind="link", target=target)
        if _heads_section(blocks, i, kept):
            close = len(blocks[i - 2].text.rstrip())
            given[i - 2] = Attachment(max(0, close - 1), close, kind="link", target=target)
        structured = labelled
        j = i + 1
        while j < len(blocks) and j in kept and blocks[j].kind == "paragraph":
            text = blocks[j].text
            if journal_line(blocks[j]) or (structured and not _LABEL.match(text)):
                break
            structured = structured or _LABEL.match(text) is not None
            shares.setdefault(j, []).append(i)
            j += 1
            if not structured and not _AUTHORS.fullmatch(text):
                if not _labelled_next(blocks, j, kept):
                    break  # the abstract itself, after an author line or none
                structured = True  # an opening sentence, then the labelled sections
        i = j
    return given, shares


# "According to <a href=...>Mayo Clinic</a>:" on a line of its own (a heading or a paragraph),
# then the quoted passage: an attribution lead-in names and links the source and hands over to
# what it says with the colon. Its link sources the blocks under it, up to the next heading or
# thematic break, as a list's lead-in sources its items (GUIDELINE.md); `_LEAD_REACH` bounds it.
_ATTRIBUTION_LEAD = re.compile(
    r"\s*(?:according to|as (?:reported|stated|explained|published) (?:by|in))\b"
    r"(?:[^.!?]|\.(?=\w))*:\s*$",  # "MayoClinic.com:" keeps its dot
    re.IGNORECASE,
)
_LEAD_REACH = 12


def attribution_shares(blocks: list[Block], kept: set[int]) -> dict[int, list[int]]:
    """Block index -> the attribution lead-in above it whose link also sources it."""
    shares: dict[int, list[int]] = {}
    for i in sorted(kept):
        block = blocks[i]
        if block.kind not in ("heading", "paragraph") or not _ATTRIBUTION_LEAD.match(block.text):
            continue
        if not any(a.kind == "link" and default_counts(a.target) for a in block.attachments):
            continue
        for j in range(i + 1, min(len(blocks), i + 1 + _LEAD_REACH)):
            if blocks[j].kind == "heading" or blocks[j].after_break:
                break
            if j in kept:
                shares.setdefault(j, []).append(i)
    return shares


def entry_link(
    blocks: list[Block], reasons: list[str | None], givers: list[int], position: dict[int, int]
) -> str | None:
    """The link of the reference entry a nested item sits under (a note on the study: "In
    this study, 40% ..."), the entry itself being left out as a citation, or None."""
    for j in givers:
        if j in position or reasons[j] != "citation" or blocks[j].kind != "list_item":
            continue
        for attachment in blocks[j].attachments:
            if attachment.kind in ("link", "url"):
                return attachment.target
    return None
