"""A share that is a step of a plan, not a finding: a dose cut or raised by a share, a training
load stepped up by no more than a share (statW), and the size of a change the reader is to make
(precD).

GUIDELINE.md's STAT excludes doses and schedules. A clinician's note "cut the dose by 50% and
keep that as the maintenance dosing" or "each time the vials are switched the dose has to be cut
at least 50%" gives a dose, and a coach's "increase your weekly mileage by no more than 10
percent" a schedule's step. What makes them steps is the frame: a verb of change (figures.yaml
`change_verbs`) whose object or passive subject is a dose (`dose_nouns`) or a training load
(`training_loads`, ACSM's FITT-VP), in the base or -ing form of advice and habit, or a
participle after a modal or "to be" ("has to be cut", "should be reduced"). A change reported
in the past stays ("patients reduced their insulin dose by 30%", "walking distance increased by
20%"): an outcome.

The size of an advised change: "Small, sustained weight loss (5-10%) in people with overweight
can reduce risk markers", "Weight loss of 5-10% may lower blood pressure", "A drop in salt
intake (about 20%) can ...". A noun of changing body weight or an intake opens the sentence
(up to five premodifying words), the figure follows it in brackets or after "of", and a modal
of possibility follows (with its people: "in people with obesity"): the nominal of "lose 5-10%
of your weight", which figures_classes.py already reads as an instruction when the figure comes
first ("Even 10% weight loss can reduce ...", precU). The outcome's own figure stays ("can
lower blood pressure by 10%", after the modal), and so does a change reported in the past
("weight loss of 8% was seen").
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation


def _alt(*names: str) -> str:
    return lists_alternation("figures", *names)


# Base and -ing forms (a gerund, an imperative, after a modal or "to"); "cut", "raise" and "up"
# read alike in the past, so a past "cut" counts too: a dose cut is a dose whatever its tense.
_STEP_VERB = (
    r"(?:reduc(?:e|ing)|decreas(?:e|ing)|lower(?:ing)?|cut(?:ting)?|halv(?:e|ing)|"
    r"taper(?:ing)?|drop(?:ping)?|increas(?:e|ing)|rais(?:e|ing)|boost(?:ing)?|"
    r"build(?:ing)?(?: up)?|step(?:ping)? (?:up|down)|up(?:ping)?)"
)
# A participle after a modal or an obligation: "has to be cut", "should be reduced".
_PASSIVE = (
    r"(?:(?:has|have|had|needs?|ought|is|are)\s+to\s+be|(?:should|must|can|could|may|might|"
    r"will|would|shall)\s+(?:not\s+)?be)\s+(?:\w+ly\s+)?"
    r"(?:reduced|decreased|lowered|cut|halved|tapered|dropped|increased|raised|stepped up)"
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    step = rf"(?:{_alt('dose_nouns')}|{_alt('training_loads')})"
    by = r"(?:\s+by)?\s+(?:(?:no|not)\s+)?$"
    return {
        # "cut the dose by 50%", "increasing distance by no more than 10 percent".
        "object": re.compile(
            rf"(?<![\w-]){_STEP_VERB}\s+(?:(?:the|your|their|his|her|its|a|an|each|this|that)\s+)?"
            rf"(?:[\w'’-]+\s+){{0,2}}?{step}(?![\w-])(?:\s+of\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)?"
            rf"\s+by\s+(?:(?:no|not)\s+)?$",
            re.I,
        ),
        # "the dose has to be cut at least 50%", "weekly mileage should be raised by 10%".
        "passive": re.compile(
            rf"(?<![\w-]){step}(?![\w-])(?:\s+[\w'’-]+){{0,3}}?\s+{_PASSIVE}{by}", re.I
        ),
    }


# A change of body weight or of an intake, as a noun (figures.yaml `change_nouns`, the
# nominals of "lose weight", "cut salt"), opening its sentence, then "(" or "of" and an
# approximator before the figure.
_ADVISED_CHANGE = re.compile(
    r"^\s*(?:[\w'’-]+,?\s+){0,5}?(?:(?:body[ -])?weight\s+(?:loss|reduction)|"
    r"(?:drop|cut|reduction|decrease|fall)\s+in\s+(?:[\w'’-]+\s+){0,2}?intake)"
    r"\s*(?:\(|of\s)\s*(?:(?:about|around|roughly|approximately|approx\.|just|only|even|"
    r"at least)\s+)?$",
    re.I,
)
# After the figure: the bracket's close, the people it is for, and a modal of possibility
# with an active verb: the change then brings the effect. A passive after the modal makes the
# change the outcome ("Weight loss of up to 20% may be achieved with semaglutide": a result;
# review28d), and a gain of weight is no change the reader is advised to make.
_MODAL_AFTER = re.compile(
    r"\s*\)?\s*(?:(?:in|among|for)\s+(?:[\w'’-]+\s+){0,5}?)?(?:[\w-]+ly\s+)?"
    r"(?:can|could|may|might|will|would)\b(?!\s+(?:\w+ly\s+)?(?:not\s+)?(?:be|have been)\b)",
    re.I,
)


def advised_change(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is the size of a change of weight or intake that the
    sentence says may bring an effect (above)."""
    before = text[sentence[0] : start]
    return bool(_ADVISED_CHANGE.search(before) and _MODAL_AFTER.match(text, end, sentence[1]))


def planned_step(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a dose's or a training load's step (above)."""
    before = re.split(r"[.;:!?]\s", text[sentence[0] : start])[-1]
    p = _patterns()
    step = p["object"].search(before) or p["passive"].search(before)
    return bool(step) or advised_change(text, sentence, start, end)
