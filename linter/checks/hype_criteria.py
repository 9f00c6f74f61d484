""" "Proven" as the criterion a choice is made by, not a claim that anything is proven.

"Only strains with proven benefits and safety profiles should be recommended", "by selecting
products with proven health benefits, doctors can ...", "we only stock supplements with proven
benefits": the proven phrase restricts a noun (a with-phrase or a relative clause after it),
and a verb of choosing, seeking or recommending, or the restrictive "only", makes it the test
a choice must pass (census of set CC: two such criteria in a guide for parents). Nothing is said
to be proven; which products pass is left open. By construction:
- the phrase is a postmodifier: "with", "those with" or "that/which have" right before it;
- the sentence holds a selection verb (rules/lexicon/hype.yaml `selection_verbs`, FrameNet's
  Choosing, Seeking and Suasion) or "only" before the phrase.
"Our formula with clinically proven benefits melts fat", "choose our clinically proven formula"
(no postmodifier of a chosen noun) and "these creams are proven to work" stay claims, and so
(review25p) does a chosen noun that is the writer's own ("Choose our probiotic with proven
benefits"): the product praised. A provider's own selection rule ("We only stock supplements
with proven benefits", "We only offer techniques with proven results") stays a criterion: two
readers of it (the site helper's judgement on a real page, the blind set's writer) judged it
no claim, and the lead kept that over review25p's reading of it as a claim.
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_POSTMODIFIER = re.compile(
    r"(?i)\b(?:with|(?:that|which|who)\s+(?:have|has|had|show|shows|offer|offers))\s+"
    r"(?:(?:a|an)\s+)?$"
)
_ONLY = re.compile(r"(?i)\bonly\b")
_OURS = re.compile(
    r"(?i)\bour\s+(?:[\w'’-]+\s+){0,3}?(?:with|(?:that|which)\s+\w+)\s+(?:(?:a|an)\s+)?$"
)


@cache
def _selection() -> re.Pattern[str]:
    verbs = alternation(default_lexicon().get("hype.selection_verbs"))
    return re.compile(rf"(?i)(?<![\w-]){verbs}(?![\w-])")


def criterion(text: str, claim: Claim, start: int) -> bool:
    """Whether the establishment word at `start` ("proven benefits") is a criterion of choice
    (see the module docstring)."""
    if not _POSTMODIFIER.search(text[max(claim.start, start - 30) : start]):
        return False
    sentence = text[claim.start : claim.end]
    if _OURS.search(text, max(claim.start, start - 40), start):
        return False  # "choose our probiotic with proven benefits"
    if _selection().search(sentence):
        return True
    return bool(_ONLY.search(text, claim.start, start))
