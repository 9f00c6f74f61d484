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
from dataclasses import dataclass

from linter.nlp.components.attribution_named import Found, infinitive_before
from linter.nlp.components.attribution_words import (
    AUX_ADVERBS,
    AttributionWords,
    Bounds,
    manner_according,
    sentence_at,
)
from linter.nlp.lazy_regex import LazyPattern, lazy

# A country or people as an adjective ("a Swedish study", "US researchers"): still unnamed.
_PLACE = (
    r"(?-i:[A-Z][a-z]+(?:an|ish|ese|ic|i)|French|Dutch|Greek|Thai|Swiss|Welsh|Nordic|Arab|"
    r"U\.?S\.?|U\.?K\.?|EU|European)"
)
# Evidence nouns that name a body of evidence, not one work: "the data" may be generic.
MASS_NOUNS = re.compile(
    r"(?i)(?:.* )?(?:research|evidence|data|science|literature|statistics|stats|consensus|"
    r"community|world|establishment)"
)
# "The latest research", "the available evidence": generic however it is introduced.
GENERIC_ADJECTIVES = re.compile(
    r"(?i)\b(?:medical|scientific|existing|current|available|latest|growing|overwhelming|"
    r"increasing|mounting|emerging|recent|new)\b"
)
_NEGATION_BEFORE = re.compile(r"(?i)(?:\b(?:not|never|no longer|hardly)|n[’']t)(?: \w+)?\s*$")
# The clause before an agentless appeal, back to a comma or a conjunction: a negated subject
# ("no single infection has been found to") denies the evidence it names.
_CLAUSE_START = re.compile(
    r"(?i)(?:^|[,;:.!?()]|\b(?:but|and|although|though|while|whereas)\b)([^,;:.!?()]*)$"
)
_NEGATED_SUBJECT = re.compile(r"(?i)^\W*(?:no|none|neither|nothing|nobody)\b")


@dataclass(frozen=True)
class VaguePatterns:
    """Compiled vague-attribution patterns; `subject` ones carry a subject group."""

    # The patterns behind a cheap test are compiled when first tried (LazyPattern).
    subject: LazyPattern  # evidence or agent + reporting verb, ending where it is searched
    subject_tail: re.Pattern[str]  # its noun onwards: where a subject may end, found cheaply
    according: LazyPattern  # according to + unnamed evidence
    based_on: LazyPattern  # based on + unnamed evidence
    agentless: tuple[LazyPattern, ...]  # passives, existentials, compounds
    # For each agentless pattern, words one of which its match must hold (None: no test).
    guards: tuple[tuple[str, ...] | None, ...]
    absence: re.Pattern[str]  # "no", "little", "limited": an absence of evidence


def build_vague(w: AttributionWords) -> VaguePatterns:
    nouns = rf"(?:{w.evidence_nouns}|{w.agents})"
    adjective = rf"(?:{w.adjectives}|{_PLACE}),? (?:and |or )?"
    modifiers = rf"(?:(?:{w.quantifiers}) ){{0,2}}(?:{adjective}){{0,3}}"
    head = rf"{modifiers}(?P<noun>{nouns})(?: (?:and|or|&) (?:(?:{w.adjectives}) )?{nouns})?"
    subject = rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})"
    # "studies of 500 women in Sweden", "research that followed nurses": up to eight words.
    # No pronoun or wh-word inside: "a review of what you already know" holds a clause.
    word = (
        r"(?!(?:what|who|whom|which|that|you|we|they|i|he|she|it|your|our|their)\b)"
        r"(?:\d[\d,.]*\d|[\w’'%.-]+)"
    )
    phrase = (
        r"(?: (?:of|in|on|from|with|among|involving|into|about|across|including|"
        rf"looking at|published in|conducted (?:in|on|among|with|at|by))(?: {word}){{1,8}}?"
        # "studies that followed nurses for decades have found": a relative clause, whose end
        # the perfect auxiliary marks.
        rf"| (?:that|which|who)(?: {word}){{1,8}}? (?:have|has|had))?"
    )
    verbs = rf"(?:{w.reporting}|{w.evidence_verbs})"
    # "Many experts, including cardiologists, warn": an aside between subject and verb.
    aside = r"(?:, (?:[\w’'-]+ ){0,4}[\w’'-]+,)?"
    flags = re.IGNORECASE
    participle_to = (
        rf"(?:is|are|was|were|has been|have been|had been|being|be|been)"
        rf"(?: (?:{w.consensus})){{0,2}} (?!known as\b)(?:{w.participles}) to\b"
    )
    as_participles = (
        r"(?:regarded|considered|touted|hailed|recogni[sz]ed|accepted|acknowledged|deemed)"
    )
    agentless = (
        # "it is thought that", "it's estimated that", "it has long been known that"
        rf"\bit(?:'s|’s| is| was| has| had| have)(?: (?:{w.consensus})){{0,2}}(?: been)?"
        rf"(?: (?:{w.consensus})){{0,2}} (?:{w.participles}) that\b",
        # "is known to", "has been shown to", "are believed to"
        rf"\b{participle_to}",
        # "is widely regarded as", "is considered as"
        rf"\b(?:is|are|was|were|has been|have been)(?: (?:{w.consensus})){{0,2}}"
        rf" {as_participles} as\b",
        # "is considered safe", "is generally regarded as effective", "was found effective"
        rf"\b(?:is|are|was|were|has been|have been)(?: (?:{w.consensus})){{0,2}}"
        rf" (?:considered|deemed|regarded as|thought|believed|recogni[sz]ed as|found|proven|"
        rf"shown)(?: to be)?(?: (?:very|highly|extremely|relatively|generally|completely|"
        rf"perfectly|quite|both|fairly|largely|mostly|equally))? (?:{w.safety})\b",
        # "has been extensively studied", "is well documented", "well-researched"
        rf"\b(?:is|are|was|were|has been|have been)(?: (?:also|now|already))?"
        rf" (?:well|extensively|widely|thoroughly|heavily|intensively|rigorously|clinically|"
        rf"scientifically|repeatedly|consistently|long|frequently|commonly)"
        rf" (?:{w.research_participles}|documented|established|known|recogni[sz]ed|accepted)\b",
        r"\bwell[- ](?:researched|studied|documented|established)\b",
        # "have been linked to", "has been associated with": the perfect passive of a research
        # verb says someone found the link, and does not say who.
        r"\b(?:has|have|had) been(?: (?:consistently|repeatedly|strongly|also|widely|often))?"
        r" (?:linked|associated|tied|connected|correlated) (?:to|with)\b",
        # "an estimated 55% of people", "a projected 2 million cases": a figure with no estimator.
        r"\b(?:an|the) (?:estimated|projected|predicted|reported)\s?(?=\d|(?:one|two|three|four|"
        r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|"
        r"billions?|half|a third|a quarter|about|around|nearly|almost|over|more than|up to)\b)",
        # "has proven to be", "have proven themselves"
        r"\b(?:has|have)(?: also)? proven (?:to|itself|themselves)\b",
        # "there is some evidence to suggest", "there are studies showing"
        rf"\bthere(?:'s|’s| is| are| was| were| has been| have been| exists?| remains?)"
        rf"(?: (?:now|also|still|already|currently|even))?(?: (?P<amount>(?:(?:{w.quantifiers}|"
        rf"{w.absence}|{w.adjectives}|very|quite|some),? ){{0,4}}))?"
        # "evidence that" is a content clause; "a study that" must go on to report something.
        rf"(?:(?:evidence|proof|indications?) that|(?:{w.evidence_nouns})(?: (?:of|from|in) "
        rf"[\w-]+)? (?:(?:that|which)(?: {AUX_ADVERBS}){{0,2}} (?:{verbs})|to (?:{verbs})|"
        rf"(?:showing|suggesting|indicating|supporting|demonstrating|linking|pointing to|"
        rf"confirming|proving)))\b",
        rf"(?<![\w-])(?:{w.backing})(?![\w-])",
    )
    return VaguePatterns(
        subject=lazy(
            rf"(?<![\w-]){subject}{phrase}{aside}(?: {AUX_ADVERBS}){{0,3}} (?P<verb>{verbs})\Z",
            flags,
        ),
        subject_tail=re.compile(
            rf"(?<![\w-])(?:{nouns}){phrase}{aside}(?: {AUX_ADVERBS}){{0,3}} (?:{verbs})(?![\w-])",
            flags,
        ),
        according=lazy(
            rf"\b(?:according to|as (?:shown|reported|suggested|found) (?:by|in)) "
            rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})(?![\w-])",
            flags,
        ),
        # "based on recent estimates", "based on science"; "based on data from 2016" is a
        # study's design.
        based_on=lazy(
            rf"\bbased on (?P<subject>(?:(?P<det>the) )?(?:(?:(?:{w.quantifiers}) )?"
            rf"(?:(?:{w.adjectives}),? ){{1,3}}(?P<noun>{w.evidence_nouns})|"
            rf"(?:science|research|evidence|studies)))(?![\w-])",
            flags,
        ),
        agentless=tuple(lazy(p, flags) for p in agentless),
        guards=(
            ("that",),
            (" to",),
            (" as",),
            None,
            None,
            ("well",),
            (" been",),
            ("estimated", "projected", "predicted", "reported"),
            ("proven",),
            ("there",),
            ("-", " by", "proven", "recommended", "backed", "tested", "validated", "studied"),
        ),
        absence=re.compile(rf"(?<![\w-])(?:{w.absence})(?![\w-])", flags),
    )


def negated_before(text: str, start: int) -> bool:
    """Whether a negation stands right before `start` ("has not been shown to", "hasn't been
    shown to") or in the subject of its clause ("no single food has been found to")."""
    if _NEGATION_BEFORE.search(text[max(0, start - 25) : start]):
        return True
    before = text[max(0, start - 80) : start]
    clause = _CLAUSE_START.search(before)
    return bool(clause and _NEGATED_SUBJECT.search(clause.group(1)))


# How far before an evidence noun its determiner and modifiers may start ("a growing body of
# new, independent clinical studies").
_MODIFIER_REACH = 120
# A possessive before "results show" makes them someone's own ("your results show").
_POSSESSIVE = re.compile(r"(?i)\b(?:your|my|our|his|her|their|its|whose)\s+$")
# "Here's what the research says": a topic announced, not an appeal made.
_WH_BEFORE = re.compile(r"(?i)\b(?:what|how|whether)\s+$")
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
# "The first study to test it", "the first study of its kind": a new one, ranked.
_FIRST_OF_KIND = re.compile(r"(?i)\s*(?:to\b|of its kind\b|ever\b)")
# Words of a sentence besides the appeal: "Survey says..." alone appeals for nothing.
_LETTER = re.compile(r"[^\W\d_]")


class VagueFinder:
    """Every vague attribution in a text, with how it refers ("new", "back", "generic")."""

    def __init__(self, words: AttributionWords) -> None:
        self.words = words
        self.patterns = build_vague(words)

    def find(self, text: str, bounds: Bounds) -> list[Found]:
        p = self.patterns
        found: list[Found] = []
        low = text.lower()
        for m in self._subjects(text):
            if self._appeals(m, True, text, bounds):
                reference = _reference(m.group("det"), m.group("subject"))
                if _ANAPHORIC_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()
                ) and not _FIRST_OF_KIND.match(text, m.end("subject")):
                    reference = "back"  # "the first study found": one described before
                info = {"kind": "vague", "name": m.group("subject"), "reference": reference}
                found.append(Found(m.start(), m.end(), "vague", info))
        introduced = (p.according, ("according", "as ")), (p.based_on, ("based on",))
        for intro, words in introduced:
            if not any(word in low for word in words):
                continue
            for m in intro.finditer(text):
                if manner_according(text, m.start()):
                    continue
                if self._appeals(m, False, text, bounds):
                    reference = _reference(m.group("det"), m.group("subject"))
                    info = {"kind": "vague", "name": m.group("subject"), "reference": reference}
                    found.append(Found(m.start(), m.end(), "vague", info))
        for pattern, guard in zip(p.agentless, p.guards, strict=True):
            if guard is not None and not any(word in low for word in guard):
                continue
            for m in pattern.finditer(text):
                if negated_before(text, m.start()):
                    continue
                amount = m.groupdict().get("amount")
                if amount and p.absence.search(amount):
                    continue
                info = {"kind": "agentless", "name": m.group(0), "reference": "new"}
                found.append(Found(m.start(), m.end(), "vague", info))
        return found

    def _subjects(self, text: str) -> list[re.Match[str]]:
        """Subject-verb appeals: the cheap tail (noun ... verb) finds where one ends, and the
        whole pattern, searched only just before it, finds its determiners and modifiers."""
        found: dict[tuple[int, int], re.Match[str]] = {}
        p = self.patterns
        for tail in p.subject_tail.finditer(text):
            m = p.subject.search(text, max(0, tail.start() - _MODIFIER_REACH), tail.end())
            if m is not None:
                found.setdefault(m.span(), m)
        return list(found.values())

    def _appeals(self, m: re.Match[str], with_verb: bool, text: str, bounds: Bounds) -> bool:
        """Whether a subject and its verb appeal to evidence: not an absence of evidence, not
        someone's own results, not a topic ("what the research says"), not a bare heading."""
        start = m.start("subject")
        before = text[max(0, start - 30) : start]
        if _POSSESSIVE.search(before) or _WH_BEFORE.search(before):
            return False
        if self.patterns.absence.search(m.group("subject")):
            return False
        near = re.split(r"[.!?;:]", before[-12:])[-1]  # "no benefit. These studies" is two
        if self.patterns.absence.search(near) or negated_before(text, start):
            return False
        if with_verb:
            if infinitive_before(text, m.start("verb")) or _OBJECT_OF.search(before):
                return False
            sentence_start, sentence_end = sentence_at(bounds, m.start())
            if not _LETTER.search(text[sentence_start : m.start()] + text[m.end() : sentence_end]):
                return False
        word = _WORD_BEFORE.search(before)
        compound = bool(word) and not self.words.function_words.fullmatch(
            word.group(1).capitalize() if word else ""
        )
        noun = m.groupdict().get("noun")
        return not (compound and m.group("subject") == noun and _RESULT_NOUNS.fullmatch(noun))


def _reference(det: str | None, subject: str) -> str:
    """ "new" for "studies show"; "generic" for "the data show" (a mass noun: unnamed unless a
    source was just given); "back" for "these studies", "the researchers" (an earlier one)."""
    if not det:
        return "new"
    if GENERIC_ADJECTIVES.search(subject):
        return "new"
    if det.lower() == "the" and MASS_NOUNS.fullmatch(subject):
        return "generic"
    return "back"
