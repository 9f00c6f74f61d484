"""A share or change of a physical quantity of the environment is no health statistic.

"About 70% of UV rays get through thin cloud" and "UV levels climb roughly 8% with every
1,000 metres" measure light and air, not people, though they stand on a page about eye or skin
health beside the harm the light does (issue 9: set L's optical shop, set X before). The
quantity is one of rules/lexicon/figures.yaml `physical_quantities` (ISO/IEC 80000's quantity
names) in the figure's clause, and the clause names no people, case, condition, rate or
outcome: "radiation raised the risk of cancer by 20%" and "20% of people burn in UV light"
stay statistics. Nor does a protective product's efficacy become physics: "a hat can block up
to 50% of UV rays" (figures.yaml `protecting_verbs`) keeps its reading.
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_classes import _CLAUSE_END, Classes, Reading

# The clause after the figure runs to the next clause break or figure, as _CLAUSE_END cuts
# the one before it (figures_grammar._clause); a comma ends it too ("water reflects up to 30%,
# and sand ...").
_AFTER_END = re.compile(rf"{_CLAUSE_END.pattern}|,\s")
_HEALTH = "people subjects cases conditions rate_nouns outcomes health_words"


# The figure must measure the quantity itself, by construction: a share of it ("70% of UV
# rays", "80% of the sunlight"), or the change of the quantity that is the subject of an
# intransitive verb of change right before the figure ("UV levels climb roughly 8%", "humidity
# can fall by 30%"). A quantity elsewhere in the clause is the cause or the setting of another
# change: "leg elevation reduces swelling by 40%", "sitting in daylight improved sleep by 20%"
# are health figures whatever words the health classes lack (review20k).
_SHARE_OF = r"\s*of\s+(?:(?:the|all|its|their)\s+)?(?:[\w-]+\s+)?"
_BEFORE_CHANGE = r"(?:can|may|will|could|might|would|does|do|did|typically|often|usually)"
_AFTER_CHANGE = (
    r"(?:by|about|roughly|around|nearly|almost|some|up\s+to|as\s+much\s+as|more\s+than|"
    r"less\s+than|over|under|only|just)"
)


def _measures_quantity(c: Classes, before: str, after: str) -> bool:
    if c.pattern(_SHARE_OF, "physical_quantities").match(after):
        return True
    changes = c.alt("change_verbs")
    tail = rf"\s+(?:{_BEFORE_CHANGE}\s+)*(?:{changes})\s+(?:{_AFTER_CHANGE}\s+)*$"
    return c.pattern("", "physical_quantities", tail).search(before) is not None


def physical(c: Classes, before: str, after: str) -> Reading | None:
    """A physical reading when the figure between `before` and `after` (its sentence)
    measures a physical quantity of the environment and nothing of health, else None."""
    if not _measures_quantity(c, before, after):
        return None
    breaks = list(_CLAUSE_END.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    cut = _AFTER_END.search(after)
    clause = f"{clause} {after[: cut.start()] if cut else after}"
    if not c.pattern("", "physical_quantities").search(clause):
        return None
    if c.pattern("", f"{_HEALTH} protecting_verbs").search(clause):
        return None
    return Reading("physical", False)
