"""Named attributions found by the grammar of attribution_patterns, and how each is tied to
its sentence's finding ("reported" or only a "mention")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from linter.config.multi_match import MultiMatcher, fold
from linter.nlp.components.attribution_careers import career_account
from linter.nlp.components.attribution_classing import according_kind
from linter.nlp.components.attribution_fiscal import fiscal_norm
from linter.nlp.components.attribution_names import (
    ADJECTIVAL,
    NOT_JOURNALS,
    NOUN_LIKE,
    PERSON,
    NamedPattern,
    acceptable_journal,
    acceptable_name,
    basis_of,
    cited_work,
    inverted_body,
    nameplate_outlet,
    per_outlet,
)
from linter.nlp.components.attribution_patterns import build_patterns
from linter.nlp.components.attribution_speakers import (
    FURTHER_RESEARCH,
    OWN_STUDY,
    TEAM,
    forecast,
    person_name,
)
from linter.nlp.components.attribution_speakers import (
    infinitive_before as infinitive_before,  # attribution_vague reads it from here
)
from linter.nlp.components.attribution_words import (
    ACCORDING_BEFORE,
    COMPARES,
    AttributionWords,
    Bounds,
    manner_according,
    sentence_at,
)

# A demonstrative before a named work refers back to it: "this CDC report", "that Harvard study".
_DEMONSTRATIVE = re.compile(r"(?i)\b(?:this|that|these|those|such)\s+$")
# "The WHO's conclusion was that ...", "the NHS advice is to ...": the body's output is the claim.
_COPULA_THAT = re.compile(r"(?:,[^,]{1,60},)? (?:is|was|are|were) (?:that|to)\b")
# "The Lancet is a weekly journal": a copula and a noun phrase after the journal describe it.
_DESCRIBED = re.compile(r"(?: (?:is|was|has been))(?: (?:a|an|one|still|now))\b")
# The writer as the body named: "we" with an at-phrase of its organisation in apposition (Quirk
# et al. 1985, §17.65); what "we at X" think is the page's own view, no source of a finding.
_WE_AT = re.compile(r"(?i)\b(?:we|us)(?: here)? at $")
# A locative that opens its clause and sets it in a work ("In a Harvard study, ...", "In the
# Nurses' Health Study, ..."): up to the named work, no comma or clause punctuation.
_LOCATIVE_OPEN = re.compile(r"(?:^|(?<=[.!?:;\"“(]\s)|(?<=, )|(?<=\n))[Ii]n [^,.;:!?\n]{0,36}$")
_PASSIVE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)(?: \w+)? $")
# "larger trials must confirm it", "the study will show": a modal or an infinitive before the
# research verb, a finding not yet made (the modals of Quirk et al. 1985, 4.49-4.54).
_UNREALISED = re.compile(
    r"(?i)\b(?:must|will|would|should|could|may|might|can|(?<!first )to)(?: \w+)? $"
)


class Found(NamedTuple):
    start: int
    end: int
    label: str  # named | vague
    info: dict[str, str]


class NamedFinder:
    """Every named source in a text, with its kind and basis."""

    def __init__(self, words: AttributionWords) -> None:
        w = self.words = words
        self.patterns = build_patterns(words)
        self._names = [str(i) for i in range(len(self.patterns))]
        self._position = {name: i for i, name in enumerate(self._names)}
        regexes = {name: p.regex for name, p in zip(self._names, self.patterns, strict=True)}
        self.matcher = MultiMatcher(regexes)
        # The triggers (patterns share them) in a pass of their own: whether each fires.
        triggers = {id(p.trigger): p.trigger for p in self.patterns if p.trigger is not None}
        self._trigger_names = {key: str(i) for i, key in enumerate(triggers)}
        self.triggers = MultiMatcher(
            {self._trigger_names[key]: trigger for key, trigger in triggers.items()}
        )
        # Each trigger's patterns: where the pass finds it nowhere, they are not tried at all.
        self._by_trigger = [
            (known, [str(i) for i, p in enumerate(self.patterns) if p.trigger is trigger])
            for known, trigger in zip(self._trigger_names.values(), triggers.values(), strict=True)
        ]
        self.gazetteer = re.compile(words.journals)
        self.heads = re.compile(rf"\b(?:{words.heads})\b")
        self.known = re.compile(rf"{words.acronyms}|{words.journals}|.*{words.nameplates.pattern}")
        # An active research verb reporting a result: "her trial showed", "found that".
        self.result_verb = re.compile(rf"(?<![\w-])(?:{w.research})(?![\w-])(?! in\b| below\b)")
        self.that_clause = re.compile(
            rf"(?<![\w-])(?:{w.research}|{w.discourse}|{w.textual}|{w.cognition}) that\b"
        )
        # "The results were published in The Lancet.": where a work appeared, and nothing else.
        self.bare_publication = re.compile(
            r"(?i)^\W*(?:(?:the|their|these|this|both|his|her|its|our|all|the new)\s+)?"
            rf"(?:[\w’'-]+\s+){{0,3}}?(?:{w.study_nouns})(?:,)?\s+"
            r"(?:is|are|was|were|has been|have been|had been|will be|appears?|appeared)\b"
        )

    def find(self, text: str, bounds: Bounds) -> list[Found]:
        found: list[Found] = []
        # Once the patterns are read, one pass finds every pattern's matches; the others (all
        # of them in a short text) are run one by one behind their triggers, as before.
        low = fold(text)
        fired = self.triggers.found(text, low, plain=False, first=True)
        searched = self.triggers.plain_set
        silent = {  # patterns whose trigger did not fire: dropped below whatever they match
            name
            for known, names in self._by_trigger
            if known not in fired and known not in searched
            for name in names
        }
        scanned = self.matcher.found(text, low, plain=False, skip=silent)
        plain = self.matcher.plain_set
        triggered: dict[int, bool] = {}  # patterns share triggers: each is searched once
        # The patterns run on their own and those the pass found, in the grammar's order (a
        # pattern with no match needs no trigger searched): a few of 43 in most blocks. Those
        # run on their own whose strings (`may_match`) are all absent can match nowhere.
        names = plain.union(scanned)
        absent_test, covered = self.matcher.plain_guard()
        if absent_test is not None and absent_test.search(low) is None:
            names -= covered
        for index in sorted(self._position[name] for name in names):
            name, pattern = self._names[index], self.patterns[index]
            trigger = pattern.trigger
            if trigger is not None:
                key = id(trigger)
                if key not in triggered:
                    known = self._trigger_names[key]
                    triggered[key] = (
                        self.triggers.may_match(known, low) and trigger.search(text) is not None
                        if known in searched
                        else bool(fired[known])
                    )
                if not triggered[key]:
                    continue
            # A plain pattern is compiled only here, once its trigger has fired.
            if name not in plain:
                matches: Iterable[re.Match[str]] = scanned[name]
            elif self.matcher.may_match(name, low):
                matches = pattern.regex.finditer(text)
            else:
                continue  # none of what every match of it holds is in the text
            for m in matches:
                item = self._read(pattern, m, text, bounds)
                if item is not None:
                    found.append(item)
        return found

    def _read(
        self, pattern: NamedPattern, m: re.Match[str], text: str, bounds: Bounds
    ) -> Found | None:
        """The match as a named attribution, or None where it names no source."""
        kind, group = pattern.kind, "name"
        if m.groupdict().get("camel"):
            group = "camel"  # "WebMD reports that": a name by its shape
        if "according" in (kind, pattern.how) and manner_according(text, m.start()):
            return None
        if kind == "according":
            group = next(g for g in ("org", "person", "acronym", "title") if m.group(g))
            # "per the WHO", but "per Day" is a unit in a title-case heading.
            per = m.group(0)[:3].lower() == "per" and group not in ("org", "acronym")
            if per and not per_outlet(self.words, m.group(0), m.group(group)):
                return None
            kind = according_kind(group, text, m.end(group))
            group = "inner" if group == "org" else group
        name = m.group(group)
        outlet = nameplate_outlet(self.words, text, m.start(group), name)  # "the Post", no person
        kind = "outlet" if outlet and kind == "researcher" else kind
        if pattern.how == "inverted" and not inverted_body(name, self.heads, self.known):
            return None
        person = pattern.how == "opening" and re.fullmatch(PERSON, name)
        if pattern.kind == "outlet" and not outlet and (person_name(name) or person):
            kind = "researcher"  # "..., Smith said that": a person, who must report a result
        journal = kind == "journal"
        if journal and not acceptable_journal(self.words, name, self.gazetteer, pattern.how):
            return None
        if not acceptable_name(self.words, name, text[m.end(group) :]):
            return None
        if fiscal_norm(name, text[m.end(group) : m.end(group) + 40], m.group(0)):
            return None  # "as defined by the IRS": a rule of tax, no health source (precS)
        verb = m.groupdict().get("verb")
        if verb and self._not_a_verb(verb, m, group, text):
            return None
        if (
            verb
            and _WE_AT.search(text, max(0, m.start() - 16), m.start())
            and re.fullmatch(self.words.cognition, verb)
        ):
            return None  # "what we at the Example Clinic think": the writer's own view
        basis = self._basis(pattern, m, verb, text, kind)
        research = verb and re.fullmatch(rf"{self.words.research}|{self.words.cognition}", verb)
        if pattern.how == "named" and not research:
            # Any proper name ("researchers at Apple Park said the watch sells well"): a
            # saying needs a finding in the sentence, as a name only mentioned does.
            basis = "mention"
        if group == "camel" and not text.startswith(" that", m.end()):
            basis = "mention"  # "YouTube says the video ...": the sentence must state a finding
        according = "according" in (pattern.kind, pattern.how) or bool(
            ACCORDING_BEFORE.search(text, max(0, m.start() - 48), m.start())
        )
        if basis == "mention" and _DEMONSTRATIVE.search(text[max(0, m.start() - 8) : m.start()]):
            return None
        sentence = text[slice(*sentence_at(bounds, m.start()))]
        described = kind == "journal" and _DESCRIBED.match(text, m.end(group))
        if kind == "journal" and not (self.bare_publication.search(sentence) or described):
            basis = "reported"  # the journal a finding appeared in is its citation
        elif kind == "researcher" or (kind == "affiliation" and not verb and not according):
            # A person or "Harvard researchers": a result in the sentence, a team's clause ("Lee
            # and colleagues said that") or a study leader's "found that" makes them its source.
            at = m.start("verb") if verb else 0
            led = pattern.how == "led" and self.result_verb.match(text, at)
            team = (TEAM.search(name) or led) and verb and self.that_clause.match(text, at)
            team = team or cited_work(self.words, name, verb, according, m, text)
            result = self._reports_result(sentence) or (
                kind == "researcher"
                and OWN_STUDY.search(sentence)
                and COMPARES.search(FURTHER_RESEARCH.sub("", sentence))
            )
            basis = "reported" if team or result else "mention"
            basis = "spoken" if forecast(verb, sentence, kind) and not team else basis  # forecast
            if not team and career_account(verb, text[m.end() : m.end() + 120], sentence):
                basis = "spoken"  # a biography: "Throughout his career, Dr. A has observed ..."
        elif basis == "mention" and (
            self.that_clause.search(sentence)
            or _COPULA_THAT.match(text, m.end())
            or self._reports_result(sentence)
        ):
            basis = "reported"
        if basis == "mention" and self._locative_result(text, m, bounds):
            basis = "reported"
        # A journal is named where the study appeared: the name is the span's end.
        end = m.end(group) if kind == "journal" else m.end()
        start = m.start()
        place, comma, rest = name.partition(", ")
        if comma and NOT_JOURNALS.fullmatch(place.removeprefix("the ")):
            # "In the United States, the American Cancer Society estimates": the place sets
            # the scene, the name starts after it.
            start, name = m.start(group) + len(place) + 2, rest
        return Found(start, end, "named", {"kind": kind, "name": name, "basis": basis})

    @staticmethod
    def _not_a_verb(verb: str, m: re.Match[str], group: str, text: str) -> bool:
        """ "the CDC report", "an EBV associated lymphoma", "participants to support"."""
        right_after = m.start("verb") == m.end(group) + 1
        if right_after and (NOUN_LIKE.fullmatch(verb) or ADJECTIVAL.fullmatch(verb)):
            return True
        return infinitive_before(text, m.start("verb"))

    def _basis(
        self, pattern: NamedPattern, m: re.Match[str], verb: str | None, text: str, kind: str
    ) -> str:
        if "according" in (pattern.kind, pattern.how) or ACCORDING_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            return "reported"  # "per a 2020 Gallup poll", "according to a 2019 review"
        if not verb:
            return "mention"
        before = text[max(0, m.start("verb") - 30) : m.start("verb")]
        after = text[m.end("verb") : m.end("verb") + 8]
        # Researchers who "report" or "write" report their findings; a body that "reports
        # data on" may only publish them.
        return basis_of(self.words, verb, before, after, journal=kind in ("journal", "affiliation"))

    @staticmethod
    def _locative_result(text: str, m: re.Match[str], bounds: Bounds) -> bool:
        """ "In a Harvard study, walkers lived longer": a named work in a locative that opens
        its clause, and a clause after it that compares outcomes (as for unnamed studies)."""
        start, end = sentence_at(bounds, m.start())
        if not _LOCATIVE_OPEN.search(text, max(start, m.start() - 40), m.start()):
            return False
        comma = text.find(",", m.end(), end)
        if comma < 0 or re.search(r"[;:!?]", text[m.end() : comma]):
            return False
        return bool(COMPARES.search(text, comma, end))

    def _reports_result(self, sentence: str) -> bool:
        """An active research verb in the sentence: the person is quoted on what was found, not
        on an opinion or a history ("was discovered in the '90s")."""
        for m in self.result_verb.finditer(sentence):
            before = sentence[max(0, m.start() - 20) : m.start()]
            if not _PASSIVE.search(before) and not _UNREALISED.search(before):
                return True
        return False
