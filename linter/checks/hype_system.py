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
from functools import cache

from linter.checks.hype_offer import (
    FIGURE,
    MEDICINE,
    STUDY,
    everyday_medicines,
    names_remedy,
    offered,
)
from linter.checks.hype_panacea import _lifestyle
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_result import _AIM
from linter.checks.hype_system_words import SYSTEM_KINDS, system_patterns
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

# Assistance, not a claim (Levin 1993, §72 "help" verbs), reaching the verbs coordinated after
# it: "helps flush the liver", "will help you regain your strength, rebuild tissue and ...".
_HELP = re.compile(r"\b(?:help(?:s|ed|ing)?|assists?|aids?)\b[^.;:!?]*$", re.I)

# An infinitive of purpose right before the verb or a design by aim (Quirk et al. 1985, §15.48:
# "used to rebalance", "designed to", "formulated to"), unless raised by a promise ("proven
# to", "guaranteed to": other classes' words).
_PURPOSE = re.compile(
    r"\b(?:to|designed|formulated|intended|meant)\s+(?:to\s+)?$"
    # The infinitive's later verbs, coordinated (§13.47): "performed to detoxify X and cleanse",
    # "formulated to boost performance, fuel energy, rebuild ...".
    r"|\bto\s+\w+\b[^.;:!?]{0,100}?(?:,|\band|\bor)\s+$",
    re.I,
)

# No subject: the verb opens the sentence (a list item or a heading of a product's effects,
# Biber et al. 1999 §3.13 block language), after a bullet or emphasis, in its -s or -ing form:
# the base form is an instruction or an aim ("Optimize your Metabolism", "Improve the liver's
# detoxification pathways"), as heading_claims reads it in hype.py.
_BARE = re.compile(r"^[\s*_\-•–✓✔]*$")
_CLAIMING_FORM = re.compile(r"^\w+(?:s|ing)\b", re.I)
# A gerund that opens a sentence with a finite verb after it is its subject, not a list item
# (Quirk et al. 1985, §17.54): "Speeding up one's metabolism also helps ...".
_FINITE_AFTER = re.compile(
    r"[^.;:!?]*?\b(?:is|are|was|were|will|can|may|does|do|also|helps?|leads?|makes?|means?|"
    r"keeps?|gives?)\b",
    re.I,
)

# The verbs of lessening (Levin 1993, §45.4: slow, dampen, quiet; switch off, shut down) are a
# benefit only on what is bad for the body (inflammation, ageing, stress hormones, blood sugar):
# on a system itself they tell a harm ("unhealthy food will slow your metabolism").
_LESSENING = re.compile(r"(?:slow|dampen|quiet|switch\w*\s+off|shut\w*\s+down|turn\w*\s+off)", re.I)
_BAD_TARGET = re.compile(
    r"\b(?:inflammation|inflammatory|ageing|aging|cortisol|stress\s+hormones|blood\s+sugar|"
    r"glucose|overactive)\b",
    re.I,
)

# A pronoun subject, an adverb at most between it and the verb: "It gently dampens ...", not
# "These include reducing ..." or "These choices lower ..." (another verb or a noun between).
_PRONOUN = re.compile(
    r"^[\s*_]*(?:it|this|these|they|that)\s+(?:(?:\w+ly|also|then|even|really|actually)\s+)?$",
    re.I,
)

# The verbs of Levin's (1993) §45.4 that are zero-related to adjectives (slow, thin, calm,
# quiet, clear, open, lower, warm): after a determiner, a conjunction, a preposition, a copula or
# a degree word (Quirk et al. 1985, §7.3, the attributive and predicative positions) and with no
# determiner after, an adjective ("a slow thyroid", "or lower inflammation markers").
_ADJECTIVE_VERB = re.compile(r"(?:slow|thin|calm|quiet|clear|open|lower|warm)\b", re.I)
_ADJECTIVE_PLACE = re.compile(
    r"\b(?:a|an|the|this|that|your|our|my|their|its|and|or|of|with|from|for|in|by|to|is|are|was|"
    r"were|be|been|very|too|more|much|less|so)\s+$",
    re.I,
)
_DETERMINED = re.compile(
    r"\w+(?:\s+(?:up|down|out|off))?\s+(?:the|your|our|their|a|an|his|her|its|every|each|any|all)\b",
    re.I,
)

# A defining relative clause after a copula (Quirk et al. 1985, §17.15): "probiotics are good
# bacteria that restore balance": what a thing is, a definition; and a use after "for" with a
# gerund (§9.45: "useful for repairing damaged tissue").
_DEFINITION = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:that|which)\s+$|\bfor\s+$", re.I
)

# Where a burden is removed from, after it (Levin 1993, §10.1: "from", "out of"): the body or
# a part of it ("from your tissues", "out of the liver"), not tap water, the air or a home.
_SOURCE_PLACE = re.compile(r"\s+(?:out\s+)?(?:from|out\s+of)\s+((?:[\w'’-]+\s*){1,5})", re.I)
_BODY_PLACE = re.compile(
    r"\b(?:body|bodies|system|tissues?|cells?|organs?|blood|bloodstream|lymph|liver|kidneys?|"
    r"colon|bowels?|gut|intestines?|digestive|skin|pores|muscles?|joints?|fat|brain|arteries|"
    r"veins|lungs?|stomach|scalp)\b",
    re.I,
)

# The impersonal and raised passives of the reporting verbs (Quirk et al. 1985, §16.35-16.36:
# "it is thought that", "it's believed", "is said to"): someone else's claim, reported.
_IMPERSONAL = re.compile(
    r"\bit(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:\w+ly\s+)?(?:thought|believed|said|"
    r"claimed|suggested|reported|rumou?red|held|assumed)\b|\b(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:thought|believed|said|claimed|reported|rumou?red|supposed)\s+to\b",
    re.I,
)

# The page's own offer in the first person (Quirk et al. 1985, §6.11): "our massage".
_OWN = re.compile(r"\b(?:our|my)\b", re.I)

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
    r"location|views?)\b",
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
    if claim.attributions or _IMPERSONAL.search(text, claim.start, start):
        return "attributed"  # "the science is clear: this diet ...", "it's thought the strain"
    if STUDY.search(sentence):
        return "finding"  # "in a trial, the extract lowered inflammation markers"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "may support healthy circulation", "... for some people"
    if kind == "unrivalled_results":
        return _unrivalled(text, claim, sells, remedy_page)
    term = text[start:end]
    place = _SOURCE_PLACE.match(text, end, claim.end)
    if place and not _BODY_PLACE.search(place.group(1)):
        return "no-body"  # "our filters remove toxins from your tap water"
    if _burdens().search(term) and not (
        _BODY_PLACE.search(text, end, claim.end) or names_remedy(before)
    ):
        return "no-body"  # "our jug filters out impurities", "our packaging reduces waste"
    if (
        _ADJECTIVE_VERB.match(term)
        and not _DETERMINED.match(term)
        and _ADJECTIVE_PLACE.search(text, claim.start, start)
    ):
        return "adjective"  # "low vitamin D or a slow thyroid can cause fatigue"
    if _HELP.search(before):
        return "assistance"  # "helps flush toxins"
    if _LESSENING.match(term) and not _BAD_TARGET.search(term):
        return "harm"  # "will cause weight gain and slow your metabolism"
    if _DEFINITION.search(before):
        return "definition"  # "probiotics are good bacteria that restore balance to ..."
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
    if (lex.mind_body.search(before) or _lifestyle().search(before)) and not (
        lex.alternative.search(before) or _OWN.search(before)
    ):
        return "advice"  # "activities like yoga and deep breathing improve digestion"
    if offered(before):
        return None  # "Our tea flushes the liver", "Sauerkraut repopulates your gut"
    if _BODY_SUBJECT.search(before):
        return "physiology"  # "the liver clears toxins", "diabetes damages the cells"
    page = sells or remedy_page
    if _PRONOUN.match(before) and (page or names_remedy(_sentence_before(text, claim))):
        return None  # "It dampens inflammation" after the remedy's sentence
    if page and bare_item(text, claim, start, end):
        return None  # "Reduces toxins in the body." under the product's name
    return "not-a-remedy"  # "regular walking opens up the blood vessels": advice, no remedy


def bare_item(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the words open their sentence with no subject, in the -s or -ing form, as an item
    of a remedy's effects does ("Strengthens the immune system", "Reducing toxins")."""
    term = text[start:end]
    if not (_BARE.match(text[claim.start : start]) and _CLAIMING_FORM.match(term)):
        return False
    gerund = term.split()[0].lower().endswith("ing")
    return not (gerund and _FINITE_AFTER.match(text, end, claim.end))


def _unrivalled(text: str, claim: Claim, sells: bool, remedy_page: bool) -> str | None:
    """A result or a remedy with no equal: a health offer's, not a price's or a service's."""
    sentence = text[claim.start : claim.end]
    if _NOT_HEALTH.search(sentence):
        return "no-health"  # "no other pharmacy gives such value", "open on Sundays"
    if offered(sentence) or sells or remedy_page:
        return None
    return "not-a-remedy"


@cache
def _burdens() -> re.Pattern[str]:
    """Detox's burdens (hype.yaml `body_burdens`): waste, impurities and heavy metals are also
    the words of water filters, packaging and face washes, so with no body named after them
    (Levin 1993, §10.1: the source of a Remove verb) only a remedy as the subject makes them the
    body's (review30b)."""
    return word_pattern(default_lexicon().get("hype.body_burdens"))


def _subject(text: str, claim: Claim, start: int) -> str:
    """The words before the verb, or before the first of its coordinated predicates: verb
    phrases joined by "and" share one subject (Quirk et al. 1985, §13.47), so "the tea
    awakens the liver and kick-starts digestion" has the tea, not the liver, as the subject."""
    first = system_patterns()["system_effect"].search(text, claim.start, start)
    return text[claim.start : first.start() if first else start]


def _sentence_before(text: str, claim: Claim) -> str:
    """Up to 300 characters of the passage before the sentence."""
    return text[max(0, claim.start - 300) : claim.start]
