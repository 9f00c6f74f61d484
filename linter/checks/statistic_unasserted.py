"""Figures a sentence defines, requires, plans or works out, rather than states as a finding.

GUIDELINE.md's STAT is a health figure stated as a finding about people; a cut-off, a goal or
a study's plan is not one, even when it has the shape of a share or a change (issue 14, the
statistician's commentary, the clinic's, the running coach's and the dietitian's pages of the
real sets; bench/README.md, statT). Each frame composes word classes of
rules/lexicon/figures.yaml; the figure is silent only where the frame governs it:

- A definition's bound: a limiter ("more than", "above", "at least", "or more") makes the
  figure an edge, and a definitional predicate (FrameNet's Categorization and
  Being_in_category: "is defined as", "counts as", "is classified as", "means") makes the edge
  a category's. The predicate comes before the bound in the same clause ("Cachexia is defined
  as losing more than 5% of body weight") or after the bound's noun phrase ("A weight loss of
  more than 5% is considered significant"). A share of people, cases or conditions is a
  finding whatever predicate it has ("More than 40% of adults count as obese"), and a clause
  break (a comma, "and", "which") ends the definition ("Obesity is defined as a BMI over 30 and
  affects more than 40% of adults" still fires on 40%). So do a degree of effect ("is
  considered more than 97% effective") and a ratio's noun ("means more than 1 in 3 cancers").
- A threshold or goal given as a value: a threshold noun (Porta's cutoff point, threshold,
  criterion; FrameNet's Purpose: target, goal, aim) as the subject of a copula or with "of",
  whose value the figure is ("the target is 90% coverage", "a cut-off of 5%"); not one stated
  as reached ("met its goal of a 30% cut"), nor the limiter "a minimum of 30% of people".
- An approval bar: a modal of deontic necessity ("must", "needs to", "is required to"; Quirk et
  al. 1985, 4.52-4.53) with any verb whose object or change is the figure ("must cut relapses
  by 30% to win a licence"), or a modal that may also state a fact or a prediction ("should",
  "has to"; 4.53-4.55) with a verb of attaining or showing ("show", "reach", "achieve", "be"):
  "must show at least 50% efficacy to be approved", "should reach 90% coverage". "The vaccine
  showed 95% efficacy" has no modal and stays a statistic, and so do "must know that 30% of
  patients relapse" (a clause of its own) and "Quitting should cut your risk by half", "the
  risk should be 30% lower" (a comparison: a prediction) and "needed to recall 5%" (it happened).
- A purpose or a plan: a verb of intending (FrameNet's Purpose and Desiring: "aims to", "plans
  to", "hopes to"; a trial "powered to detect", CONSORT 2010 item 7a) whose infinitive takes the
  figure as its object or its change ("aims to cut deaths by 20%", "hopes to vaccinate 90% of
  children"). Only the infinitive's own object: "Patients who plan to quit are 30% more likely
  to succeed" has a finite verb between and stays, and so does a verb of change after the
  infinitive's object ("People who plan to quit smoking cut their risk by 40%"). Forecasts
  are findings ("is expected to reach", "will affect 700 million"): no verb of expecting is in
  the class.
- A protocol's trigger: a count of cases a trial waits for before its analysis ("the analysis
  takes place once 164 cases have accrued", "waits for 150 cases"), the design of its
  event-driven analysis (CONSORT 2010 item 7b, interim analyses and stopping rules): a verb of
  waiting or a subordinator of time before the count, in a sentence that names an analysis;
  "At the interim analysis, 94 cases had occurred" is the result and stays.
- A worked example's arithmetic: the main clause of a conditional whose protasis itself
  supposes a number, with a modal of the remote ("would", "could"; Huddleston & Pullum 2002,
  ch. 8, 14.2 remote conditionals): "If 1,000 women are screened, 10 would have cancer".
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation

# What ends a clause between a predicate and its figure.
_BREAK = re.compile(r"[,;:()!?]|\.\s|\b(?:and|but|while|whereas|which|who|so|because)\b", re.I)
# Whom or what a figure counts when it is a finding: people, subjects, cases, conditions
# (after "of"; right after the number, all but the conditions).
_COUNTED = ("people", "subjects", "cases", "conditions", "demographics")
# A finite verb of its own between a head and a figure: the figure is in another clause.
_FINITE = r"(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|may|might)"
# Determiners and bounds between a verb and its figure ("show at least", "cut it by about").
_DETERMINERS = (
    r"(?:(?:a|an|the|at\s+least|more\s+than|over|above|no\s+less\s+than|some|about|around|"
    r"up\s+to|another|an\s+extra|an\s+additional|its|their)\s+)*"
)

# Determiners and prepositions before a noun: a verb of change after one is a noun ("the
# number of falls"). Closed-class words (Quirk et al. 1985, 5.10-5.14 and 9.1-9.7).
_FUNCTION_WORDS = (
    r"(?:an?|the|its|their|our|his|her|th(?:is|at|ese|ose)|of|in|on|at|from|for|with|and|or)"
)


def _alt(*names: str) -> str:
    return lists_alternation("figures", *names)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    limiter = _alt("limiters")
    counted = _alt(*_COUNTED)
    # Right after the number only people count ("140 patients"): "25% falls into" is a verb.
    people = _alt("people", "subjects", "cases", "demographics")
    return {
        # The bound just before the figure, inside it, or a postposed "or more" after it.
        "bound_before": re.compile(rf"(?<![\w-]){limiter}\s*$", re.I),
        "bound_inside": re.compile(rf"^\s*{limiter}(?![\w])", re.I),
        "bound_after": re.compile(
            r"\s*(?:%|percent|per cent)?\s*(?:[a-zA-Z/%]+\s+)?or\s+"
            r"(?:more|higher|above|greater|over|less|lower|below|fewer|under)\b",
            re.I,
        ),
        # A degree of effect or accuracy ("more than 97% effective", "90% sensitive") is a
        # measured result, not a category's edge: "is considered more than 97% effective".
        "effect": re.compile(
            rf"\s*(?:%|percent|per cent)?\s*(?:as\s+)?{_alt('effect_adjectives')}(?![\w-])", re.I
        ),
        # A comparison after the figure ("30% lower", "twice as likely"): with a modal that
        # also predicts ("should be 30% lower"), an effect foreseen, not a bar.
        "compared": re.compile(
            rf"\s*(?:%|percent|per cent)?\s*(?:as\s+)?{_alt('comparatives', 'effect_adjectives')}"
            r"(?![\w-])",
            re.I,
        ),
        # A ratio's noun is the population it is a share of ("1 in 3 cancers").
        "ratio_counted": re.compile(rf"\s+(?:[\w'-]+\s+)?{counted}(?![\w])", re.I),
        # A verb of change after a word other than a determiner or preposition (`_second_verb`).
        "second_verb": re.compile(
            rf"(?<![\w'-])(?!{_FUNCTION_WORDS}\s)[\w'-]+\s+{_alt('change_verbs')}(?![\w-])", re.I
        ),
        "hedged": re.compile(_alt("hedged_modals"), re.I),
        # What asks for or denies an achievement rather than stating it ("to hit", "never met").
        "asked": re.compile(
            rf"to|not|never|{_FINITE}|{_alt('obligation_modals', 'hedged_modals')}", re.I
        ),
        "threshold_noun": re.compile(rf"(?<![\w-]){_alt('threshold_nouns')}(?![\w-])", re.I),
        # A threshold stated as reached: "met its target of", "reached the goal of".
        "achieved": re.compile(
            rf"(?<![\w-])(\w+\s+)?{_alt('achieved_verbs')}\s+(?:its|their|the|our|a|this|that)\s+"
            rf"(?:[\w'-]+\s+){{0,2}}?{_alt('threshold_nouns')}(?![\w-])",
            re.I,
        ),
        "predicate": re.compile(rf"(?<![\w-]){_alt('definitional_predicates')}(?![\w-])", re.I),
        # The figure counts people, cases or conditions ("of adults", "of those tested").
        "counted": re.compile(
            rf"\s*(?:%|percent|per cent)?\s*(?:of\s+(?:(?:the|all|these|those|our|their|such)\s+)?"
            rf"(?:[\w'-]+\s+){{0,2}}?(?:{counted}|those|them|these)|(?:[\w'-]+\s+)?{people})"
            r"(?![\w])",
            re.I,
        ),
        "threshold": re.compile(
            rf"(?<![\w-]){_alt('threshold_nouns')}(?:\s+(?:for|of)\s+(?:[\w'-]+\s+){{1,3}}?)?"
            r"\s*(?:(?:is|was|are|were|will\s+be|would\s+be|of|at|:)\s+|:\s*)"
            r"(?:(?:a|an|the|set\s+at|to\s+\w+)\s+)?(?:[\w'-]+\s+){0,1}?$",
            re.I,
        ),
        "bar": re.compile(
            rf"(?<![\w-])(?P<modal>{_alt('obligation_modals', 'hedged_modals')})\s+"
            rf"(?:(?:still|also|first|then)\s+)?{_alt('achievement_verbs')}\s+{_DETERMINERS}$",
            re.I,
        ),
        # A strong obligation or a purpose, then an infinitive taking the figure as its object
        # or its change ("must cut relapses by 30%", "aims to halve").
        "purpose": re.compile(
            rf"(?<![\w-])(?:{_alt('purpose_verbs')}\s+to|{_alt('obligation_modals')})"
            r"\s+(?:(?:still|also|first|then)\s+)?[a-z]+(?:\s+(?:up|down|out|back))?"
            rf"(?:(?P<object>(?:\s+(?!{_FINITE}\b)[\w'-]+){{0,6}}?)\s+(?:by|to|from))?"
            rf"\s+{_DETERMINERS}$",
            re.I,
        ),
        # A share of the study's own sites (CONSORT 2010 item 4b, settings and locations).
        "sites": re.compile(
            r"\s*(?:%|percent|per cent)?\s+of\s+(?:the|its|our|their)\s+(?:(?:trial|study)\s+)?"
            r"(?:sites|centres|centers|locations)\b",
            re.I,
        ),
        "waiting": re.compile(
            r"(?<![\w-])(?:wait(?:s|ed|ing)?\s+(?:for|until)|until|once|(?:stops?|ends?)\s+"
            r"(?:after|at)|is\s+triggered\s+(?:by|at|after)|needs|requires)\s+"
            r"(?:(?:at\s+least|a\s+total\s+of|the\s+first|about|around)\s+)*$",
            re.I,
        ),
        "analysis": re.compile(
            r"(?<![\w-])(?:(?:interim|final|primary|first|planned)\s+)?(?:analys[ie]s|readouts?)"
            r"(?![\w-])",
            re.I,
        ),
        # The remote modal of the main clause, after the figure's own words.
        "remote": re.compile(r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}?(?<![\w-])(?:would|'d)\s", re.I),
        # What a worked example supposes: a share, a rate or a count of people.
        "supposed": re.compile(
            rf"\d[\d,.]*\s*(?:%|percent|per\s+cent|in\s+[\d,]+|out\s+of)|\bhalf\b|"
            rf"\b(?:a|one)\s+(?:third|quarter|fifth|tenth)\b|"
            rf"\d[\d,]*\s+(?:[\w-]+\s+)?(?:{counted})(?![\w])",
            re.I,
        ),
    }


def _clause_before(text: str, sentence: tuple[int, int], start: int) -> str:
    """The text from the start of the figure's clause to the figure."""
    before = text[sentence[0] : start]
    breaks = list(_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _bounded(text: str, start: int, end: int) -> bool:
    p = _patterns()
    return bool(
        p["bound_inside"].match(text[start:end])
        or p["bound_before"].search(text[max(0, start - 30) : start])
        or p["bound_after"].match(text, end)
    )


_OFTEN = re.compile(r"(?i)\s*(?:%|percent|per cent)?\s+of\s+the\s+time\b")
_INFER = re.compile(r"(?i)\b(?:this|that|it|which|these|those|what|all)\s+$")  # "this means"


def defined_bound(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a bound in a definition or a classification."""
    p = _patterns()
    if (
        not _bounded(text, start, end)
        or p["counted"].match(text, end)
        or p["effect"].match(text, end)
    ):
        return False
    if re.search(r"\d\s+in\s+[\d,]+\s*$", text[start:end]) and p["ratio_counted"].match(text, end):
        return False  # "This means more than 1 in 3 cancers could be prevented"
    clause = _clause_before(text, sentence, start)
    preds = list(p["predicate"].finditer(clause))
    # How often, a named category's edge even in a clause ("Severe insomnia means one is unable
    # to sleep at least 50% of the time"), not where "this means" infers.
    often = preds and _OFTEN.match(text, end) and not _INFER.search(clause, 0, preds[-1].start())
    if preds and (often or not re.search(rf"(?i)\b{_FINITE}\b", clause[preds[-1].end() :])):
        return True  # "is defined as losing more than 5% of body weight"
    # "A weight loss of more than 5% is considered significant": a noun phrase holding the
    # figure (words before it in its clause), then the predicate, with no break between.
    if not re.search(r"[a-z]{2,}\s+(?:\w+\s+)?$", clause, re.I):
        return False
    after = text[end : sentence[1]]
    pred = p["predicate"].search(after)
    return pred is not None and not _BREAK.search(after, 0, pred.start()) and pred.start() < 60


def given_as_goal(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at `start` is the value of a threshold or goal, the object of a
    required achievement, or of an intended act (see the module's docstring)."""
    p = _patterns()
    clause = _clause_before(text, sentence, start)
    # The bound may open the figure itself ("at least 50%"): the frames end before it.
    threshold = p["threshold"].search(clause)
    limiter = p["bound_before"].search(text[max(0, start - 30) : start])
    if limiter and p["threshold_noun"].search(limiter.group()):
        threshold = None  # "A minimum of 30% of people ...": a limiter, not a threshold's value
    if threshold and not _reached(clause, p):
        return True
    bar = p["bar"].search(clause)
    if bar and not (
        p["hedged"].fullmatch(bar.group("modal"))
        and not _bounded(text, start, end)
        and p["compared"].match(text, end)
    ):
        return True  # not "the risk should be 30% lower": a modal that predicts
    purpose = p["purpose"].search(clause)
    return purpose is not None and not _second_verb(purpose.group("object") or "")


def _reached(clause: str, p: dict[str, re.Pattern[str]]) -> bool:
    """Whether the clause states its threshold as reached ("met its target of"), not asked
    for ("must meet a target of", "aims to hit its target of", "did not meet its target of")."""
    hit = p["achieved"].search(clause)
    return hit is not None and not p["asked"].fullmatch((hit.group(1) or "").strip())


def _second_verb(words: str) -> bool:
    """Whether a verb of change follows the infinitive's first word other than as a noun after
    a determiner or preposition: "People who plan to quit smoking cut their risk by 40%" has
    the figure in the main clause, "aims to cut falls on its wards by 20%" has it as the
    infinitive's own change."""
    return _patterns()["second_verb"].search(words) is not None


def protocol_trigger(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the count at `start` is the number of events a trial's analysis waits for."""
    p = _patterns()
    if not p["analysis"].search(text, *sentence):
        return False
    return p["waiting"].search(_clause_before(text, sentence, start)) is not None


def worked_out(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the figure at `start` is in the remote main clause of a conditional whose
    protasis supposes a share or a count of people ("If 1,000 women are screened, 10 would
    have cancer"); not a dose or a habit ("If you drink 3 cups a day, you would be 30% more
    likely ..." stays a statistic)."""
    before = text[sentence[0] : start]
    protasis = re.match(
        r"\W*(?:and\s+|so\s+|but\s+)?(?:if|suppose|imagine|say)\s+((?:[^,;]|(?<=\d),(?=\d))*)[,;]",
        before,
        re.I,
    )
    if not protasis or not _patterns()["supposed"].search(protasis.group(1)):
        return False
    return _patterns()["remote"].match(text[start : sentence[1]]) is not None


def unasserted(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is defined, required, planned or worked out in its
    sentence rather than stated as a finding."""
    return (
        _patterns()["sites"].match(text, end) is not None
        or defined_bound(text, sentence, start, end)
        or given_as_goal(text, sentence, start, end)
        or protocol_trigger(text, sentence, start)
        or worked_out(text, sentence, start)
    )
