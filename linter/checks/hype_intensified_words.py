"""The classes of efficacy intensified in plain words (issue 14, session 29, overE), composed from
the word classes of rules/lexicon/hype.yaml (`effect_boosters`, `effect_verbs`,
`effect_changes`, `outcome_nouns`, `outcome_qualities`, `outcome_degrees`, `outcome_praise`,
`best_care`) as degree class x evaluative class:

- `intensified_effect`: a booster on a verb of a health effect, before it ("significantly
  reduces joint pain", "will dramatically relieve"), after it and its object ("reduces back
  pain dramatically", "neck pain improves remarkably") or on a comparative of the effect
  ("dramatically whiter teeth", "significantly less pain");
- `praised_outcome`: an outcome noun praised by a raised quality ("highly predictable results",
  "consistently excellent outcomes") or by a strong praise word ("unimaginable results",
  "long-lasting results"), or said to be such as a predicate ("the results of our programme
  are simply phenomenal");
- `ensured_care`: the provider's assurance verb on the best or most effective care or outcome
  ("ensures you receive the best possible care", "make sure every patient receives the most
  effective treatment").

Each is a candidate only: hype_intensified.py reads whose promise it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.checks.hype_assured_words import ASSURED_KINDS, assured_patterns
from linter.checks.hype_promised_words import PROMISED_KINDS, promised_patterns
from linter.config.lexicon import default_lexicon, lists_alternation

INTENSIFIED_KINDS = ("intensified_effect", "praised_outcome", "ensured_care")

# The classes whose patterns are built from word classes rather than listed (safeZ's and these).
BUILT_KINDS = ASSURED_KINDS + INTENSIFIED_KINDS + PROMISED_KINDS


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


def _inflected(base: str) -> str:
    """A verb's finite and participle forms from its base (Quirk et al. 1985, §3.5: -s, -ed)."""
    head, _, particle = base.partition(" ")
    if head.endswith("e"):
        forms = [head, head + "s", head + "d"]
    elif head in ("cut",):
        forms = [head, head + "s"]
    elif head.endswith("y"):
        forms = [head, head[:-1] + "ies", head[:-1] + "ied"]
    elif head.endswith(("sh", "ch", "x", "s")):
        forms = [head, head + "es", head + "ed"]
    elif head == "fall":
        forms = [head, head + "s", "fell"]
    elif head.endswith("p") and head in ("drop",):
        forms = [head, head + "s", head + "ped"]
    else:
        forms = [head, head + "s", head + "ed"]
    verb = "(?:" + "|".join(forms) + ")"
    return verb + (rf"\s+{particle}" if particle else "")


def _verbs(key: str) -> str:
    return "(?:" + "|".join(_inflected(v) for v in default_lexicon().get(f"hype.{key}")) + ")"


# Words that may stand between a verb and the booster after it: its object, with no clause
# break (Quirk et al. 1985, §8.13: the end position of a manner or degree adjunct).
_OBJECT = r"(?:(?!(?:and|but|or|if|when|which|that|who|because|while|so)\b)[\w'’-]+\s+){0,4}?"

# A comparative of the effect (Quirk et al. 1985, §7.81): an -er form, less, fewer, more, better.
_COMPARATIVE = r"(?:better|less|fewer|more|[a-z]{3,}er)"


def _intensified_effect() -> str:
    boosters, verbs = _words("effect_boosters"), _verbs("effect_verbs")
    changes = _verbs("effect_changes")
    degree, nouns = _words("degree_adjectives"), _words("change_nouns")
    return (
        rf"\b{boosters}\s+{verbs}\b"
        rf"|\b(?:{verbs}|{changes})\s+{_OBJECT}{boosters}\b"
        rf"|\b{boosters}\s+{_COMPARATIVE}\b"
        # Not a comparison ("a more substantial increase in ... than"): Quirk et al. 1985,
        # §7.81, a comparative compares and raises nothing.
        rf"|\b(?<!more\s)(?<!less\s){degree}\s+{nouns}\s+(?:in|to|of|from|for)\b"
    )


def _praised_outcome() -> str:
    nouns = _words("outcome_nouns")
    raised = rf"{_words('outcome_degrees')}\s+{_words('outcome_qualities')}"
    strong = _words("outcome_praise")
    praise = (
        r"(?:tremendous|immense|enormous|remarkable|incredible|amazing|astonishing|astounding|"
        r"extraordinary|phenomenal|unbelievable|staggering|spectacular|outstanding|exceptional|"
        r"unimaginable|life[- ]changing)"
    )
    # The degree on the verb of producing (Levin 1993, §26.4 Create verbs: produce, achieve,
    # deliver, get, see): "consistently delivers excellent outcomes".
    producing = r"(?:achieve|deliver|produce|get|see|give|bring)(?:s|d|ed)?"
    degreed = rf"{_words('outcome_degrees')}\s+{producing}\s+{_words('outcome_qualities')}"
    return (
        rf"\b(?:{raised}|{strong}|{degreed})\s+(?:[\w-]+\s+)?{nouns}\b"
        # The outcome's quality said of the treatment itself ("the procedure is highly
        # predictable"): the same raised quality as a predicate (Quirk et al. 1985, §7.3).
        rf"|\b(?:is|are)\s+{_words('outcome_degrees')}\s+(?:predictable|reliable)\b"
        rf"|\b(?:results|outcomes|improvements)\s+(?:(?:of|from|with|after|for)\s+(?:[\w'’-]+\s+)"
        rf"{{1,5}}?){{0,2}}(?:are|were|have\s+been|will\s+be|can\s+be)\s+(?:truly\s+|simply\s+|"
        rf"really\s+|just\s+|absolutely\s+|consistently\s+|always\s+|nothing\s+short\s+of\s+)?"
        rf"{praise}\b"
    )


def _ensured_care() -> str:
    nouns = r"(?:care|treatments?|therap(?:y|ies)|results?|outcomes?|recovery)"
    return (
        r"\b(?:ensures?|ensuring|guarantees?|guaranteeing|makes?\s+sure|making\s+sure)\s+"
        rf"(?:[\w'’-]+\s+){{0,6}}?(?:the\s+)?{_words('best_care')}\s+(?:possible\s+)?"
        rf"(?:[\w-]+\s+)?{nouns}\b"
    )


@cache
def intensified_patterns() -> dict[str, re.Pattern[str]]:
    """The three classes' patterns, keyed by class name."""
    return {
        "intensified_effect": re.compile(_intensified_effect(), re.I),
        "praised_outcome": re.compile(_praised_outcome(), re.I),
        "ensured_care": re.compile(_ensured_care(), re.I),
    }


def built_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of every built class (hype_assured_words', this module's and
    hype_promised_words')."""
    return assured_patterns() | intensified_patterns() | promised_patterns()
