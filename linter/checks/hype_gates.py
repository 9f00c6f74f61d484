"""What a lexicon pattern of three hype classes cannot decide alone (issue 14): whether extreme
or size praise is about health or a remedy (`praises_health`), whether safety stacked with
naturalness is said of an alternative remedy (`natural_inference`), and whether boosted efficacy
is asked rather than claimed (`asked`). Read by hype.py's `why_not`. (What an agentless passive
of promotion reports, "is often promoted as ...", is a `reported` modifier of
rules/lexicon/context.yaml, which wording.py reads before it asks `why_not`.)"""

from __future__ import annotations

import re

from linter.checks.hype_assured import _ABSOLUTE
from linter.checks.hype_composed import HEARSAY, REPORTED_RESULT
from linter.checks.hype_intensified_words import INTENSIFIED_KINDS
from linter.checks.hype_reading import _clause, clinical
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# Health named in the praised words themselves ("tremendous health benefits", "wonderful
# healing properties"): the health adjectives of hype.yaml's `establishment` ("proven health
# benefits", after the FTC's establishment claims), kept here as a gate, not a class to flag.
_HEALTH_WORD = re.compile(r"\b(?:health|healing|medicinal|therapeutic)\b", re.I)
# A product of any kind: praise of it is about health only beside a remedy.
_PRODUCT = re.compile(r"\bproducts?\b", re.I)


def praises_health(text: str, claim: Claim, start: int, end: int, kind: str) -> bool:
    """Whether an extreme or a size adjective praises a health effect or a remedy: a size
    adjective's benefit must say it is to health or belong to a remedy the sentence names
    ("tremendous benefits for digestion" of ginger, not "one huge benefit of the pandemic"),
    and an extreme adjective's "products" must be remedies ("fantastic products" of a phone
    maker are not). The word right before the adjective is its verb or article, never the
    remedy ("extract tremendous benefit" names no extract)."""
    term = text[start:end]
    if _HEALTH_WORD.search(term):
        return True
    if kind == "scale" or _PRODUCT.search(term):
        before = text.rfind(" ", claim.start, start - 1)
        sentence = text[claim.start : max(claim.start, before)] + " " + text[start : claim.end]
        return hype_lexicon().alternative.search(sentence) is not None
    return True


# The connectives of result and reason that state the inference from natural to safe (Quirk
# et al. 1985, §15.26 and §15.44-15.46, as hype.yaml `natural_safety` reads them): a closed
# class of grammar, not a list to grow.
_INFERENCE = re.compile(r"\b(?:so|therefore|thus|hence|means|meaning|because|since|as)\b", re.I)


def natural_inference(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether natural-therefore-safe wording states the inference, or stacks "safe" with
    "natural" or "gentle" on an alternative remedy the rest of the sentence names."""
    term = text[start:end]
    if _INFERENCE.search(term):
        return True
    if not (re.search(r"\bsafe\b", term, re.I) and re.search(r"natural|gentle", term, re.I)):
        return False
    rest = text[claim.start : start] + " " + text[end : claim.end]
    return hype_lexicon().alternative.search(rest) is not None


# A condition or an embedded question before boosted efficacy: "if this supplement really
# works", "whether turmeric really works" ask rather than claim (Quirk et al. 1985, §15.3
# nominal "whether"/"if" clauses, §15.34 conditional clauses).
_ASKED = re.compile(r"\b(?:if|whether|unless|wonder(?:s|ed|ing)?)\b[^,;:]*$", re.I)


def asked(text: str, claim: Claim, start: int) -> bool:
    """Whether a condition or an embedded question in the sentence governs the words at
    `start`."""
    return _ASKED.search(text, claim.start, start) is not None


# A miracle drug acclaimed (issue 14, recallH): the acclaim passive ("has been hailed as",
# "was heralded as"; Levin 1993, §33, the judgment verbs of praise) reports another's label,
# which rules/lexicon/context.yaml reads as `reported`; but a writer who passes on the label a
# miracle drug, the FDA's first health-fraud tip-off ("Health Fraud Scams": "miracle cure"),
# without a word against it in the sentence, repeats the hype. The promotional verbs (touted,
# marketed, billed) keep their distance, and so does a contrast ("..., but the evidence is thin").
# The simple past ("penicillin was hailed as a miracle drug in the 1940s") narrates a past
# reception, history rather than the label passed on now (Quirk et al. 1985, §4.11-4.13: the
# simple past places the event in a time gone, the present perfect and present reach now;
# review19h).
_ACCLAIM = re.compile(r"\b(?:hailed|heralded|lauded|acclaimed|celebrated|praised)\s+as\b", re.I)
_PAST_ACCLAIM = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_MIRACLE_DRUG = re.compile(
    r"\b(?:miracle|wonder|magic)\s+(?:cures?|drugs?|pills?|jabs?|injections?|treatments?)\b", re.I
)
_CONTRAST = re.compile(
    r"\b(?:but|however|although|though|yet|whereas|while|despite|critics|sceptics|skeptics|"
    r"overhyped|so-called)\b",
    re.I,
)


def acclaimed_miracle(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a miracle drug that the sentence's acclaim passive
    passes on with no contrast: hype the writer repeats, though another's label."""
    if _MIRACLE_DRUG.fullmatch(text, start, end) is None:
        return False
    acclaim = _ACCLAIM.search(text, claim.start, start)
    if acclaim is None or _PAST_ACCLAIM.search(text, claim.start, acclaim.start()):
        return False
    return _CONTRAST.search(text, claim.start, claim.end) is None


# The provider's own voice in the clause (Quirk et al. 1985, §6.11: the exclusive "we" of a
# business), before a safety word said of standard care (issue 14, session 28, safeZ).
_OWN = re.compile(r"\b(?:our|we|us)\b", re.I)


def own_safety(text: str, claim: Claim, start: int, kind: str) -> bool:
    """Whether absolute safety said of standard care is the provider's promise of its own care
    ("Our hair transplant procedure is completely safe"), not a plain clinical statement: the
    safety classes only, "our", "we" or "us" before the words in their clause, no qualifier
    ("most of our patients have no side effects" stays clinical)."""
    if kind not in ("safety", "harm_denial"):
        return False
    if text[claim.start : claim.end].rstrip(" *_\n").endswith("?"):
        return False  # "Is our laser eye surgery completely safe?" asks (review28z)
    left, right = _clause(claim, start, start)
    if hype_lexicon().qualifiers.search(text, left, right):
        return False
    return _OWN.search(text, left, start) is not None


def care_clinical(text: str, claim: Claim, start: int, end: int, kind: str) -> bool:
    """hype_reading.clinical, except where the safety is the provider's own (`own_safety`);
    and, for the safety classes, what others claim ("Some clinics advertise that their
    treatments have no side effects") or a linked study's result ("A [trial](...) found no
    serious side effects"), which the composed classes read in hype_composed.py (safeZ)."""
    if kind in ("safety", "harm_denial") and _reported(text, claim, start):
        return True
    return clinical(text, claim, start, end) and not own_safety(text, claim, start, kind)


def _reported(text: str, claim: Claim, start: int) -> bool:
    left, _ = _clause(claim, start, start)
    if HEARSAY.search(text, left, start):
        return True
    sentence = text[claim.start : claim.end]
    study = hype_lexicon().findings.search(sentence) and REPORTED_RESULT.search(sentence)
    return bool(study) and claim.has_source


# The painlessness words a seller must not use without proof (hype.yaml `painless_words`, CAP
# AdviceOnline): absolute in themselves, whoever's page they stand on.
_PAINLESS_WORD = re.compile(r"pain[- ]?(?:less|free)\b", re.I)


def page_voices(text: str, claim: Claim, start: int, end: int, kind: str) -> bool:
    """Whether a page that speaks only of its own clinicians (hype_assured.provider_page: "our
    doctors", "contact us", as a hospital's leaflet does too) makes this candidate of the safeZ
    classes its promise (review28z): a result assured or a sentence that says "painless" is; a
    plain denial of a harm or of pain ("You will not feel any pain while the images are taken",
    "You won't need any recovery time") is a leaflet's account unless the sentence says it
    absolutely ("You won't feel a thing", "absolutely no downtime") or in the provider's own
    words. An effect raised by a degree word is no plain account (overE): the page's voice is
    its promise's, the treatment still named in the sentence (hype_intensified.py)."""
    sentence = text[claim.start : claim.end]
    if kind == "assured_result" or kind in INTENSIFIED_KINDS or _PAINLESS_WORD.search(sentence):
        return True  # "The procedure is painless, safe and leaves no scars" (written-overS)
    return bool(_ABSOLUTE.search(sentence) or _OWN.search(sentence))
