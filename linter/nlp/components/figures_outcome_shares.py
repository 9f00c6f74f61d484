"""A share of an outcome quantity lost or resolved, and a share of treated units with their
outcome (statZ, issue 14).

- A share of a measured outcome lost or reduced: "lose 60 to 70 percent of their excess
  weight", "shed half of their excess weight", "removes about a third of excess weight". A
  verb of change or removal (figures.yaml `change_verbs`; Levin 1993, §10.1 "remove") right
  before the share, and "of" a measured outcome (`outcome_measures`, the COMET taxonomy's
  physiological and life-impact measures) after it: an operation's or a remedy's efficacy as
  bariatric surgery reports it (excess weight loss, Brethauer et al. 2015, ASMBS outcome
  reporting standards). Not the reader's own goal ("lose 5% of your body weight"), which
  figures.py reads before, nor a body's make-up ("40% of body weight is muscle"): no verb.
- A share of an outcome quantity that resolves: "70% of the swelling to fade". The share of an
  outcome measure, then a verb of its resolution (`resolution_verbs`); or the object of
  "expect" with an infinitive, a promise of the outcome ("expect roughly 70% of the swelling to
  settle"; the verb's complement, Quirk et al. 1985, §16.52): whatever its verb, the share
  promised is of the outcome.
- A share of treated units with their outcome: "over 85% of the transplanted follicles take
  root", "you can expect over 90% of the grafts to grow". A share of grafts, implants or
  stents (`treated_units`) whose verb is the unit's outcome (`unit_outcomes`): graft survival
  and prosthesis failure, outcomes of surgery. Not a count of them ("2,000 grafts in a
  session"), not their price.
The writer's own story ("I lost half of my excess weight") is left to first_person.
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_classes import Classes, Reading
from linter.nlp.components.figures_occasions import first_person

# The noun phrase after the share: "of their excess body weight", "of the transplanted
# follicles"; the reader's own ("of your") is a goal or advice and is left out.
_OWNER = r"(?:(?:the|their|his|her|its|all(?: the)?|all of the)\s+)?"
_PREMODIFIERS = r"(?:(?!(?:your|my|our)\b)[\w'’-]+\s+){0,2}?"
# Adverbs and comparators between a verb and the share: "lose about", "shed up to".
_APPROX = (
    r"(?:(?:about|around|roughly|nearly|almost|up to|over|more than|at least|some|just"
    r"|approximately|on average|an average of|typically|usually|often)\s+)*"
)
_REMOVE = r"remov(?:e|es|ed|ing)"
# Advice or a goal before the verb: a deontic modal ("should lose"), "to" ("need to lose", "aim
# to lose"), a causative with its object ("help patients lose") or an imperative opening (at the
# start, after a bullet or a dash) (Quirk et al. 1985, §4.49-4.58 modals, §16.52 causatives).
# Not "expect to" or "are expected to", a promise of the outcome, nor "can", "will", "typically":
# a third person's prediction ("most patients will lose 60% of their excess weight") is one.
_ADVICE = re.compile(
    r"(?i)(?:^\W*|[.!?:;•·–—]\s*|\b(?:should|must|ought to)\s+"
    r"|(?<!expect )(?<!expects )(?<!expected )to\s+"
    r"|\b(?:help|helps|helping|let|lets|make|makes)\s+(?:[\w'’-]+\s+){0,2})(?:\w+ly\s+)?$"
)
_EXPECT = re.compile(rf"(?i)(?<![\w-])expect(?:s|ed)?\s+{_APPROX}$")
# A verb denied: "the band does not remove 60% of excess weight in every patient", "don't
# expect 100% of the swelling to go": an efficacy or a promise denied (verbal negation, CGEL
# ch. 9), no finding, as figures_classes.protects reads it (review28s).
_DENIED = re.compile(r"(?i)(?:\b(?:not|never|cannot)|n['’]t)\s+(?:\w+\s+){0,2}$")
# A graft "takes" as it survives only with no object after it ("90% of the grafts took"):
# "take place", "take about six hours" are another verb; "take root" is the outcome's idiom.
_TAKES_AN_OBJECT = re.compile(r"(?i)\b(?:take|takes|took)$")
_CLAUSE_ENDS = re.compile(
    r"(?i)\s*(?:[.,;:!?)]|$|(?:in|within|after|at|by|and|but|or|well|fully|successfully)\b)"
)
# Between the unit and its outcome verb: "to", a modal or an auxiliary, an adverb.
_TO_VERB = r"\s+(?:(?:to|will|would|should|can|may|do|did|does|are|were|is|successfully|fully"
_TO_VERB += r"|eventually|permanently|typically|usually)\s+)*"


def _after(c: Classes, after: str, names: str) -> re.Match[str] | None:
    return re.match(
        rf"\s*of\s+{_OWNER}{_PREMODIFIERS}(?P<noun>{c.pattern('', names).pattern})",
        after,
        re.I,
    )


def outcome_share(c: Classes, sentence: str, start: int, end: int) -> Reading | None:
    """The share at [start, end) read as an outcome share (above), else None."""
    before, after = sentence[:start], sentence[end:]
    if first_person(sentence, start, end):
        return None
    expect = _EXPECT.search(before)
    if expect and _DENIED.search(before[: expect.start()]):
        return None  # "don't expect 100% of the swelling to go down": a promise denied
    measured = _after(c, after, "outcome_measures")
    if measured:
        verb = re.search(
            rf"(?<![\w-])(?:{c.alt('change_verbs')}|{_REMOVE})\s+{_APPROX}$", before, re.I
        )
        if verb and (
            _ADVICE.search(before[: verb.start()]) or _DENIED.search(before[: verb.start()])
        ):
            verb = None  # "should lose 5% of their body weight": advice, a goal or a possibility
        rest = after[measured.end() :]
        promised = expect and re.match(r"\s+to\s+[a-z]", rest, re.I)
        resolved = re.match(rf"{_TO_VERB}(?:{c.alt('resolution_verbs')})\b", rest, re.I)
        if verb or promised or resolved:
            return Reading("change", True, measured.group("noun").lower())
    unit = _after(c, after, "treated_units")
    outcome = unit and re.match(
        rf"{_TO_VERB}(?:{c.alt('unit_outcomes')})\b", after[unit.end() :], re.I
    )
    if not unit or not outcome:
        return None
    if _TAKES_AN_OBJECT.search(outcome.group(0)) and not _CLAUSE_ENDS.match(
        after, unit.end() + outcome.end()
    ):
        return None  # "10% of transplants take place abroad", "take about six hours"
    return Reading("share", True, unit.group("noun").lower())


def vital_sign(sentence: str, said: str) -> bool:
    """Whether a ratio's abbreviation and value are a vital sign in a clinical note: "HR 72"
    is a heart rate and "RR 16" a respiratory rate (LOINC 8867-4 and 9279-1, the vital signs'
    usual abbreviations), a whole number of beats or breaths; a hazard ratio is written with its
    decimals ("HR 0.72"). A relative risk may be a whole number ("lung cancer (RR 12)"), so
    "RR" is a rate only beside another vital sign of the LOINC vital signs panel (85353-1:
    heart rate, blood pressure, temperature, oxygen saturation) or its unit; "aHR" and "aRR"
    are adjusted ratios, never a vital sign (review28s)."""
    whole = re.fullmatch(r"(?-i:(?P<abbr>HR|RR))\s*[:=]?\s*\d{2,3}", said.strip())
    if whole is None:
        return False
    return whole["abbr"] == "HR" or _OTHER_VITALS.search(sentence) is not None


_OTHER_VITALS = re.compile(
    r"(?<![\w-])(?:(?-i:HR|BP|SpO2|SaO2|O2 sats?|T)\s*[:=]?\s*\d"
    r"|(?:pulse|temp|sats|bpm|breaths)(?![\w-]))",
    re.I,
)
