"""The small readers FigureFinder leans on: timeframe, year, definite and clause patterns, the
value of a number written in digits or words, the windows of a sentence around its numbers,
and a title-case test. Separate from figures.py, which holds the spaCy component itself.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from linter.nlp.components.attribution_words import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from linter.nlp.components.figures_classes import Classes

_TIMEFRAME = re.compile(
    r"(?i:\b(?:after|at|within|over|for|in|by) (?:the (?:next |first |past )?)?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)"
    r"[ -](?:years?|months?|weeks?|days?|decades?)\b|\b(?:\d+|one|two|three|five|ten)-year\b)"
)


# One person's story before a measured change: "I lost", "she lost", "his weight dropped".
_ONE_STORY = re.compile(r"(?-i:\bI|\b[Ss]?[Hh]e|\b[Mm]y|\b[Hh]is|\b[Hh]er)\s+(?:[\w']+\s+){0,2}$")
# The writer's own change told beside another's in one sentence ("Jon lost almost 3 stone and I
# lost around 1 stone"): the writer's story with the people in it (statW). Also a second
# predicate that shares the writer as its subject ("I was diagnosed in 2019 and lost three
# stone": subject ellipsis in coordinated clauses, Quirk et al. 1985, 13.47; statB).
_WRITER_TOO = re.compile(
    r"(?-i:\bI\s+(?:(?:also|then|only|have|had|too)\s+)?(?:lost|gained|dropped|shed|put\s+on)"
    r"|\bI\s+(?:(?!(?:and|who|that|we|they|he|she|you)\b)[\w']+,?\s+){1,6}and\s+(?:then\s+)?"
    r"(?:lost|gained|dropped|shed|put\s+on))\b"
)
# The upper bound of a range given with its verb: "deaths range from a low of 3,000 to a high of
# about 49,000 people", "estimates of cases ranged from 2,000 to 5,000 people".
_RANGE_BOUND = re.compile(
    r"(?i)\brang(?:e|es|ed|ing)\s+from\s+(?:a\s+low\s+of\s+)?[^.;]{1,30}?\s+to\s+"
    r"(?:a\s+high\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|over|more than)\s+)?$"
)


def range_of_cases(c: Classes, before: str) -> bool:
    """Whether a count of people ends a range whose subject counts cases or a rate."""
    bound = _RANGE_BOUND.search(before)
    return bool(bound) and bool(
        c.pattern("", "cases conditions rate_nouns").search(_CLAUSE.split(before)[-1])
    )


# A fraction as the size of a comparison of likelihood or frequency.
_LESS_LIKELY = re.compile(
    r"\s*(?:more|less|fewer|lower|higher|greater)\s+(?:likely|often|common|frequent)\b", re.I
)
# A fraction as the size of a comparison of what people do, with its standard: "blink about
# one-third less than normal", "sleep a quarter more than before" (comparison of degree with
# a "than" phrase: Quirk et al. 1985, §15.63).
_LESS_THAN = re.compile(r"\s*(?:more|less|fewer|longer|shorter)\s+than\b", re.I)


def fraction_compared(c: Classes, before: str, after: str) -> bool:
    """ "a third less likely", or "blink a third less than normal" in a clause that names
    people or a condition (people, subjects, health words); not a price or an amount taken
    ("pay a third less than", "eat half less than"): the money and intake classes."""
    if _LESS_LIKELY.match(after):
        return True
    if not _LESS_THAN.match(after):
        return False
    clause = re.split(r"[.;:!?,]\s", before)[-1]
    return bool(c.pattern("", "people person subjects health_words").search(clause)) and not (
        c.pattern("", "money money_heads paying_participles saving_verbs intake_verbs").search(
            clause
        )
    )


_MEASURED = re.compile(r"(?i)\b(?:levels?|concentrations?)\b")
# A level that is the reader's or a patient's, or one in a body fluid: a measure of the body.
_IN_BODY = re.compile(
    r"(?i)\b(?:your|their|his|her|patients[’']?|people[’']s|blood|serum|plasma|urine|urinary)\b"
)


# How far a shape may reach from its number: "median overall survival was more than 72
# months" before it, "of the children were hospitalized" after it (the readers see the whole
# sentence; only the shapes are tried in the window).
_REACH_BEFORE, _REACH_AFTER = 110, 80
_YEAR = re.compile(r"(?:19|20)\d\d")


_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|our|his|her|your)\s*$", re.I)


# A number right after a capitalised word inside a sentence belongs to a name ("World War 2").
_NAME = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+\s*$")
# A month or a day of the week: the only capitalised words a preposition of time leads to.
_DATE_NAME = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})\s*$")


# A clause ends at a stop (not the stop of an initialism: "in the U.S. have") or a contrast.
_CLAUSE = re.compile(r"(?<!\b[A-Z])[.;:!?](?:\s|$)|,\s*(?:yet|but|while|whereas|although)\b")
# "one million more people will be added to the list of people living with it": a count
# framed as additions to a population of those with a condition is a count of new cases
# (Porta 2014, "incidence"); the frame is read past, so the outcome after it is near.
ADDED_TO = re.compile(
    r"^\s+(?:(?:will|would|could|may|might|are set to|are expected to) )?"
    r"(?:(?:be|are|is|were|was|have been|has been|being) )?added to (?:the )?"
    r"(?:list|number|ranks|total|count|tally) of (?=(?:people|patients|those|adults|children)\b)",
    re.I,
)


# Words that cannot stand between a number and the noun it counts: "two or more seizures" (a
# threshold), "one of the illnesses", "6 months after infection", "2018 update on diagnosis".
_NOT_A_MODIFIER = re.compile(
    r"\b(?:of|or|and|after|before|since|for|in|on|at|with|from|to|by|the|a|an|most|than|"
    r"days?|weeks?|months?|years?|hours?|update)\b",
    re.I,
)


_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)


_WORD_VALUES = {w: i for i, w in enumerate(_SMALL.split())}


def _value(number: str) -> float:
    """The value of a number in digits or a word below twenty; 20 for larger words."""
    word = re.split(r"\s?(?:-|–|\bto\b)\s?", number.lower())[-1].strip()
    if word in _WORD_VALUES:
        return _WORD_VALUES[word]
    # Group separators go ("255 000"); a vulgar fraction (General_Category No) adds its
    # Numeric_Value in the Unicode Character Database ("2½" is 2.5, "½" 0.5).
    digits = re.sub(r"[,\u00a0\u202f\u2009]", "", word)
    whole = digits.rstrip("".join(c for c in digits if unicodedata.category(c) == "No"))
    try:
        return float(whole or 0) + sum(unicodedata.numeric(c) for c in digits[len(whole) :])
    except ValueError:
        return 20.0


def _windows(sentence: str, numbers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of the sentence around its numbers, cut at spaces, overlapping ones merged.

    Every shape holds a number, and a frame reaches a few words from it; trying the shapes
    only there is many times faster than trying them at every character of the sentence.
    """
    merged: list[tuple[int, int]] = []
    for start, end in numbers:
        start = sentence.rfind(" ", 0, max(0, start - _REACH_BEFORE)) + 1
        stop = sentence.find(" ", min(len(sentence), end + _REACH_AFTER))
        end = len(sentence) if stop < 0 else stop
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _title_case(sentence: str, m: re.Match[str]) -> bool:
    """The count sits in a run of capitalised words, as in a headline ("5 Women Share ...")."""
    words = re.findall(r"[A-Za-z][\w'-]*", sentence[m.start() : m.end() + 30])
    return len(words) >= 3 and all(w[0].isupper() for w in words[:3])


# The simple prepositions of Quirk et al. (1985, §9.7) that take a count in a heading.
_HEADLINE_PREPOSITION = re.compile(
    r"(?-i:\b(?:To|Of|In|For|By|With|From|Than|Over|Under|About|Among|Behind|Across))\s+$"
)


def heading_count(sentence: str, m: re.Match[str], cases: re.Pattern[str]) -> tuple[bool, bool]:
    """Whether a count sits in a listicle's Title Case heading ("5 Women Share ..."), and
    whether it is instead a count of deaths or cases in a Title Case news heading ("Linked To
    24,100 Deaths A Year"): the health events of the COMET taxonomy, counted as in lower case,
    whose capitalised preposition before the number is no name ("Apollo 13 Deaths"); not when
    the count opens the heading ("10 Deaths That Shocked The World")."""
    title = _title_case(sentence, m)
    events = bool(
        title
        and cases.fullmatch(m.group("noun"))
        and _HEADLINE_PREPOSITION.search(sentence, 0, m.start())
    )
    return title and not events, events


# The noun of a comparison of quantity and the word that opens its standard: "as much
# nicotine as", "more flavanols than" (a plural noun: "more likely than" compares an
# adjective). The classes whose nouns a statistic counts: people, events, rates, outcomes.
_AMOUNT_AS = re.compile(r"\s+(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+as\b")
_AMOUNT_THAN = re.compile(r"\s+(?P<noun>(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*[^su\W]s)\s+than\b")
# The same noun in a partitive after the comparative: "2-3 times more of these vitamins" (Quirk
# et al. 1985, §5.9 and §6.50, "more of" a definite noun phrase: a quantity of that noun), with
# its postmodifier (Quirk §17.37), so that a health noun there counts: "more of the burden of
# depression", "of their time in hospital" share out health, not what a product holds.
_WORD = r"(?!(?:of|in|on|than)\b)[a-z][\w'-]*"
_AMOUNT_OF = re.compile(
    r"\s+of\s+(?:these|those|the|this|that|its|their|your|our)\s+"
    rf"(?P<noun>(?:{_WORD}\s+)?{_WORD}(?:\s+(?:of|in|on)\s+(?:{_WORD}\s+)?{_WORD})?)\b"
)
_COUNTED = (
    "people person subjects cases conditions health_words rate_nouns outcome_measures "
    "change_nouns duration_outcomes timed_outcomes"
)


# After "potent" and its standard ("than morphine"), the effect the potency is compared on,
# in the clause: "at/in/for reducing ...", "for heart health", "as an antioxidant".
_EFFECT_NAMED = re.compile(
    r"[^,;:.!?]*?\b(?:(?:at|in|for)\s+\w+ing\b|for\s+(?!th)\w|as\s+an?\s+\w)", re.IGNORECASE
)


def _effect_named(after: str, potent: re.Match[str]) -> bool:
    """Whether the clause after "potent" names the effect it is compared on; the standard's
    own "as" ("as potent as a painkiller") is skipped, "than" opens it otherwise."""
    equative = re.match(r"\s*as\b", potent.group(0), re.IGNORECASE)
    opens = re.compile(r"\s+as\b" if equative else r"\s+than\b", re.IGNORECASE)
    standard = opens.match(after, potent.end())
    return _EFFECT_NAMED.match(after, standard.end() if standard else potent.end()) is not None


# What may follow a mass noun that heads the multiplied phrase: its standard, a container, the
# clause's end.
_HEAD_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:than|as|in|per)\b", re.IGNORECASE)


def multiplies_an_amount(c: Classes, said: str, after: str) -> bool:
    """ "three times as much nicotine as a cigarette", "2 to 3 times more flavanols than
    milk chocolate": the noun between the comparative and its "as" or "than" is what is
    multiplied (Quirk et al. 1985, §15.69-15.70, comparison of quantity); outside the classes
    a statistic counts (people, events, rates, outcomes) it is an amount of something a
    product holds; so is a nutrient, an intake, a bioactive constituent or a herb (a mass
    noun: "2 to 3 times more omega-3 than") right after it ("twice as much leucine"). A drug's
    potency ("50 times more potent than morphine") compares the amounts that give one effect:
    a dose; not when the clause names the effect compared ("10 times more potent than
    ibuprofen at reducing inflammation", "as an antioxidant"), a comparison of outcomes."""
    if c.after("substances reference_intakes constituents", after):
        return True
    # A herb of a blend right after the comparative ("three times more chamomile than
    # lavender": the ratio of two ingredients, precZ) is what a product holds, as a nutrient is;
    # only as the head noun, not as a modifier ("three times more ginseng users": review28p).
    herb = c.after("hype.herbs", after)
    if herb and _HEAD_ENDS.match(after, herb.end()):
        return True
    # "more than 2 times the number of calories in carbs": a count of a nutrient's units, what
    # a food holds (statU), not "the number of deaths".
    if re.search(r"\bthe number$", said, re.I) and c.after(
        "substances reference_intakes constituents", after, skip=r"of\s+(?:the\s+)?"
    ):
        return True
    potent = c.after("potency", after, skip=r"(?:more|less|as)\s+")
    if potent and not _effect_named(after, potent):
        return True
    if re.search(r"\bas (?:much|many)$", said, re.I):
        noun = _AMOUNT_AS.match(after)
    elif re.search(r"\b(?:more|fewer|less)$", said, re.I):
        noun = _AMOUNT_THAN.match(after) or _AMOUNT_OF.match(after)
    else:
        return False
    return noun is not None and not c.pattern("", _COUNTED).search(noun.group("noun"))
