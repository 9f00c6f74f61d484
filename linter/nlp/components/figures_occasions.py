"""The readers of a share written as a count out of a total: "1 in 4 adults", "one in three
will", and a share of occasions, "nine times out of ten", "80 percent of the time" (statU).

A mixin of FigureFinder (figures.py), as figures_counts.CountReaders is.
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_grammar import UNDECIDED, FigureGrammar, Reading
from linter.nlp.components.figures_numbers import _value

# The writer's own story: "I", "my" or "me" in the clause before the figure ("I forget my
# inhaler 50 percent of the time"), an anecdote, not a finding (unsourced_statistic.yaml:
# a first-person story).
_FIRST_PERSON = re.compile(r"(?i)(?:^|[^\w'’-])(?:I|I['’]m|I['’]ve|my|me|myself)(?![\w'’-])")
# A clause ends at a sentence mark or a coordinated clause's comma before the figure.
_CLAUSE = re.compile(r"[.;:!?]\s|,\s+(?:and|but|or|so)\s")


def first_person(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the figure at [start, end) is the writer's own story."""
    clause = _CLAUSE.split(sentence[:start])[-1] + sentence[start:end]
    return _FIRST_PERSON.search(clause + _CLAUSE.split(sentence[end:])[0]) is not None


class OccasionReaders:
    """Read "1 in N" of people or events, and a share of occasions."""

    grammar: FigureGrammar

    def _one_in_n(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "1 in 4 adults", "one in three will", "1 in 100,000 doses"; not "4 out of 5 regions"."""
        after, c = sentence[m.end() :], self.grammar.c
        parts = re.split(r"[ -](?:in|out of|of every)[ -](?:every )?", m.group(0), flags=re.I)
        top = _value(c.pattern("", "person", r"\s*$").sub("", parts[0]).split()[-1])
        bottom = _value(parts[-1])
        if bottom < 2 or bottom < top:
            return UNDECIDED  # "2-in-1 shampoo", "one-in-one-out": no share
        hit = c.pattern("", "person").search(parts[0]) or c.after(
            "people subjects cases conditions rate_nouns", after, skip=r"-?(?:[\w'.-]+\s+){0,2}?"
        )
        if hit:
            return Reading("share", True, hit.group("word").lower())
        if re.match(r"\s*(?:[()\],;:!?]|\.(?:\s|$)|$|(?:of|who|with|among|in)\b)", after, re.I):
            return Reading("share", True)
        if c.after("auxiliaries outcomes", after):
            return Reading("share", True)
        # "1 in N" is a rate whatever it counts; "N out of M <things>" may count items.
        if not re.search(r"\bout of\b", m.group(0), re.I):
            return Reading("share", True)
        return UNDECIDED

    def _occasions(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "nine times out of ten", "4 times in 5": a share of occasions (a frequency), a health
        figure when its sentence says what happens to patients or what a test or treatment
        does, and not in the writer's own story."""
        parts = re.split(r" times (?:in|out of) ", m.group(0), flags=re.I)
        top, bottom = _value(parts[0].split()[-1]), _value(parts[-1])
        if bottom < 2 or bottom < top:
            return UNDECIDED
        return self.occasions(sentence, m.start(), m.end())

    def occasions(self, sentence: str, start: int, end: int) -> Reading:
        """Whether the share of occasions at [start, end) is a health figure (above)."""
        if first_person(sentence, start, end):
            return UNDECIDED
        clause = _CLAUSE.split(sentence[:start])[-1] + sentence[start:end]
        clause += _CLAUSE.split(sentence[end:])[0]
        said = self.grammar.c.pattern("", "occasion_verbs person").search(clause)
        if said or self.grammar.health_context(sentence):
            return Reading("share", True, "occasions")
        return UNDECIDED
