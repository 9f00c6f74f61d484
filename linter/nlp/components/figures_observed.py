"""A change named by its noun and told as a finding: "the group had a weight loss of 5 kg",
"an average weight loss of 15% of body weight".

A measured change named by its noun ("loss", "reduction", "gain": figures.yaml `change_nouns`)
is a finding when the clause reports it in the past (figures.yaml `observed_change`: "saw",
"had", "found") or as an average; not a norm ("a gain of 2 kg in pregnancy is normal") nor a
goal that addresses the reader ("aim for a weight loss of 1 kg a week"). Shared by the counts
(figures_counts.py) and the shares of a whole (figures_grammar.py: "a weight loss of 15% of
body weight" is the size of a change, not what the body is made of; set AM, session 32).
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_classes import Classes
from linter.nlp.components.figures_numbers import _CLAUSE

_GOAL = re.compile(
    r"\b(?:aim|aims|target|goal|should|try|want|wants|you|your|need to|hope)\b", re.I
)
_AVERAGE = re.compile(r"\baverage|\bmean\b", re.I)


def observed_change(c: Classes, before: str, window: str) -> bool:
    """Whether the change named just before a figure (`before` ends at the figure) is told as
    a finding: a verb of observation before its noun phrase, or "average"/"mean" in `window`
    (the words round the figure), and no goal in its clause."""
    clause = _CLAUSE.split(before)[-1]
    if _GOAL.search(clause):
        return False
    seen = c.before("observed_change", clause, r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?")
    return seen is not None or _AVERAGE.search(window) is not None


def observed_change_share(c: Classes, before: str) -> bool:
    """Whether a share ("N% of body weight") is the size of a change named by its noun just
    before it ("had a weight loss of", "an average reduction of") and told as a finding."""
    if c.before("change_nouns", before, r"of") is None:
        return False
    return observed_change(c, before, before[-60:])
