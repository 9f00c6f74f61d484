"""Figures that are someone's own or no health at all, though their shape reads like a finding
(statV, issue 14).

GUIDELINE.md's STAT is a health statistic reported as a finding. These are not:

- A business's share of its own clientele: "98% of our clients return", "Ninety-five percent of
  our customers would recommend us". A share of the writer's customers, clients, members or
  readers (figures.yaml `clientele`) after "our" or "my" whose verb is one of coming back,
  buying, booking or recommending (`patronage_verbs`), with no health word in its clause, is a
  boast about the business; so is a survey of them on its service, a verb of saying or
  opinion with a service aspect ("92% of our customers said delivery was quick": `survey_verbs`,
  `service_aspects`, statZ). "90% of our clients are free of back pain" and "nine in ten of our
  customers say they sleep better" report an outcome and stay.
- The provider's own patients judging it: "98% of our patients would recommend us", "a 98%
  patient satisfaction rate" (precZ); "90% of our patients return to work" stays.
- An exam's pass rate: "the pass rate for the licensing exam was 72%" (figures.yaml
  `examinations`), a result of candidates, not of patients.
- A clinical cut-off in brackets: "severe (over 70% of the vessel width)", "(above 70% is
  significant)". A bound (a comparator right after the bracket) with no people, cases or
  condition in the bracket defines the word before it; "(over 80% of patients)" stays.
- A comparison of no health: "28 times more potent than carbon dioxide as a greenhouse gas",
  "70% less carbon than new plastic" (figures.yaml `environment`), and a business's or a farm's
  measure: "were 22% more productive", "30% of the grain harvest is lost" (`economy`, statW).
- The writer's own judgement of their own state: "my pain is 70% better" (the first-person
  story of unsourced_statistic.yaml), not a share of people ("40% of my patients").
- A share of the writer's own body: "about 80% of my large intestine was diseased", "60% of my
  hair" (precR, set VV): the first person singular possessor (Quirk et al. 1985, §6.4) of a
  part of the body (figures.yaml `own_body`) measures one person, the writer, as a patient's
  story does. A share of anything else of the writer's stays a finding: "40% of my female
  patients", "30% of my village", "40% of my generation" (review29r).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.statistic_service import own_service_count
from linter.config.lexicon import lists_alternation

_HEALTHY = (
    "conditions",
    "cases",
    "health_words",
    "outcomes",
    "outcome_measures",
    "rate_nouns",
    "effect_adjectives",
)


def _alt(*names: str) -> str:
    return lists_alternation("figures", *names)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "clientele": re.compile(
            rf"\s*of\s+(?:all\s+)?(?:our|my)\s+(?:[\w'’-]+\s+)?{_alt('clientele')}(?![\w-])", re.I
        ),
        # The verb of the share's clause, after a modal or "say they": "would recommend us".
        "patronage": re.compile(
            r"\s+(?:(?:would|will|have|had|also|then|now|go on to|come back to|\w+ly)\s+)*"
            rf"{_alt('patronage_verbs')}(?![\w-])",
            re.I,
        ),
        # A survey's answer on the business's service: "said delivery was quick" (statZ).
        "surveyed": re.compile(
            rf"\s+(?:\w+ly\s+)?{_alt('survey_verbs')}\s+(?:(?:that|the|our|its|their)\s+)?"
            rf"(?:[\w'’-]+\s+)?{_alt('service_aspects')}(?![\w-])",
            re.I,
        ),
        "health": re.compile(rf"(?<![\w-]){_alt(*_HEALTHY)}(?![\w-])", re.I),
        "clients": re.compile(rf"(?<![\w-]){_alt('clientele')}(?![\w-])", re.I),
        "rate": re.compile(rf"(?<![\w-]){_alt('rate_nouns')}(?![\w-])", re.I),
        "people": re.compile(rf"(?<![\w-]){_alt('people', 'subjects', 'cases')}(?![\w-])", re.I),
        "own_body": re.compile(rf"(?<![\w-]){_alt('own_body')}(?![\w-])", re.I),
        # The exam is the object of "pass" or the noun the pass rate is of ("the pass rate for
        # the midwifery licensing exam", "the school's exam pass rate"), not an exam anywhere
        # near a pass word ("of those passing a kidney stone, 40% needed an examination").
        "exam": re.compile(
            r"(?<![\w-])pass(?:es|ed|ing)?(?: rates?| marks?)?"
            r"(?: (?:for|of|on|in|at))? (?:(?:the|a|an|their|his|her|its|my|our|your) )?"
            rf"(?:[\w'’-]+ ){{0,3}}?{_alt('examinations')}(?![\w-])"
            rf"|(?<![\w-]){_alt('examinations')}(?:['’]s?)? pass(?:es|ed|ing)?(?: rates?| marks?)?"
            r"(?![\w-])",
            re.I,
        ),
        "bound": re.compile(rf"\(\s*(?:{_alt('comparators')}|[<>≤≥]=?)\s*$", re.I),
        "environment": re.compile(rf"(?<![\w-]){_alt('environment')}(?![\w-])", re.I),
        "economy": re.compile(rf"(?<![\w-]){_alt('economy')}(?![\w-])", re.I),
        "health_goods": re.compile(rf"(?<![\w-]){_alt('health_goods')}(?![\w-])", re.I),
        # The writer's state as the subject of a copula or "feel" ("my knee pain is", "I feel",
        # "I'm"), not a thing of theirs that acts ("my method makes symptoms 80% better").
        "mine": re.compile(
            r"(?:^|[^\w'’-])(?:my\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:is|are|was|were|feels?|felt|seems?|seemed)|I\s+(?:am|feel|felt)|I['’]m)"
            r"\s+(?:(?:now|already|about|around|roughly|nearly|almost|at least|easily)\s+)*$",
            re.I,
        ),
    }


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    before = re.split(r"[.;:!?]\s|,\s", text[sentence[0] : start])[-1]
    after = re.split(r"[.;:!?]\s|,\s", text[end : sentence[1]])[0]
    return before + " " + after


# The respondents named again in their answer (the third person plural, CGEL ch. 17).
_RESPONDENTS = re.compile(r"(?i)(?<![\w'’-])(?:they|them|their|themselves)(?![\w'’-])")


def clientele_share(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure is a share of the writer's own clientele that comes back, buys or
    recommends, with no health word in its clause ("98% of our clients return"); "nine in ten
    of our customers say they sleep better" reports an outcome and stays."""
    p = _patterns()
    found = p["clientele"].match(text, end, sentence[1])
    if found is None:
        return False
    rest = re.split(r"[.;:!?]\s|,\s", text[found.end() : sentence[1]])[0]
    surveyed = p["surveyed"].match(rest)
    if surveyed and _RESPONDENTS.search(rest, surveyed.end()):
        # "said the team helped them quit smoking": the answer turns from the service to the
        # respondents, an outcome of theirs, whatever its words (review28s).
        return False
    if not p["patronage"].match(rest) and not surveyed:
        return False
    return p["health"].search(_clause(text, sentence, start, end)) is None


# The provider's own patients judging the provider (precZ, issue 14, session 28): "98% of our
# patients would recommend us", "95% of our patients rate us five stars", "a 98% patient
# satisfaction rate". The verbs of Assessing and Attempt_suasion in `patronage_verbs` with the
# provider as their object, or the satisfaction noun after the figure; a patient's share that
# returns to work or rates their pain stays a finding (the object is not the provider).
_OWN_PATIENTS = re.compile(r"(?i)\s*of\s+(?:all\s+)?(?:our|my)\s+(?:[\w'’-]+\s+)?patients\b")
_JUDGE_PROVIDER = re.compile(
    r"(?i)\s+(?:(?:would|will|also|\w+ly)\s+)*(?:recommend(?:s|ed)?|rat(?:e|es|ed))\s+"
    r"(?:us|me|our\s+(?:clinic|practice|team|services?|care)|the\s+(?:clinic|practice|team))\b"
)
_SATISFACTION = re.compile(r"(?i)\s*(?:patient|client|customer)\s+satisfaction\b")


def patients_judge_provider(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure is a share of the writer's patients recommending or rating the
    writer, or a satisfaction rate (see above)."""
    if _SATISFACTION.match(text, end, sentence[1]):
        return True
    found = _OWN_PATIENTS.match(text, end, sentence[1])
    return found is not None and _JUDGE_PROVIDER.match(text, found.end(), sentence[1]) is not None


def exam_pass_rate(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure is in a sentence of an exam's pass rate or pass mark."""
    return _patterns()["exam"].search(text, sentence[0], sentence[1]) is not None


def bracketed_bound(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure opens a bracket as a bound with no people in it ("(over 70%)")."""
    p = _patterns()
    said = text[sentence[0] : end]
    opening = said.rfind("(")
    if opening < 0 or ")" in said[opening:]:
        return False
    close = text.find(")", end, sentence[1])
    inside = text[opening + sentence[0] : close if close >= 0 else sentence[1]]
    lead = text[sentence[0] + opening : start]
    bound = p["bound"].search(lead) or (
        re.fullmatch(r"\(\s*", lead)
        and (
            p["bound"].search("(" + text[start:end].split()[0] + " ")
            or re.match(r"(?i)\s*(?:or (?:more|higher|above|less|lower|below)|\+)", text[end:])
        )
    )
    if not bound or p["people"].search(inside) is not None:
        return False
    # A bare bound, nothing in the bracket but the figure, gives the share of the people or
    # the rate the clause before it counts ("Most women ... are glad they did (over 85%)", "the
    # success rate is high (above 90%)"); a cut-off defines a word ("severe (over 70%)").
    bare = not text[end : close if close >= 0 else sentence[1]].strip()
    before = text[sentence[0] : sentence[0] + opening]
    return not (bare and (p["people"].search(before) or p["rate"].search(before)))


def no_health_compared(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure compares greenhouse gases, carbon or packaging, or measures an
    economy's or a farm's output ("22% more productive", "30% of the grain harvest"; statW),
    with no health word in its clause."""
    p = _patterns()
    clause = _clause(text, sentence, start, end)
    if p["health"].search(clause) is not None:
        return False
    # A business's or a farm's measure, not a share of its people ("30% of sales reps").
    # Nor the sales of goods a health body counts ("sales of cigarettes fell 20%"; review27s).
    economy = (
        p["economy"].search(clause) is not None
        and p["people"].search(clause) is None
        and p["health_goods"].search(clause) is None
    )
    return economy or p["environment"].search(clause) is not None


def own_judgement(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure is the writer's own rating of their state, a percent "better" or
    "worse" ("my pain is 70% better"); a likelihood or a risk of the writer stays a figure
    ("I was three times more likely", "My risk of stroke fell 30%")."""
    p = _patterns()
    if not re.match(r"\s*(?:better|worse)\b", text[end : sentence[1]], re.I):
        return False
    if not re.search(r"(?i)(?:%|percent|per cent)$", text[start:end]):
        return False
    before = re.split(r"[.;:!?]\s|,\s", text[sentence[0] : start])[-1]
    return bool(
        p["mine"].search(before)
        and p["people"].search(before) is None
        and p["clients"].search(before) is None  # "my clients feel 70% better": an outcome
        and p["rate"].search(before) is None
    )


# The possessed noun phrase, up to three words: the premodifiers of its head come first ("my
# female patients", "my large intestine"), so a shorter reading would test an adjective.
_OF_MINE = re.compile(r"(?i)\s*of\s+my\s+(?:own\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)")


def own_body_share(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the percentage is a share of the writer's own body ("80% of my large intestine"),
    not of people, a rate or a place of theirs ("40% of my patients", "30% of my village")."""
    if not re.search(r"(?i)(?:%|percent|per cent)$", text[start:end]):
        return False
    mine = _OF_MINE.match(text, end, sentence[1])
    if mine is None:
        return False
    p = _patterns()
    owned = mine.group(1)
    if any(p[k].search(owned) for k in ("people", "clients", "rate")):
        return False
    return p["own_body"].search(owned) is not None


def others_figure(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is one of the kinds above."""
    return (
        clientele_share(text, sentence, start, end)
        or patients_judge_provider(text, sentence, start, end)
        or exam_pass_rate(text, sentence, start, end)
        or bracketed_bound(text, sentence, start, end)
        or no_health_compared(text, sentence, start, end)
        or own_judgement(text, sentence, start, end)
        or own_body_share(text, sentence, start, end)
        or own_service_count(text, sentence, start, end)
    )
