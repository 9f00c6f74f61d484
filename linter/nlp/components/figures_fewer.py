"""A difference between groups in the number of health events ("three fewer asthma attacks a
year", "two more falls per month than on placebo"; statU) or in the time to one ("patients who
walked left hospital two days sooner").

A count of events is compared when "fewer" or "more" stands between its number and its noun (a
comparison of quantity, Quirk et al. 1985, 15.69-15.70) and a rate's period ("a year", "per
month", "in their first year") or the other group ("than those on placebo") follows: the
difference of an outcome's rate between arms (CONSORT 2010, item 17a), a health figure whatever
its size. Not in the writer's own story ("I had two fewer attacks this month").

A mixin of FigureFinder (figures.py): its `count` reader, then this frame.
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_arms import KINDS, read_arm_shape
from linter.nlp.components.figures_classes import Reading
from linter.nlp.components.figures_grammar import UNDECIDED, FigureGrammar
from linter.nlp.components.figures_occasions import first_person

_COMPARED = re.compile(r"(?i)^(?:fewer|more|less)\s")
# One person's story before the figure: "she was diagnosed ten years earlier than her sister".
_ONE = re.compile(r"(?-i:\b(?:I|[Ss]he|[Hh]e|[Mm]y|[Hh]is|[Hh]er))\b")
# One owner's outcome: a singular genitive before the outcome noun, "the patient's symptoms
# resolved", "Mrs Green's pain eased", "the economy's recovery was faster" (review28s); the
# irregular plurals take "'s" too and stay a group's, "children's symptoms cleared" (Quirk et
# al. 1985, §5.112, §5.84).
_ONE_OWNER = re.compile(
    r"(?i)(?<![\w'’-])(?!(?:children|people|men|women)['’])[a-z-]+['’]s\s+(?:[\w-]+\s+){0,2}$"
)


class FewerReaders:
    """Read a count of events with "fewer" or "more" as a difference between groups."""

    grammar: FigureGrammar

    def _count(self, sentence: str, m: re.Match[str]) -> Reading:
        raise NotImplementedError  # figures_counts.CountReaders

    def _amount(self, sentence: str, m: re.Match[str]) -> Reading:
        raise NotImplementedError  # figures_counts.CountReaders

    def _timed_amount(self, sentence: str, m: re.Match[str]) -> Reading:
        """A difference in time to an event among people or as an average ("patients who
        walked left hospital two days sooner", "fall asleep 20 minutes faster on average"); not
        one person's story ("she was diagnosed ten years earlier than her sister"). Other
        amounts: the count reader's `_amount`."""
        groups = m.groupdict()
        if any(groups.get(kind) for kind in KINDS):
            return read_arm_shape(self.grammar, sentence, m)  # figures_arms
        before = sentence[: m.start()]
        if groups.get("resolved") or groups.get("ended"):
            # An outcome that ended sooner ("symptoms cleared four days earlier"): a finding
            # unless it is one person's ("my cold cleared", "her symptoms eased") or advice.
            one = first_person(sentence, m.start(), m.end()) or _ONE.search(before)
            one = one or _ONE_OWNER.search(before)
            advice = re.search(
                r"(?i)\b(?:to|can|could|should|must|may|might)\s+$|\byour?\b", before
            )
            return UNDECIDED if one or advice else Reading("mean", True, "time to event")
        if not groups.get("event"):
            return self._amount(sentence, m)
        average = re.search(r"\baverage\b", sentence[m.start() : m.end() + 12], re.I)
        people = average or self.grammar.c.before(
            "people subjects", before, r"(?:[\w'’-]+\s*){0,6}"
        )
        one = _ONE.search(before)
        return Reading("mean", True, "time to event") if people and not one else UNDECIDED

    def _events_compared(self, sentence: str, m: re.Match[str]) -> Reading:
        """The count reader's reading, else a compared count of events (above)."""
        reading = self._count(sentence, m)
        if reading is not UNDECIDED or not _COMPARED.match(m["mod"] or ""):
            return reading
        c = self.grammar.c
        if not c.pattern("", "cases conditions").fullmatch(m["noun"]):
            return reading
        period = rf"(?:{c.alt('time_units')})"
        after = sentence[m.end() :]
        if not re.match(
            rf"\s+(?:(?:a|an|per|each|every)\s+{period}\b|in (?:the|their|his|her|its|a) "
            rf"(?:[\w-]+ )?{period}\b|than\b|compared (?:with|to)\b|(?:on|with) average\b)",
            after,
            re.I,
        ):
            return reading
        if first_person(sentence, m.start(), m.end()):
            return reading
        return Reading("comparison", True, m["noun"].lower())
