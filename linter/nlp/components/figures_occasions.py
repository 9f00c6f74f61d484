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


# A share whose noun is left out, as clinical notes write it: "eosinophilia in 50-90%",
# "not always found in 3/4", "present in up to 30% (mostly children)": "in" before the share
# and the clause's end after it (a bracket, a dash, a sentence mark), the ellipsis of "in N% of
# cases" (Quirk et al. 1985, ch. 12, ellipsis). A noun after it ("in 70% alcohol", "in 3/4
# cup") is what the share is of, not cases. Or alone in brackets after a test's result ("not
# always found (3/4)", "positive (60%)"): the answers of LOINC's ordinal result scales
# (present, absent, positive, negative, detected) and FrameNet's Becoming_aware (found, seen).
_ELIDED_IN = re.compile(r"(?i)(?<![\w-])in\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[()\],;:!?]|[-–—]\s|\.(?:\s|$)|\.\.\.|$)")
_RESULT_BRACKET = re.compile(
    r"(?i)(?<![\w-])(?:found|seen|detected|present|absent|positive|negative)\s*\(\s*$"
)


def elided_share(sentence: str, start: int, end: int) -> bool:
    """Whether the share at [start, end) stands alone after "in" at its clause's end, or in
    brackets after a test's result."""
    before, after = sentence[:start], sentence[end:]
    alone = bool(_ELIDED_IN.search(before) and _CLAUSE_END.match(after))
    if not alone and not (_RESULT_BRACKET.search(before) and re.match(r"\s*\)", after)):
        return False
    return not first_person(sentence, start, end)


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

    def _slash_rate(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "risk ~1/1000 per injection", "mortality 1/500", "1:200 children"; not a dilution
        ("adrenaline 1:1000"), a year ("3/2021"), a score or a unit ("700/ul"). A rate or a
        case noun earlier in its clause, or people right after it, says what it counts."""
        top, bottom = int(m["top"]), int(m["bottom"].replace(",", ""))
        c, after = self.grammar.c, sentence[m.end() :]
        if top < 1 or bottom <= top or (1900 <= bottom <= 2099 and "," not in m["bottom"]):
            return UNDECIDED
        clause = _CLAUSE.split(sentence[: m.start()])[-1]
        # A concentration or a dose: the substance or form right beside it ("epinephrine
        # (1:1000)", "1:1000 solution", "a 1/100 dilution").
        words = re.findall(r"[\w'’-]+", clause)[-1:] + re.findall(r"[\w'’-]+", after)[:1]
        near = " | ".join(words)
        if c.pattern("", "dosage_forms dose_nouns substances").search(near):
            return UNDECIDED
        # A two-digit denominator is a clock or a score ("9:30", "7/10") unless one in it
        # counts people ("1:30 children").
        if (bottom >= 100 or top == 1) and c.after(
            "people subjects", after, skip=r"-?(?:[\w'.-]+\s+){0,2}?"
        ):
            return Reading("share", True)  # "1:30 children", "1/200 births"
        if bottom >= 100 and c.pattern("", "rate_nouns cases").search(clause):
            return Reading("rate", True)
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
