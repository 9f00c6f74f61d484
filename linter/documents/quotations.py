"""A linked source's own words quoted under the link: a block quote right under the paragraph
or list item that links the study, trial or report it quotes.

Digests and evidence pages link a study in their own sentence and paste a passage of it below,
set off as a block quote (Markdown's "> ", HTML's <blockquote>): "[Removing the protein had a
rejuvenating effect](https://journal.example/article) (in mice):" then "> Systemic
administration of ... reverses aging aspects ... in aged mice." The block quote is the cited
source speaking (its abstract, its figure, its conclusion), as quotation marks make a
sentence someone's words: the Chicago Manual of Style (17th ed., 13.9-13.10) and APA (7th ed.,
8.27) set a long quotation off as a block quotation, with its source given in the text that
introduces it. Under GUIDELINE.md a source on a lead-in also sources what reports from the
same evidence, so the quote shares the lead-in's source as a list's items share their
lead-in's (documents/page.py); and since the words are the source's and not the page's, the
checks that judge the page's own wording (overstatement, causal-overreach) leave them to the
source (nlp/claims.py marks them `quotation`).

What makes a quote of the lead-in's source, by construction:
- the block quote comes right after the lead-in (no block between them, no heading, no
  thematic break); a run of block-quote paragraphs is one quote, and each shares the lead-in;
- the lead-in is a kept paragraph or list item holding a link to another site's page that
  counts as evidence (an absolute address with a path: documents/links.py; a site-relative
  link is the page's own site, a shop or a tag page is no source);
- the lead-in hands over to the quote: it ends with a colon ("... found:"), or its last such
  link is the whole of its last sentence (a linked title over its abstract, set P's
  convention), or it closes a sentence that announces a passage taken from it ("Excerpts and
  data from [this study](https://...)", "Here is an excerpt from [the paper](https://...)";
  rules/lexicon/page.yaml `excerpt_nouns`, from WordNet). A link that merely ends a sentence
  of the page's own ("..., as [a review](https://...) found.", "... adults ([Smith 2020]
  (https://...)).") is a citation of that sentence, and a block quote after it is the page's
  own call-out, so it stays checked.
The link must also stand in the lead-in's last sentence: that is what the NLP layer passes on
(nlp/claims.py, shared_sources), so a link earlier in a long paragraph sources nothing below.
Where a block quote stands under a paragraph with no link, or one linking the page's own
site or a shop, nothing changes: it is checked as the page's own text. The page's own prose
after the quote is its own again.

A link round-up sets bulleted notes, not a quote, under each linked title (set N's pharmacist,
with X, Z and K): the same link-only title is kept as the lead-in of the list right under it
(`_notes_under`), whose items then share its source as a list's lead-in's (documents/page.py);
the notes stay the page's own words, so their hype and causal wording are still checked.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from linter.config.lexicon import alternation, default_lexicon
from linter.documents.links import default_counts
from linter.documents.model import Block

_LEAD_IN_KINDS = ("paragraph", "list_item")
# What may follow a link that closes its block: closing brackets, quotes and punctuation.
_CLOSING = " \t\n.,;:)]}>\"'”’"


def with_quote_lead_ins(blocks: list[Block], reasons: list[str | None]) -> list[str | None]:
    """The reasons, with the link-only lines left out as links (documents/furniture.py) that
    are lead-ins of a quote or of notes kept: a linked title over its abstract, or over the
    bulleted notes that report it, is the page's prose, and it sources what is under it."""
    for i in range(len(blocks) - 1):
        if (
            reasons[i] == "link-list"
            and blocks[i].kind in _LEAD_IN_KINDS
            and not blocks[i + 1].after_break
            and reasons[i + 1] is None
            and _hands_over(blocks[i])
            and (blocks[i + 1].kind == "blockquote" or _notes_under(blocks[i], blocks[i + 1]))
        ):
            reasons[i] = None
    return reasons


def _notes_under(title: Block, first: Block) -> bool:
    """Whether `first` opens the notes on a linked title: the list right under it. "Right
    under" in markup terms: the list's first item is the very next block (in Markdown the
    next line, or the next after one blank line; in HTML the <ul> or <ol> next after the <p>
    or <li>), one level deeper than the title (a paragraph's list at the first level, an
    item's nested list under it), with no thematic break, heading or other block between.
    documents/page.py then gives the title's source to the list's items as to any lead-in's
    (a link-round-up's convention: set N, with X, Z and K before)."""
    return first.kind == "list_item" and first.depth == title.depth + 1


def quote_shares(blocks: list[Block], kept: set[int]) -> dict[int, list[int]]:
    """Block index -> the lead-in whose linked source it quotes, for the kept block quotes
    right under a lead-in that links its source (see the module docstring)."""
    shares: dict[int, list[int]] = {}
    lead_in: int | None = None
    for i, block in enumerate(blocks):
        if block.kind != "blockquote" or block.after_break or i not in kept:
            lead_in = None
            if i in kept and block.kind in _LEAD_IN_KINDS and _hands_over(block):
                lead_in = i
            continue
        if lead_in is not None:
            shares.setdefault(i, []).append(lead_in)
    return shares


def _hands_over(block: Block) -> bool:
    """Whether a block links another site's page as evidence and hands over to a quote: a
    colon closing it, or that link standing as its whole last sentence (a linked title)."""
    links = [a for a in block.attachments if a.kind in ("link", "url") and evidence_page(a.target)]
    if not links:
        return False
    text = block.text.rstrip()
    if text.endswith(":"):
        return True
    last = links[-1]
    # A linked title: nothing but closing marks after the link, and nothing of the sentence
    # before it (the block opens on it, a sentence or a label's colon ends right before it).
    before = text[: last.start].rstrip(" \t\n\"'“‘([")
    if text[last.end :].strip(_CLOSING):
        return False
    return not before or before[-1] in ".!?:" or announces_excerpt(before) is not None


# The sentence presents the passage, by construction: the noun phrase opens it, alone or in a
# presentative "here is", "below are", "the following is" (Quirk et al. 1985, §18.44), with a
# determiner or size adjective at most. The nouns have other senses an object takes ("get a
# free quote from [our pharmacy]", "try our ginger extract from [the farm]": WordNet's
# quotation.n.03, a price, and extract.n.02, a preparation), which no presentative opens
# (review20k).
_PRESENTATIVE = (
    r"^[\W_]*(?:(?:here|below|above|the\s+following)\s+(?:is|are)\s+)?"
    r"(?:(?:an?|the|some|two|three|a\s+few|short|brief|long|longer|full|key|relevant)\s+)*"
)


@cache
def _excerpt_lead() -> re.Pattern[str]:
    # A noun of a passage taken from a work, then up to eight words of its sentence ("and data",
    # "of the results"), then the preposition whose object is the linked work.
    nouns = alternation(default_lexicon().get("page.excerpt_nouns"))
    return re.compile(
        rf"(?i){_PRESENTATIVE}{nouns}\b(?:[ \t]+[^\s.!?:;]+){{0,8}}?[ \t]+(?:from|of|in)[ \t]*$"
    )


def announces_excerpt(before: str) -> re.Match[str] | None:
    """Where the sentence ending `before` (the words right before a link that closes it)
    announces a passage taken from the linked work ("Excerpts and data from"), or None."""
    sentence = re.split(r"[.!?:]\s", before)[-1]
    return _excerpt_lead().match(sentence)


def evidence_page(target: str) -> bool:
    """An absolute address with a path on another site, counted as evidence by default."""
    parts = urlsplit(target.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return False
    return parts.path.strip("/") != "" and default_counts(target)
