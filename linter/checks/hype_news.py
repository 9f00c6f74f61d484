"""Breakthroughs as the news a service brings, not as a claim that any treatment is one.

"Sign up to hear about research breakthroughs as they happen", "Discover Multiple Sclerosis
breakthroughs as they happen" (a research digest's heading, census of set EE), "our weekly
digest brings you the medical breakthroughs of the week": the plural noun names a kind of
news item the reader will be told of, and no treatment is praised. By construction:
- the noun is the plural "breakthroughs", named by no remedy (no relative clause on it saying
  what they do: "breakthroughs that reverse ageing" stays a claim);
- a verb of hearing, reading, following or reporting takes it (rules/lexicon/hype.yaml
  `news_verbs`, FrameNet's Perception_experience, Reading_activity, Becoming_aware, Cotheme,
  Statement and Bringing) within six words before it, or "as they happen", "as they emerge"
  or "as they are published" follows it.
"This breakthrough cream erases wrinkles" and "a breakthrough in diabetes care" stay claims, and
so (review25p) do the writer's own breakthroughs under a news verb ("Discover our latest
breakthroughs in joint care") and breakthroughs a contact relative clause credits to the
writer ("the breakthroughs our lab has made"): self-praise, not news of others' work.
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_AS_THEY = re.compile(
    r"(?i)\s+as\s+(?:they|these)\s+(?:happen|emerge|appear|unfold|are\s+(?:published|made|"
    r"announced|reported))\b"
)
# What the breakthroughs are said to do: a relative word or a verb right after the noun.
_SAID_TO_DO = re.compile(r"(?i)\s+(?:that|which|who|can|could|will|may|might|we|our)\b")


@cache
def _news() -> re.Pattern[str]:
    verbs = alternation(default_lexicon().get("hype.news_verbs"))
    return re.compile(rf"(?i)(?<![\w-]){verbs}\s+(?:[\w'’-]+\s+){{0,5}}$")


def news_of(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether "breakthroughs" at [start, end) is news a service brings (module docstring)."""
    if text[start:end].lower() != "breakthroughs" or _SAID_TO_DO.match(text, end):
        return False
    if _AS_THEY.match(text, end):
        return True
    found = _news().search(text[max(claim.start, start - 60) : start])
    return found is not None and not re.search(r"(?i)\bour\b", found.group())
