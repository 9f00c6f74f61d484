"""An effect stated as years of life, as an onset's difference between groups, as extra energy
burnt, or as a measure lowered in its units by a remedy (statV, issue 14).

- Years of life added or taken: "adds about nine years to life expectancy", "can take ten years
  off a person's life", "subtracts at least a decade from somebody's life". The verb adds to or
  removes from a life (figures.yaml `life_verbs`) an amount of years (WHO's Global Health
  Estimates count years of life lost; Porta 2014, "life expectancy"), a health figure as
  "shortens life expectancy by seven years" is (figures_shapes). Not one person's story ("it
  added ten years to my life"), not a count of years with no number ("adds years to your
  life").
- An onset's difference between groups: "appears about 10 years later in women than in men".
  A verb of coming to be or of starting (figures.yaml `onset_verbs`), a length of time, "later"
  or "earlier", then a group of people and the other group ("than", "compared with"): the
  difference in age at onset between populations, a finding. A course of events ("symptoms
  appear two days later") names no group and compares none.
- Extra energy burnt: "burns an extra 70 calories a day", "an additional 50 to 60 calories
  burnt". Energy expenditure in kilocalories is the measure of physical activity's effect
  (Ainsworth et al. 2011, Compendium of Physical Activities); "extra", "additional" or "more"
  makes the amount a difference an intervention makes, not an activity's cost ("a mile's walk
  burns about 100 calories") nor a food's content.
- A difference in time to an event of a single unit, written with the article: "left hospital a
  day sooner", "went home a week earlier" (statZ). figures_amounts reads "two days sooner" at
  its number; the article as the number one (Quirk et al. 1985, §5.11) has no number to start
  from, so the same frame is read here, by the same reader (people or an average, not one
  person's story).
- A measure lowered in its units, in the present (`present_effect`): "a brisk walk lowers blood
  pressure by 5 points", "the drink lowers LDL cholesterol by 12 points". figures_counts reads
  the past and the average ("lowered blood pressure by 5 mmHg on average"); the present with a
  measured outcome as the verb's object (figures.yaml `outcome_measures`, `physiological`) and
  a subject of its own states the remedy's effect. Not advice ("lower your intake by 5 g"), not
  the writer's story ("my blood pressure dropped by 15 points"), not a dose.

A mixin of FigureFinder (figures.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cached_property

from linter.nlp.components.figures_grammar import FigureGrammar, Reading
from linter.nlp.components.figures_occasions import first_person

# Restrictive focusing adverbs may stand before ("adds just 1.5 years": Quirk et al. 1985,
# 8.116).
_APPROX = (
    r"(?:(?:just|only|merely) )?(?:(?:about|around|roughly|nearly|almost|up to|at least"
    r"|as (?:many|much) as|over|more than|some) )?"
)
# A substance measured in the body, not in a food ("LDL cholesterol", "blood sugar levels").
_IN_BODY = re.compile(r"(?i)\b(?:blood|serum|plasma|levels?|LDL|HDL)\b")
# The reader's possible or supposed action earlier in the sentence ("you could eat less and burn
# an extra 250 calories", "if you burn an extra 500 calories"; Quirk et al. 1985, §4.49-4.58
# modals, §15.34 conditionals): arithmetic of a plan, not a finding.
_SUPPOSED = re.compile(
    r"(?i)\b(?:if|when|unless)\b[^.;]*$|\byou\s+(?:\w+\s+)?(?:could|can|should|must|need to|will"
    r"|would|might|may)\b[^.;]*$"
)
# The preposition each verb of life_verbs takes (Levin 1993: "add" to, 22.1; "take", "knock",
# "shave" off, 10.4.1; "subtract", "take", "remove" from, 10.1): "took 20 years to transform
# lives" is a duration, "adds two years to your working life" no life at all (the bare "life"
# and "lives" take no modifier; "average life expectancy" does).
_LIFE_PREPOSITION = {
    "to": re.compile(r"(?i)add"),
    "off": re.compile(r"(?i)tak|took|knock|shav"),
    "from": re.compile(r"(?i)subtract|tak|took|remov"),
}
# A cheap test before the patterns: the words every one of them needs.
_WORTH = re.compile(
    r"(?i)\b(?:li(?:fe|ves)|lifespan|health ?span|later|earlier|sooner|faster|longer|calories"
    r"|kcal)\b"
)
# A base form right after a modal, "to" or an imperative opening is advice or a possibility
# (Quirk et al. 1985, §4.49-4.58 modals); "you" or "your" before the verb addresses the reader.
_ADVICE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:to|should|must|could|would|might|please|you|you'll|we|I|I'll|let's)\s+)"
    r"(?:\w+ly\s+)?$",
    re.I,
)


class EffectReaders:
    """Find and read the effects above, which the shapes of figures_shapes do not hold."""

    grammar: FigureGrammar

    # figures_fewer.FewerReaders's reader, declared only: a stub here would come first in
    # FigureFinder's method order and hide it.
    _timed_amount: Callable[[str, re.Match[str]], Reading]

    @cached_property
    def effect_shapes(self) -> list[tuple[str, re.Pattern[str]]]:
        g = self.grammar
        c, num = g.c, g.number
        years = rf"(?:{num}(?:\s?(?:-|–|to)\s?{num})?|an?|one) (?:years?|decades?)"
        people = c.alt("people")
        # "your", "a person's", "the average Briton's": an owner, then a possessive noun.
        owner = r"(?:(?:the|your|their|his|her|our|a|an|one's) )?(?:[\w'’-]+['’]s? )?"
        raw = [
            (
                "life",
                rf"(?<![\w-])(?P<verb>{c.alt('life_verbs')}) {_APPROX}(?P<value>{years}) "
                rf"(?:or more )?(?P<prep>to|off|from) {owner}"
                # "health span": years lived in good health (WHO's healthy life expectancy).
                rf"(?:(?:[\w'’-]+ )?(?:life expectancy|life ?spans?|health ?spans?)|lives|life)"
                r"(?![\w-])(?! of\b)",  # "the life of the roof": a thing's service life
            ),
            (
                "onset",
                rf"(?<![\w-])(?P<verb>{c.alt('onset_verbs')}) (?:(?:generally|usually|typically"
                rf"|often|on average) )?{_APPROX}(?P<value>{years}) (?:later|earlier|sooner) "
                rf"(?:in|among|for) (?:[\w'’-]+ ){{0,2}}?(?:{people})(?![\w-])"
                rf"[^.;]{{0,40}}?\b(?:than|compared (?:to|with)|versus|vs\.?)\s",
            ),
            (
                "energy",
                rf"(?<![\w-])(?:(?:burn(?:s|ed|t|ing)?|expend(?:s|ed)?) "
                rf"(?:(?:an?|up to|about|around) )*(?P<value>(?:(?:extra|additional) {_APPROX}"
                rf"{num}(?:\s?(?:-|–|to)\s?{num})?|{_APPROX}{num}(?:\s?(?:-|–|to)\s?{num})? more)"
                rf" (?:{c.alt('energy_units')}))"
                rf"|(?:an? )?(?:extra|additional) (?P<value2>{_APPROX}{num}(?:\s?(?:-|–|to)\s?"
                rf"{num})? (?:{c.alt('energy_units')})) (?:burn(?:t|ed)|used|expended))(?![\w-])",
            ),
            (
                "timed",
                rf"(?<![\w-])(?P<event>{c.alt('timed_outcomes')}) (?:[\w'’-]+ ){{0,3}}?"
                rf"(?P<value>{_APPROX}(?:an?|one) (?:{c.alt('time_units')}))"
                rf"(?: on average)? (?:{c.alt('time_comparatives')})(?![\w-])",
            ),
        ]
        return [(kind, re.compile(p, re.I)) for kind, p in raw]

    def effects(self, sentence: str) -> Iterator[tuple[str, re.Match[str], Reading]]:
        """The effects of the sentence (above), as (kind, match, reading)."""
        if not _WORTH.search(sentence):
            return
        for kind, pattern in self.effect_shapes:
            for m in pattern.finditer(sentence):
                if first_person(sentence, m.start(), m.end()):
                    continue  # "it added ten years to my life", "I burn an extra 200 calories"
                if kind == "life" and not _LIFE_PREPOSITION[m["prep"].lower()].match(m["verb"]):
                    continue  # "took 20 years to transform lives": a duration, not years of life
                if kind == "timed":
                    reading = self._timed_amount(sentence, m)  # people or an average
                    if reading.statistic:
                        yield "amount", m, reading
                    continue
                before = sentence[: m.start()]
                if kind != "onset" and (_ADVICE.search(before) or _SUPPOSED.search(before)):
                    continue  # "to add ten years to your life", "you could ... and burn an extra"
                measures = {"life": "life expectancy", "onset": "onset", "energy": "energy"}
                yield "amount", m, Reading("mean", True, measures[kind])

    def present_effect(self, sentence: str, m: re.Match[str]) -> bool:
        """Whether the change at `m` ("lowers blood pressure by 5 points") is a remedy's effect
        in the present: a verb in -s with a measured outcome as its object and "by"."""
        verb = m.groupdict().get("verb") or ""
        if not re.fullmatch(r"(?i)[a-z]+s", verb) or re.fullmatch(r"(?i)los(?:s|es)", verb):
            return False  # "loses 2 kg" is a person's loss, read as the past is
        c = self.grammar.c
        between = sentence[m.end("verb") : m.start("value")]
        if not re.search(r"(?i)\bby\s+(?:\w+\s+)?$", between):
            return False
        if not c.pattern("", "outcome_measures physiological").search(between):
            return False
        if c.pattern("", "dose_nouns reference_intakes").search(between):
            return False  # "lowers the dose by 5 mg", "cuts the daily value by 10%"
        if c.pattern("", "substances").search(between) and not _IN_BODY.search(between):
            return False  # "cuts sugar by 10 grams": a food's content, not the blood's
        before = sentence[: m.start()]
        return not _ADVICE.search(before) and not first_person(sentence, m.start(), m.end())
