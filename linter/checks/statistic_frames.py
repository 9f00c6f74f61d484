"""Figures whose frame makes them no health statistic: a trial's allocation odds and a figure
supposed in a conditional clause.

GUIDELINE.md's STAT is a health statistic a sentence states; it excludes sample sizes and the
design of a study. Two frames say the number is neither stated nor a finding:

- Allocation odds: "a 50% chance of getting the placebo" is the allocation ratio of a trial's
  arms (CONSORT 2010, items 3a and 8b: "allocation ratio", the arms compared), a design figure
  like a sample size (bench/judgements: sets W and Y, `sample-size`). The frame is a noun of
  chance with "of" and a verb of being assigned or given, whose object is an arm (CONSORT's
  placebo, sham and control arms); "a 50% chance of getting cancer" stays a statistic.
- A supposition: "If a disease kills 30% of those it infects, ..." puts the number in the
  protasis of a conditional, which is not asserted (Huddleston & Pullum 2002, CGEL ch. 8,
  §14.1: the protasis is entertained, not claimed), as the imperatives of supposing ("Suppose",
  "Imagine", "Say", "Assume", "Let's say") do. Only the protasis: in "If you smoke, your risk
  rises by 50%" the figure is in the main clause, which is claimed under the condition. A
  protasis that opens its sentence must be seen to close after the figure (a comma, "then", a
  colon or dash): web writing often drops that comma, and "If you have diabetes you are 50%
  more likely to ..." or "If left untreated 30% of patients die" state the figure in the main
  clause. A protasis after its main clause runs to the sentence's end (CGEL ch. 8, §14.1).
- A poll's choice: "the top trend, selected by 52%", "chosen by 52% of the polled experts",
  "41% of respondents picked walking" count the people of a poll who chose an answer
  (FrameNet's Choosing frame: choose, select, pick, vote, rank), a share of opinion, not
  of health. Only respondents counted (AAPOR's Standard Definitions: respondents, those
  surveyed or polled; a polled panel of experts) or no noun after a passive's "by": "52% of
  patients chose surgery" and "chose to quit" (a behaviour) stay statistics (precS, set J).
- Arm sizes: "20 patients were treated with acupuncture and 21 with an antidepressant" gives
  how many were allocated to each arm (CONSORT 2010's flow diagram: "allocated to
  intervention (n=)", "received allocated intervention"), two or more counts of participants
  coordinated, each with a verb of allocation or treatment. "20 were treated with the drug and
  5 died" counts an outcome and stays a statistic.
- A local jurisdiction's share: "over 10% of the county's residents have been vaccinated",
  "less than 1% of the county had tested positive", "randomly test 10% of the campus each
  week" measure one named place, the local surveillance a county or campus reports on itself
  (CDC's case surveillance reports cases by jurisdiction; the jurisdictions below the state are
  the U.S. Census Bureau's local geographic entities: county and its equivalents parish and
  borough, county subdivisions such as a township, incorporated places such as a city, town or
  village; a campus is an institution's own). The place is definite ("the", "our", "this"): the
  reader knows which one, not a population the finding generalises to. A national or state
  share ("10% of the country", "of Americans", "of the state's adults") stays a statistic,
  source or not, and so does a share of people in a place ("20% of adults in the county",
  "30% of the county's children"): after the place's possessive only the nouns of its whole
  population may come (the Census Bureau's "resident population": residents, population,
  inhabitants), with or without their count.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# A noun of chance, "of", a verb of being assigned or given, and an arm as its object.
_ALLOCATION = re.compile(
    r"\s*(?:chance|probability|likelihood|odds)\s+of\s+(?:being\s+)?(?:getting|receiving|"
    r"given|assigned|allocated|randomi[sz]ed|put)\s+(?:(?:in|into|to|on)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    # "control" only as an arm: "a 40% chance of getting symptoms under control" is an outcome.
    r"(?:placebos?|sham|dummy|sugar\s+pills?|(?:control|treatment|study|trial)\s+(?:arms?|groups?))\b",
    re.I,
)
# The openers of a supposition: a conditional subordinator anywhere ("even if", "only if"; not
# "IF", intermittent fasting), an imperative of supposing where a clause begins.
_SUPPOSITION = re.compile(
    r"(?:\b(?-i:[Ii]f|[Uu]nless)|(?:^|[.!?:;,(]\s*)(?:suppose|supposing|imagine|assume|"
    r"assuming|say|let(?:'s|’s| us) (?:say|assume|suppose|imagine))(?:\s+that)?)\s",
    re.I,
)
# What ends the protasis before the figure: a comma, "then", or another sentence's end.
_PROTASIS_END = re.compile(r"[,;:]|\bthen\b|[.!?]\s", re.I)
# What closes a sentence-initial protasis after the figure: a comma, "then", a colon or dash.
_PROTASIS_CLOSE = re.compile(r"[,;:–—]|\s-\s|\bthen\b", re.I)
# Nothing of a main clause before the opener: the sentence's start, a coordinator or focusing
# adverb ("And if", "Even if", "Only if"), or a comma after a fronted adverbial.
_OPENS_SENTENCE = re.compile(r"(?i)(?:^|[,;:(])\W*(?:(?:and|but|so|or|even|only)\s+)*$")


# The respondents of a poll, and the Choosing frame's verbs (passive before the figure, active
# after its respondents, with an object: not "chose to").
_RESPONDENTS = (
    r"(?:respondents|experts|panel(?:l)?ists|voters|readers|members|those\s+(?:polled|surveyed|"
    r"asked|questioned))"
)
# "named" is left out: "41% of respondents named fatigue as their worst symptom" reports a
# symptom ("name X as", Levin 1993, 29.3 dub verbs), which counts among respondents.
_CHOICE = r"(?:chose|chosen|selected|picked|voted\s+for|ranked|preferred)"
_CHOSEN_BY = re.compile(rf"(?i)\b{_CHOICE}\s+(?:\w+\s+)?by\s+(?:about\s+|nearly\s+|over\s+)?$")
_CHOOSING = re.compile(
    rf"(?i)\s+of\s+(?:the\s+|all\s+)?(?:(?:polled|surveyed|panel)\s+)?{_RESPONDENTS}\b"
    rf"(?:\s+{_CHOICE}\b(?!\s+to\b))?"
)


# A count of participants (CONSORT's and MeSH's Research Subjects' plain words) with a verb of
# allocation or treatment, and another after "and" (its noun and verb may be elided).
_PARTICIPANTS = (
    r"(?:patients|participants|people|adults|children|women|men|subjects|volunteers|smokers)"
)
_ALLOCATED = r"(?:were\s+)?(?:treated|given|received|assigned|allocated|randomi[sz]ed)\b"
_ARMS = re.compile(
    rf"(?i)\b(?P<first>\d)[\d,]*\s+(?:[\w-]+\s+)?{_PARTICIPANTS}\s+{_ALLOCATED}[^.;]{{1,80}}?"
    rf"\band\s+(?P<second>\d)[\d,]*\s+(?:(?:[\w-]+\s+)?{_PARTICIPANTS}\s+)?{_ALLOCATED}"
)


def arm_sizes(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the count at `start` is one of the coordinated sizes of a trial's arms: the
    two counts themselves (the figure may open on a hedge, "about 20"), not an outcome counted
    between them ("20 were given the drug and 4 of them relapsed, and 21 were given placebo")."""
    for m in _ARMS.finditer(text, *sentence):
        for count in (m.start("first"), m.start("second")):
            if start <= count < start + 20 and not re.search(r"\d", text[start:count]):
                return True
    return False


def poll_choice(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) counts a poll's respondents choosing an answer."""
    after = _CHOOSING.match(text, end)
    if _CHOSEN_BY.search(text, max(0, start - 40), start):
        return after is not None or not re.match(r"\s+of\b", text[end:])
    return after is not None and after.group(0).rstrip().endswith(
        ("chose", "chosen", "selected", "picked", "for", "ranked", "preferred")
    )


def design_or_supposed(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) of `text` is a trial's allocation odds or stands in
    the protasis of a conditional (or after an imperative of supposing) in its sentence, the
    span `sentence`, or multiplies one person's own state (`own_multiple`)."""
    if _ALLOCATION.match(text, end) or poll_choice(text, start, end):
        return True
    if own_multiple(text, sentence, start, end):
        return True
    if arm_sizes(text, sentence, start):
        return True
    before = text[sentence[0] : start]
    openers = list(_SUPPOSITION.finditer(before))
    if not openers or _PROTASIS_END.search(before, openers[-1].end()):
        return False
    opener = openers[-1]
    if opener.group(0).strip().lower() not in ("if", "unless"):
        return True  # "Suppose 20% recover": the whole sentence is supposed
    if not _OPENS_SENTENCE.search(before, 0, opener.start()):
        return True  # "... is needed if 30% die": the protasis runs to the sentence's end
    return _PROTASIS_CLOSE.search(text, end, sentence[1]) is not None


# A multiple said of the writer's own state: "my energy improved 5 fold", "I felt ten times
# better" (issue 9: set L's patient interview, G and I before). The subject of the figure's
# clause is the first person singular (Quirk et al. 1985, §6.4: "I", or "my" before a noun
# that is not people the writer counts, "my patients", nor a chance, "my risk"), so the
# figure is one person's testimony, a case of one and a manner of speaking, not a rate in any
# group (GUIDELINE.md's STAT is a statistic of a population or a study). Only N-fold and N
# times: "my blood sugar fell 30%" is a measured value, left to the figure grammar.
_MULTIPLE = re.compile(r"(?i)(?:fold|times?|[x×])\b.{0,12}$|(?:fold|times)(?:\s|$)")
_FIRST_PERSON_SUBJECT = re.compile(
    r"(?i)(?:(?<![\w-])(?-i:I)|(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?-i:[Mm]y)"
    r"(?P<noun>\s+[a-z]+(?:\s+[a-z]+)?))"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|felt|feel|feels|am|was|got|grew|rose|fell|became|is)"
    r"(?:\s+(?:by|about|roughly|over|nearly|almost|like))*\s*$"
)


# A probability is no one's state, even said of oneself: "I was three times more likely to
# develop it", "my risk rose fivefold" compare a chance, which only a group's rates measure
# (figures.yaml `rate_nouns`; review20k).
_LIKELIER = re.compile(r"(?i)\s*(?:(?:more|less)\s+)?(?:likely|unlikely|at\s+risk)\b")


@cache
def _counted_or_chance() -> re.Pattern[str]:
    words = default_lexicon().get("figures.people") + default_lexicon().get("figures.rate_nouns")
    return re.compile(alternation(words) + r"$", re.I)


def own_multiple(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is an N-fold or N-times multiple whose clause's
    subject is the writer's own "I" or "my <state>" (see above)."""
    if not _MULTIPLE.search(text[start:end]) or _LIKELIER.match(text, end):
        return False
    before = re.split(r"[.!?]\s", text[sentence[0] : start])[-1]
    subject = _FIRST_PERSON_SUBJECT.search(before)
    if subject is None:
        return False
    noun = (subject.group("noun") or "").strip()
    return not (noun and _counted_or_chance().search(noun))


# The share's whole is the local place itself (figures.yaml `local_places`), or its residents
# or population; a group of them after the possessive ("the county's children", "the town's
# adults") is a share of people in the place, a health statistic.
@cache
def _local_whole() -> re.Pattern[str]:
    places = alternation(default_lexicon().get("figures.local_places"))
    return re.compile(
        rf"\s+of\s+(?:the|our|this)\s+(?:{places})(?:['’]s\s+(?:[\d,]+\s+)?"
        r"(?:residents|population|inhabitants)\b|(?![\w'’-])(?!\s+(?:of|in)\b))",
        re.IGNORECASE,
    )


def local_share(text: str, end: int) -> bool:
    """Whether the figure ending at `end` is a share of a definite local jurisdiction ("10% of
    the county", "of the county's 17,032 residents"): local surveillance, no health statistic."""
    return _local_whole().match(text, end) is not None
