"""The reversal claim of the hype lexicon as one pattern: its verbs ("reverses diabetes") and
their noun with a disease after "of" ("the reversal of arthritis")."""

from __future__ import annotations

import re

from linter.config.lexicon import Lexicon, alternation


def reversal_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The reversal verbs anywhere, and their noun only with a disease of the class `diseases`
    after "of" ("the reversal of type 2 diabetes", not "the reversal of symptoms"); the
    diseases are matched case-sensitively, as in `diseases`."""
    verbs = alternation(lex.get("hype.reverse"))
    nouns = alternation(lex.get("hype.reverse_nouns"))
    diseases = alternation(lex.get("hype.diseases"))
    return re.compile(
        rf"(?<![\w-])(?:(?i:{verbs})(?![\w])"
        rf"|(?i:{nouns}\s+of\s+(?:(?:the|your|their|his|her)\s+)?(?:type\s+[12]\s+)?)"
        rf"{diseases}(?![\w]))"
    )


# What a reversal verb says is reversed when it is no body, disease or symptom: a relation, an
# order or a view (WordNet 3.1 noun.relation: relationship, association, correlation, order,
# direction, pattern, trend; noun.cognition: thinking, opinion, view, position, decision,
# conclusion, ruling, policy, course). "Wet weather can reverse this relationship", "the study
# reversed medical thinking": statistics and meta-research, no health effect (sets X and Y).
_RELATION = (
    r"(?:relationships?|associations?|correlations?|order(?:ing)?|directions?|patterns?|"
    r"trends?|signs?|roles?|rankings?|thinking|opinions?|views?|positions?|stances?|"
    r"decisions?|conclusions?|rulings?|verdicts?|polic(?:y|ies)|course)"
)
# Not a relation of something ("reverse the pattern of hair loss", "the trend of rising blood
# sugar", "the course of the disease"): the "of" complement names what is reversed, often a
# disease or symptom, so the promise is read as usual, unless the complement is a relation
# itself ("the direction of this relationship").
_RELATION_NOUN = (
    rf"(?:(?:the|this|that|these|those|its|their|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{_RELATION}\b"
)
_RELATION_OBJECT = re.compile(rf"(?i)\s+{_RELATION_NOUN}(?!\s+of\s+(?!{_RELATION_NOUN}))")
# "For low values the first line is higher, but this reverses above 12": a demonstrative as the
# intransitive verb's subject stands for the relation just stated (Quirk et al. 1985, §6.45),
# with a preposition of the range over which it flips after the verb.
_DEMONSTRATIVE_BEFORE = re.compile(r"(?i)\b(?:this|that)\s+$")
_RANGE_AFTER = re.compile(r"(?i)\s+(?:for|when|at|above|below|beyond|after|past|over|under)\b")


# "Make small forward circles, then reverse.": the intransitive verb of motion (OED, reverse
# v.: to move or turn the other way) as an instruction's step, turning back the direction its
# sentence named before it, by a direction adjunct (Quirk et al. 1985, §8.27-8.28: forward(s),
# backward(s), sideways, clockwise, to the left/right, one way). Its bare form opens its clause,
# after punctuation and "then" or "and", with no subject, modal or object, and the clause ends
# with it ("then reverse.", "and reverse, 10 times", "reverse and repeat"). A disease that
# reverses has a subject ("diabetes can then reverse"), a promise an object ("then reverse
# diabetes"), and a step with no direction before it ("Eat clean, then reverse.") stays read.
_DIRECTION = re.compile(
    r"(?i)\b(?:forwards?|backwards?|sideways|(?:counter|anti)-?clockwise|clockwise|to the "
    r"(?:left|right)|one (?:way|direction))\b"
)
_STEP_BEFORE = re.compile(
    r"(?i)(?:[,;:(]|\b(?:now|next|finally))\s*(?:(?:and\s+)?then\s+|and\s+)?$"
)
_STEP_AFTER = re.compile(r"(?i)\s*(?:[.;:!?,)]|$|(?:and|to)\s+(?:repeat|return|switch|start)\b)")


def _direction_reversed(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() != "reverse":
        return False
    step = _STEP_BEFORE.search(text[max(0, start - 24) : start])
    return bool(
        step
        and _STEP_AFTER.match(text, end)
        and _DIRECTION.search(text[max(0, start - 200) : start])
    )


def relation_reversed(text: str, start: int, end: int) -> bool:
    """Whether the reversal verb at [start, end) has a relation, an order or a view as its
    object ("reverse this relationship") or, intransitive, a demonstrative subject that stands
    for one ("this reverses for temperatures above 12"), or is an instruction's step of motion
    ("make forward circles, then reverse.")."""
    if _RELATION_OBJECT.match(text, end) or _direction_reversed(text, start, end):
        return True
    before = text[max(0, start - 8) : start]
    return bool(_DEMONSTRATIVE_BEFORE.search(before) and _RANGE_AFTER.match(text, end))
