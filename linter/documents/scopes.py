"""The reach of a reference set at the head of a section: a quoted study or news report under
its linked headline or under its locator line.

News digests and evidence pages quote a study or a report under a heading that names it: the
heading is the report's headline linked to it ("## [Outlet](https://outlet.example/story)"),
or the heading is the study's title with its locator line below it (the journal and DOI line
of a reference: "Journal Name 2023 https://doi.org/10.xxxx/yyyy", AMA's "JAMA. Published
online <date>. doi:10.xxxx/yyyy"). The paragraphs and lists after that head, up to the next
heading or thematic break, are the quoted report's text and the page's account of it: under
GUIDELINE.md a source on a lead-in also sources what reports from the same evidence, so they
share the head's source as a list's items share their lead-in's (documents/page.py). A heading
of any level ends the reach (the narrower reading: a section of its own is no longer the quote).

What makes a head, by construction, never by the words of a page:
- a linked headline: a heading that opens with a link to another site's page (an absolute
  address with a path, counted as evidence by documents/links.py), a host the page's source
  names nowhere else (a site's links to itself, a post title linked to its own permalink, the
  navigation, the canonical address, name its host again), over a section that opens with a
  quotation (a block quote, a quotation mark or an ellipsis first): a heading linked to an
  encyclopedia's page over the page's own prose on the topic heads nothing;
- a locator line: a short block closed by a visible DOI or PMID (written, or a DOI resolver's
  or PubMed's address shown as a link's text) after a few words, among the opening lines of
  its section: the blocks between the heading and it are short lines (a title, an outlet's
  link), never a paragraph of the page's own prose.
A page's title (its level-one heading, "# Title" or <h1>) heads nothing: its section is the
whole article, and a study linked under it is what the article goes on to discuss in its own
words, not a quote (a "Read the study: ... doi:..." line under the title would have sourced
every figure of the post).
Known limit: the page's own comment later in a head's section is covered too. The reach
cannot stop where the quotation marks stop: a pasted news excerpt often marks its first block
only, and its unmarked paragraphs are still the outlet's text (stopping there brought back
false alarms on real pages: bench/README.md, review16a).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from linter.documents.citations import SOURCE_PATTERNS
from linter.documents.links import default_counts
from linter.documents.model import Block

# A locator line is short: a journal line with its DOI is at most this many words (NLM's
# journal line is the same bound in documents/abstracts.py).
_LINE_WORDS = 40
# The opening lines of a section before its locator line: a title, an outlet's link and a
# short quote, each at most this many words.
_OPENING_WORDS = 20
_LOCATOR_HOSTS = ("doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov")
_DOI_IN_ADDRESS = re.compile(r"10\.\d{4,9}/")
# A link whose text is itself an address or a DOI ("https://doi.org/10...", "10.1016/...").
_ADDRESS = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)", re.I)
# Only closing punctuation may follow the locator; before it, a journal line's few words.
_CLOSING = " \t\n.,;:)]}>\"'”’"
_BEFORE_WORDS = 15
# What opens a quotation: a quotation mark, or an ellipsis ("...", "…", ". . .").
_QUOTE_OPENING = re.compile(r"\s*(?:[“\"‘'«„]|\.\.\.|…|\. \. \.)")
# What stands before a level-one heading's first character: "# " or "# [" from its line's
# start, or an <h1> tag with its inline tags (a link, a span) after it.
_ATX_TITLE = re.compile(r"[ \t]{0,3}#[ \t]+\[?$")
_HTML_TITLE = re.compile(r"<h1\b[^>]*>\s*(?:<[^>]*>\s*)*$", re.I)
# How far before a heading's text its markup is looked for (a minified page is one line).
_MARKUP_REACH = 300
# A setext title's underline: "Title" over a line of "=".
_SETEXT_TITLE = re.compile(r"[^\n]*\n[ \t]{0,3}=+[ \t]*(?:\n|$)")
# A host as an address names it: after "//", without "www.".
_HOST_IN_SOURCE = re.compile(r"//(?:www\.)?([a-z0-9][a-z0-9.-]*[a-z0-9])")


def linked_headline(blocks: list[Block], i: int, source: str | None) -> bool:
    """Whether the heading at `i` is a headline linked to another site's page over a quotation
    (see the docstring)."""
    block = blocks[i]
    if block.kind != "heading" or source is None or i + 1 >= len(blocks):
        return False
    if _page_title(block, source):
        return False
    if not _quoted(blocks[i + 1]):
        return False
    links = [a for a in block.attachments if a.kind == "link" and a.end > a.start]
    if not links or block.text[: links[0].start].strip():
        return False
    target = links[0].target.strip()
    parts = urlsplit(target)
    host = parts.netloc.lower().removeprefix("www.")
    if not host or parts.path.strip("/") == "" or not default_counts(target):
        return False
    # The site's other hosts count too ("blog.example.org" for "example.org", and back).
    return _site_mentions(host, source) == 1


def _page_title(block: Block, source: str | None) -> bool:
    """Whether a heading is written as the page's title: a level-one heading in its source."""
    if source is None or not block.offsets:
        return False
    start = block.offsets[0]
    reach = max(0, start - _MARKUP_REACH)
    newline = source.rfind("\n", reach, start)
    if _HTML_TITLE.search(source, reach, start):
        return True
    if newline < 0 and reach > 0:
        return False  # no line start within reach: no Markdown heading markup either
    line_start = newline + 1
    return _ATX_TITLE.match(source, line_start, start) is not None or (
        _SETEXT_TITLE.match(source, line_start) is not None
    )


def _site_mentions(host: str, source: str) -> int:
    """How often the page's source names `host`, its parent domains or its subdomains."""
    counts, under = _host_counts(source)
    parents = host.split(".")
    return (
        counts[host]
        + sum(counts[".".join(parents[k:])] for k in range(1, len(parents)))
        + under[host]
    )


@lru_cache(maxsize=2)
def _host_counts(source: str) -> tuple[Counter[str], Counter[str]]:
    """How often the page's source names each host in an address, and each host's
    subdomains: counted once a page, and looked up by name (a long page of linked headings
    compared each heading's host with every host of the page: quadratic on a 1 MB roundup)."""
    counts = Counter(m.group(1) for m in _HOST_IN_SOURCE.finditer(source.lower()))
    under: Counter[str] = Counter()
    for host, n in counts.items():
        parts = host.split(".")
        for k in range(1, len(parts)):
            under[".".join(parts[k:])] += n
    return counts, under


def _locator(block: Block) -> bool:
    """A citation line: a visible DOI or PMID (written, or an address shown as the link's
    text) closing a short block, after a few words (the journal, the date): a sentence that
    links its words to a study ("A review [found](https://doi.org/...) that ...") is prose."""
    text = block.text
    if block.kind not in ("paragraph", "heading") or len(text.split()) > _LINE_WORDS:
        return False
    spans = [m.span() for kind in ("doi", "pmid") for m in SOURCE_PATTERNS[kind].finditer(text)]
    for attachment in block.attachments:
        shown = text[attachment.start : attachment.end].strip()
        # An address shown as the text is taken out of the prose (documents/citations.py,
        # URL_RE): the attachment is then left empty where it stood.
        if attachment.kind in ("link", "url") and (not shown or _ADDRESS.match(shown)):
            host = urlsplit(attachment.target.strip()).netloc.lower().removeprefix("www.")
            if host.endswith(_LOCATOR_HOSTS) or _DOI_IN_ADDRESS.search(attachment.target):
                spans.append((attachment.start, attachment.end))
    return any(
        not text[end:].strip(_CLOSING) and len(text[:start].split()) <= _BEFORE_WORDS
        for start, end in spans
    )


def _quoted(block: Block) -> bool:
    """Whether a block opens as a quotation: a block quote, or an opening quotation mark or
    an ellipsis (an excerpt taken from the middle of the report) first."""
    return block.kind == "blockquote" or _QUOTE_OPENING.match(block.text) is not None


def _sections(blocks: list[Block]) -> list[tuple[int, list[int]]]:
    """(heading index, the blocks after it up to the next heading or thematic break)."""
    found: list[tuple[int, list[int]]] = []
    current: list[int] | None = None
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            current = []
            found.append((i, current))
        elif block.after_break:
            current = None
        elif current is not None:
            current.append(i)
    return found


def scope_shares(
    blocks: list[Block], kept: set[int], source: str | None = None
) -> dict[int, list[int]]:
    """Block index -> the head (a linked headline, or a locator line) whose source also
    sources it, for the kept blocks after a head in its section."""
    shares: dict[int, list[int]] = {}
    for heading, members in _sections(blocks):
        head = heading if heading in kept and linked_headline(blocks, heading, source) else None
        if head is None and not _page_title(blocks[heading], source):
            for at, i in enumerate(members):
                if i in kept and _locator(blocks[i]):
                    opening = members[:at]
                    if all(len(blocks[j].text.split()) <= _OPENING_WORDS for j in opening):
                        head = i
                    break
        if head is None:
            continue
        for i in members:
            if i > head and i in kept:
                shares.setdefault(i, []).append(head)
    return shares
