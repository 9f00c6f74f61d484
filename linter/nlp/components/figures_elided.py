"""A count whose noun is left out because the sentence before names it: "last July there
were 1,500 hospitalizations for K2. This March there were only 178." (ellipsis of the head of
a noun phrase, the numeral standing for it; Quirk et al. 1985, §12.39 and §5.56).

Only in the existential clause, the number closing it (nothing after it could be its noun),
and only after a sentence that holds a count figure (figures_counts: a count of deaths,
cases or people with an outcome), whose noun is the one left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.nlp.components.figures_classes import DIGITS
from linter.nlp.components.figures_grammar import Reading
from linter.nlp.components.figures_numbers import _YEAR

# "there were only 178.", "there have been about 40 so far": the existential "there" and
# "be" (Quirk et al. 1985, §18.44), an approximator or focusing adverb, the number, then the
# clause's end or a time adjunct.
_ELIDED = re.compile(
    r"(?i)(?<![\w-])there (?:is|are|was|were|have been|has been|had been) "
    r"(?P<value>(?:(?:only|just|about|around|nearly|almost|over|under|more than|fewer than|"
    rf"less than|at least) )*(?P<n>{DIGITS}))"
    r"(?=\s*(?:[.;!?)]|$)| (?:so far|in all|in total|last|this|that|since)\b)"
)

# What may stand before the existential "there": the clause's start (the sentence's, or after
# a comma, a coordinator or a subordinator) or a fronted time adjunct ("This March there were",
# "By 2019 there were"; Quirk et al. 1985, §8.52 and §18.44). Not a noun phrase that a
# locative "there" postmodifies: "The youngest there was 3" is an age, no count.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_EXISTENTIAL_BEFORE = re.compile(
    r"(?i)(?:^|[,;:(—–]|\b(?:and|but|so|yet|or|while|whereas|although|though|because|since|"
    r"when|now|then|today|yesterday|recently|ago|far|later|earlier|overall|altogether|years?|"
    rf"months?|weeks?|days?|decades?|summer|winter|spring|autumn|fall|{_MONTHS}|\d{{4}}))\s*$"
)

Found = tuple[str, re.Match[str], Reading]


def with_elided(found: Iterable[Found], sentence: str, counted: bool) -> list[Found]:
    """The sentence's figures, and its elided counts when the sentence before (`counted`)
    holds a count."""
    figures = list(found)
    if counted:
        for m in _ELIDED.finditer(sentence):
            clause_start = _EXISTENTIAL_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            if clause_start and not _YEAR.fullmatch(m.group("n")):
                figures.append(("count", m, Reading("count", True)))
    return figures
