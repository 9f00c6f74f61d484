"""A count of people the writer's organisation served: its own data, no statistic to source.

Split from statistic_others.py (review31s) to keep each module short; `others_figure` there
reads it beside the other kinds of figure that are no health statistic.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation


@cache
def _people() -> re.Pattern[str]:
    people = lists_alternation("figures", "people", "subjects", "cases")
    return re.compile(rf"(?<![\w-]){people}(?![\w-])", re.I)


# A provider's own service counted (precS, set AC's relief camps): "we ran 300 health camps
# where more than 1.3 lakh patients were treated", "we have registered > 950 pregnant women and
# treated > 30,000 patients". A count of people (no share, rate or multiple) that the writer's
# organisation served: "we" in the sentence before the figure (Quirk et al. 1985, §6.4, the
# first person plural as the organisation), and the count's verb one of service (figures.yaml
# `service_verbs`), active after the writer ("treated > 30,000 patients") or passive after the
# people ("90,000 patients were treated"). What happened to people ("40 died", "1,200 were
# admitted to hospital") is an outcome and stays a finding, as does a count with no "we"
# before it ("Our survey shows 3,000 patients were treated for heatstroke" reports, it serves
# no one).
_WE = re.compile(r"(?i)(?<![\w'’-])we(?![\w'’-])")
_NOT_A_COUNT = re.compile(r"(?i)%|percent|per cent|\bin\b|\bout of\b|/|\bfold\b|\btimes\b")
# "We found that 3,000 patients were treated for ...": a clause the writer reports is a finding
# (FrameNet 1.7 Becoming_aware and Evidence: find, discover, learn, notice, see, show).
_REPORTED = re.compile(
    r"(?i)\b(?:f(?:ou|i)nds?|discover(?:s|ed)?|learn(?:s|ed|t)?|notice[sd]?|saw|see|"
    r"show(?:s|ed|n)?|observe[sd]?|estimate[sd]?|report(?:s|ed)?|record(?:s|ed)?) that\b"
)


@cache
def _served() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The count's verb of service: passive after the people, active after the writer."""
    service = f"(?:{lists_alternation('figures', 'service_verbs')})"
    passive = re.compile(
        rf"(?i)\s*(?:[\w'’-]+\s+){{0,3}}?(?:were|was|have been|had been|are|got)\s+"
        rf"(?:\w+ly\s+)?{service}\b"
    )
    active = re.compile(
        rf"(?i)\b{service}\s+(?:(?:over|more than|nearly|almost|about|around|some|>|~)\s*)?$"
    )
    return passive, active


# The writer as the subject of a clause of its own, not the agent of the count (review31s): "we"
# after a subordinator ("As we age, 2 million people are seen in A&E"), or before a verb of
# knowing, saying or telling whose complement holds the count ("We know that 300,000 people
# were treated for overdoses", "Here we explain why 40,000 children were treated for burns").
@cache
def _we_not_agent() -> tuple[re.Pattern[str], re.Pattern[str]]:
    said = lists_alternation(
        "attribution", "cognition_verbs", "discourse_verbs", "telling_verbs", "awareness_verbs"
    )
    return (
        re.compile(rf"(?i)(?<![\w-]){lists_alternation('figures', 'clause_subordinators')}\s+$"),
        re.compile(rf"(?i)(?<![\w-])(?:{said})(?![\w-])"),
    )


def _writer_serves(before: str) -> bool:
    """Whether the last "we" before the figure is the main clause's subject: no subordinator
    before it, no verb of knowing or saying between it and the figure."""
    we = list(_WE.finditer(before))
    if not we:
        return False
    subordinated, said = _we_not_agent()
    last = we[-1]
    return not subordinated.search(before[: last.start()]) and not said.search(before, last.end())


def own_service_count(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure is a count of people the writer's organisation served (above)."""
    said, before = text[start:end], text[sentence[0] : start]
    if _NOT_A_COUNT.search(said) or not _writer_serves(before) or _REPORTED.search(before):
        return False
    passive, active = _served()
    if active.search(before[-60:]):
        return True  # "we ... treated > 30,000 patients"
    after = re.split(r"[.;:!?]\s|,\s", text[end : sentence[1]])[0]
    people = _people().search(said + " " + after[:40])
    return people is not None and passive.match(after) is not None
