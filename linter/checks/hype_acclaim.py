"""A remedy's efficacy or safety praised after the copula, and a seller's claim of superiority
(issue 14, session 31, overQ): when hype_acclaim_words.py's candidates are. The words are
ordinary clinical wording as often as praise: a leaflet says "antibiotics are highly effective
against most ear infections", a charity "written action plans are the gold standard, according
to the British Thoracic Society", a shop "our delivery is second to none". So the reading asks
what the class's grammar needs (an efficacy adjective and a degree word in the coordination; a
gold standard of treatment, not of a test or of research) and what makes it a provider's
claim about care: care as what is praised, not staff, the shop or the booking; the provider's
voice or an alternative remedy; no source, attribution, figure, share, hedge or condition
(the guards of overC's reading, hype_comfort.py, which it shares). What others claim and
negation are read before (hype_composed.py, hype.py).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_praised import _MEDICINE, _remedy
from linter.checks.hype_reading import _clause
from linter.checks.hype_valued import _HARM
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern


@cache
def _efficacy() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.efficacy_qualities"))


@cache
def _booster() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.degree_boosters"))


@cache
def _people() -> re.Pattern[str]:
    """The provider's people (hype.yaml `provider_people`) without its pronouns: "we are second
    to none for sports injuries" claims the care, "our team is second to none" the staff."""
    people = default_lexicon().get("hype.provider_people")
    return word_pattern([w for w in people if w not in ("I", "we")])


# The staff of care by their job titles (ONS SOC 2020 minor groups 221 "Health professionals"
# and 223 "Nursing and midwifery professionals"), praised as people, not as care.
_STAFF = re.compile(
    r"\b(?:nurses?|doctors?|clinicians?|physiotherapists?|dentists?|surgeons?|\w*therapists?|"
    r"chiropractors?|osteopaths?|experts?|specialists?|professionals?)\b",
    re.I,
)
_OWN = re.compile(r"\b(?:our|we|us)\b", re.I)


# A ranking or a standard attributed to someone (a reporting verb of judgement in the passive,
# Quirk et al. 1985, §16.30; Hyland 2002 reporting verbs: considered, regarded, recognised,
# described, called, named, rated, viewed, seen, accepted), which makes it the ranker's claim.
_ATTRIBUTED = re.compile(
    r"\b(?:considered|regarded|recogni[sz]ed|described|called|named|rated|ranked|viewed|seen|"
    r"accepted|deemed|according|guidelines?|recommend\w*)\b",
    re.I,
)
# The gold standard of a test, a measurement or of evidence (a term of clinical epidemiology:
# Claassen 2005, BMJ 330:1121, "The gold standard: not a golden standard"): "the gold standard
# for diagnosing", "the gold standard of research". A test is also named by the suffixes of
# examination and recording (MedlinePlus "Understanding Medical Words": -scopy, -graphy):
# "colonoscopy is the gold standard" ranks a test, not care.
_MEASURE = re.compile(
    r"\b(?:diagnos\w*|tests?|testing|screen\w*|research|evidence|stud(?:y|ies)|trials?|"
    r"measur\w*|assess\w*|detect\w*|imaging|scans?|investigation|reference|design|analys[ie]s|"
    r"\w+scop(?:y|ies)|\w+graph(?:y|ies)|biops(?:y|ies)|x-rays?|ultrasound)\b",
    re.I,
)
# What a test's gold standard is for, right after it (Wilson & Jungner 1968, WHO Public Health
# Papers 34: screening finds, identifies, confirms or rules out a disease early): "the gold
# standard for spotting polyps early". Only there: "as our patients find" later is no purpose.
_FOR_FINDING = re.compile(
    r"\s+(?:test\s+)?(?:for|in)\s+(?:finding|spotting|identifying|confirming|ruling\s+out|"
    r"picking\s+up|catching|locating|monitoring)\b",
    re.I,
)
# A standard of the premises, hygiene or staff, not of care's effect: the CQC's fundamental
# standards on premises and equipment, infection prevention and control, and staff training
# (Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, regs 12, 15, 18).
# Said after the gold standard ("of infection control") or as what holds it ("CPR training is
# the gold standard for bystanders").
_KEPT = (
    r"(?:hygiene|cleanliness|clean\w*|steril\w*|infection\s+control|decontamination|equipment|"
    r"premises|facilities|training|education|customer|service)\b"
)
_PREMISES = re.compile(rf"\s+(?:of|in|for)\s+(?:\w+\s+){{0,2}}?{_KEPT}", re.I)
_KEPT_SUBJECT = re.compile(rf"\b{_KEPT}", re.I)
# Who serves, not what heals: the shop's and the clinic's services that are no care (overC's
# `amenity_nouns` and the customer service, support and delivery of the FTC's mail-order rule),
# the package a product comes in (21 CFR 101.1: the package, its container and label), and what
# patients say of the service (the patient-experience measures of NHS England's Friends and
# Family Test guidance, 2019: satisfaction, ratings, reviews, feedback), not what care does.
_SERVICE = re.compile(
    r"\b(?:customer|service|support|delivery|shipping|team|staff|reception\w*|parking|car\s+park|"
    r"booking|prices?|value|website|location|hospitality|helpline|packag\w*|containers?|"
    r"labels?|labelling|labeling|satisfaction|reviews?|ratings?|feedback|testimonials?)\b",
    re.I,
)
# A share of those treated (Hyland 2005 approximators; Quirk et al. 1985, §5.25) or a figure.
# "Most" as a quantifier only: "the most" is the superlative (Quirk et al. 1985, §7.84).
_SHARE = re.compile(
    r"\d|(?<!\bthe )\b(?:most|many|some|majority|proportion|percent|per\s+cent)\b", re.I
)


# The coordination of two or more adjectives in the words (Quirk et al. 1985, §13.68).
_JOINED = re.compile(r",|\band\b|&|\byet\b|\bas\s+well\s+as\b", re.I)


def acclaim_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool
) -> str | None:
    """Why the class's words are no praise of care by the class's grammar, or None to go on to
    the shared guards of hype_comfort.py."""
    term = text[start:end]
    sentence = text[claim.start : claim.end]
    left, right = _clause(claim, start, end)
    if claim.attributions or _ATTRIBUTED.search(sentence):
        return "sourced"  # "regarded as the gold standard by surgical bodies"
    if _SHARE.search(text[left:start]) or _SHARE.search(text, end, right):
        return "hedged"  # "highly effective for many people", "in a large trial, 15 per cent"
    if _HARM.search(sentence):
        return "harm"  # "the flu virus is highly effective at spreading indoors"
    subject = text[left:start]
    if _SERVICE.search(subject) or _people().search(subject) or _STAFF.search(subject):
        return "no-health-problem"  # "our customer support team is second to none"
    lex = hype_lexicon()
    if (
        _MEDICINE.search(sentence)
        or lex.immunization.search(sentence)
        or lex.drug_stems.search(sentence)
    ) and not _remedy(sentence):
        return "clinical"  # "inhaled steroids are extremely safe at these doses"
    if kind == "acclaimed_efficacy":
        if not (_efficacy().search(term) and _booster().search(term)):
            return "not-raised"  # "is safe and effective", "is remarkably gentle" (overC's)
        if not _JOINED.search(term) and not (sells or _OWN.search(sentence)):
            # One raised adjective off the provider's voice stays mild, as session 23 kept it
            # ("turmeric is truly effective against joint pain"); coordinated evaluation is
            # the seller's register (Martin & White 2005, §2.6: force by repetition).
            return "not-the-provider"
        return None
    if lex.standard_care.search(sentence) and not _OWN.search(sentence):
        return "clinical"  # "surgery is the gold standard for hip fractures": care ranked
    if "gold" in term.lower() and (_PREMISES.match(text, end) or _KEPT_SUBJECT.search(subject)):
        return "no-health-problem"  # "we follow the gold standard of infection control"
    if "gold" in term.lower() and (
        _MEASURE.search(text, end, right) or _FOR_FINDING.match(text, end)
    ):
        return "clinical"  # "the gold standard for diagnosing", "of research"
    if re.search(r"\bgold", term, re.I) and _MEASURE.search(subject):
        return "clinical"  # "a randomised trial is the gold standard"
    return None
