"""A hype noun as the standard of a comparison: what something is measured against, not claimed.

"Prevention is better than cure", "worse than the cure", "no substitute for a breakthrough":
the noun after "than" (or after "substitute for") is the yardstick of a comparison, and the
sentence says nothing about what cures or whether any cure exists (census of set W, class 2:
the proverb on two sites; the Oxford Dictionary of Proverbs lists it, but the construction is
the comparison, read by its grammar: CGEL ch. 13, the complement of "than" is the standard of
comparison). The noun must close its phrase after at most a determiner ("than a cure", "than
any cure"; "than cure rates" compares rates). An alternative remedy in the sentence keeps the
finding: "this tincture is better than any cure" ranks the remedy above cures, which is hype.
"""

from __future__ import annotations

import re

from linter.checks.hype_goals import _GOAL_NOUNS, _head
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# The head of the comparison right before the noun: a comparative ("better", "worse", "more
# important", "less costly", "cheaper", "rather") with "than", or "(no) substitute for";
# at most one determiner between ("than a cure", "than any cure").
_STANDARD = re.compile(
    r"\b(?:better|worse|(?:more|less)\s+[\w-]+|\w+er|rather)\s+than"
    r"|\bsubstitute\s+for",
    re.I,
)
_DETERMINER = re.compile(r"\s+(?:(?:a|an|the|any|every|some)\s+)?$", re.I)


def compared_to(text: str, claim: Claim, start: int, end: int) -> bool:
    """The hype noun at [start, end) is the standard of a comparison, and no alternative remedy
    in its sentence is what is compared with it."""
    word = text[start:end].lower()
    if word not in _GOAL_NOUNS or not _head(text, end, word):
        return False
    lead = text[max(claim.start, start - 40) : start]
    for head in _STANDARD.finditer(lead):
        if _DETERMINER.fullmatch(lead, head.end()):
            return not hype_lexicon().alternative.search(claim.text)
    return False
