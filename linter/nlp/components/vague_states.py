"""Agentless matches that state a state or a count, not an appeal (issue 14, session 26,
vagueX; GUIDELINE.md near misses): a practice "well established" in a clause of time ("once
breastfeeding is well established, ..."), documented cases counted ("few people are known to
have caught it") and an expert's former view compared with something that is no health matter
("the waiting list is not as long as doctors once feared"). attribution_vague.py asks these
with the other unfit tests before it keeps an agentless match.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation
from linter.nlp.components.vague_begun_unfit import BEGUN_UNFIT
from linter.nlp.components.vague_composed_unfit import COMPOSED_UNFIT
from linter.nlp.components.vague_concord import _appeal_topic
from linter.nlp.components.vague_emerging_unfit import EMERGING_UNFIT
from linter.nlp.components.vague_guards import _health_matters
from linter.nlp.components.vague_listed import caused_harm, listed_side_effect, past_repute

# The clause before a match, back to a comma, a stop or a coordinator.
_CLAUSE = re.compile(r"(?i)(?:^|[,;:.!?()\n]|\b(?:and|but|or)\b)([^,;:.!?()\n]*)$")
# The subordinators of time (Quirk et al. 1985, §15.25-15.27): "once", "until", "when",
# "after", "as soon as" open a clause that sets when something else happens.
_TIME_CLAUSE = re.compile(
    r"(?i)\b(?:once|until|till|when|whenever|after|before|as soon as|by the time)\b"
)
# A subject noun phrase before the time word, with no verb of its own clause: the time word
# is then a preposition or a reduced clause inside the subject of "established" (Quirk §17.37,
# postmodification: "the benefits of stretching before exercise are well established", "of
# fish oil when taken daily"), and the finding stands.
_SUBJECT_BEFORE = re.compile(
    r"(?i)^\s*(?:the|its|their|these|those|this|such|all|many|most)\b"
    r"(?!.*\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|"
    r"might|do|does|did)\b)"
)
# What ends the clause right after "established": its complement is none ("that", "by
# research", "as the standard" would be one).
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;:.!?)]|$)")
# A quantifier that counts few members (Quirk et al. 1985, §5.23-5.25: few, a handful, only
# a number) as the subject of "known to have": documented cases counted, no finding.
_FEW = re.compile(
    r"(?i)^\s*(?:only |very )?(?:few|a few|a handful of|no more than|fewer than|"
    r"(?:only )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen))\b"
)
_KNOWN_TO_HAVE = re.compile(r"(?i)\s*have\b|\s*exist\b|\s*be alive\b|\s*survive\b")
# What is counted: people (figures.yaml `people`, MeSH Persons [M01]) or cases, or "few" alone
# ("few are known to survive"). "Only two herbs are known to have a real effect" counts no
# cases: it is a finding about remedies, and the agentless appeal stands.
_CASES = r"(?:cases?|instances?|examples?|reports?|deaths?)"


@cache
def _counted() -> re.Pattern[str]:
    heads = lists_alternation("figures", "people", "person")
    return re.compile(
        rf"(?i)(?:\s*$|\s+(?:are|were)\b|(?:\s+[\w-]+){{0,3}}?\s+(?:{heads}|{_CASES})\b)"
    )


# The former view of the consensus grammar (vague_consensus.py, its third pattern).
_FORMER_VIEW = re.compile(r"(?i)^(?:as|than|contrary to what) ")
# Words of harm and benefit to health (the safety and efficacy poles of Biber et al. 1999,
# §7.5 evaluative adjectives) that make a comparison a health claim with no ailment named.
_HARM = re.compile(
    r"(?i)\b(?:harmful|harmless|dangerous|safe|unsafe|risky|toxic|healthy|unhealthy|"
    r"good for|bad for)\b"
)


def _clause_before(text: str, start: int) -> str:
    m = _CLAUSE.search(text, max(0, start - 120), start)
    return m.group(1) if m else ""


def settled_state(text: str, m: re.Match[str]) -> bool:
    """Whether "(well) established" ends a clause of time: the state of a practice or habit
    ("once breastfeeding is well established, ..."), not a finding said to be established."""
    if not m.group(0).lower().endswith("established"):
        return False
    if not _CLAUSE_ENDS.match(text, m.end()):
        return False
    clause = _clause_before(text, m.start())
    time = _TIME_CLAUSE.search(clause)
    return bool(time and not _SUBJECT_BEFORE.match(clause[: time.start()]))


def counted_cases(text: str, m: re.Match[str]) -> bool:
    """Whether "known to" counts documented cases: a subject of few ("few people are known to
    have caught it", "only two cases are known to exist")."""
    if not m.group(0).lower().rstrip().endswith("known to"):
        return False
    if not _KNOWN_TO_HAVE.match(text, m.end()):
        return False
    clause = _clause_before(text, m.start())
    few = _FEW.match(clause)
    return bool(few and _counted().match(clause, few.end()))


def former_view_off_health(text: str, m: re.Match[str]) -> bool:
    """Whether an expert's former view is the standard of a comparison in a sentence that
    names no health matter ("not as long as doctors once feared" of a waiting list)."""
    if not _FORMER_VIEW.match(m.group(0)):
        return False
    start = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n") + 1
    end = min((i for i in (text.find(s, m.end()) for s in ".!?\n") if i >= 0), default=len(text))
    # A health matter, or a health topic with no ailment (hype.yaml `appeal_topic`: food, health
    # behaviours), or harm said of it ("not as harmful as doctors once believed").
    return not (
        _health_matters().search(text, start, end)
        or _appeal_topic().search(text, start, end)
        or _HARM.search(text, start, end)
    )


# With the near misses of the appeals vague_emerging.py adds (session 27, vagueY), and
# vague_begun.py's (session 31, vagueP).
STATE_UNFIT = (
    settled_state,
    counted_cases,
    former_view_off_health,
    *EMERGING_UNFIT,
    *COMPOSED_UNFIT,
    *BEGUN_UNFIT,
    listed_side_effect,
    caused_harm,
    past_repute,
)
