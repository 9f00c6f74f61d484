"""The classes of a provider's comfort, speed, ease or safety raised by a degree word (issue
14, session 29, overC), composed from the word classes of rules/lexicon/hype.yaml
(`comfort_qualities`, `calm_qualities`, `painless_words`, `degree_boosters`, `approximators`,
`minimizers`, `harm_nouns`, `pain_nouns`) by the grammar of the adjective and noun phrase:

- `boosted_comfort`: a maximizer or booster on a quality of care (Quirk et al. 1985,
  §8.104-8.106: "extremely quick and painless", "remarkably gentle", "super easy", "ultra-gentle"),
  reaching the qualities coordinated after it ("incredibly fast and almost painless": the
  approximator's part is the other class);
- `approximated_comfort`: an approximator on an absolute quality or on the absence of a harm
  (§8.112: "virtually painless", "practically no downtime", "almost free of side effects",
  "minimal to no scarring"), a minimizer with the non-assertive "any" ("hardly any discomfort")
  or on perception ("barely noticeable", "you will hardly feel it", "you will feel almost
  nothing").

Each is a candidate only: hype_comfort.py reads whose assurance it is and what it is said of.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.checks.hype_acclaim_words import ACCLAIM_KINDS, acclaim_patterns
from linter.checks.hype_safe_words import SAFE_KINDS, safe_patterns
from linter.config.lexicon import lists_alternation

# overQ's and safeG's classes (hype_acclaim_words.py, hype_safe_words.py) share this reading of
# a provider's assurance about care: the same voice, the same care and the same guards
# (hype_comfort.py).
COMFORT_KINDS = ("boosted_comfort", "approximated_comfort", *ACCLAIM_KINDS, *SAFE_KINDS)


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


# The absolute qualities an approximator grades (Quirk et al. 1985, §7.3: non-gradable
# adjectives take approximators, not boosters): painless, harmless, the "-free" and "-less"
# adjectives of absence (App. I.37, I.38), and the absence of perception.
_ABSOLUTE = (
    r"(?:harmless|risk[- ]free|scar[- ]?(?:free|less)|side[- ]effects?[- ]free|effortless|"
    r"invisible|undetectable|unnoticeable|imperceptible|non-?existent|painfree)"
)
# The grade adjectives between a determiner of absence and the harm ("no visible scarring").
_GRADE = r"(?:(?:visible|noticeable|real|serious|significant|lasting|post-?operative)\s+)?"
# A noun after the harm noun makes it a modifier ("no pain relief", "no risk factors").
_COMPOUND = r"(?![\w-])(?!\s+(?:relief|killers?|medications?|management|factors?|data)\b)"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&|yet|or)\s+)"


def _boosted() -> str:
    quality = _words("comfort_qualities", "painless_words")
    booster = _words("degree_boosters")
    calm = _words("calm_qualities")
    item = rf"(?:{booster}(?:\s+|-))?(?:{quality}|{calm})"
    encounter = _words("encounter_nouns")
    determined = r"(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<=\byour ))"
    return "|".join(
        (
            # The booster reaches every adjective coordinated after it (Quirk et al. 1985,
            # §13.68), so a calm word may come first when a quality of care follows.
            rf"\b{booster}(?:\s+|-)(?:{calm}{_JOIN}(?:{booster}(?:\s+|-))?)?{quality}"
            rf"(?:{_JOIN}{item}){{0,3}}(?![\w-])",
            # The quality said of the encounter itself with an absolute quality and no degree
            # word ("a painless experience", "a pain-free and relaxing visit").
            rf"{determined}{_words('painless_words')}(?:{_JOIN}{item})?\s+{encounter}\b",
            # The nouns of the quality with a maximizer (Quirk et al. 1985, §8.104, on nouns:
            # "in complete comfort", "with total safety").
            r"\b(?:in|with)\s+(?:complete|total|absolute|perfect|utter)\s+(?:comfort|safety|ease)\b",
        )
    )


def _approximated() -> str:
    approx, minimal = _words("approximators"), _words("minimizers")
    harms = _words("harm_nouns", "pain_nouns")
    absolute = rf"(?:{_words('painless_words')}|{_ABSOLUTE})"
    absence = r"(?:free\s+(?:of|from)\s+(?:any\s+)?|no\s+|zero\s+|nil\s+)"
    return "|".join(
        (
            rf"\b{approx}\s+{absolute}(?![\w-])",
            rf"\b{approx}\s+{absence}{_GRADE}{harms}{_COMPOUND}",
            rf"\b(?:minimal|little)\s+(?:to|or)\s+(?:(?:no|zero)\s+{_GRADE}{harms}{_COMPOUND}|"
            r"non-?existent\b|nil\b|none\b)",
            # The harm as the subject, the approximated absence its predicate ("side effects
            # are virtually unheard of", "complications are almost zero").
            rf"\b{harms}\s+(?:is|are|will\s+be)\s+{approx}\s+(?:zero|nil|none|non-?existent|"
            r"unheard\s+of)\b",
            # The approximated removal of a harm (Levin 1993, §10.1, verbs of removing:
            # "practically eliminates downtime") and its absolute minimum (Quirk et al. 1985,
            # §8.104: a maximizer on the noun of the least degree).
            rf"\b{approx}\s+(?:eliminat(?:es?|ing)|removes?|eradicates?)\s+(?:all\s+)?(?:the\s+)?"
            rf"{_GRADE}{harms}{_COMPOUND}",
            rf"\b{harms}\b[^.;:!?]{{0,40}}?\b(?:to|at)\s+(?:an?|the)\s+(?:absolute|bare)\s+minimum\b",
            rf"\b{minimal}\s+any\s+{_GRADE}{harms}{_COMPOUND}",
            rf"\b{minimal}\s+(?:noticeable|perceptible|felt)\b",
            rf"\byou(?:\s+will|\s+would|[’']ll|[’']d)?\s+{minimal}\s+(?:notice|feel)\b",
            rf"\byou(?:\s+will|\s+would|[’']ll|[’']d)?\s+(?:notice|feel)\s+{approx}\s+nothing\b",
        )
    )


@cache
def comfort_patterns() -> dict[str, re.Pattern[str]]:
    """The classes' patterns, keyed by class name (overQ's and safeG's with them)."""
    return (
        {
            "boosted_comfort": re.compile(_boosted(), re.I),
            "approximated_comfort": re.compile(_approximated(), re.I),
        }
        | acclaim_patterns()
        | safe_patterns()
    )
