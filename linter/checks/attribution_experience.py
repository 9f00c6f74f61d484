"""A body's own experience named as the basis of a figure: a citation of unpublished work.

"Our experience with more than 2,000 patients has shown that 85% are walking without pain",
"Their experience in this area has shown that the drugs ... reduce the protein by ~40%" (census
of set DD: a company's experience as the basis of a figure). The owner's record of patients
or cases it has seen (rules/lexicon/attribution.yaml `own_records`) is named, by a possessive,
as what shows the finding: a specific source, though no one can check it. By construction:
- a possessive (our, their, its, or a name's -'s) before a record noun, then a reporting verb
  of research in the perfect or past ("has shown", "showed", "has taught us", "demonstrates")
  and a that-clause, in the same clause;
- the sentence states a figure (a share, a change, a rate: claim.figures), and names no one and
  has no source itself.
The name the finding gives is the words of the sentence ("our experience"), never a body read
from elsewhere. "In my experience, most clients feel better" (no reporting verb, no possessive
subject) and "Our experience has shown that patience pays" (no figure) stay silent.
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon


@cache
def _experience() -> re.Pattern[str]:
    records = alternation(default_lexicon().get("attribution.own_records"))
    # The reporting verb (rules/lexicon/attribution.yaml `record_verbs`) in the perfect, past
    # or present, an adverb allowed before it, then a that-clause.
    shown = alternation(default_lexicon().get("attribution.record_verbs"))
    verbs = rf"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?{shown}\s+(?:us\s+)?that\b"
    owner = r"(?:[Oo]ur|[Tt]heir|[Ii]ts|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}[’']s)"
    return re.compile(
        rf"(?<![\w-])(?P<name>{owner}\s+(?:own\s+)?(?i:{records}))"
        rf"(?:\s+(?:with|in|of|treating|caring\s+for|across)\b[^.;:!?]{{0,80}}?)?\s+{verbs}"
    )


def experience_basis(claim: Claim) -> tuple[int, int, str] | None:
    """(start, end, the words that name it) of a body's experience given as the basis of the
    sentence's figure, or None (see the module docstring)."""
    if claim.attributions or claim.has_source or not claim.figures:
        return None
    found = _experience().search(claim.text)
    if found is None:
        return None
    return claim.start + found.start(), claim.start + found.end("name"), found.group("name")
