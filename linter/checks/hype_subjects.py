"""The subject of a remedy's promise (issue 14): classes whose wording is hype only when an
alternative remedy does it (remedy_does_it, the absolute verbs' reading, moved here from
hype_composed.py), and the subjects besides those that recallH added: a mind and body practice,
a drug named by its INN stem whose effect is said to be beyond doubt or to help everyone, and a
health service praised on a page that sells it in its own voice (rules/lexicon/hype.yaml
`mind_body`, `drug_stems`, `services`, `seller_offer`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.checks.hype_reading import _clause
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim, Passage

# Classes whose wording is a promise only with an alternative remedy as the subject (the
# absolute verbs' reading); of those, the ones a product's own sentence may state with the
# subject left out ("Destroys all parasites overnight.").
REMEDY_SUBJECT = (
    "absolute_verbs",
    "total_effect",
    "boosted_efficacy",
    "panacea_range",
    "intensified_efficacy",
    "universal_benefit",
    "restoring_key",
    "peak_benefit",
    "certain_effect",
    "safe_for_all",
    "remedy_power",
)
BARE_SUBJECT = ("total_effect", "boosted_efficacy", "safe_for_all")
# Classes whose remedy may stand inside the matched words ("the benefits of sea moss are
# undeniable", "in all cases, colloidal silver gives the best results"). Without the remedy
# these fired on a nurse's blog, a clinic's page and news alike ("our reception staff help
# everyone", "restoring trust is the key to reviving the town", "the impact of the pandemic
# on our staff is undeniable"; review18v).
REMEDY_WITHIN = ("universal_benefit", "certain_effect")


def remedy_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why wording of a class of REMEDY_SUBJECT is no promise of a remedy's (remedy_does_it),
    or None; None for the other classes."""
    if kind not in REMEDY_SUBJECT:
        return None
    if kind == "peak_benefit" and advised(text, claim, start):
        return "advice"  # "take it with food for maximum benefits"
    if kind == "peak_benefit" and occasion_after(text, claim, start, end):
        return "no-health-problem"  # "yoga is the perfect solution for a rainy afternoon"
    within = end if kind in REMEDY_WITHIN else start
    bare = kind in BARE_SUBJECT
    return remedy_does_it(text, claim, start, end, bare, within, kind, sells)


def remedy_does_it(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    bare: bool = False,
    within: int = -1,
    kind: str = "",
    sells: bool = False,
) -> str | None:
    """Why an absolute verb ("eliminates", "wipes out") is no promise of a remedy's, or None: its
    clause's subject must name an alternative remedy (or, with `bare`, be left out in a
    product's own sentence) ("sea moss wipes out bacteria"), not an
    organ or the immune system ("white blood cells destroy bacteria": physiology) nor standard
    care ("chemotherapy destroys cancer cells": a clinical statement). `within`, past start,
    reads the subject up to there (a remedy inside the matched words); a drug, or a service
    where the page `sells`, may be the subject of some `kind`s too (hype_subjects.py)."""
    lex = hype_lexicon()
    left, _ = _clause(claim, start, start)
    which = _WHICH_BEFORE.search(text, max(claim.start, left - 10), left)
    if which is not None:  # "..., which increases the success rate exponentially"
        left, _ = _clause(claim, which.start(), which.start())
    subject = text[left : max(start, within)]
    health_object = names_health(phrase_after(text, claim, start, end))
    other = promised_subject(subject, kind, sells, health_object)
    if lex.standard_care.search(subject) and not other:
        return "clinical"
    if bare and not subject.strip() and text[start : start + 1].isupper():
        # A product label's sentence with its subject left out ("Eliminates all germs from
        # your body on contact."): the product on the page is the subject.
        return None
    if not (other or lex.alternative.search(subject)):
        return "not-a-remedy"
    if _WHETHER.search(subject):
        return "question"  # "whether echinacea effectively treats colds remains unclear"
    if lex.organs.search(subject) or re.search(
        r"\b(?<!stem )(?<!stem-)(?:cells|antibodies|enzymes)\b", subject, re.I
    ):
        return "physiology"
    if any(text[s:e].lower().startswith("in ") for s, e in claim.model_scopes):
        return "model"  # "in the lab, garlic extract kills bacteria": the lab's result
    if re.search(r"\b(?:some|certain|many|several|few|specific|most)\b", text[start:end], re.I):
        return "qualified"  # "honey kills some bacteria": not riddance
    return None


# A sentential relative clause (Quirk et al. 1985, §15.57), "which" after a comma (a clause
# break in hype_reading.py), stands for the clause before it ("I combine herbs with
# acupuncture, which increases ..."): the subject is read back over that clause only. A
# relative in brackets or without a comma ("vegan (which completely eliminates all animal
# products)") has a noun antecedent and keeps its own subject (wild corpora, recallH).
_WHICH_BEFORE = re.compile(r",\s*which\s*$", re.I)


# A subject clause of "whether" (Quirk et al. 1985, §15.3) asks; it does not promise.
_WHETHER = re.compile(r"\bwhether\b", re.I)


# The classes whose promise a drug can make too: certainty of its effect and a benefit to
# everyone overstate any treatment ("the results of semaglutide are undeniable"), where a drug
# that "effectively treats" or "eliminates" is a clinical statement.
DRUG_KINDS = ("certain_effect", "universal_benefit")
# The classes whose promise a sold service makes with any object: a benefit, results or safety,
# health words by construction ("doula support benefits everyone", "HIIT for maximum
# benefits"). The verbs of the other classes take any object, and a studio's own page praises
# its service over errands and moods ("personal training eliminates the guesswork", "circuit
# training massively boosts your motivation", "coaching is the key to restoring balance in your
# diary"), so there the object must name a health target ("drastically reduces belly fat";
# review19h).
SERVICE_KINDS = ("certain_effect", "universal_benefit", "safe_for_all", "peak_benefit")


def promised_subject(subject: str, kind: str, sells: bool, health_object: bool = False) -> bool:
    """Whether `subject` names a mind and body practice, a drug (for DRUG_KINDS) or, on a page
    that `sells`, a health service (for SERVICE_KINDS, or any kind with a `health_object`),
    which a promise of `kind` may have as its subject like an alternative remedy."""
    lex = hype_lexicon()
    if lex.mind_body.search(subject):
        return True
    if kind in DRUG_KINDS and lex.drug_stems.search(subject):
        return True
    service_kind = kind in SERVICE_KINDS or health_object
    return sells and service_kind and lex.services.search(subject) is not None


def sells(passages: Sequence[Passage]) -> bool:
    """Whether the page offers a service in its own voice ("we offer", "our sessions", "book
    your consultation"): read once a page (page_index.page_reading)."""
    offer = hype_lexicon().seller_offer
    return any(offer.search(p.text) for p in passages)


# Advice on how to get the most from a remedy, not a promise of it: an imperative or a "how
# to" before the peak benefit ("take it with food for maximum benefit", "how to choose quality
# supplements for maximum health benefits", "supplement with 1,000 mg daily for maximum
# benefits", "to incorporate maca into your diet for maximum benefits, try ..."): the directive
# of Quirk et al. (1985, §11.24) and the infinitive of purpose (§15.48), also opening the
# sentence.
_ADVICE = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)[*_\s]*(?:take|choose|use|supplement|aim|try|eat|drink|add|mix|"
    r"store|apply|combine|pair|start|look|to\s+\w+)\b|\bhow\s+to\b|\bto\s+(?:choose|take|use|get|"
    r"pick|select|make|incorporate|include|add|prepare|consume|enjoy)\b",
    re.I,
)


def advised(text: str, claim: Claim, start: int) -> bool:
    """Whether the sentence before `start` advises the reader how to use or choose a remedy."""
    # The sentence alone is searched: `^` in a search from a position past 0 matches only at
    # the text's start, so an imperative opening a passage's second sentence went unread.
    return _ADVICE.search(text[claim.start : start]) is not None


# The solution "for" or "to" an indefinite noun phrase that names no body part nor disease
# (rules/lexicon/hype.yaml `body_targets`, `organs`, `diseases`): an occasion or a thing ("the
# perfect solution for a rainy afternoon", "the ideal answer to a dull commute"), where a health
# problem is named bare ("for brain fog", "to bloating") or by the organ at fault ("for a
# sluggish liver"); review19h.
_INDEFINITE = re.compile(r"\s*(?:a|an|any|another)\s", re.I)
_PHRASE_END = re.compile(r"[,;:.!?()\n]|\b(?:and|but|or|which|that|who)\b", re.I)


def occasion_after(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the words after a solution's "for"/"to" at `end` are an indefinite noun phrase
    with no health word: an occasion, not a health problem."""
    if not re.search(r"\b(?:for|to)$", text[start:end], re.I) or not _INDEFINITE.match(text, end):
        return False
    return not names_health(phrase_after(text, claim, end, end))


def phrase_after(text: str, claim: Claim, start: int, end: int) -> str:
    """The words from `start` up to the first clause break or conjunction past `end`."""
    stop = _PHRASE_END.search(text, end, claim.end)
    return text[start : stop.start() if stop else claim.end]


def names_health(phrase: str) -> bool:
    """Whether `phrase` names a body part, an organ or a disease (hype.yaml `body_targets`,
    `organs`, `diseases`)."""
    lex = hype_lexicon()
    return any(words.search(phrase) for words in (lex.body_targets, lex.organs, lex.diseases))
