"""The classes of a remedy credited with improving named body functions (issue 14, session 32,
overF), composed from the word classes of rules/lexicon/hype.yaml (`function_gain_verbs`,
`function_gain_adjectives`, `body_functions`):

- `function_gain`: a verb of improvement, restoring or setting going over a body function as
  its object ("enhances brain function", "strengthens immunity", "speeds up muscle repair",
  "ignites your body's natural healing abilities"): WordNet improve.v.01 and Levin 1993 §45.4
  verbs x WHO ICF chapter b functions;
- `function_gain_noun`: the same improvement as the result state before the function noun
  ("improved cognitive function", "stronger immunity", "sharper focus").

Each is a candidate only: one pair is everyday advice and physiology as often as a claim
("regular activity can improve mood"), so hype_function.py asks for the composition that makes
the benefit list (two or more pairs coordinated in the sentence), the body's own healing, or a
bare benefit line on a seller's page, and reads whose claim it is.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.checks.hype_system_words import (
    _DETERMINER,
    _MODIFIERS,
    _NOT_NOUN,
    _PARTICLE,
    SYSTEM_KINDS,
    _finite,
    _forms,
    system_patterns,
)
from linter.config.lexicon import default_lexicon, lists_alternation

FUNCTION_KINDS = ("function_gain", "function_gain_noun")
BODY_KINDS = SYSTEM_KINDS + FUNCTION_KINDS  # overB's body systems and these functions

_words = partial(lists_alternation, "hype")

# A function noun before another noun is that noun's modifier (Quirk et al. 1985, §17.104):
# "sleep hygiene", "energy drinks", "focus groups", "memory clinic", "mood disorders" name no
# function improved.
_NOT_PREMODIFIER = (
    r"(?!\s+(?:hygiene|drinks?|bars?|groups?|clinics?|services?|disorders?|problems?|issues?|"
    r"tests?|testing|apps?|tips|studies|study|trials?|levels?\s+of|room|time|period|plan|"
    r"programmes?|programs?|team|centre|center|unit|ward|nurses?|specialists?))"
)


def _verbs() -> str:
    """The base, -s and -ing forms of `function_gain_verbs`, a particle kept after its verb; the
    -ed form is left to `function_gain_noun`, whose participle it is before a noun ("improved
    circulation": Quirk et al. 1985, §7.15), and a past tense is a report, not a promise."""
    alternatives = []
    for entry in default_lexicon().get("hype.function_gain_verbs"):
        head, _, particle = entry.partition(" ")
        forms = sorted((f for f in _forms(head) if not f.endswith("d")), key=len, reverse=True)
        alternatives.append("(?:" + "|".join(forms) + ")" + (rf"\s+{particle}" if particle else ""))
    return "(?:" + "|".join(alternatives) + ")"


def _function_gain() -> str:
    verbs, functions = _verbs(), _words("body_functions")
    phrase = _PARTICLE + _DETERMINER + _finite("function_gain_verbs") + _MODIFIERS
    return rf"\b{_NOT_NOUN}{verbs}\s+{phrase}{functions}(?![\w-]){_NOT_PREMODIFIER}"


def _function_gain_noun() -> str:
    states, functions = _words("function_gain_adjectives"), _words("body_functions")
    return rf"\b{states}\s+{_MODIFIERS}{functions}(?![\w-]){_NOT_PREMODIFIER}"


@cache
def function_patterns() -> dict[str, re.Pattern[str]]:
    """The two classes' patterns, keyed by class name."""
    return {
        "function_gain": re.compile(_function_gain(), re.I),
        "function_gain_noun": re.compile(_function_gain_noun(), re.I),
    }


def body_patterns() -> dict[str, re.Pattern[str]]:
    """overB's body-system patterns and these, keyed by class name (hype_words.py)."""
    return system_patterns() | function_patterns()
