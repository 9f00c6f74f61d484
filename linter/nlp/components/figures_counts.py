"""The readers of counts and amounts: "34 deaths", "5 million people live with", "114 of them
had", "the risk of stroke doubled", "lost an average of 2 kg", "patients live about 14 months".

A mixin of FigureFinder (figures.py), which holds the shapes and the other readers; each reader
takes the sentence and a shape's match and says how the number reads (figures_grammar.Reading).
"""

from __future__ import annotations

import re
from functools import cached_property

from linter.nlp.components.figures_grammar import PAST_TENSE, UNDECIDED, FigureGrammar, Reading
from linter.nlp.components.figures_numbers import (
    _CLAUSE,
    _DATE_NAME,
    _DEFINITE,
    _NAME,
    _NOT_A_MODIFIER,
    _ONE_STORY,
    _WRITER_TOO,
    _YEAR,
    ADDED_TO,
    _value,
    heading_count,
    range_of_cases,
)
from linter.nlp.components.figures_observed import observed_change

# Before a verb: it is advice or a possibility, not a result ("you can cut ...", "to extend").
_ADVICE = re.compile(
    r"(?:^|[.!?:;]\s+|\b(?:to|can|could|may|might|will|would|should|must|help|helps|and|or)\s+)"
    r"\s*$",
    re.I,
)


class CountReaders:
    """Read a count of people or events, a multiplied rate and a measured amount."""

    grammar: FigureGrammar

    def present_effect(self, sentence: str, m: re.Match[str]) -> bool:
        raise NotImplementedError  # figures_effects.EffectReaders

    @cached_property
    def ill(self) -> re.Pattern[str]:
        """ "have a stroke", "had the infection": a count of people that has a condition."""
        return self.grammar.c.pattern(
            r"(?<![\w-])(?:have|has|had)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+)?",
            "conditions health_words",
        )

    def _count(self, sentence: str, m: re.Match[str]) -> Reading:
        """N deaths, cases, outbreaks; N people or conditions only with an outcome near."""
        n, noun = m.group("n"), m.group("noun")
        c, before = self.grammar.c, sentence[: m.start()]
        listicle, events = heading_count(sentence, m, c.pattern("", "cases"))
        if _YEAR.fullmatch(n) or listicle or _NOT_A_MODIFIER.search(m["mod"]):
            return UNDECIDED
        if re.fullmatch(r"(?:hundreds|thousands|millions|billions)(?: of)?", n, re.I):
            # "affects millions of people": a plural scale word is an indefinite quantity, not
            # a number (CLDR's spellout-cardinal never makes one; the articles' annotators
            # label it no figure). "5 million people" stays a count.
            return UNDECIDED
        if re.fullmatch(r"\d{3}-\d{4}", n):
            return UNDECIDED  # a telephone number, not a range
        if m["part"] and re.fullmatch(r"(?:a|an|one|1)", n, re.I):
            return UNDECIDED  # "one of the illnesses" names one of a list
        # "those 48 million people": a reference back, not a count; "stage 1 cancer": a name.
        if self._named(before) and not events:
            return UNDECIDED
        if _DEFINITE.search(before) and not self._restricted(sentence, m):
            return UNDECIDED
        if c.before("grading", before) or self._sample(sentence, m):
            return UNDECIDED
        scaled = re.search(r"hundred|thousand|million|billion|\d(?:m|bn)$", n, re.I)
        if c.pattern("", "cases").fullmatch(noun) or c.pattern("", "conditions").fullmatch(noun):
            # Number agreement: "one relapse", "73 outbreaks"; "3 or 4 cancer" is no count.
            if not re.fullmatch(r"(?:a|an|one|1)", n, re.I) and not noun.lower().endswith("s"):
                return UNDECIDED
            large = scaled or _value(n) >= 20
            if c.pattern("", "cases").fullmatch(noun) or large or self._compared(sentence, m):
                return Reading("count", True, noun.lower())
        after = ADDED_TO.sub(" ", _CLAUSE.split(sentence[m.end() :], maxsplit=1)[0], count=1)
        near = (re.match(r"(?:\s+[^\s]+){0,8}", after) or m).group(0)
        # ADDED_TO: past "added to the list of people". "5 million people have": an outcome.
        thousands = scaled or _value(n) >= 1000
        have = (
            r"(?<![\w-])(?:have|has|had)\s+(?!been\b)(?![a-z]+(?:ed|en)\b)" if thousands else "(?!)"
        )
        had = re.search(have, near, re.I)
        if had and c.pattern(r"^(?:[\w'-]+\s+){0,3}?", "people person").search(after[had.end() :]):
            had = None  # "4 million children have at least one parent": people are no outcome
        if c.pattern("", "outcomes").search(near) or had:
            return Reading("count", True, noun.lower())
        if _value(n) >= 20 and self.ill.search(near):
            return Reading("count", True, noun.lower())
        if c.pattern("", "outcomes", r"(?:\s+[\w'-]+){0,3}\s*$").search(before):
            return Reading("count", True, noun.lower())
        # "estimates of deaths range from 3,000 to 49,000 people": a range's bound, an incidence.
        if range_of_cases(c, before) or (thousands and self._incidence(sentence, m)):
            return Reading("count", True, noun.lower())
        if re.search(r"million|billion|\d(?:m|bn)$", n, re.I) and c.pattern(
            "", "conditions health_words"
        ).search(_CLAUSE.split(before)[-1]):
            # Millions of people counted in the clause of a condition ("arthritis limits the
            # daily activities of 24 million adults"): how many it touches, whatever the verb.
            return Reading("count", True, noun.lower())
        return UNDECIDED

    def _compared(self, sentence: str, m: re.Match[str]) -> bool:
        """ "2 strokes compared with 11 on placebo": events counted in two arms, an outcome
        compared between groups (CONSORT 2010 item 17a), not kinds of condition."""
        return bool(
            re.match(
                rf"[^.;]{{0,40}}?\b(?:compared (?:with|to)|versus|vs\.?|against)\s+"
                # The second count is elliptical ("11 on placebo"): it counts the same events;
                # a noun after it names other kinds ("two cancers versus five other diseases").
                rf"(?:[\w-]+\s+)?{self.grammar.number}"
                rf"(?=\s+(?:in|on|with|among|for|at|from|after|given|taking)\b|\s*[,.;)]|\s*$)",
                sentence[m.end() :],
                re.I,
            )
        )

    def _incidence(self, sentence: str, m: re.Match[str]) -> bool:
        """ "Each year, 50,000 people get Lyme disease", "40,000 women a year undergo a
        hysterectomy": a population's count per year in the clause of a health word is an
        incidence (Porta 2014, A Dictionary of Epidemiology: new cases in a population over a
        period), whatever its verb."""
        ends = [e.end() for e in _CLAUSE.finditer(sentence)]
        start = max((end for end in ends if end <= m.start()), default=0)
        stop = min((end for end in ends if end > m.start()), default=len(sentence))
        clause = sentence[start:stop]
        annual = r"\b(?:(?:each|every|a|per) year|annually|yearly)\b"
        if not re.search(annual, clause, re.I):
            return False
        return bool(self.grammar.c.pattern("", "conditions health_words cases").search(clause))

    def _restricted(self, sentence: str, m: re.Match[str]) -> bool:
        """ "the 6 million people (in the U.S.) who live with dementia": a definite count made
        definite by a restrictive relative clause of an outcome (Huddleston & Pullum 2002,
        12.3), not by an earlier mention; only a population's count (thousands or more)."""
        n = m.group("n")
        if not re.search(r"thousand|million|billion|\d(?:m|bn)$", n, re.I) and _value(n) < 1000:
            return False
        after = _CLAUSE.split(sentence[m.end() :], maxsplit=1)[0]
        relative = re.match(
            r"(?:\s+(?:in|across|around|throughout)\s+[^,]{1,40}?)?\s+(?:who|that)\s", after
        )
        if not relative:
            return False
        near = (re.match(r"(?:\s*[^\s]+){0,6}", after[relative.end() :]) or relative).group(0)
        c = self.grammar.c
        have = re.match(r"\s*(?:have|has|had)\s+(?!been\b)(?![a-z]+(?:ed|en)\b)", near, re.I)
        return bool(c.pattern("", "outcomes").search(near) or self.ill.search(near) or have)

    def _sample(self, sentence: str, m: re.Match[str]) -> bool:
        """The count is a study's sample: "followed 2,148 adults", "500 people took part"."""
        c = self.grammar.c
        if c.before("design", sentence[: m.start()], r"(?:[\w'-]+\s+){0,6}?"):
            return True
        if m.groupdict().get("mod") and c.pattern("", "design").search(m["mod"]):
            return True  # "13,000 closely matched people"
        return bool(c.after("design", sentence[m.end() :], skip=r"(?:[\w'-]+\s+){0,3}?"))

    def _named(self, before: str) -> bool:
        """Whether the number after `before` belongs to a name ("with Trisomy 18", "Apollo 13").
        A capitalised word that only a clause's opening preposition leads to is a place or a
        time ("In Kenya 4,000 died", "By June 40 were ill"), and the number after it opens the
        clause as its subject."""
        name = _NAME.search(before)
        if name is None:
            return False
        # "since"/"till" lead only to a time ("Since March"), not a name ("Since Trisomy 18 kills")
        classes = "opening_prepositions" + (" time_prepositions" * bool(_DATE_NAME.match(name[0])))
        lead = before[: name.start()]
        return not self.grammar.c.pattern(r"(?:^|[,;:]\s)\W*", classes, r"\s+$").search(lead)

    def _bare_count(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "114 of them had", "seven will be diagnosed": a number as the subject of an outcome;
        "deaths climbed to 4,000": the number a count of events changed to or by."""
        value = m.groupdict().get("value") or m.group(0)
        if _YEAR.fullmatch(value) or self._sample(sentence, m):
            return UNDECIDED
        before = sentence[: m.start()]
        if self._named(before):
            return UNDECIDED  # "people with Trisomy 18 die": a name, as in _count
        if self.grammar.c.before("grading", before):
            return UNDECIDED  # "SMA Type 2 affects", "stage 3 kills": a grade's name
        subject = m.groupdict().get("subject")
        if subject and re.search(r"\bin\s+(?:[\w-]+\s+){0,2}$", before, re.I):
            return UNDECIDED  # "in rare cases the fever rises to 40": an adverbial, no subject
        if subject and re.search(r"\b(?:your|my|his|her)\s+(?:[\w-]+\s+)?$", before, re.I):
            return UNDECIDED  # one person's events, not a population's
        if subject and self.grammar.c.pattern("", "conditions").fullmatch(subject):
            # A small number of conditions may name kinds; a count needs to be large.
            scaled = re.search(r"hundred|thousand|million|billion", value, re.I)
            if not scaled and _value(value) < 20:
                return UNDECIDED
        return Reading("count", True, subject.lower() if subject else None)

    def _multiplied(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "the risk of stroke doubled", "the number of cases tripled"; not "your heart rate
        doubles" (a measured value) or "the number of reps doubles" (no health count)."""
        c, subject, between = self.grammar.c, m["subject"], m["between"]
        said = sentence[max(0, m.start() - 20) : m.end("subject")] + between
        not_health = "physiological substances reference_intakes money money_heads"
        if c.pattern("", not_health).search(said):
            return UNDECIDED
        if subject.lower().startswith("number") and not c.pattern(
            "", "people subjects cases conditions"
        ).search(between):
            return UNDECIDED
        return Reading("comparison", True, subject.lower())

    def _n_of_m(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "in 7 of 10 patients", "30 of the 50 children had"; not "120 of the 500 patients
        screened were enrolled" (a sample) or "2 of the 4 groups" with nothing happening."""
        c, before = self.grammar.c, sentence[: m.start()]
        parts = re.search(r"(\S+) of (?:the |all )?(\S+)", m[0])
        top, bottom = (_value(parts[1]), _value(parts[2])) if parts else (0.0, 0.0)
        if bottom < 2 or bottom < top or self._sample(sentence, m):
            return UNDECIDED
        clause = re.split(r"[.;:!?]\s", before)[-1]
        after = _CLAUSE.split(sentence[m.end() :], maxsplit=1)[0]
        if (
            re.search(r"\b(?:in|among|for)\s*$", before, re.I)
            or c.pattern("", "outcomes change_verbs").search(clause)
            or c.after("outcomes", after, skip=r"(?:[\w'-]+\s+){0,3}?")
            # "12 of 100 people (who took the drug) had a heart attack": a share that has a
            # condition, as a count of people does (self.ill).
            or self.ill.search((re.match(r"(?:\s+[^\s]+){0,8}", after) or m).group(0))
        ):
            return Reading("share", True)
        return UNDECIDED

    def _every(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "someone has a stroke every 40 seconds": an event's frequency in a population, not
        a schedule ("take one tablet every 6 hours", "turn the patient every 2 hours")."""
        c = self.grammar.c
        one = re.search(
            r"\b(?i:someone|somebody|one (?:[a-z]+ )?person)\b|\bone [A-Z][a-z]+(?:an|ese)\b",
            sentence,
        )
        event = c.pattern("", "outcomes cases conditions").search(sentence)
        if one and event and not c.pattern("", "dosage_forms").search(sentence):
            return Reading("rate", True, event.group("word").lower())
        return UNDECIDED

    def _amount(self, sentence: str, m: re.Match[str]) -> Reading:
        """ "lost 1.9 kilograms on average", "reduced blood pressure by 10 mmHg"."""
        if m.groupdict().get("duration"):
            return Reading("mean", True, m.group("duration").lower())
        if m.groupdict().get("survive"):
            # How long people live: "patients with it live about 14 months"; not "the virus
            # lives 3 days on a surface" or "you can live 3 weeks without food".
            before = sentence[: m.start()]
            people = self.grammar.c.before("people subjects", before, r"(?:[\w'’-]+\s*){0,6}")
            if re.search(r"\b(?:expected|likely|predicted|projected|able)\s+to\s*$", before, re.I):
                return UNDECIDED  # "men expected to live less than 10 years": a criterion
            return Reading("mean", True, "survival") if people else UNDECIDED
        if m.groupdict().get("intake"):
            return Reading("mean", True, "intake")  # a population survey's mean
        # A time to an event ("left hospital two days sooner"): figures_fewer.FewerReaders.
        before = sentence[: m.start()]
        if _ONE_STORY.search(before) or _WRITER_TOO.search(sentence):
            return UNDECIDED  # "I lost 10 pounds", "she lost", "his weight dropped": one story
        if re.search(r"\b(?:doses?|dosages?)\b(?:\s+[\w']+){0,3}\s*$", before, re.I):
            return UNDECIDED  # "the dose was raised from 5 to 10 mg": a dose, not an outcome
        if m.groupdict().get("noun"):
            # A measured change named by its noun is a finding when the clause reports it in
            # the past ("saw drops in blood pressure of 4 mmHg", "the group had a weight loss
            # of 5 kg") or as an average; not a norm ("a gain of 2 kg in pregnancy is normal")
            # nor a goal that addresses the reader ("aim for a weight loss of 1 kg a week").
            window = sentence[max(0, m.start() - 40) : m.end()]
            if not observed_change(self.grammar.c, before, window):
                return UNDECIDED
            return Reading("mean", True)
        window = sentence[max(0, m.start() - 40) : m.end() + 20]
        if PAST_TENSE.search(m.group("verb")) or re.search(r"\baverage|\bmean\b", window, re.I):
            return Reading("mean", True)
        if m.groupdict().get("outcome") and not _ADVICE.search(before):
            # "it shortens colds by two days", "the drug cut hospital stays by 3 days": an
            # effect size stated as the remedy's; a base form after a modal, "to" or at the
            # start of a sentence is advice ("cut your sleep by an hour").
            return Reading("mean", True)
        if self.present_effect(sentence, m):
            return Reading("mean", True)  # "a daily walk lowers blood pressure by 5 points"
        # "people lose up to 10 pounds": a finding about people, not advice to the reader.
        if self.grammar.c.before("people subjects", sentence[: m.start()], r"(?:\w+ly\s+)?"):
            return Reading("mean", True)
        return UNDECIDED
