"""A body of fiscal affairs named as the maker of a norm: a rule of money, no health source.

"Spending accounts pay for qualified medical expenses as the IRS defines them, the costs of
diagnosis and treatment" (set AG, precS, session 31): citeB's norm reading and
"as defined by" credit a definition, a threshold or a class to the body that made it, and a
health body's norm is a source (GUIDELINE.md's CITE). A revenue, tax or customs administration
or a treasury (attribution.yaml `fiscal_bodies`: COFOG 01.1.2, financial and fiscal affairs)
makes no health norm: what it defines, sets, lays down or classifies (attribution.yaml
`characterizing_verbs`, `norm_participles`) is a rule of tax or pay, and names no basis of a
health finding. What such a body reports or finds ("According to the IRS, 12% of filers ...",
"the Treasury estimates that ...") is untouched: a figure it gives still has it as its source.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lexicon = default_lexicon()
    bodies = alternation(lexicon.get("attribution.fiscal_bodies"))
    verbs = alternation(
        lexicon.get("attribution.characterizing_verbs")
        + lexicon.get("attribution.norm_participles")
    )
    return re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])"), re.compile(
        rf"(?i)(?<![\w-])(?:{verbs})(?![\w-])"
    )


def fiscal_norm(name: str, after: str, said: str) -> bool:
    """Whether `name` is a fiscal body and the match `said` credits it with a norm (a verb of
    defining, setting or classing), not with a report. `after`: the text after the name, which
    may go on with the body's head ("HM" read as an acronym before "Revenue and Customs")."""
    bodies, verbs = _patterns()
    body = bodies.search(name) or bodies.match(after.lstrip())
    return body is not None and verbs.search(said) is not None
