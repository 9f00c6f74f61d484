"""The readings of a remedy said to act on a body system and of a result said to have no equal
(issue 14, session 30, overB; classes in hype_system_words.py).

The words are those of physiology and of advice as much as of promotion ("the liver breaks
down toxins", "insulin lowers blood sugar", "white blood cells repair damaged tissue", "sleep
to strengthen your immune system", "fibre can help keep your bowels regular", "statins lower
cholesterol"), so a body system acted on is a claim only when a remedy acts:
- the subject: an alternative remedy, a product form, a mind and body practice or the
  business's own offer named before the words ("our capsules", hype_offer.offered); a pronoun
  subject after a sentence that names one or on a page that sells or a section that names a
  remedy; no subject at all on such a page (a list item of a product's effects, "Reduces
  toxins in the body."); never an organ, a cell, a hormone or a disease (physiology), a
  medicine, a vaccine or standard care (clinical);
- the mood of a claim: not hedged ("may", "can", "for some"), helped ("helps", Levin 1993 §72),
  aimed ("to", "aims to", "designed to": an infinitive of purpose), with no figure, source or
  study;
- a result with no equal: a health page's provider or remedy as the rival's domain, not a
  price, a delivery, parking or opening hours.
Questions, hearsay and negation are read before, as for every composed class.
"""

from __future__ import annotations

import re

from linter.checks.hype_offer import (
    FIGURE,
    MEDICINE,
    PRONOUN_SUBJECT,
    STUDY,
    everyday_medicines,
    names_remedy,
    offered,
)
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_result import _AIM
from linter.checks.hype_system_words import SYSTEM_KINDS, system_patterns
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# Assistance, not a claim (Levin 1993, §72 "help" verbs): "helps flush the liver".
_HELP = re.compile(r"\b(?:help(?:s|ed|ing)?|assists?|aids?)\s+(?:(?:to|in)\s+)?$", re.I)

# An infinitive of purpose right before the verb or a design by aim (Quirk et al. 1985, §15.48:
# "used to rebalance", "designed to", "formulated to"), unless raised by a promise ("proven
# to", "guaranteed to": other classes' words).
_PURPOSE = re.compile(r"\b(?:to|designed|formulated|intended|meant)\s+(?:to\s+)?$", re.I)

# No subject: the verb opens the sentence (a list item or a heading of a product's effects,
# Biber et al. 1999 §3.13 block language), after a bullet or emphasis.
_BARE = re.compile(r"^[\s*_\-•–✓✔]*$")

# The body itself as the head of the subject (MeSH A: the organs, cells, hormones and systems
# of `body_systems` and `organs`; the head is the subject's last noun, Quirk et al. 1985, §17.2,
# before an adverb), or a disease: physiology, not a remedy ("colon hydrotherapy" is no colon).
_BODY_SUBJECT = re.compile(
    r"\b(?:liver|kidneys?|colon|gut|bowels?|intestines?|stomach|pancreas|thyroid|glands?|body|"
    r"cells?|hormones?|insulin|oestrogen|estrogen|cortisol|antibodies|immune\s+system|"
    r"lymphatic\s+system|lymph|blood|enzymes?|bacteria|microbiome|skin|brain|heart|lungs?|"
    r"\w+(?:itis|osis)|diabetes|disease|infection|inflammation)"
    r"(?:\s+(?:\w+ly|also|then|itself|themselves|too|in\s+turn))*\s*$",
    re.I,
)

# The non-health domains of a comparison (Quirk et al. 1985, §7.74: the standard compared on):
# a price, delivery, opening hours, parking, a wait or a booking.
_NOT_HEALTH = re.compile(
    r"\b(?:price[sd]?|prices|cheap\w*|afford\w*|value|delivery|shipping|dispatch|parking|open|"
    r"opening|hours|weekends?|sundays?|wait(?:ing)?|appointments?|bookings?|customer\s+service|"
    r"location|views?|coffee|wifi)\b",
    re.I,
)


def system_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a body system acted on, or a result with no equal, is no remedy's claim, or None;
    "" for the other classes (their readings are elsewhere)."""
    if kind not in SYSTEM_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    before = _subject(text, claim, start)
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if STUDY.search(sentence):
        return "finding"  # "in a trial, the extract lowered inflammation markers"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "may support healthy circulation", "... for some people"
    if kind == "unrivalled_results":
        return _unrivalled(text, claim, sells, remedy_page)
    if _HELP.search(before):
        return "assistance"  # "helps flush toxins"
    if _PURPOSE.search(before) or _AIM.search(before):
        return "aim"  # "a cleanse designed to rest the gut", "ways to rebalance hormones"
    lex = hype_lexicon()
    if (
        MEDICINE.search(before)
        or everyday_medicines().search(before)
        or lex.immunization.search(before)
        or lex.standard_care.search(before)
        or lex.drug_stems.search(before)
    ):
        return "clinical"  # "statins lower cholesterol", "the vaccine strengthens immunity"
    if offered(before):
        return None  # "Our tea flushes the liver", "Sauerkraut repopulates your gut"
    if _BODY_SUBJECT.search(before):
        return "physiology"  # "the liver clears toxins", "diabetes damages the cells"
    page = sells or remedy_page
    if PRONOUN_SUBJECT.match(before) and (page or names_remedy(_sentence_before(text, claim))):
        return None  # "It dampens inflammation" after the remedy's sentence
    if _BARE.match(before) and page:
        return None  # "Reduces toxins in the body." under the product's name
    return "not-a-remedy"  # "regular walking opens up the blood vessels": advice, no remedy


def _unrivalled(text: str, claim: Claim, sells: bool, remedy_page: bool) -> str | None:
    """A result or a remedy with no equal: a health offer's, not a price's or a service's."""
    sentence = text[claim.start : claim.end]
    if _NOT_HEALTH.search(sentence):
        return "no-health"  # "no other pharmacy gives such value", "open on Sundays"
    if offered(sentence) or sells or remedy_page:
        return None
    return "not-a-remedy"


def _subject(text: str, claim: Claim, start: int) -> str:
    """The words before the verb, or before the first of its coordinated predicates: verb
    phrases joined by "and" share one subject (Quirk et al. 1985, §13.47), so "the tea
    awakens the liver and kick-starts digestion" has the tea, not the liver, as the subject."""
    first = system_patterns()["system_effect"].search(text, claim.start, start)
    return text[claim.start : first.start() if first else start]


def _sentence_before(text: str, claim: Claim) -> str:
    """Up to 300 characters of the passage before the sentence."""
    return text[max(0, claim.start - 300) : claim.start]
