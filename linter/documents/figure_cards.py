"""Figures split from their sentence by markup, joined back (issue 14; set L's count-up boxes).

A stat card, an infographic tile, a "key facts" box or a Markdown `**94%**` line puts a figure
alone in one element and the rest of its sentence in the next (`<div><span>94</span>%</div>
<p>of smokers start before they are 25.</p>`). A reader reads the two as one sentence; so does
the linter when the first block holds only a figure (a number, a percent, "1 in 4", a count
or a sum of money with its scale word) and the next, in the same container with nothing but
markup (or an editor's invisible spacer paragraph) between, starts in lower case or with a
word that continues a noun phrase (rules/lexicon/page.yaml figure_continuations). The joined
block keeps offsets into the page: the space put between the two maps to the first space of
the markup between them.

Not joined: headings, list items and table cells (their number is a heading's, a marker or a
cell of the table, read by the table's own rules), a number with a leading zero ("01", a step),
a bare year ("2019"), a sum of money without a scale word (a price: "$29" / "per month"), a
figure whose next block is across a list, table, section or heading boundary or a thematic
break (<hr>, Markdown's "***", which is made of emphasis characters), and a figure
with no sentence after it (fewer than three words: a tile's label, "satisfaction rate").
"""

from __future__ import annotations

import html
import re
from array import array
from dataclasses import replace
from functools import cache

from linter.config.lexicon import default_lexicon
from linter.documents.model import Attachment, Block
from linter.documents.normalise import INVISIBLE
from linter.documents.sentence_fragments import continues_fragment, glued

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:thousand|million|billion|trillion|bn|[kKmM])"
# A figure and nothing else: "94%", "1 billion", "1 in 4", "2 out of 3", "12,000+", "$4bn".
# The approximation sign may lead any of the three ("≈ 1 in 4" as much as "~40%").
_FIGURE = re.compile(
    rf"(?:[<>~≈]\s*)?(?:{_NUMBER}(?:\s*[-–]\s*{_NUMBER})?\s*(?:%|percent|per cent|{_SCALE}\+?|\+)?"
    rf"|{_NUMBER}\s+(?:in|out of)\s+{_NUMBER}"
    rf"|[$£€]\s?{_NUMBER}\s*{_SCALE}\+?)",
    re.I,
)
_LEADING_ZERO = re.compile(r"0\d")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# Markup between the two blocks: tags, and Markdown's emphasis around the figure.
_MARKUP = re.compile(r"<[^<>]*>|[*_\s]+")
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][\w-]*)")
# Elements whose edge is the edge of a list, a table, a section or a heading: a figure and the
# text on the far side belong to different things (WHATWG HTML: sectioning, heading, list,
# tabular and form content).
_BOUNDARIES = frozenset({
    "li", "ul", "ol", "dl", "dt", "dd", "menu", "table", "thead", "tbody", "tfoot", "tr", "td",
    "th", "caption", "section", "article", "aside", "nav", "header", "footer", "main", "h1", "h2",
    "h3", "h4", "h5", "h6", "hgroup", "form", "fieldset", "button", "label", "select", "hr", "body",
})  # fmt: skip
_MAX_GAP = 2000  # characters of markup between the two: more is another part of the page
_MAX_CLOSED = 3  # elements closed between them: more leaves the card the figure was in
_JOINABLE = frozenset({"paragraph", "blockquote"})
# A sentence joined from fragments grows no longer than this: a page of thousands of fragments
# ("the" / "the" / ...) would otherwise copy its growing block at every join (quadratic).
_MAX_JOINED = 2000


@cache
def _continuations() -> frozenset[str]:
    return frozenset(w.lower() for w in default_lexicon().get("page.figure_continuations"))


@cache
def _demonym() -> re.Pattern[str]:
    return re.compile("|".join(default_lexicon().get("page.figure_demonyms")))


def _figure_only(text: str) -> bool:
    figure = text.strip()
    if not _FIGURE.fullmatch(figure):
        return False
    return not (_LEADING_ZERO.match(figure) or _YEAR.fullmatch(figure))


# A share: it takes its group through a partitive ("40% of adults", "1 in 4 adults"), never
# as a capitalised head right after it (Quirk et al. 1985, §5.25).
_SHARE = re.compile(r"%|\bper\s?cent\b|\d\s+(?:in|out of)\s+\d", re.I)


def _continues(text: str, figure: str) -> bool:
    words = text.split()
    if len(words) < 3 or words[0].lower() == "per":
        return False
    first = words[0]
    if first[0].islower() or first.lower() in _continuations():
        return True
    # A count's people named by where they live ("10 million" / "Europeans aged ..."); after a
    # share a capitalised word opens a label of its own ("40%" / "Plans include a visit"),
    # and the demonym's suffixes also end common nouns (plans, scans, organs, these).
    return not _SHARE.search(figure) and bool(_demonym().fullmatch(first))


def _markup_only(gap: str) -> bool:
    if len(gap) > _MAX_GAP or not _shows_nothing(_MARKUP.sub("", gap)):
        return False
    tags = _TAG_NAME.findall(gap)
    closed = sum(1 for slash, _ in tags if slash)
    return closed <= _MAX_CLOSED and not any(name.lower() in _BOUNDARIES for _, name in tags)


def _shows_nothing(text: str) -> bool:
    """Whether text between tags renders as nothing: an editor's spacer paragraph holds a
    zero-width joiner or a no-break space (Webflow's `<p>&zwj;</p>`), raw or as a reference."""
    return all(c.isspace() or c in INVISIBLE for c in html.unescape(text))


def _joins(first: Block, second: Block, source: str) -> bool:
    if first.kind not in _JOINABLE or second.kind != first.kind or not first.source_lines:
        return False
    if second.after_break:  # a thematic break between them ("***" passes as emphasis markup)
        return False
    figure = _figure_only(first.text) and _continues(second.text, first.text)
    if not (figure or continues_fragment(first.text, second.text)):
        return False
    end = first.offsets[len(first.text.rstrip())]
    start = second.offsets[len(second.text) - len(second.text.lstrip())]
    return end <= start and _markup_only(source[end:start])


def _joined(first: Block, second: Block, source: str) -> Block:
    figure = first.text.rstrip()
    lead = len(second.text) - len(second.text.lstrip())
    gap = "" if glued(second.text) else " "  # ", washing hands" follows its fragment directly
    shift = len(figure) + len(gap) - lead
    offsets = array("i", first.offsets[: len(figure)])  # as the readers keep them
    end, start = first.offsets[len(figure)], second.offsets[lead]
    space = re.compile(r"\s").search(source, end, start)
    if gap:
        offsets.append(space.start() if space else end)  # the space between them, in the page
    offsets.extend(second.offsets[lead:])
    attachments = tuple(a for a in first.attachments if a.end <= len(figure)) + tuple(
        Attachment(a.start + shift, a.end + shift, a.kind, a.target)
        for a in second.attachments
        if a.start >= lead
    )
    return replace(
        second,
        text=f"{figure}{gap}{second.text[lead:]}",
        offsets=offsets,
        attachments=attachments,
        after_break=first.after_break,
        # A sentence put together from an export's fragments: its file lines are the export's
        # structure, not a table's layout (furniture.layout_lines), as for a structured
        # document's nodes; a figure and its sentence keep theirs.
        source_lines=first.source_lines and _figure_only(first.text),
    )


def join_split_figures(blocks: list[Block], source: str | None) -> list[Block]:
    """The blocks, each figure alone in its block, and each fragment of a sentence an export
    split into paragraphs (sentence_fragments.py), joined to the rest of its sentence."""
    if source is None:
        return blocks
    out: list[Block] = []
    for at, block in enumerate(blocks):
        # Each pair is judged on the blocks as read, and a sentence split several times joins
        # link by link ("A study published in" / "Telemedicine" / "in 2022 reported a" / "43%").
        if out and len(out[-1].text) <= _MAX_JOINED and _joins(blocks[at - 1], block, source):
            out[-1] = _joined(out[-1], block, source)
        else:
            out.append(block)
    return out
