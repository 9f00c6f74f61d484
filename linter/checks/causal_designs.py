"""The study designs of rules/lexicon/study_design.yaml in one sentence beside a causal claim:
treated model organisms and cultured cells, and groups of people or places compared by their
outcomes ("those who gardened had fewer fractures", "countries that eat more fermented food
have lower rates of asthma"). Read only by causal_neighbours.py: the claim layer's evidence
cues (rules/lexicon/evidence.yaml) are read everywhere, these only next to a claim.
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim, Evidence
from linter.config.lexicon import alternation, default_lexicon, word_pattern


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = default_lexicon()
    units = alternation(lex.get("study_design.ecological_units"))
    return {
        "animal": word_pattern(lex.get("study_design.treated_organisms")),
        "in_vitro": word_pattern(lex.get("study_design.treated_cells")),
        "groups": word_pattern(lex.get("study_design.exposure_groups")),
        # An ecological unit described by what it does or has: "countries that eat more".
        "units": re.compile(rf"\b(?:{units})\s+(?:that|which|where|with)\b", re.I),
        "outcomes": word_pattern(lex.get("study_design.group_outcomes")),
        "lab": word_pattern(lex.get("study_design.lab_settings")),
        "assignment": word_pattern(lex.get("study_design.assignment")),
    }


def design_evidence(claim: Claim, text: str) -> tuple[Evidence, ...]:
    """The designs the sentence describes, as evidence cues in the passage's characters."""
    patterns = _patterns()
    found = [
        Evidence(kind, m.start(), m.end(), m.group(0))
        for kind in ("animal", "in_vitro")
        for m in patterns[kind].finditer(text, claim.start, claim.end)
    ]
    # The setting the sentence opens on: "In a culture dish, onion extract stopped ...".
    setting = patterns["lab"].match(text[claim.start : claim.end])
    if setting is not None:
        end = claim.start + setting.end()
        found.append(Evidence("in_vitro", claim.start, end, text[claim.start : end]))
    for name in ("groups", "units"):
        for m in patterns[name].finditer(text, claim.start, claim.end):
            # A group is evidence only compared by its outcome (STROBE): alone it describes.
            outcome = patterns["outcomes"].search(text, m.end(), claim.end)
            if outcome is not None and _defines_group(m.group(0), text[m.end() : outcome.start()]):
                outcome = patterns["outcomes"].search(text, outcome.end(), claim.end)
            if outcome is not None:
                found.append(Evidence("observational", m.start(), m.end(), m.group(0)))
    return tuple(found)


# The relative clause's own verb is "have" ("those who already have higher levels of
# creatine"): what follows it at once is its object, the level that defines the group (an
# exposure in STROBE's terms), not the outcome the group is compared by; "those who exercise
# have lower rates" has its own verb before the main clause's "have".
_HAVE_CLAUSE = re.compile(
    r"\bwho\s+(?:(?:already|still|currently|naturally|\w+ly)\s+)?(?:have|has|had)$", re.I
)


def _defines_group(group: str, between: str) -> bool:
    return not between.strip() and _HAVE_CLAUSE.search(group) is not None


def assigns(text: str) -> bool:
    """Whether a text says the researchers assigned the intervention (a trial's arms)."""
    return _patterns()["assignment"].search(text) is not None


def compares_groups(claim: Claim, text: str) -> bool:
    """Whether a sentence speaks of a study's groups or their outcomes (STROBE's exposure groups
    and measures of occurrence: "Those who ate the most walnuts", "had fewer fractures"): after
    the sentence that names a study's design, such a sentence gives that study's result."""
    patterns = _patterns()
    return any(
        patterns[name].search(text, claim.start, claim.end) is not None
        for name in ("groups", "outcomes")
    )
