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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.claim import Claim, Passage

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
    """For each sentence of a page, whether the next one names and links a member of its set."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        # A heading opens another topic: the sentence after it is not the one before it's next.
        self._next: dict[int, Claim] = {}
        previous: Claim | None = None
        for passage in passages:
            if passage.kind == "heading":
                previous = None
                continue
            for claim in passage.claims:
                if previous is not None:
                    self._next[id(previous)] = claim
                previous = claim

    def names_next(self, claim: Claim) -> bool:
        """Whether the next sentence opens on a member of the claim's set and sources it."""
        after = self._next.get(id(claim))
        return after is not None and after.has_source and _MEMBER.match(after.text) is not None
