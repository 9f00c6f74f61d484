"""A remedy's safety, gentleness or speed asserted plainly, with no degree word (issue 14,
session 32, safeG): when hype_safe_words.py's candidates are. The words are ordinary: a leaflet
says "a steroid injection is a safe option for most people" and "call 999 immediately", a clinic
"our car park is a safe place to leave your bike", a pharmacy "the anaesthetic works within
minutes", a shop "safe and secure checkout". So the reading asks what the class's grammar needs
(a health complaint or care beside a means or a way; an effect of a remedy's, not of an
anaesthetic or of help sought; a remedy or its make-up as what ensures safety), then overC's
shared reading (hype_comfort.py): care as what is praised, the provider's voice or an
alternative remedy, and no source, figure, share, hedge, condition, concession, question or
patient's own account. What others claim and negation are read before (hype_composed.py,
hype.py).
"""

from __future__ import annotations

import re

from linter.checks.hype_acclaim import _SERVICE, _STAFF
from linter.checks.hype_assured import _ANAESTHETIC, _care
from linter.checks.hype_praised import _remedy
from linter.checks.hype_reading import _clause
from linter.claim import Claim

# Help sought or care stopped at once: the instructions of a leaflet or a label (Quirk et al.
# 1985, §11.24, the imperative; NHS 111's "call 999 immediately", "stop taking it and see a
# doctor straight away"): a verb of seeking help, reporting or stopping before the adjunct.
_SOUGHT = re.compile(
    r"\b(?:call|ring|phone|contact|seek|see|visit|tell|report|inform|stop|discontinue|"
    r"remove|rinse|wash|attend|speak|talk|consult|go\s+to\s+(?:A&E|hospital|an?\s+emergency|"
    r"the\s+(?:nearest|emergency)))\b",
    re.I,
)
# Another's words reported before the class's words (Hyland 2002, reporting verbs of
# discourse and cognition; Quirk et al. 1985, §16.31): "some clinics say their massage is a
# safe alternative to surgery", "the NHS says physiotherapy is a safe treatment".
_REPORTED = re.compile(
    r"\b(?:says?|said|claims?|claimed|states?|stated|advises?|advised|reports?|reported|"
    r"according\s+to|believes?|believed|thinks?|argues?|argued|suggests?|suggested|"
    r"insists?|insisted|promises?|promised|tells?|told|calls?|called|describes?|described)\b",
    re.I,
)
# The pair "safe and effective" alone before the head, no third quality coordinated.
_PAIR = re.compile(r"safe(?:\s*,\s*|\s+(?:and|&)\s+)effective\s+(?!and\b|&)", re.I)
# What a safe means is for must be health's: the sentence names care, a remedy or a complaint
# (hype_assured._care), or the offer's head is care itself ("a safe alternative to surgery").
_MEANS_HEAD = re.compile(r"\b(?:ways?|choices?|options?|solutions?|answers?|methods?)\b", re.I)
# Care as a service of health (MeSH N02.421.143 "Health Services": home care, nursing care), not
# a shop's "customer care" nor the advice "take care".
_CARE = re.compile(r"(?<!customer )(?<!take )\bcare\b", re.I)
# The make-up of a remedy that ensures its safety (WordNet 3.1 composition.n.03, formulation.n.01,
# ingredient.n.03; a product's recipe) or the remedy and its offer themselves.
_MAKE_UP = re.compile(
    r"\b(?:composition|formula\w*|ingredients?|blend|recipe|extracts?|herbs?|products?|"
    r"supplements?|remed(?:y|ies)|therap(?:y|ies)|treatments?|approach|method)\b",
    re.I,
)


def safe_reading(text: str, claim: Claim, start: int, end: int, kind: str) -> str | None:
    """Why the class's words are no plain assurance about care by the class's grammar, or None
    to go on to the shared guards of hype_comfort.py."""
    sentence = text[claim.start : claim.end]
    left, _ = _clause(claim, start, end)
    subject = text[left:start]
    if _REPORTED.search(text, claim.start, start):
        return "hearsay"  # "some clinics say their massage is a safe alternative to surgery"
    if _SERVICE.search(subject) or _STAFF.search(subject):
        return "no-health-problem"  # "our reception team offers safe, friendly support"
    if kind == "offered_safety":
        if _PAIR.match(text, start):
            # The regulator's pair alone (21 CFR 314.50) said of a clinic's own treatment stays
            # silent, as session 19 decided ("Our clinic offers a safe and effective treatment
            # for back pain"); hype_praised.py reads it of an alternative remedy.
            return "regulator-pair"
        if _MEANS_HEAD.search(text, start, end) and not (
            _care(sentence) or _remedy(sentence) or _CARE.search(sentence)
        ):
            return "no-health-problem"  # "a safe way to store your bike"
        return None
    if kind == "ensured_safety":
        if not (_MAKE_UP.search(subject) or _remedy(subject)):
            return "no-health-problem"  # "our booking system ensures safety": no remedy
        return None
    if kind == "immediate_relief":
        if _numbed(sentence):
            return "anaesthetic"  # "the anaesthetic works within minutes": care explained
        if _SOUGHT.search(text, max(left, start - 60), end):
            return "advice"  # "call the clinic immediately", "seek care straight away"
    return None


def _numbed(sentence: str) -> bool:
    """An anaesthetic named in the sentence (hype_assured._ANAESTHETIC), not a bare "spray": a
    numbing spray names its numbing, while a shop's magnesium, nasal or pain-relief spray that
    "works instantly" is the remedy whose speed is promised (review32g)."""
    return any(m.group().lower() != "spray" for m in _ANAESTHETIC.finditer(sentence))
