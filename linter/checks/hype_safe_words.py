"""The classes of a remedy's safety, gentleness or speed asserted plainly, with no degree word
(issue 14, session 32, safeG), composed from the word classes of rules/lexicon/hype.yaml
(`safety_qualities`, `offer_heads`, `treatment_heads`, `comfort_qualities`, `calm_qualities`,
`efficacy_qualities`, `offered_qualities`, `painless_words`, `dependence_denials`,
`immediacy_adjuncts`, `relief_effects`) by the grammar of the noun phrase and the clause:

- `offered_safety`: a harmlessness adjective premodifying what the page offers, as a predicate
  nominal after the copula (Quirk et al. 1985, §16.21, §10.8: "is a safe option for tendon
  pain", "is a safe and natural alternative to", a heading's "Why X Is a Safe Choice") or as
  the object of offering ("offers safe, gentle support", "with safe, effective treatments";
  Levin 1993, §13.4 verbs of providing); the adjective may be one of up to four coordinated
  appraisals (§13.68: "a safe, quick and painless walk-in treatment"), one of them a safety word;
- `ensured_safety`: safety as what a remedy or its make-up ensures or guarantees (WordNet 3.1
  ensure.v.01, guarantee.v.02: "its natural composition ensures safety");
- `habit_free`: freedom from dependence claimed of a product ("non-habit forming", "non-addictive",
  "without dependency");
- `immediate_relief`: a time adjunct of immediacy (§8.60-8.62) in one clause with an effect of
  relief, a complaint fading, feeling better, sleep's onset or a return to activity, in either
  order ("within minutes your pain will start to fade", "you can return to training
  immediately").

Each is a candidate only: hype_safe.py reads what the class's grammar asks, then overC's shared
reading (hype_comfort.py) whose assurance it is and what limits it.
"""

from __future__ import annotations

import re
from functools import cache, partial

from linter.config.lexicon import lists_alternation

SAFE_KINDS = ("offered_safety", "ensured_safety", "habit_free", "immediate_relief")


# Every word list these patterns read is a list of the hype pack (rules/lexicon/hype.yaml).
_words = partial(lists_alternation, "hype")


# The copula and the verbs of current copular meaning (Quirk et al. 1985, §16.21), then the
# verbs of providing (Levin 1993, §13.4.1: offer, provide, give, deliver) and "with" of means
# (Quirk §9.48) before an offered object; with an article or none, as fixed-width look-behinds,
# so that the words shown begin at the adjective, where the older classes' begin.
_BEFORE = (
    "is", "are", "'s", "’s", "'re", "’re", "remains", "proves", "becomes", "makes",
    "offer", "offers", "offering", "provide", "provides", "providing", "deliver", "delivers",
    "delivering", "give", "gives", "with",
)  # fmt: skip
_APOSTROPHES = "'’"
BOUNDARY = r"\b"
_PLACED = "|".join(
    rf"(?<={'' if w[0] in _APOSTROPHES else BOUNDARY}{re.escape(w)} {a})"
    for w in _BEFORE
    for a in ("", "a ", "an ", "the ")
)
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
# A modifier between the adjectives and the head ("walk-in", "herbal", "home"): no function word.
_FUNCTION = r"(?:of|for|to|in|on|and|or|the|a|an|with|from|as|that|which|is|are|your|our)"
_MODIFIER = rf"(?:(?!{_FUNCTION}\b)[\w-]+\s+){{0,2}}?"


def _offered() -> str:
    safety = _words("safety_qualities")
    quality = _words(
        "safety_qualities",
        "comfort_qualities",
        "calm_qualities",
        "efficacy_qualities",
        "offered_qualities",
        "painless_words",
    )
    heads = rf"(?:{_words('offer_heads')}|{_words('treatment_heads')})"
    # Up to four coordinated appraisals, one of them a safety word (a look-ahead over the run).
    run = rf"{quality}(?:{_JOIN}{quality}){{0,3}}"
    appraisal = rf"(?=(?:{quality}{_JOIN}){{0,3}}{safety}(?![\w-]))(?:{run})"
    # A cheap look-ahead first: most places in a text begin no quality word.
    return rf"(?<![\w-])(?={quality})(?:{_PLACED}){appraisal}\s+{_MODIFIER}{heads}(?![\w-])"


def _ensured() -> str:
    # Whose safety: "for" names who benefits ("safety for the whole family": the recipient,
    # Quirk et al. 1985, ch. 9); "of" what is safe, read only of a remedy ("the safety of every
    # treatment"), not of data ("safety of your personal data"); "in", "at", "on" name a place.
    remedy = rf"\s+(?:[\w-]+\s+){{0,2}}?{_words('treatment_heads')}(?![\w-])"
    return (
        r"(?<!\bto )\b(?:ensures?|ensuring|guarantees?|guaranteeing|assures?|assuring)\s+"
        r"(?:(?:its|your|their|the|complete|total|full|absolute|maximum)\s+){0,2}safety\b"
        rf"(?!\s+(?:in|at|on)\b)(?!\s+of\b(?!{remedy}))"
    )


def _immediate() -> str:
    now = _words("immediacy_adjuncts")
    effect = _words("relief_effects")
    # One clause, no comma between: "is immediately absorbed into the muscle, enhancing repair"
    # times the absorption, not the repair.
    gap = r"[^.;:!?(),]{0,60}?"
    return "|".join(
        (
            rf"\b{now}(?![\w-]){gap}\b{effect}(?![\w-])",
            rf"\b{effect}(?![\w-]){gap}\b{now}(?![\w-])",
            # The adjunct inside the verb phrase of return (Quirk et al. 1985, §8.20, medial
            # position: "can return immediately to regular activity").
            rf"\b(?:return|returns|go\s+back|goes\s+back|get\s+back|gets\s+back)\s+{now}\s+to\s+"
            r"(?:work|training|sport|normal|your|their|regular|usual|daily|everyday|activit(?:y|ies)|"
            r"exercise)\b",
        )
    )


@cache
def safe_patterns() -> dict[str, re.Pattern[str]]:
    """The classes' patterns, keyed by class name."""
    return {
        "offered_safety": re.compile(_offered(), re.I),
        "ensured_safety": re.compile(_ensured(), re.I),
        "habit_free": re.compile(rf"(?<![\w-]){_words('dependence_denials')}(?![\w-])", re.I),
        "immediate_relief": re.compile(_immediate(), re.I),
    }
