"""Promises of a result in plain verbs (issue 14, session 26, overW): a result promised for
certain by the provider's remedy ("our acupuncture will increase your energy", "your pain will
be gone", "you'll see your weight begin to drop", "your body will heal itself"), a design or an
assurance stated as the result ("ensures you lose weight", "designed for permanent weight
loss") and a benefit named as a noun of total or instant effect ("Instant relief", "Elimination
of pain", "Pain-free living" as a card title); rules/lexicon/hype.yaml `promised_change`,
`ensured_result`, `total_benefit`.

The words are ordinary in care, news and everyday life ("the swelling will go down", "the app
will remind you", "your blood pressure will drop when you stand", "full recovery takes six
weeks"), so the reading asks what makes them a provider's promise about health, as
hype_raised.py does for `certain_future`:
- what promises is the provider's remedy: an alternative remedy or a practice anywhere, a
  treatment, product or service head in the provider's voice; never standard care, allied
  care, a vaccine or a drug anywhere in the sentence (a clinical statement);
- a health target: a body target, a disease or complaint, a body function or a body measure;
- not hedged, conditional, qualified, an aim or advice (a gerund's behaviour); questions, what
  others claim and a study's result are read before (hype_composed.py);
- a benefit noun counts as a verbless label only in a section that offers a remedy
  (hype_labels.remedy_sections), and in a clause only with a word of immediacy or permanence.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_labels import opens_label
from linter.checks.hype_raised import _GERUND, _HEDGED, _HEDGED_AFTER, _PROVIDER, _care, _health
from linter.checks.hype_raised import _offered as offered
from linter.checks.hype_reading import _clause
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

RESULT_KINDS = ("promised_change", "ensured_result", "total_benefit")

# An aim, a wish or an effort before the result (FrameNet 1.7 Purpose, Desiring and Attempt:
# goal, aim, mission, objective, strive, try, want, work to): "Our goal is to ...", "we work to
# help you recover" state an aim, not a result.
_AIM = re.compile(
    r"\b(?:goals?|aims?|mission|purpose|objectives?|strive|strives|try|tries|trying|want|wants|"
    r"wish|work\s+to|works\s+to|working\s+to|intend|intends|intended|plan\s+to|seek|seeks)\b",
    re.I,
)

# The verbs of Giving (FrameNet 1.7: give, provide, deliver, bring): what is given must be a
# benefit or health itself ("will provide a multitude of benefits"), not beds or space.
_GIVING = re.compile(r"(?:give you|provide|deliver|bring you)\b", re.I)
# The benefit heads what is given: no preposition but "of" before it ("a multitude of
# benefits", not "ice for relief").
_BENEFIT = re.compile(
    r"\s*(?:(?!(?:for|with|to|in|on|at|from|by)\b)\w+\s+){0,3}?(?:benefits?|relief|healing|results)\b",
    re.I,
)

# The subject of a verb of disappearance: the reader's own complaint or body measure ("your
# pain will be gone", "your blood sugar will normalise"), up to three words after "your".
_READERS = re.compile(r"\byour\s+(?:[\w-]+\s+){0,3}$", re.I)
_DISAPPEAR = re.compile(r"(?:will|[’']ll)\s", re.I)
# An assurance of "results" names no health in its own words ("designed for lasting results").
_RESULTS = re.compile(r"\bresults\b", re.I)

# Words of immediacy or permanence (FDA "Health Fraud Scams": quick fix, permanent): a benefit
# noun promised in a clause needs one; "full recovery" and "complete healing" are how clinicians
# speak of a course of care.
_LASTING = re.compile(r"(?:instant|immediate|permanent|lasting|long-lasting|rapid|100%)", re.I)
# A verb of FrameNet 1.7 Assistance right before the benefit (help, support, aid, promote):
# the remedy aids the benefit, a structure-function wording, and promises no result.
_ASSISTED = re.compile(r"\b(?:help|helps|support|supports|aid|aids|promote|promotes)\s+\Z", re.I)
# The nominal of removal ("Elimination of pain") names the aim when it is not a label.
_NOMINAL = re.compile(r"(?:elimination|eradication|end|removal)\b", re.I)


@cache
def _measures() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.body_measures"))


def _target(words: str) -> bool:
    """Whether `words` name health: a body target, a disease, a function or a body measure."""
    return _health(words) or _measures().search(words) is not None


def result_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a promised result is no provider's promise about health, or None; "" for the other
    classes (their readings are elsewhere)."""
    if kind not in RESULT_KINDS:
        return ""
    if claim.sources or claim.attributions:
        return "sourced"
    if _HEDGED.search(text, claim.start, start) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    if _AIM.search(text, claim.start, start):
        return "aim"  # "Our goal is to end your pain", "we work to help you recover"
    if hype_lexicon().qualifiers.search(text, claim.start, claim.end):
        return "qualified"  # "most clients find their pain will be gone"
    sentence = text[claim.start : claim.end]
    if _care(sentence):
        return "clinical"  # "your symptoms will disappear once the antibiotics work"
    term = text[start:end]
    left, right = _clause(claim, start, end)
    if kind == "total_benefit":
        return _benefit_reading(text, claim, start, end, sells, remedy_page)
    if _GERUND.match(text, left, start) and not _PROVIDER.search(sentence):
        return "advice"  # "Following these steps ensures you heal properly"
    if kind == "promised_change" and _DISAPPEAR.match(term):
        # What disappears is the subject: the reader's complaint ("your pain will be gone").
        if not _READERS.search(text, left, start):
            return "not-the-reader"  # "the swelling will disappear", "prices will drop"
        if not _target(text[left:end]):
            return "no-health-problem"  # "your bills will drop"
    elif kind == "ensured_result":
        # An assurance names its health result in its own words, but for "results".
        if _RESULTS.search(term) and not _target(text[start:right]):
            return "no-health-problem"  # "designed for lasting results"
    elif _GIVING.match(term):
        # What is given is health itself, or a benefit with a health target in its clause
        # ("relief from headaches", "benefits to your heart"), not a plan or a towel.
        given = _BENEFIT.match(text, end, right) and _target(text[end:right])
        if not (given or _health(_object(text, end, right))):
            return "no-health-problem"  # "will provide you with a treatment plan for back pain"
    elif not _target(term + " " + _object(text, end, right)):
        # What changes is the verb's object: "will raise awareness of diabetes" changes none.
        return "no-health-problem"  # "will save you time", "will provide 40 extra beds"
    return offered(text, claim, _possessed(text[claim.start : start]), sells)


# The object noun phrase after the verb: up to the first preposition, conjunction or
# subordinator (Quirk et al. 1985, §9.1 and §13.1 for the closed classes that end it).
_OBJECT_END = re.compile(
    r"[,;:.!?]|\b(?:of|for|to|with|in|on|at|from|by|during|after|before|around|about|and|but|or|"
    r"so|while|when|if|because|within|than)\b",
    re.I,
)


def _object(text: str, end: int, right: int) -> str:
    """The words from `end` to the end of the verb's object noun phrase."""
    stop = _OBJECT_END.search(text, end, right)
    return text[end : stop.start() if stop else right]


# A possessive determiner (Quirk et al. 1985, §5.115, the genitive as determiner): what the
# subject names is its head after it ("The yoga studio's new heating system" is a heating
# system, "our clinic's massage plan" a massage plan).
_GENITIVE = re.compile(r".*\w[’']s\s+", re.I)


def _possessed(phrase: str) -> str:
    """The phrase after its last genitive determiner, or the phrase."""
    found = _GENITIVE.match(phrase)
    return phrase[found.end() :] if found else phrase


def _benefit_reading(
    text: str, claim: Claim, start: int, end: int, sells: bool, remedy_page: bool
) -> str | None:
    """A benefit noun of total or instant effect: a verbless label in a section that offers a
    remedy, or a lasting benefit offered by the provider's remedy in a clause."""
    if opens_label(text, claim, start) and text[claim.start : start].strip() == "":
        return None if remedy_page else "not-a-remedy"  # a backup service's "Instant recovery"
    term = text[start:end]
    if _ASSISTED.search(text, claim.start, start):
        return "assisted"  # "BCAAs help ... and support rapid recovery": an aid, no promise
    if _NOMINAL.match(term) or not _LASTING.match(term):
        return "not-a-label"  # "complete recovery takes six weeks", "the end of the pain"
    return offered(text, claim, text[claim.start : start], sells)
