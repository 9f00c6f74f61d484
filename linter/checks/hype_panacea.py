"""One remedy said to improve many unrelated parts of health at once, counted by body system
(issue 14, session 28, overZ): "our herbal rasayana improves immunity, digestion, sleep, skin and
lifespan", "sea moss improves thyroid function, digestion, skin, mood and joint health";
rules/lexicon/hype.yaml `cure_all` and the `system_*` lists (the chapters of ICD-11).

A list after a verb of improvement is also advice and description ("regular exercise improves
sleep, mood, heart health and bone strength", "a balanced diet improves energy, skin and
digestion", "yoga improves flexibility, strength and balance"), so the reading asks:
- how many body systems the items name: three or more distinct chapters make the panacea (two
  related items, "flexibility, strength and balance", are one system's);
- whose list it is: an alternative remedy, a product form, a practice or an Ayurvedic therapy
  named before the verb, or what a business offers ("our capsules"), or a pronoun on a page
  that sells or in a section that names a remedy; not the reader's habits (`lifestyle_means`, a
  healthy or balanced diet), a medicine, a vaccine or standard care;
- that it is claimed: no hedge, figure, source or study (questions, hearsay and negation are
  read before, in hype_composed.py and the rule).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_offer import (
    FIGURE,
    MEDICINE,
    PRONOUN_SUBJECT,
    STUDY,
    everyday_medicines,
    offered,
)
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

# The `system_*` lists of hype.yaml, one a chapter of ICD-11.
_SYSTEMS = [
    "04_immune",
    "05_endocrine",
    "06_mind",
    "07_sleep",
    "09_eye",
    "10_ear",
    "11_circulatory",
    "12_respiratory",
    "13_digestive",
    "14_skin",
    "15_musculoskeletal",
    "16_genitourinary",
    "21_general",
]

# Three systems: one more than a remedy's pair of related claims ("joints and bones").
_MANY = 3

# The list's items: split at its commas and its last "and".
_ITEM_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.I)

# The reader's own diet or habit as the subject: advice (Quirk et al. 1985, §7.36 evaluative
# adjectives of a diet: healthy, balanced, varied).
_HEALTHY_HABIT = re.compile(
    r"\b(?:healthy|healthier|balanced|varied|nutritious|regular|good|enough|more)\s+"
    r"(?:[\w-]+\s+)?(?:diet|eating|food|foods|meals|exercise|activity|sleep|walks?|walking)\b",
    re.I,
)


@cache
def _system_patterns() -> tuple[re.Pattern[str], ...]:
    lexicon = default_lexicon()
    return tuple(word_pattern(lexicon.get(f"hype.system_{name}")) for name in _SYSTEMS)


@cache
def _lifestyle() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.lifestyle_means"))


def systems_named(items: str) -> int:
    """How many distinct body systems (ICD-11 chapters) the list's items name."""
    found = set()
    for item in _ITEM_BREAK.split(items):
        for number, pattern in enumerate(_system_patterns()):
            if pattern.search(item):
                found.add(number)
                break
    return len(found)


def panacea_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a list of improvements is no remedy's cure-all, or None; "" for the other classes
    (their readings are elsewhere)."""
    if kind != "cure_all":
        return ""
    verb_end = text.find(" ", start, end)
    if systems_named(text[verb_end:end]) < _MANY:
        return "few-systems"  # "improves flexibility, strength and balance"
    sentence = text[claim.start : claim.end]
    before = text[claim.start : start]
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if STUDY.search(sentence):
        return "finding"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    lex = hype_lexicon()
    if (
        MEDICINE.search(before)
        or everyday_medicines().search(before)
        or lex.immunization.search(before)
    ):
        return "clinical"
    if lex.standard_care.search(before) or lex.drug_stems.search(before):
        return "clinical"
    if _HEALTHY_HABIT.search(before) or _lifestyle().search(before):
        return "advice"  # "a balanced diet improves energy, mood, skin and digestion"
    if offered(before):
        return None
    if PRONOUN_SUBJECT.match(before) and (sells or remedy_page):
        return None  # "It improves digestion, sleep, skin and mood" under a remedy's heading
    return "not-a-remedy"
