"""The shapes of a measured amount: a change in its units ("lost an average of 2 kg"), a
duration ("median survival was 14 months"), a time to an event ("left hospital two days sooner"),
a population's average intake. Split from figures_shapes.py, which tries them last.
"""

from __future__ import annotations

from linter.nlp.components.figures_grammar import FigureGrammar

# Two values of a range: "2-3 kg", "2 to 3 days".
RANGE = r"\s?(?:-|–|to)\s?"
_RANGE = RANGE


def amount_shapes(g: FigureGrammar, cmp: str) -> list[tuple[str, str]]:
    """(kind, pattern) of the measured amounts, in the order they are tried."""
    c, num, conditions = g.c, g.number, g.c.alt("conditions")
    mean = "an average of|a mean of|on average"
    health = f"{c.alt('health_words')}|{conditions}|{c.alt('outcome_measures')}"
    return [
        (
            "amount",  # "lost an average of 2 kg"
            rf"(?<![\w-])(?P<verb>{c.alt('change_verbs')}) (?:[\w'-]+ ){{0,4}}?"
            rf"(?P<value>{num}(?:{_RANGE}{num})? ?(?P<unit>{c.alt('units')}))"
            rf"(?![\w/])(?: (?:on average|a week|per week))?",
        ),
        (
            "amount",  # "drops in blood pressure of 4 mmHg", "a weight loss of 2 kg"
            rf"(?<![\w-])(?P<noun>{c.alt('change_nouns')}) "
            # What changed, with an aside in brackets: "in systolic (the top number) pressure".
            rf"(?:(?:in|of) (?:(?:[\w'-]+|\([^()]{{1,40}}\)) ){{0,8}}?)?"
            rf"(?:of|by|averaging|averaged) (?:about |around |nearly |almost |up to )?"
            # Values of coordinated measures share the unit: "of 4.2 and 1.8 mmHg".
            rf"(?P<value>(?:{num},? and )?{num}(?:{_RANGE}{num})? ?(?P<unit>{c.alt('units')}))"
            rf"(?![\w/])",
        ),
        (
            "amount",  # "median survival was 14 months"
            rf"(?<![\w-])(?P<duration>{c.alt('durations')})\b[^.;%\d]{{0,40}}?"
            rf"\b(?:of|was|is|were|are|at|to|by|from|reached)\s"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? "
            rf"(?:(?:more|extra|additional) )?(?:{c.alt('time_units')})\b)"
            rf"(?! or (?:less|more|longer|shorter|fewer))",  # "6 months or less": a criterion
        ),
        (
            # How long an illness lasts, measured as an average: "symptoms last an average of
            # seven years", "attacks lasted 12 hours on average"; the subject is a health word
            # or a condition right before the verb. Without the average it is a course, no
            # finding ("colds last about a week").
            "amount",
            rf"(?<![\w-])(?P<duration>{c.alt('health_words')}|{conditions}) "
            rf"(?:(?:usually|typically|often|generally) )?(?:last|persist)(?:s|ed)? (?:for )?"
            rf"(?=(?:{mean}|a median of) |[^.;]{{0,30}}? on average\b)(?:(?:{mean}|a median of) )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))\b",
        ),
        (
            "amount",  # "people with it live about 10 years less", "survived for 2 years"
            rf"(?<![\w-])(?P<survive>live[sd]?|survive[sd]?) (?:for )?(?:{mean} )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:(?:more|extra|additional) )?"
            rf"(?:{c.alt('time_units')})\b)(?! or (?:less|more|longer|shorter|fewer))",
        ),
        (
            "amount",  # "cut hospital stays by three days", "shortened colds by two days"
            rf"(?<![\w-])(?P<verb>{c.alt('change_verbs')}|{c.alt('duration_verbs')}) "
            rf"(?:[\w'’-]+ ){{0,3}}?(?P<outcome>{c.alt('duration_outcomes')}) "
            rf"(?:[\w'’-]+ ){{0,3}}?by (?:{mean} )?(?P<value>{cmp}{num}(?:{_RANGE}{num})? "
            rf"(?:(?:more|extra|additional) )?(?:{c.alt('time_units')}))\b",
        ),
        (
            "amount",  # "sleep time increased by 40 minutes", "colds were shortened by 2 days"
            rf"(?<![\w-])(?P<outcome>{c.alt('duration_outcomes')}) "
            rf"(?:(?:{c.alt('auxiliaries')}) )*(?:\w+ly )?"
            rf"(?P<verb>{c.alt('change_verbs')}|{c.alt('duration_verbs')}) by (?:{mean} )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))\b",
        ),
        (
            "amount",  # "the average American drinks 45 gallons of soda a year"
            rf"(?<![\w-])(?:average|typical) (?P<intake>(?:[\w'’-]+ ){{0,2}}?"
            rf"(?:person|adult|child|teenager|man|woman|(?-i:[A-Z][a-z]+(?:ans?|ians?|ese|ers?))))"
            rf" (?:(?:now|still|only) )?(?:{c.alt('intake_verbs')}) (?:{c.alt('comparators')} )?"
            rf"(?P<value>{num}(?:[.,]\d+)? (?:[\w'’-]+ )?(?:{c.alt('intake_units')}|"
            rf"{c.alt('time_units')}))\b",
        ),
        (
            "amount",  # "patients who walked left hospital two days sooner"
            rf"(?<![\w-])(?P<event>{c.alt('timed_outcomes')}) (?:[\w'’-]+ ){{0,3}}?(?:{mean} )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))"
            rf"(?: on average)? (?:{c.alt('time_comparatives')})\b",
        ),
        (
            # An outcome that resolved sooner, as its subject or its object: "symptoms cleared
            # four days earlier", "elderberry relieved flu symptoms four days sooner" (statZ;
            # siteTT's "four days earlier"). The outcome names what ended, so no people are
            # needed; read by figures_fewer as a time to an event.
            "amount",
            rf"(?<![\w-])(?:(?:{health}) (?:(?:were|was|are|is|have|has|had) )?(?:\w+ly )?"
            rf"(?P<resolved>{c.alt('resolution_verbs')})|(?P<ended>{c.alt('resolution_verbs')})"
            rf" (?:[\w'’-]+ ){{0,3}}?(?:{health}))(?: up)? (?:on average )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))"
            rf"(?: on average)? (?:earlier|sooner|faster|more quickly)\b",
        ),
        (
            "amount",  # "recovery was four days faster", "healing was a week quicker"
            rf"(?<![\w-])(?P<resolved>{c.alt('duration_outcomes')}) (?:was|were|is|are) "
            rf"(?:on average )?(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))"
            rf" (?:faster|quicker|shorter|sooner|earlier)\b",
        ),
        (
            "amount",  # "hospital stays were shorter by three days"
            rf"(?<![\w-])(?P<outcome>{c.alt('duration_outcomes')}) "
            rf"(?:(?:{c.alt('auxiliaries')}) )*(?:\w+ly )?(?P<verb>shorter|longer|briefer) by "
            rf"(?:{mean} )?(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))\b",
        ),
        (
            "amount",  # "smokers die about 10 years earlier"
            rf"(?<![\w-])(?P<survive>die[sd]?) (?:{mean} )?"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? (?:{c.alt('time_units')}))"
            r" (?:earlier|sooner|younger|prematurely)\b",
        ),
        (
            "amount",  # "weight loss averaged 5 kg"
            rf"(?<![\w-])(?P<verb>{c.alt('change_nouns')}) (?:[\w'-]+ )?averag(?:ed|es|e)"
            rf" (?:out at )?(?P<value>{cmp}{num}(?:{_RANGE}{num})? ?(?P<unit>{c.alt('units')}))"
            r"(?![\w/])",
        ),
        (
            "amount",  # "the average weight loss was 2.5 kg"
            rf"(?<![\w-])(?:average|mean|median) (?:[\w'-]+ ){{0,2}}?"
            rf"(?P<verb>{c.alt('change_nouns')})\b[^.;%\d]{{0,40}}?\b(?:of|was|is|were|are|at)\s"
            rf"(?P<value>{cmp}{num}(?:{_RANGE}{num})? ?(?P<unit>{c.alt('units')}))(?![\w/])",
        ),
    ]
