"""A topic sentence that announces the studies the next sentence names and links: no appeal.

"Several studies have looked at turmeric for arthritis. The first, published in 2012 [link],
found ...": the next sentence opens on an ordinal, a superlative or a partitive that stands
for one member of the set the topic sentence introduced (Halliday & Hasan 1976, Cohesion in
English, §4.2-4.3, nominal ellipsis with an ordinal or a superlative as head, "the first [of
these studies]"; Quirk et al. 1985, §5.54 on partitive "one of them"), and gives that member's
source. The evidence the topic sentence appeals to is the one the page goes on to name at once,
so it is not unnamed evidence (GUIDELINE.md, VAGUE). Only the very next sentence, in the same
paragraph or opening the next one, and only when it carries a source itself: a member named
without one is a citation to source in its own sentence.

The same holds for a sentence whose result the next one hands over to the linked work's own
words ("... has been shown to bind the virus in mice. Here is an excerpt from [the paper](...)"
and the paper's passage quoted below): the sentence announcing the excerpt names and links the
work the result is from (documents/quotations.py `announces_excerpt`, issue 9 set K, with Z).
Only a link closing that next sentence, in the same paragraph: "Here is an excerpt from the
paper." with no link, or a link to a page the sentence does not announce a passage of, sources
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.claim import Claim, Passage
from linter.documents.quotations import announces_excerpt, evidence_page

# What may follow a link that closes its sentence: closing brackets, quotes and punctuation.
_CLOSING = " \t\n.,;:)]}>\"'”’"

# The member's opening: "The first,", "In the second (2019)", "The largest trial", "One of
# them", "Of these,". After the ordinal comes what makes it elliptical for a work: a comma or a
# bracket, "one", a partitive, a study noun (MeSH publication types' plain names) or a
# research act (Hyland 2002: found, showed, tested ...), not "the first sign of".
_ORDINAL = (
    r"the\s+(?:first|second|third|fourth|fifth|last|latest|earliest|largest|biggest|smallest|"
    r"longest|newest|oldest|most\s+recent)"
)
_ELLIPTICAL = (
    r"\s*[,(]|\s+(?:one|of\s+(?:them|these|those)|stud(?:y|ies)|trials?|reviews?|analysis|"
    r"experiments?|papers?|found|showed|reported|tested|followed|compared|enrolled|looked)\b"
)
_MEMBER = re.compile(
    rf"^\W*(?:(?:in|of|for)\s+)?(?:{_ORDINAL}(?:{_ELLIPTICAL})"
    r"|one\s+of\s+(?:them|these|those)\b|(?:of\s+)?(?:these|them),)",
    re.I,
)


class ForwardNames:
    """For each sentence of a page, whether the next one names and links a member of its set,
    and whether it links the work whose excerpt it announces: read as the page is built and
    kept as two sets of article indexes (Discourse.place), no sentence held, so that a page
    checked in runs may let a run's sentences go (issue 20)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        # A heading opens another topic: the sentence after it is not the one before it's next.
        self._names: set[int] = set()  # sentences whose next one names a member and sources it
        self._excerpt: set[int] = set()  # sentences whose next one, beside it, links the excerpt
        previous: int | None = None
        position = 0
        for passage in passages:
            if passage.kind == "heading":
                previous = None
                position += len(passage.claims)
                continue
            for i, claim in enumerate(passage.claims):
                if previous is not None:
                    if claim.has_source and _MEMBER.match(claim.text) is not None:
                        self._names.add(previous)
                    if i > 0 and _links_its_excerpt(claim):
                        self._excerpt.add(previous)
                previous = position
                position += 1

    def names_next(self, at: int | None) -> bool:
        """Whether the next sentence opens on a member of the set of the sentence at `at` (its
        article index, None: a passage alone) and sources it."""
        return at in self._names

    def sources_next(self, at: int | None, reference: str) -> bool:
        """Whether the next sentence names a member of the set a new appeal ("new"
        `reference`) introduced, or links the work whose excerpt it announces."""
        return (reference == "new" and self.names_next(at)) or self.excerpt_next(at)

    def excerpt_next(self, at: int | None) -> bool:
        """Whether the next sentence, in the same paragraph, closes on a link to the work it
        announces a passage of ("Here is an excerpt from [the paper](...)")."""
        return at in self._excerpt


def _links_its_excerpt(after: Claim) -> bool:
    """Whether a sentence closes on a link to the work it announces a passage of."""
    # The same links as a block quote's lead-in takes (documents/quotations.py): a page of
    # another site, not the page's own pages, a shop or a tag page ("Here is a quote from
    # [our founder](/about)").
    links = [
        s
        for s in after.sources
        if s.kind in ("link", "url") and s.inherited is None and evidence_page(s.target or s.text)
    ]
    if not links:
        return False
    last = max(links, key=lambda s: s.end)
    if after.text[last.end - after.start :].strip(_CLOSING):
        return False
    return announces_excerpt(after.text[: max(0, last.start - after.start)]) is not None
