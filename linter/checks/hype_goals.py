"""A hype word that names what is worked toward, not what exists: the object of a goal word.

"A step to speed cures", "accelerating breakthroughs patients can feel", "How we get to a
cure", "in a bid to find a cure": a research goal, as a charity states its aims, is no claim
that anything cures (census of set W, class 1; the same construction on set P's charity). The
goal words are rules/lexicon/hype.yaml `goal_words` (FrameNet's Seeking, Attempt, Purpose,
Desiring, Speed, Progression, Arriving, Funding and Working_on frames, base forms only); the
hype noun must be their object or the head of their PP, with only the words of its noun phrase
between. A relative clause on that object keeps the goal ("speed treatments that can slow,
stop or reverse the disease": treatments to be found), where a modal makes it a capability
sought, and the goal word is one of making progress (a remedy "found" is another matter).
"X is a cure for Y", "the cure is X" and "this breakthrough treatment restores" name no goal.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_purpose import purpose_of
from linter.checks.hype_reading import _clause
from linter.checks.hype_sought import not_yet_had
from linter.checks.hype_words import (
    _NEXT_WORD,
    _WORD,
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    words,
)
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

# The hype nouns that can stand as a goal: the noun cure of the `cure` class and the novelty
# noun of the `novelty` class (Millar et al. 2022's "breakthrough").
_GOAL_NOUNS = frozenset({"cure", "cures", "breakthrough", "breakthroughs"})

# Words that end a noun phrase before the hype noun: a finite verb, a modal, a negator or a
# relative word makes it another clause ("the search led to turmeric, which cures ...").
_NOT_IN_PHRASE = AUXILIARIES | words(
    "can could will would may might must shall should do does did not no never "
    "that which who whom whose when where because"
)
_PHRASE_WORDS = 4  # determiner, modifiers and a compound ("Parkinson's disease breakthroughs")
_REACH = 120  # characters back from the hype word to its goal word

# The relative clause of a capability sought: "that can slow, stop or reverse".
_RELATIVE = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}?(?:that|which)\s+(?:can|could|will|would|may|might)\s+"
    r"(?:[\w'’-]+,?\s+){0,6}$",
    re.I,
)
# The goal words of making progress (Speed, Progression, Funding): what they act on is to come.
_PROGRESS = re.compile(
    r"speed|accelerat|hasten|expedit|fast|advanc|further|develop|fund|financ", re.I
)


@cache
def _goal_words() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.goal_words"))


# A cure hoped for: the goal noun as the subject of a predicate of prospect that ends its
# sentence, "A cure is within reach." closing a charity's mission (set Z; set W's "How we get
# to a cure"). The predicates are the spatial metaphors of time still to come
# (Locative_relation and Proximity in their temporal use: "within reach", "in sight", "on the
# horizon", "near", "around the corner"). Not "possible": "A cure for arthritis is now
# possible." says a cure can be had today, the promise itself. Ending the sentence keeps "a
# cure is within reach with our tincture" a promise.
_PROSPECT = re.compile(
    r"\s+(?:for\s+[^,.;:?!]{1,60}?\s+)?(?:is|are)\s+(?:now\s+|finally\s+|still\s+)?"
    r"(?:within\s+(?:our\s+)?(?:reach|grasp|sight)|in\s+sight|on\s+the\s+horizon|near|"
    r"closer?|coming|around\s+the\s+corner)\s*(?:[.!;]|$)",
    re.I,
)
_SUBJECT_START = re.compile(r"(?:^|[.!?:]\s+)(?:(?:a|an|the)\s+)?$", re.I)


def aimed_at(text: str, claim: Claim, start: int, end: int) -> bool:
    """The hype word at [start, end) is (in) the object of a goal word of its clause, or the
    subject of a predicate of prospect ("A cure is within reach.")."""
    word = text[start:end].lower()
    if purpose_of(text, claim, start):
        return True  # "research to cure", "to find a way to reverse" (hype_purpose.py)
    subject = _SUBJECT_START.search(text[max(claim.start, start - 6) : start])
    if word in _GOAL_NOUNS and subject and _PROSPECT.match(text, end):
        return True
    if not_yet_had(text, claim, start, end):
        return True  # "a cure will be found", "never ... discovers the cure" (hype_sought.py)
    left, _ = _clause(claim, start, end, strict=True)
    goals = list(_goal_words().finditer(text, max(left, start - _REACH), start))
    for goal in reversed(goals):
        between = text[goal.end() : start]
        if word in _GOAL_NOUNS and _noun_phrase(between, word) and _head(text, end, word):
            return True
        if _RELATIVE.fullmatch(between) and _PROGRESS.match(goal.group()):
            return True
    return False


# A coordinated goal ("seeking treatments and a cure", "research for the treatment and cure"):
# the conjuncts share the goal word (CGEL ch. 15). A coordinator must follow a noun and precede
# a determiner or the singular noun cure; "speeds healing and cures colds" joins two verbs.
_COORDINATORS = frozenset({"and", "or"})


def _coordinated(tokens: list[str], word: str) -> bool:
    for i, token in enumerate(tokens):
        if token not in _COORDINATORS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if i == 0 or tokens[i - 1] in DETERMINERS:
            return False
        if not (after in DETERMINERS if after else word == "cure"):
            return False
    return True


def _noun_phrase(between: str, word: str) -> bool:
    """Only the words of one noun phrase between (the goal word brings its own preposition: "get
    to", "search for"), and no punctuation."""
    if not re.fullmatch(r"[\s\w'’-]*", between):
        return False
    tokens = [w.lower() for w in _WORD.findall(between)]
    if not _coordinated(tokens, word):
        return False
    tokens = [w for w in tokens if w not in _COORDINATORS]
    # A determiner or a content word: a preposition or a coordinator ("advance your health with
    # this breakthrough", "speeds healing and cures colds") starts another phrase.
    return len(tokens) <= _PHRASE_WORDS and all(
        w in DETERMINERS or (w not in FUNCTION_WORDS and w not in _NOT_IN_PHRASE) for w in tokens
    )


def _head(text: str, end: int, word: str) -> bool:
    """The hype noun heads its phrase: a plural, or a singular that no content word follows
    ("a cure for", "a cure."; "breakthrough relief" praises the relief)."""
    if word.endswith("s"):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in FUNCTION_WORDS
