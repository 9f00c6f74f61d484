"""The near miss of the agentless "is known to" (issue 14, session 32, vagueK): a medicine
named as the subject of "is known to cause" states one of its listed side effects ("Ibuprofen
is known to cause indigestion in some people", "Naproxen tablets are known to cause heartburn"), as
a leaflet does from the product's label (the EMA's SmPC guideline, section 4.8, "Undesirable
effects"), and appeals to no unnamed evidence. "Smoking is known to cause lung cancer" and
"Ginger is known to ease nausea" still appeal: no medicine is named, or no harm is caused.
attribution_vague.py asks this with the other unfit tests before it keeps an agentless match.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# The verbs that give a product's adverse effect (the SmPC's "may cause", "can trigger"):
# cause and its near-synonyms of bringing about (Levin 1993, §27 "engender" verbs: cause,
# produce, provoke, trigger) and "interact with", a listed interaction.
_HARM_AFTER = re.compile(r"(?i)\s+(?:cause|produce|provoke|trigger|induce|interact with)\b")
_KNOWN_TO = re.compile(r"(?i)\b(?:is|are)(?: \w+ly)? known to$")


@cache
def _medicine_before() -> re.Pattern[str]:
    """A medicine's name closing the words before the verb: a drug by its INN stem
    (figures.yaml `drug_stems`, attribution.yaml `inn_stems`, WHO 2018), an everyday medicine
    (hype.yaml `reach_medicines`) or "this medicine", with a plural and a dosage form after
    it (EDQM Standard Terms: tablets, capsules, gel, cream, injections)."""
    lex = default_lexicon()
    names = alternation(
        [
            *lex.get("figures.drug_stems"),
            *lex.get("attribution.inn_stems"),
            *lex.get("hype.reach_medicines"),
            r"(?:this|these|the) (?:medicines?|drugs?)",
        ]
    )
    return re.compile(
        rf"(?i)(?<![\w-])(?:{names})s?(?: (?:tablets?|capsules?|gel|cream|injections?))? $"
    )


def listed_side_effect(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless "is known to" gives a named medicine's side effect ("Metformin is
    known to cause stomach upset")."""
    if not _KNOWN_TO.search(m.group(0)) or not _HARM_AFTER.match(text, m.end()):
        return False
    return bool(_medicine_before().search(text, max(0, m.start() - 60), m.start()))
