"""A testimony's total cure (issue 14, session 28, overZ): the writer's or a customer's
complaint said to be completely gone after a remedy ("after six weeks of the juice cleanse my
eczema was completely gone"); rules/lexicon/hype.yaml `testimony_cure` (16 CFR 255.2: an
endorsement's health result is the advertiser's claim).

A patient's own account says the same of care and of time ("after my operation the pain was
completely gone", "my rash cleared up once I stopped the antibiotics", "my headache was gone by
the evening"), so the reading asks for a remedy, a product form, a practice or an Ayurvedic
therapy named in the sentence (or before it in its passage), or what a business offers; never
standard care, a medicine or a vaccine in the sentence; not hedged, temporary ("for a while")
or with a figure, a source or a study (questions and negation are read before).
"""

from __future__ import annotations

import re

from linter.checks.hype_offer import FIGURE, MEDICINE, STUDY, everyday_medicines, offered
from linter.checks.hype_raised import _HEDGED
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# A relief that lasted a time only (Quirk et al. 1985, §8.57-8.59: adverbials of duration and
# of time "at first"): "was gone for a while", "gone at first, then it came back".
_TEMPORARY = re.compile(
    r"\b(?:for\s+a\s+(?:while|few|day|week|bit)|temporarily|for\s+now|at\s+first|briefly|"
    r"came\s+back|returned|until)\b",
    re.I,
)


def testimony_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why a complaint said to be gone is no testimony of a remedy's total cure, or None; ""
    for the other classes (their readings are elsewhere)."""
    if kind != "testimony_cure":
        return ""
    sentence = text[claim.start : claim.end]
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if STUDY.search(sentence):
        return "finding"
    if _HEDGED.search(sentence) or _TEMPORARY.search(sentence):
        return "hedged"  # "my pain was gone for a while", "it may be gone"
    lex = hype_lexicon()
    if MEDICINE.search(sentence) or everyday_medicines().search(sentence):
        return "clinical"  # "my rash cleared up once I stopped the antibiotics"
    if lex.standard_care.search(sentence) or lex.immunization.search(sentence):
        return "clinical"  # "after my operation the pain was completely gone"
    if lex.drug_stems.search(sentence):
        return "clinical"
    # The complaint's own "our" ("our son's asthma") is the sufferer's, not an offer: read
    # the sentence around the words.
    around = text[claim.start : start] + " " + text[end : claim.end]
    if offered(around) or offered(text[max(0, claim.start - 300) : claim.start]):
        return None  # "after the juice cleanse my eczema was completely gone"
    return "not-a-remedy"  # "my headache was completely gone by the evening"
