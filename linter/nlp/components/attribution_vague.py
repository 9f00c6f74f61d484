"""The grammar of vague attributions: evidence or authority appealed to with no name.

    [the|these]? [quantifier]* [evidence adjective]* [evidence noun | unnamed agent]
        [prepositional phrase]? [auxiliary/adverb]* [reporting or evidence verb]
    according to | based on  [quantifier]* [adjective]* [evidence noun | unnamed agent]
    [it] [be] [consensus adverb]? [evidential participle] (that | to | as)
    [be] [consensus adverb]? considered/regarded as [safety predicate]
    [have been | be] [degree adverb] [researched | studied | documented ...]
    there [be] [quantifier]* [adjective]* [evidence noun] (that | to suggest | showing ...)
    science-backed, clinically proven, backed by research ...

A definite subject ("the data show", "these studies found") is marked so that the check can
tell whether it refers back to a source the passage already gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.config.multi_match import MultiMatcher
from linter.nlp.components import vague_concord as concord
from linter.nlp.components.attribution_named import Found, infinitive_before
from linter.nlp.components.attribution_words import (
    COMPARES,
    AttributionWords,
    Bounds,
    manner_according,
    sentence_at,
)
from linter.nlp.components.vague_causative import object_of_help
from linter.nlp.components.vague_graded import GRADED_UNFIT, comparison_off_topic, lead_in, wh_topic
from linter.nlp.components.vague_guards import (
    AGENTLESS_UNFIT,
    POSSESSIVE_BEFORE,
    doctrine_frame,
    named_owner,
    work_owner,
)
from linter.nlp.components.vague_locatives import clause_locatives
from linter.nlp.components.vague_nonfinding import no_finding, object_of_preposition, place_passive
from linter.nlp.components.vague_own_offer import own_offer, own_offer_based
from linter.nlp.components.vague_past import denied_belief, past_belief, past_stance
from linter.nlp.components.vague_patterns import (
    build_vague,
    condition_before,
    negated_before,
    reference_of,
)
from linter.nlp.components.vague_practice import carers_advice, practice
from linter.nlp.components.vague_predicate import not_predicate, scant_after_participle
from linter.nlp.components.vague_questions import asks
from linter.nlp.components.vague_received import provider_repute
from linter.nlp.components.vague_scan import PatternScan
from linter.nlp.components.vague_states import STATE_UNFIT

# How far before an evidence noun its determiner and modifiers may start ("a growing body of
# new, independent clinical studies").
_MODIFIER_REACH = 120
# "Here's what the research says": a topic announced, not an appeal made; "if research shows a
# benefit": a condition; "does research show ...?": a question (its subject after the
# auxiliary).
# Nouns for a result that readily form compounds with what was tested ("test results show",
# "blood data suggest"): a content word right before them makes them someone's own results.
_RESULT_NOUNS = re.compile(r"(?i)results|data|figures|reports?|findings|statistics|estimates")
_WORD_BEFORE = re.compile(r"([a-z’'-]+)\s+$")
# Verbs that take an object and a bare infinitive, the causatives and "help" (Quirk et al.
# 1985, A Comprehensive Grammar of the English Language, 16.52): in "scans help doctors
# determine the stage" the doctors are the object of "help", not an authority appealed to.
_OBJECT_OF = re.compile(r"(?i)\b(?:help(?:s|ed|ing)?|let(?:s|ting)?|make(?:s)?|made|making)\s+$")
# A definite determiner with an ordinal or a word of comparative reference before the noun
# ("the first study", "the latter trial", "the same researchers"): ordinals as in Unicode CLDR's
# spellout-ordinal, and the reference words of Halliday & Hasan (1976, Cohesion in English,
# ch. 2: same, other, former, latter, above). It points back to a study described before.
_ANAPHORIC_BEFORE = re.compile(
    r"(?i)\b(?:the|this|that|these|those) (?:first|second|third|fourth|fifth|last|former|"
    r"latter|same|other|above|aforementioned|previous|earlier|original)\s+$"
)
# "That review also found": the demonstrative "that" (Quirk et al. 1985, §6.40) opening the
# sentence before a singular noun points back like "this"; the patterns leave it out of their
# determiners because inside a sentence "that" is mostly the conjunction ("shows that studies").
_THAT_OPENING = re.compile(r"(?:^|[.!?][\"”’)]?\s+)That\s+$")
# "The first study to test it", "the first study of its kind": a new one, ranked.
_FIRST_OF_KIND = re.compile(r"(?i)\s*(?:to\b|of its kind\b|ever\b)")
_UNFIT = (*AGENTLESS_UNFIT, *GRADED_UNFIT, *STATE_UNFIT, place_passive, provider_repute)
# Words of a sentence besides the appeal: "Survey says..." alone appeals for nothing.
_LETTER = re.compile(r"[^\W\d_]")


class VagueFinder:
    """Every vague attribution in a text, with how it refers ("new", "back", "generic")."""

    def __init__(self, words: AttributionWords) -> None:
        self.words = words
        p = self.patterns = build_vague(words)
        # "The results of one study", "the findings of several trials": a definite head whose
        # "of" or "from" phrase introduces unnamed evidence refers to that evidence, not back.
        self.indefinite_of = re.compile(
            rf"(?i) (?:of|from) (?:{words.quantifiers}|{words.counted}) (?:[\w-]+ ){{0,3}}?"
            rf"(?:{words.evidence_nouns})\b"
        )
        self.matcher = MultiMatcher(
            {
                "subject_tail": p.subject_tail,
                "according": p.according,
                "inverted": p.inverted,
                "based_on": p.based_on,
                "passive_by": p.passive_by,
                "in_study": p.in_study,
                "in_clause": p.in_clause,
                **{f"agentless{i}": pattern for i, pattern in enumerate(p.agentless)},
            }
        )
        self.agentless_order = {f"agentless{i}": i for i in range(len(p.agentless))}

    def find(self, text: str, bounds: Bounds) -> list[Found]:
        p = self.patterns
        found: list[Found] = []
        low = text.lower()
        scan = PatternScan(self.matcher, text)
        if not scan.plain and not scan.found:
            return found  # the pass found no pattern, and none runs on its own: nothing below can
        for m in self._subjects(text, scan("subject_tail", p.subject_tail)):
            if self._appeals(m, True, text, bounds):
                reference = reference_of(m.group("det"), m.group("subject"))
                if self.indefinite_of.match(text, m.end("subject")):
                    reference = "new"  # "the results of one study show": that study is new
                if _ANAPHORIC_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()
                ) and not _FIRST_OF_KIND.match(text, m.end("subject")):
                    reference = "back"  # "the first study found": one described before
                if _THAT_OPENING.search(text[max(0, m.start() - 8) : m.start()]) and not m.group(
                    "subject"
                ).endswith("s"):
                    reference = "back"  # "That review also found": the one just named
                info = {"kind": "vague", "name": m.group("subject"), "reference": reference}
                owner = named_owner(text[m.end("subject") : m.start("verb")])
                # "estimates from the United States": a capitalised "verb" ends a name.
                if (
                    owner and not m.group("verb")[:1].isupper()
                ):  # "data from the UK Biobank show": a named source after all
                    info = {"kind": "institution", "name": owner, "basis": "reported"}
                elif routine := practice(m, sentence_at(bounds, m.start())[1]):
                    info["basis"] = routine  # "osteopaths understand how the back works"
                found.append(Found(m.start(), m.end(), "vague", info))
        introduced = (
            ("according", p.according, ("according", "as ", "per ")),
            ("inverted", p.inverted, (", ", "” ", '" ')),
            ("based_on", p.based_on, ("based on",)),
            ("passive_by", p.passive_by, (" by ", " in ")),
        )
        for name, intro, words in introduced:
            if scan.none(name) or not any(word in low for word in words):
                continue
            for m in scan(name, intro):
                if manner_according(text, m.start()) or negated_before(text, m.start()):
                    continue
                if self._appeals(m, False, text, bounds):
                    reference = reference_of(m.group("det"), m.group("subject"))
                    info = {"kind": "vague", "name": m.group("subject"), "reference": reference}
                    owner = (
                        work_owner(text, m.end(), m.group("subject"))
                        if name == "according"
                        else None
                    )
                    if owner:  # "per the report of Healthline": a named source after all
                        info = {"kind": "institution", "name": owner, "basis": "reported"}
                    elif name == "based_on" and own_offer_based(text[: m.start()], self.words):
                        info["basis"] = "mention"  # "my meal plans based on science"
                    found.append(Found(m.start(), m.end(), "vague", info))
        if "in " in low:
            found += self._locatives(text, bounds, scan("in_study", p.in_study))
            found += clause_locatives(
                self.words,
                text,
                scan("in_clause", p.in_clause),
                lambda m: self._appeals(m, False, text, bounds),
            )
        for index in scan.worth_trying(self.agentless_order):
            pattern, guard = p.agentless[index], p.guards[index]
            if guard is not None and not any(word in low for word in guard):
                continue
            for m in scan(f"agentless{index}", pattern):
                if negated_before(text, m.start()) or condition_before(text, m.start()):
                    continue
                if any(unfit(text, m) for unfit in _UNFIT):
                    continue
                sentence_start, sentence_end = sentence_at(bounds, m.start())
                before = text[sentence_start : m.start()]
                after = text[m.end() : sentence_end]
                if doctrine_frame(before, m.group(0), after, self.words):
                    continue  # "In Chinese medicine, X is understood to", "qi is thought to"
                if past_belief(before, m.group(0), after) or denied_belief(m.group(0), after):
                    continue  # "In the 1970s, it was known that", "..., but no evidence"
                amount = m.groupdict().get("amount")
                if amount and p.absence.search(amount):
                    continue
                reference = "aside" if " published in " in m.group(0) else "new"  # venue: no study
                info = {"kind": "agentless", "name": m.group(0), "reference": reference}
                if own_offer(before, m.group(0), after, self.words):
                    info["basis"] = "mention"  # "a maker of research-based supplements"
                found.append(Found(m.start(), m.end(), "vague", info))
        return [f for f in found if not _in_question(text, bounds, f.start)]

    def _locatives(
        self, text: str, bounds: Bounds, matches: Iterable[re.Match[str]]
    ) -> list[Found]:
        """ "In one study, people who ate nuts lived longer": the clause after the comma is the
        finding; it is marked "reported" when it compares outcomes, and otherwise left for the
        check to weigh ("mention": a figure or a claimed effect must be in the sentence)."""
        found: list[Found] = []
        for m in matches:
            if not self._appeals(m, False, text, bounds):
                continue
            sentence_end = sentence_at(bounds, m.start())[1]
            basis = "reported" if COMPARES.search(text, m.end(), sentence_end) else "mention"
            reference = reference_of(m.group("det"), m.group("subject"))
            info = {
                "kind": "vague",
                "name": m.group("subject"),
                "reference": reference,
                "basis": basis,
            }
            found.append(Found(m.start(), m.end("subject"), "vague", info))
        return found

    def _subjects(self, text: str, tails: Iterable[re.Match[str]]) -> list[re.Match[str]]:
        """Subject-verb appeals: the cheap tail (noun ... verb) finds where one ends, and the
        whole pattern, searched only just before it, finds its determiners and modifiers."""
        found: dict[tuple[int, int], re.Match[str]] = {}
        p = self.patterns
        for tail in tails:
            m = p.subject.search(text, max(0, tail.start() - _MODIFIER_REACH), tail.end())
            if m is not None:
                found.setdefault(m.span(), m)
        return list(found.values())

    def _appeals(self, m: re.Match[str], with_verb: bool, text: str, bounds: Bounds) -> bool:
        """Whether a subject and its verb appeal to evidence: not an absence of evidence, not
        someone's own results, not a topic ("what the research says"), not a bare heading."""
        start = m.start("subject")
        before = text[max(0, start - 30) : start]
        if POSSESSIVE_BEFORE.search(before) or wh_topic(before, text, m.end(), with_verb):
            return False
        if self.patterns.absence.search(m.group("subject")) or comparison_off_topic(text, m):
            return False
        near = re.split(r"[.!?;:]", before[-12:])[-1]  # "no benefit. These studies" is two
        if self.patterns.absence.search(near) or negated_before(text, start):
            return False
        if with_verb and scant_after_participle(m, self.patterns.absence):
            return False  # "the evidence supporting it is still limited"
        if with_verb:
            # "clinical science at Louisiana State": a capitalised "verb" after a lower-case
            # noun is a word of a name; in a title-case heading ("Studies Show") both are.
            noun = m.groupdict().get("noun") or m.group("subject")
            if m.group("verb")[:1].isupper() and not noun[:1].isupper():
                return False
            if concord.coordinated(text[m.end("subject") : m.start("verb")]):
                return False
            if concord.long_description(m, self.words.agents) or concord.quoted_aside(m):
                return False
            if infinitive_before(text, m.start("verb")) or _OBJECT_OF.search(before):
                return False
            if object_of_help(before):  # "help these courageous doctors find"
                return False
            if object_of_preposition(before, m.group("verb")):  # "funding for research projects"
                return False
            if carers_advice(m, self.words):
                return False
            if not concord.finite_verb(m, self.words.agents):
                return False
            sentence_start, sentence_end = sentence_at(bounds, m.start())
            if no_finding(m, sentence_end):  # "researchers can observe", "know how tiring"
                return False
            between = text[m.end("subject") : m.start("verb")]
            research = self.words.research
            if past_stance(text[sentence_start:start], m.group("verb"), between, research):
                return False  # "For years, the medical establishment emphasized calcium"
            opens = not _LETTER.search(text[sentence_start:start])
            if not_predicate(m, self.words.function_words, opens):
                return False
            rest = text[sentence_start : m.start()] + text[m.end() : sentence_end]
            if not _LETTER.search(rest) and not lead_in(text, m.end()):
                return False  # a bare heading ("Studies Show"); "Studies show:" leads in
        word = _WORD_BEFORE.search(before)
        # "..., show statistics": an inverted verb before the noun is no compound's first word.
        inverted = "verb" in m.re.groupindex and -1 < m.start("verb") < start
        compound = (
            bool(word)
            and not inverted
            and not self.words.function_words.fullmatch(word.group(1).capitalize() if word else "")
        )
        noun = m.groupdict().get("noun")
        return not (compound and m.group("subject") == noun and _RESULT_NOUNS.fullmatch(noun))


def _in_question(text: str, bounds: Bounds, at: int) -> bool:
    """Whether an appeal lies inside a direct question, which asks and appeals to nobody."""
    start, end = sentence_at(bounds, at)
    return asks(text[start:end], at - start)
