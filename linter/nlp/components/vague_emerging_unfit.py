"""The near misses of the appeals in vague_emerging.py (issue 14, session 27, vagueY;
GUIDELINE.md): research that is someone's own or described before ("our research failed to
find"), a judged class that is one person's diagnosis ("was identified as the cause of her
pain"), a recommendation in the site's own voice, of a person or of no health matter ("our
magnesium is highly recommended"), certainty with no change ("it is clear that you need rest")
and "now we know that" of one case. attribution_vague.py asks these with the other unfit tests
before it keeps an agentless match.
"""

from __future__ import annotations

import re

from linter.nlp.components.vague_concord import _appeal_topic
from linter.nlp.components.vague_emerging import (
    _EMERGING,
    _FAILED,
    _JUDGED_CLASS,
    _READ_SOURCES,
    _RECOMMENDED,
    _WE_KNOW,
)
from linter.nlp.components.vague_guards import _health_matters

# The change itself must be said: "become", "becoming", "now", "increasingly", "more and more",
# "grown", or a span of time up to now ("over the past decade": session 28, vagueZ).
_CHANGE = re.compile(
    r"(?i)\b(?:now|increasingly|becom(?:e|ing)|grow(?:n|ing)|more and more|ever more|"
    r"past|last|recent|since)\b"
)
# A determiner, possessive or demonstrative right before the failed research: someone's own
# ("our research failed to find") or one already described ("the study failed to show").
_OWNED_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|this|that|these|those|our|my|your|his|her|their|its|a|an|one)|['’]s|s['’])"
    r"\s+$"
)
# The writer's own voice or a reader addressed: "our magnesium is highly recommended", "it is
# highly recommended that you rest" is the site's own advice (GUIDELINE.md near misses).
_OWN_VOICE = re.compile(r"(?i)\b(?:we|our|us|i|my|you|your)\b")
# A person as the subject of a recommendation ("Dr Lee is highly recommended"): repute.
_PERSON_SUBJECT = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof)\.? |\b(?:he|she|they)\s+$)")
# One person's case after the class ("was identified as the cause of her pain"): a diagnosis.
_CASE_AFTER = re.compile(r"(?i)[^.!?;]{0,40}?\b(?:of|in|for) (?:her|his|your|my|their)\b")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    right = min((i for i in (text.find(s, end) for s in ".!?\n") if i >= 0), default=len(text))
    return left, right


def own_failure(text: str, m: re.Match[str]) -> bool:
    """Whether the failed research is someone's own or one described before: a determiner
    or possessive before its first word."""
    if _FAILED not in m.re.pattern:  # each test asks only of its own pattern's matches
        return False
    return bool(_OWNED_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def judged_case(text: str, m: re.Match[str]) -> bool:
    """Whether a judged class is one person's diagnosis ("was identified as the cause of her
    pain") rather than a class of health."""
    if _JUDGED_CLASS not in m.re.pattern:
        return False
    return bool(_CASE_AFTER.match(text, m.end()))


def _off_health(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence names no health matter or health topic (a claimed effect alone is
    too loose here: "we now know that the fun run raised more than expected")."""
    left, right = _sentence(text, m.start(), m.end())
    return not (
        _health_matters().search(text, left, right) or _appeal_topic().search(text, left, right)
    )


def own_recommendation(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless recommendation is the site's own, a person's repute, or names no
    health matter (a shop's "highly recommended" product, a booking tip)."""
    if m.re.pattern != _RECOMMENDED:
        return False
    left, right = _sentence(text, m.start(), m.end())
    if _OWN_VOICE.search(text, left, right) or _PERSON_SUBJECT.search(text, left, m.start()):
        return True
    return _off_health(text, m)


def unchanged_certainty(text: str, m: re.Match[str]) -> bool:
    """Whether "it is ... clear that" says no change ("it is very clear that"), or addresses
    the reader ("it is now clear that you need rest"): the writer's own reasoning."""
    if m.re.pattern != _EMERGING:
        return False
    if not _CHANGE.search(m.group(0)) or _off_health(text, m):
        return True  # "it is now evident that the roof needs repair"
    return bool(re.match(r"(?i)\s*(?:you|your)\b", text[m.end() :]))


def known_case(text: str, m: re.Match[str]) -> bool:
    """Whether "now we know that" opens a clause of one case ("now we know that your scan is
    clear, we can") or speaks to the reader."""
    if m.re.pattern != _WE_KNOW:
        return False
    after = text[m.end() : _sentence(text, m.start(), m.end())[1]]
    if _off_health(text, m):
        return True  # "we now know that the clinic will reopen in May"
    return bool(re.match(r"(?i)\s*(?:you|your)\b", after) or re.search(r", we\b", after))


# A source named where the writer read ("from what I've read on the NHS website", "in the
# BMJ") or as the agent after a judged class or a graded recommendation ("is highly recommended
# for back pain by the NHS"): a capitalised name or acronym, so the appeal is to a named source,
# not an unnamed one (review27v).
_NAMED_WHERE = re.compile(r"\s+(?:on|in|at|from|by) (?:the )?(?:[A-Z]\w*[A-Z]|[A-Z][a-z]+ [A-Z])")
_NAMED_AGENT = re.compile(r"[^.!?;:]*?\bby (?:the )?(?:Dr\b|[A-Z]\w*[A-Z]|[A-Z][a-z]+)")


def read_off_health(text: str, m: re.Match[str]) -> bool:
    """Whether what the writer read names no health matter ("from what I've read, the clinic
    is moving") or names where it was read ("from what I've read on the NHS website")."""
    if m.re.pattern != _READ_SOURCES:
        return False
    if _NAMED_WHERE.match(text, m.end()):
        return True
    from_what = m.group(0).lower().startswith("from ")  # "I've read in many places" keeps
    return from_what and _off_health(text, m)


def named_agent_after(text: str, m: re.Match[str]) -> bool:
    """Whether a judged class or a graded recommendation names its judge later in the clause
    ("is considered a safe procedure by the Royal College of Surgeons", "is highly recommended
    for back pain by the NHS"): a named source, not an unnamed one."""
    if _JUDGED_CLASS not in m.re.pattern and m.re.pattern != _RECOMMENDED:
        return False
    return bool(_NAMED_AGENT.match(text, m.end()))


EMERGING_UNFIT = (
    read_off_health,
    named_agent_after,
    own_failure,
    judged_case,
    own_recommendation,
    unchanged_certainty,
    known_case,
)
