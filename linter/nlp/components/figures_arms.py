"""Outcomes told as two arms' counts, a measure's change from one value to another, and an
extra amount a group gained (issue 14, statB).

- *Two arms' counts*: "only one patient on the drug relapsed, against 39 on placebo": a count
  of people with an outcome in one group set against the count in another, the form CONSORT
  2010 (item 17a) asks results in; the first number may be small and its noun any word, since
  the second count, placed in an arm of `trial_arms` (or in any group when the sentence names
  such an arm), makes the comparison a result ("and" joins them too: "reported by 12 people on
  the drug and 3 on the dummy pill").
- *A change from one value to another*: "pain scores fell from an average of 6 to 3",
  "HbA1c came down from 8.5 to 6.8", "the drug reduced attacks from 10 a month to 4": an
  outcome measure's change reported as its two values, the measure as subject or object.
- *An extra amount*: "slept an extra 45 minutes a night", "walked 60 metres further",
  "scored three points higher", "had 9 fewer days off work": a group's gain or saving in time,
  distance, points or days lost (Quirk et al. 1985, 15.69-15.70, comparison of quantity), told
  of people in the past; and months of life a treatment "added".

None of them is one person's story ("my HbA1c came down from 9 to 6.5"), advice or a goal ("aim
to sleep an extra hour", "bring your HbA1c down from 8 to 7"), or a dose.

The shapes join the measured amounts (figures_amounts); figures_fewer hands their matches here.
"""

from __future__ import annotations

import re

from linter.nlp.components.figures_grammar import UNDECIDED, FigureGrammar, Reading
from linter.nlp.components.figures_numbers import _ONE_STORY, _YEAR
from linter.nlp.components.figures_occasions import first_person

# Advice, a goal or a possibility right before the verb or the clause: "to", a modal, "aim",
# "try", the reader ("you", "your"), an imperative at the start of the sentence.
_ADVICE = re.compile(
    r"(?i)\b(?:to|can|could|may|might|should|must|will|would|aim|try|want|need|you|your|let's)\b"
)
# A modal or the reader inside a count's clause: a plan or a possibility ("one tablet should be
# taken versus two"); "to" there is a preposition as often as not ("went back to pills").
_MODAL = re.compile(r"(?i)\b(?:can|could|may|might|should|must|will|would|you|your)\b")
# What sets a group of people apart, a few words after its noun: a relative clause or the arm
# or exposure it is in or on (CONSORT 2010, item 17a: each group's outcome).
_DEFINED = (
    r"(?:(?: [\w'’-]+){0,2}? (?P<defined>who|that|in|on|taking|given|using|receiving|with)\b)?"
)
_MEAN = r"(?:an average of|a mean of|a median of|on average|about|around|roughly|nearly|almost)"
# The one reading of each shape's own named group.
KINDS = ("arms", "span", "extra")


def arm_shapes(g: FigureGrammar, cmp: str) -> list[tuple[str, str]]:
    """(kind, pattern) of the three forms above; each carries its own named group."""
    c, num = g.c, g.number
    measures = (
        f"{c.alt('outcome_measures')}|{c.alt('health_words')}|{c.alt('conditions')}"
        f"|{c.alt('cases')}"
    )
    length = f"{c.alt('time_units')}|{c.alt('units')}|{c.alt('distance_units')}"
    return [
        (
            "amount",  # "one patient relapsed on the drug versus 39 on placebo"
            rf"(?<![\w-])(?P<arms>{num})(?P<arm> (?:[\w'’-]+,? ){{1,14}}?)"
            r"(?:compared (?:with|to)|versus|vs\.?|against|as against|as opposed to|and) "
            rf"(?:only |just )?{num}(?= (?:in|on|among|with|taking|given|receiving|from)\b)",
        ),
        (
            # "pain scores fell from an average of 6 to 3", "the drug reduced attacks from 10 a
            # month to 4": found at the verb, which is rarer than the measures; a measure before
            # it (its subject) is read by read_arm_shape.
            "amount",
            rf"(?<![\w-])(?P<span_verb>{c.alt('change_verbs')}|came|went)(?: (?:down|up|back))?"
            rf"(?: (?:the |their )?(?:[\w'’-]+ ){{0,2}}?(?P<measure>{measures}))? from "
            rf"(?:{_MEAN} )?(?P<span>{num})(?: [\w'’/-]+){{0,3}}? to (?:{cmp})?{num}"
            r"(?!\s?%| ?per ?cent)",
        ),
        (
            "amount",  # "slept an extra 45 minutes", "walked 60 metres further"
            rf"(?<![\w-])(?P<extra_verb>[a-z]+ed|{c.alt('irregular_pasts')}) "
            rf"(?:{_MEAN} )?(?P<extra>(?:an? (?:extra|additional) {num} (?:{length})"
            rf"|{num} (?:extra|additional|more) (?:{length})"
            rf"|{num} (?:{length}) (?:further|farther|longer|more|higher|lower|better)"
            # Time of life gained: "added an average of four months of life" (COMET's
            # mortality/survival domain), told of a treatment as well as of people.
            rf"|(?P<life>{num} (?:(?:extra|more|additional) )?(?:{c.alt('time_units')}) of "
            r"(?:healthy )?life(?! to (?:the|a|an|its|this|that) ))"
            rf"|{num} (?:fewer|more|less) (?:{c.alt('outcome_measures')})))(?![\w-])",
        ),
    ]


def read_arm_shape(g: FigureGrammar, sentence: str, m: re.Match[str]) -> Reading:
    """How a match of one of arm_shapes reads: a result, or undecided."""
    groups = m.groupdict()
    before = sentence[: m.start()]
    if first_person(sentence, m.start(), m.end()) or _ONE_STORY.search(before):
        return UNDECIDED  # the writer's or one person's own story
    if groups.get("arms"):
        return _arms(g, sentence, m)
    clause = re.split(r"[.;:!?]\s|,\s", before)[-1]
    if _ADVICE.search(clause) or re.search(r"\b(?:doses?|dosages?)\b", clause, re.I):
        return UNDECIDED  # "aim to sleep an extra hour", "the dose went from 5 to 10"
    if groups.get("span"):
        verb = m["span_verb"].lower()
        past = re.search(r"(?:ed|fell|rose|lost|came|went|shrank|grew)$", verb)
        average = re.search(r"\b(?:average|mean|median)\b", sentence, re.I)
        # The measure as the object needs a subject before its verb: "Reduce attacks from 10
        # to 4" opens with an imperative.
        if m["measure"]:  # the measure as the verb's object needs a subject before the verb
            told = clause.strip() and not re.search(r"(?i)\byour?\b", m[0])
        else:  # the measure as its subject, a few words before: "pain scores have fallen"
            told = _subject_measure(g).search(before[-80:])
        return Reading("change", True) if (past or average) and told else UNDECIDED
    if groups.get("life"):
        return Reading("mean", True)  # months of life a treatment added
    # An extra amount: told of a group (people, participants, "those who"), not of a thing, and
    # a group set apart by what it had or did ("women who took", "patients in the rehab group",
    # "than those who did not") or measured on average: a group with neither is an event ("our
    # patients waited an extra 20 minutes on Monday"; review30s).
    group = g.c.pattern("", "people subjects person", _DEFINED).search(clause)
    compared = re.search(r"(?i)\b(?:than|average|mean|median)\b", sentence[m.start() :])
    return Reading("mean", True) if group and (group["defined"] or compared) else UNDECIDED


def _subject_measure(g: FigureGrammar) -> re.Pattern[str]:
    """A measure right before its verb: "scores", "HbA1c", "seizures" and up to three words, an
    auxiliary and an adverb ("knee pain scores have slowly fallen")."""
    return g.c.pattern(
        "",
        "outcome_measures health_words conditions cases",
        rf"(?: [\w'’-]+){{0,3}}? (?:(?:{g.c.alt('auxiliaries')}) )*(?:\w+ly )?$",
    )


def _arms(g: FigureGrammar, sentence: str, m: re.Match[str]) -> Reading:
    """Two arms' counts: the first counts things other than an amount or a dose, the clause
    tells what happened to them in the past, and the second count sits in a trial's arm."""
    c, arm, value = g.c, m["arm"], m["arms"]
    if _YEAR.fullmatch(value) or c.after("units time_units dosage_forms money", arm):
        return UNDECIDED  # "one 5 mg tablet in the morning versus two at night"
    if c.pattern("", "design").search(sentence[max(0, m.start() - 30) : m.end()]):
        return UNDECIDED  # "randomised 120 people to the drug group versus 118": a sample
    # The past verb may stand in the count's clause before it ("were reported by 12 people").
    clause = re.split(r"[.;:!?]\s|,\s", sentence[: m.start()])[-1] + arm
    if _MODAL.search(clause) or not re.search(
        rf"[a-z]ed\b|\b(?:{c.alt('irregular_pasts')})\b", clause, re.I
    ):
        return UNDECIDED  # a plan or a possibility, not what happened
    later = sentence[m.end() : m.end() + 60]
    if c.pattern("", "trial_arms").search(later):
        return Reading("count", True)
    # A bare group is an arm when the sentence names the comparison's ("versus 14 in the
    # exercise group", the other arm on placebo) or the first count sits in a group too ("one in
    # the diet group ... nine in the insulin group"); else it is a clinic's caseload or its
    # classes ("30 came to the Monday class and 12 in the Thursday group"; review30s).
    heads = c.pattern("", "arm_heads")
    paired = heads.search(arm) or c.pattern("", "trial_arms").search(sentence)
    return Reading("count", True) if paired and heads.search(later) else UNDECIDED
