"""The written forms of a number the figure grammar reads: digits and their group separators,
numbers in words, mixed numbers, fractions (in words, in digits, as one vulgar fraction
character) and a multiple given by "by N times" or "by a factor of N" after a verb of change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.nlp.components.figures_classes import Classes

# Thousands grouped by a comma, or by a no-break, narrow no-break or thin space: the group
# separators of Unicode CLDR's number symbols (common/main/*.xml, <group>: U+00A0 and U+202F in
# many locales) and the SI Brochure's thin space between groups of three (BIPM 2019, 5.4.4).
DIGITS = r"(?:\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?"

# Where the clause of a multiple ends after it: punctuation, or a subordinator that can only open
# a clause (conditional, concessive, reason and time subordinators of Quirk et al. 1985,
# 14.12; not "as", "since", "before" or "after", which are also prepositions).
_CLAUSE_AFTER = re.compile(
    r"[,;:.!?]\s|(?i:\b(?:if|unless|when|whenever|while|whilst|whereas|although|though|because|"
    r"until|till|once)\b)"
)

# What a clause's subject or object must name for a multiple of it to be a health figure.
_HEALTH_CLASSES = "rate_nouns people subjects cases conditions outcome_measures health_words"


def number_pattern(c: Classes) -> str:
    """A number in digits or in words ("12", "1,200", "twenty-five", "a hundred")."""
    words = c.alt("number_words")
    tens = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    spelled = rf"(?:{tens}[- ](?:one|two|three|four|five|six|seven|eight|nine)|{words})"
    # "a million": the article stands for one; the scale word itself is left to `scaled`.
    # "1½ million", "2½ times": a whole number and a vulgar fraction, a mixed number.
    return (
        rf"(?:{DIGITS}(?:{c.alt('vulgar_fractions')})?|\b{spelled}\b"
        rf"|\ba(?= (?:{c.alt('scales')})\b))"
    )


def fraction_pattern(c: Classes) -> str:
    """ "half", "a third", "two-thirds", "one quarter", "2/3", "7/8ths", "½", "1⁄3", even odds
    ("50/50")."""
    # A fraction in digits may take the ordinal suffix of its denominator ("7/8ths", "2/3rds":
    # Unicode CLDR common/rbnf/en.xml, rule set "digits-ordinal"), or be written with U+2044
    # FRACTION SLASH ("1⁄3", The Unicode Standard, 6.2) or as one vulgar fraction character
    # ("½", "¾": figures.yaml vulgar_fractions), not after a digit ("1½" is a mixed number).
    ordinal = r"(?:st|nd|rd|th)s?"
    return (
        rf"(?:\b(?:a|one|{c.alt('number_words')})[- ]{c.alt('denominators')}\b|\bhalf\b"
        rf"|\b[1-9](?:/|\u2044)(?:[2-9]|10)(?:{ordinal})?\b"
        rf"|(?<![\w.,])(?:{c.alt('vulgar_fractions')})(?![\w⁄/])"
        r"|\b50[/-]50\b|\bfifty[- ]fifty\b)"
    )


def number_starts(c: Classes) -> re.Pattern[str]:
    """Where numbers start: a digit, a number word, a scale, a fraction word, a multiplier, or
    a vulgar fraction ("½ of adults", a number with no digit)."""
    words = "|".join(
        c.alt(name) for name in ("number_words", "scales", "denominators", "multipliers")
    )
    return re.compile(
        rf"(?<![\d.,])\d|\b(?:{words})(?:s|fold)?\b|{c.alt('vulgar_fractions')}", re.IGNORECASE
    )


def multiplied_by(c: Classes, sentence: str, start: int, end: int) -> bool:
    """Whether the multiple at [start, end) is the size of a change of a health measure: "rates
    rose by more than three times", "admissions went up by four times", "cut relapses by a
    factor of three" (a multiplicative after "by", Quirk et al. 1985, 6.64 and 10.48); not "by
    three times a week" (a frequency) nor "prices rose by three times" (no health measure)."""
    before = sentence[:start]
    change = re.search(
        rf"(?<![\w-])(?:{c.alt('change_verbs')}|up|down)(?:\s+[\w'’-]+){{0,8}}?"
        r"\s+by\s+(?:a factor of\s+)?$",
        before,
        re.I,
    )
    if change is None or re.match(r"\s+(?:a|an|per|each|every)\s", sentence[end:], re.I):
        return False
    clause = re.split(r"[.;:!?]\s|,\s", before[: change.start()])[-1][-60:]
    # What follows belongs to the clause only up to its end or a subordinate clause: "increase
    # the dose by two times if the pain persists" names no measure that changed.
    after = _CLAUSE_AFTER.split(sentence[end : end + 40], maxsplit=1)[0]
    said = clause + before[change.start() :] + after
    return c.pattern("", _HEALTH_CLASSES).search(said) is not None
