"""Subjects and verbs of the vague grammar that state no finding (issue 14, session 25,
vagueW): the evidence noun as the object of a preposition ("funding for research projects
into"), what researchers are able to do with a method ("researchers can observe blood flow"),
a profession's sympathy with a hardship ("most physicians understand that switching is
stressful", "nurses know how tiring night shifts can be") and a passive of place ("support
groups are commonly established in hospitals"). attribution_vague.py asks these before it
keeps a match.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon


def _words(name: str) -> str:
    return alternation(default_lexicon().get(name))


# A noun right after a preposition is its object, not the subject of a verb after it (Quirk et
# al. 1985, §9.1-9.5): "funding for research projects into", "a grant towards studies
# suggesting". Only the prepositions that never open a clause: "for" after a comma may be the
# conjunction ("..., for studies show it", §13.19), "of" opens a partitive subject ("a third
# of doctors say"), and "in", "with" and "on" open adjuncts the grammar reads itself.
_PREPOSITION_BEFORE = re.compile(r"(?i)(?:(?<!,)(?<!, )\bfor|\binto|\btowards?|\babout)\s+$")
# A modal of ability between the subject and its verb (Quirk et al. 1985, §4.50-4.51: "can",
# "could", "be able to"): what a method lets them do, not what they found.
_ABILITY = re.compile(r"(?i)(?:^|\s)(?:can|could|(?:are|were|is|was) (?:now )?able to)(?:\s|$)")
# What opens a clause after the verb: a finding the able subject reports ("can now see that").
_CLAUSE_AFTER = re.compile(r"(?i)^\s*(?:that|how|why|whether)\b")
# A clause of purpose before the subject (Quirk et al. 1985, §15.48: "so that", "in order that"
# with a modal; the purpose infinitive "to help", "to enable"): "we raise money so that doctors
# can find a cure" is the goal of an action, not what doctors found (GUIDELINE.md near misses).
_PURPOSE_BEFORE = re.compile(
    r"(?i)\b(?:so that|so|in order that|in order for|to (?:help|enable|allow|let)|helping|"
    r"enabling|allowing)\s+(?:(?:the|our|more|local|other)\s+)?$"
)
_MODAL = re.compile(r"(?i)(?:^|\s)(?:can|could|may|might|will|would|shall|should)(?:\s|$)")
# The clause's end after the verb.
_CLAUSE_END = re.compile(r"[.;:!?]|\s[-–—]\s")
# Verbs of knowing that take a clause of a patient's feeling (FrameNet Awareness: know,
# understand; Levin 1993, 29.2: appreciate, recognise, realise).
_SYMPATHY_VERBS = re.compile(
    r"(?i)(?:know|knows|understand|understands|appreciate|appreciates|recogni[sz]e|"
    r"recogni[sz]es|reali[sz]e|reali[sz]es)"
)


@cache
def _method_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?i){_words('attribution.method_verbs')}")


@cache
def _hardship() -> re.Pattern[str]:
    """A that- or how-clause whose predicate is a hardship: "that switching can be stressful",
    "how tiring night shifts can be", "how hard it is to"."""
    hard = _words("attribution.hardship_predicates")
    degree = r"(?:(?:very|so|really|quite|incredibly|extremely|especially|particularly) )?"
    return re.compile(
        rf"(?i)^\s*(?:(?:that\b[^.;:!?]*?\b(?:is|are|was|were|be|feel|feels|felt|seem|seems|"
        rf"get|gets|become|becomes)\s+{degree}{hard}(?![\w-]))|(?:how\s+{degree}{hard}(?![\w-])))"
    )


@cache
def _care_settings() -> re.Pattern[str]:
    places = _words("attribution.care_settings")
    return re.compile(
        r"(?i) (?:in|at|across|throughout|within) (?:(?:the|our|many|most|all|every|some|local|"
        rf"major|large|larger|big|NHS|GP|primary care|secondary care) ){{0,2}}{places}(?![\w-])"
    )


def object_of_preposition(before: str, verb: str) -> bool:
    """Whether the subject of a subject-verb match is a preposition's object; `before` is the
    text before the subject. A reduced relative of reporting after it ("campaigned about
    research showing sugar harms teeth", Quirk et al. 1985, §17.28: the -ing clause as
    postmodifier) still says what the unnamed work found: the object with its finding appeals."""
    return bool(_PREPOSITION_BEFORE.search(before)) and not verb.lower().endswith("ing")


def no_finding(m: re.Match[str], sentence_end: int) -> bool:
    """Whether a subject-verb match (groups subject, verb) states no finding: an able subject
    and a verb of watching or measuring with a plain object, or a verb of knowing whose clause
    is a patient's hardship."""
    text = m.string
    verb = m.group("verb")
    end = _CLAUSE_END.search(text, m.end(), sentence_end)
    complement = text[m.end() : end.start() if end else sentence_end]
    between = text[m.end("subject") : m.start("verb")]
    if _MODAL.search(between) and _PURPOSE_BEFORE.search(
        text, max(0, m.start("subject") - 40), m.start("subject")
    ):
        return True  # "so that doctors can find a cure": a goal
    if _ABILITY.search(between) and _method_verbs().fullmatch(verb):
        return not _CLAUSE_AFTER.match(complement)
    return bool(_SYMPATHY_VERBS.fullmatch(verb) and _hardship().match(complement))


def place_passive(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless "established" says where a service was set up ("support groups are
    commonly established in hospitals"), not that a finding was."""
    return m.group(0).lower().endswith("established") and bool(
        _care_settings().match(text, m.end())
    )
