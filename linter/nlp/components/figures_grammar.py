"""The grammar of a health figure: which numbers are statistics, what they measure, and how.

A number is read in its frame, built from the word classes of rules/lexicon/figures.yaml:
"40% of adults" is a share of people, "fell by 40%" a change, "40% more likely" a comparison,
"a survival rate of 40%" a rate; "a 40% cream", "40% of your calories", "95% CI", "40% off" and
"80% of UV rays" are not statistics. Only the figure's sentence is read, by word classes.
"""

from __future__ import annotations

import re
from functools import cached_property, partial

from linter.config.lexicon import Lexicon
from linter.nlp.components.figures_classes import _CLAUSE_END, _COORDINATED, _NP_END, _WORD, Classes
from linter.nlp.components.figures_classes import NOT_STATISTIC as NOT_STATISTIC
from linter.nlp.components.figures_classes import PAST_TENSE as PAST_TENSE
from linter.nlp.components.figures_classes import STATISTIC as STATISTIC
from linter.nlp.components.figures_classes import UNDECIDED as UNDECIDED
from linter.nlp.components.figures_classes import Reading as Reading
from linter.nlp.components.figures_forms import DIGITS as DIGITS
from linter.nlp.components.figures_forms import fraction_pattern, number_pattern
from linter.nlp.components.figures_money import priced
from linter.nlp.components.figures_observed import observed_change_share
from linter.nlp.components.figures_physical import physical


class FigureGrammar:
    """Read a number in its sentence: is it a health statistic, and of what kind."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.c = Classes(lexicon)

    @cached_property
    def number(self) -> str:
        """A number in digits or in words ("12", "1,200", "twenty-five", "a hundred", "1½")."""
        return number_pattern(self.c)

    @cached_property
    def scaled(self) -> str:
        """A number with an optional scale word ("5 million", "a hundred thousand")."""
        scale, words = self.c.alt("scales"), self.c.alt("number_words")
        # "one hundred and fifty": a scale word may take a spelled remainder after "and".
        return rf"{self.number}(?: {scale}(?: and (?:{words})\b(?:-(?:{words})\b)?)?){{0,2}}"

    @cached_property
    def fraction(self) -> str:
        """ "half", "a third", "two-thirds", "one quarter", "2/3", "½", even odds ("50/50")."""
        return fraction_pattern(self.c)

    # --- reading a percentage ---

    def percent(self, sentence: str, start: int, end: int) -> Reading:
        """A percentage at [start, end) of the sentence (comparator included)."""
        before, after = sentence[:start], sentence[end:]
        if self.c.threshold(sentence, end):
            return Reading("level", False)  # "a change of 20% or greater would be meaningful"
        after = re.sub(
            r"^\s*(?:or (?:more|higher|greater|above|over|less|lower|fewer|below|under)|\+)",
            "",
            after,
        )
        # "26 or 41 percent of the total", "between 10% and 20% of adults": coordinated
        # figures share the frame of the last one.
        after = _COORDINATED.sub("", after, count=1)
        if not _WORD.search(before) and not _WORD.search(after):
            return UNDECIDED  # a figure alone ("5%" in a table cell): nothing to read it by
        if priced(self.c, sentence, start, end):
            return Reading("money", False)
        for frame in (
            self._not_a_finding,
            partial(physical, self.c),  # "about 70% of UV rays get through thin cloud"
            self._of_a_reference,
            self._change,
            self._comparison,
            self._anchor_before,
            self._share,
            self._not_an_outcome,
        ):
            reading = frame(before, after)
            if reading is not None:
                return reading
        if re.search(r"\b100(?:\s?%| ?per ?cent)$", sentence[start:end]) and re.match(
            r"\s*[A-Za-z]", after
        ):
            return Reading("composition", False)  # "100% bran", "100% WPI": all of a product
        return UNDECIDED

    def _not_a_finding(self, before: str, after: str) -> Reading | None:
        """The level of an interval, money, or a share of the reader's own intake or day."""
        if self.c.after("stat_reporting", after):
            return Reading("interval", False)
        if self.c.before("stat_reporting", before, r"of|at|is|was|=|:|,|\(|from|to"):
            return Reading("interval", False)
        if self.c.after("money money_heads", after) or re.search(r"[$€£¥]\s*$", before):
            return Reading("money", False)
        if self.c.instruction(after):
            return Reading("instruction", False)
        return None

    def _of_a_reference(self, before: str, after: str) -> Reading | None:
        """ "20% of calories", "95% of its creatine": a share of an intake or of a body or
        product, whatever verb comes before ("cut carbs to 20% of calories")."""
        of = re.match(r"\s*of\s*((?:[\w'’.-]+\s*){1,5})", after, re.I)
        reading = self.share_of(of.group(1)) if of else None
        if reading is None or reading.statistic:
            return None
        # A reported result still is one: "participants lost an average of 8% of their fat".
        verb = self.c.before("change_verbs", before, r"(?:an average of|a mean of|on average)?")
        if (verb and self.c.reports_change(verb)) or observed_change_share(self.c, before):
            return None  # ... and so is one named by its noun ("a weight loss of 15% of")
        return reading

    def _change(self, before: str, after: str) -> Reading | None:
        """ "by 40%", "a 40% drop", "a reduction of 40%", "fell 40%", "lost 4% of"."""
        measures = self._measured(before)
        if self.c.protects(before, after):  # "blocks up to 50% of UV rays": an efficacy
            return Reading("effect", True, measures)
        if re.search(r"\bby\s*$", before, re.I) and not re.match(r"\s*of\b", after, re.I):
            return Reading("change", True, measures)
        if self.c.after("change_nouns", after, skip=r"[\w-]+\s+"):
            return Reading("change", True, measures)
        if self.c.before("change_nouns", before, r"of|in"):
            return Reading("change", True, measures)
        if self.c.before("change_verbs", before, r"to|from"):
            return Reading("change", True, measures)
        # "reduces blood glucose levels between 4% and 6%": the verb's object, then the figure.
        if self.c.before("change_verbs", before, r"(?:(?!to\b|of\b|for\b|your\b)[\w'-]+\s+){1,4}?"):
            return Reading("change", True, measures)
        return None

    def _comparison(self, before: str, after: str) -> Reading | None:
        """ "40% more likely", "31% fewer", "90% effective", "a 3% prevalence rate"."""
        hit = self.c.after("comparatives", after)
        if hit:
            rest = after[hit.end() :]
            if self.c.after("reference_intakes substances", rest, skip=r"than\s+(?:[\w'’-]+\s+)?"):
                return Reading("intake", False)  # "30% fewer calories", "85% lower than milk"
            if re.search(r"\byour\s+(?!\w*(?:risk|chance|odds))[\w-]+\s*$", _clause(before), re.I):
                return Reading("instruction", False)  # "make your plate 20% smaller"
            return Reading("comparison", True, hit.group("word").lower())
        if self.c.after("grading", after, skip=r"(?:[\w-]+\s+)?"):
            return Reading("level", False)  # "a 100% disability rating", "10% disabling"
        hit = self.c.after("effect_adjectives", after)
        if hit:
            return Reading("effect", True, hit.group("word").lower())
        hit = self.c.after("rate_nouns", after, skip=r"(?:[\w'-]+\s+){1,2}?")
        if hit:
            return Reading("rate", True, hit.group("word").lower())
        return None

    def _anchor_before(self, before: str, after: str) -> Reading | None:
        """The nearest class word before the figure in its clause names what it is the value
        of: "the survival rate ... is 40%" (a rate), "an ejection fraction of 40%" (a level),
        "lidocaine 2%" (a strength), "a diet of 40% fat" (composition)."""
        clause = _clause(before)
        link = (
            r"(?:(?:of|is|are|was|were|be|been|at|reached|remains|stands at|stood at|to|"
            r"from|with|below|above|under|over|than|around|about|near|=|:|\(|-)\s*"
            r"(?:\w+ly\s+)?)"
        )
        anchors = (
            ("rate_nouns", "rate", True),
            ("grading physiological", "level", False),
            ("reference_intakes", "intake", False),
            ("substances dosage_forms", "composition", False),
        )
        best: tuple[int, str, bool, str] | None = None
        for names, quantity, statistic in anchors:
            hit = None
            for hit in self.c.pattern("", names).finditer(clause):
                if quantity == "level" and re.match(r"\s*(?:\d|[IVX]+\b)", clause[hit.end() :]):
                    hit = None  # "stage 1", "grade III", "type 2": a name, not the measure
            if hit is None:
                continue
            gap = clause[hit.end() :]
            # A rate reaches across words to a link ("the survival rate in women is 40%"); a
            # level, an intake or a content only across link words ("an ejection fraction of
            # 40%", "a rating of 40%") or none ("an ejection fraction below 35%").
            words, links = (8, "+") if statistic else (0, "*")
            linked = len(gap) <= 70 and re.fullmatch(
                rf"(?:\s+[\w'-]+){{0,{words}}}?\s*{link}{links}", gap
            )
            label = quantity == "composition" and re.fullmatch(r"\s*\(?\s*", gap)  # "lidocaine 2%"
            if not (linked or label):
                continue
            if statistic and re.search(
                rf"(?:{self.c.alt('substances')})\s+$", clause[: hit.start()], re.I
            ):
                quantity, statistic = "composition", False  # "a protein percentage of 80%"
            if best is None or hit.start() > best[0]:
                best = (hit.start(), quantity, statistic, hit.group("word").lower())
        if re.search(rf"(?<![\w-])(?:{self.c.alt('drug_stems')})\s*\(?\s*$", clause, re.I):
            return Reading("concentration", False)
        if best is None:
            return None
        return Reading(best[1], best[2], best[3] if best[2] else None)

    def _share(self, before: str, after: str) -> Reading | None:
        """ "40% of adults", "40% of cases", "40% have", "40% with diabetes"."""
        if re.match(r"\s*of\s*(?:it|that|this)\b", after, re.I):
            return Reading("composition", False)  # "95% of it is stored", "40% of that is"
        if self.c.make_up(after, before) or self.c.in_the_body(after, before):
            return Reading("composition", False)  # "53% male", "62% of subjects were women"
        of = re.match(r"\s*of\s*((?:[\w'’.-]+\s*){1,5})", after, re.I)
        if of:
            reading = self.share_of(of.group(1))
            if reading is None:
                # "40% of <people we have no word for> have": a verb ends the noun phrase.
                head = _NP_END.split(of.group(1), maxsplit=1)[0]
                rest = of.group(1)[len(head) :]
                if self.c.pattern("", "auxiliaries outcomes").search(head) or self.c.after(
                    "auxiliaries outcomes", rest
                ):
                    return Reading("share", True)
            return reading
        verb = self.c.after(
            "auxiliaries outcomes change_verbs",
            after,
            skip=r"\)?\s*(?:(?:\w+ly|still|also|never|now|eventually|later|even|already)\s+)?",
        )
        if verb:
            if self.c.after("substances reference_intakes", after[verb.end() :]):
                return Reading("composition", False)  # "40% are carbs"
            return Reading("share", True)
        hit = re.match(r"\s*\)?\s*(who|with|among|in)\s+(\S+)", after, re.I)
        if hit and (hit.group(1).lower() in ("who", "among") or not re.match(r"\d", hit.group(2))):
            return Reading("share", True)
        return None

    def share_of(self, words: str) -> Reading | None:
        """What "N% of <words>" is a share of, by the last class word of its noun phrase: "of
        skin cancers" (cases), "of the body's protein" (composition), "of daily calories"
        (intake)."""
        phrase = _NP_END.split(words, maxsplit=1)[0].strip()
        heads = (
            ("people subjects cases conditions", "share", True),
            ("rate_nouns change_nouns", "share", True),
            ("reference_intakes", "intake", False),
            ("substances body", "composition", False),
        )
        # People are the head wherever they stand ("of patients relapse"), unless possessive
        # ("of people's calories"); otherwise the last class word is.
        who = self.c.pattern("", "people subjects", r"(?!['’]s\b)").search(phrase)
        if who:
            return Reading("share", True, who.group("word").lower())
        if self.c.pattern("", "speech_measures", r"\s*$").search(phrase):
            return Reading("level", False)  # "50% of their speech": one child's score (precS)
        best: tuple[int, str, bool, str] | None = None
        for names, quantity, statistic in heads:
            for hit in self.c.pattern("", names).finditer(phrase):
                if hit.group("word").lower() == "lives":
                    continue  # "half of our lives" is a share of time; "lives" counts deaths
                if best is None or hit.start() > best[0]:
                    best = (hit.start(), quantity, statistic, hit.group("word").lower())
        if best is None:
            return None
        return Reading(best[1], best[2], best[3] if best[2] else None)

    def _not_an_outcome(self, before: str, after: str) -> Reading | None:
        """ "a 40% cream", "40% protein", "100% pure", "a 40% disability rating", "25% RDI"."""
        if self.c.after("grading", after, skip=r"[\w-]+\s+"):
            return Reading("level", False)
        if self.c.after("substances dosage_forms", after, skip=r"[\w-]+\s+"):
            return Reading("composition", False)
        if self.c.after("degree_adjectives reference_intakes", after, skip=r"-?"):
            return Reading("composition", False)
        if re.search(
            r"\b(?:contains?|containing|consists? of|consisting of|comprises?|comprising|"
            r"made up of|provides?|providing|supplies|supplying)\s*$",
            before,
            re.I,
        ):
            return Reading("composition", False)
        return None

    def _measured(self, before: str) -> str | None:
        """The rate noun nearest before a change, if its clause names one ("risk")."""
        hits = list(self.c.pattern("", "rate_nouns").finditer(_clause(before)))
        return hits[-1].group("word").lower() if hits else None

    # --- the sentence as a whole ---

    def health_context(self, sentence: str) -> bool:
        """Whether the sentence speaks of people, health events, rates or outcomes at all."""
        return bool(
            self.c.pattern(
                "", "people subjects cases conditions rate_nouns outcomes health_words"
            ).search(sentence)
        )


def _clause(before: str) -> str:
    """The part of `before` since the last clause break or the last percentage."""
    breaks = list(_CLAUSE_END.finditer(before))
    return before[breaks[-1].end() :] if breaks else before
