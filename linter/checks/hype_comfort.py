"""A provider's assurance that its care is comfortable, gentle, quick, easy or safe, or nearly
free of downtime and side effects, with a degree word carrying the absolute (issue 14, session
29, overC): when hype_comfort_words.py's candidates are. The words are ordinary: a clinic says
"our waiting room is incredibly comfortable" and "booking is super easy", a leaflet says "most
people find it almost painless", a patient says "it was surprisingly quick". So the reading asks
for care as what is praised (a treatment, a procedure, recovery, the clinician, or the visit
itself), not a room, the booking or the shop; for the provider's voice (our, we, us, a page that
sells or a clinic's own page) or an alternative remedy named; and it is silent when the sentence
is sourced or a study's result, asked, hedged or limited (may, usually, most, for most, if),
concedes a harm (but), is a patient's own account, advises, or is said of a medicine, a vaccine
or a diagnostic test. What others claim and negation are read before (hype_composed.py,
hype.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.checks.hype_acclaim import acclaim_reading
from linter.checks.hype_acclaim_words import ACCLAIM_KINDS
from linter.checks.hype_assured import (
    _ADVICE,
    _CONCEDED,
    _CONTEXT_HARM,
    _DIAGNOSTIC,
    _LIMIT,
    _MACHINE,
    _OWN_ACCOUNT,
    _PROVIDER,
    _RELATIVE,
    _care,
    _harm_heads,
)
from linter.checks.hype_comfort_words import COMFORT_KINDS
from linter.checks.hype_composed import REPORTED_RESULT
from linter.checks.hype_praised import _MEDICINE, _WITHOUT, _remedy
from linter.checks.hype_reading import _clause
from linter.checks.hype_safe import safe_reading
from linter.checks.hype_safe_words import SAFE_KINDS
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim, Passage
from linter.config.lexicon import default_lexicon, word_pattern

# The hedges of a clause that are not this class's own degree words: the modals of possibility
# and advice, and Hyland's (2005) hedges of frequency and degree ("should be fairly quick",
# "usually almost painless"); the approximators and minimizers are the class itself.
_HEDGE = re.compile(
    r"\b(?:may|might|could|should|ought|usually|generally|normally|typically|often|"
    r"sometimes|mostly|relatively|fairly|quite|rather|somewhat|likely|unlikely|hope|aim|"
    r"tends?\s+to|designed\s+to|try|tries|trying)\b",
    re.I,
)
# A condition after the words (Quirk et al. 1985, §15.33-15.35), across the clause break that
# "when" makes ("extremely safe when performed by a qualified dermatologist").
_WHEN = re.compile(
    r"\b(?:if|unless|as\s+long\s+as|provided|providing|when(?:ever)?|once|for\s+(?:most|some|"
    r"many)|in\s+(?:most|some|many|rare))\b",
    re.I,
)
# The quality as the aim of a purpose clause with a causative verb (Quirk et al. 1985, §15.48,
# §16.52: "to keep you comfortable", "to make your visit as easy as possible").
_AIMED = re.compile(
    r"\bto\s+(?:keep|make|leave|help|get)\s+(?:you|your|it|them|the|this|every)\b", re.I
)
# A doctor by title (the honorific of a medical degree) as the one whose care is praised
# ("Dr Patel's touch is remarkably gentle").
_DOCTOR = re.compile(r"\b(?:Dr|Doctor|Prof)\b\.?\s*[A-Z]")
# A result clause of degree (Quirk et al. 1985, §15.43: "so gentle that you will hardly notice
# it"), not a relative clause.
_SO_THAT = re.compile(r"\bso\s+[\w-]+\s+that\s+$", re.I)
# Ease for a task (Quirk et al. 1985, §16.78: "easy to use", "simple to follow"): a quality of a
# thing to be handled, not of the care.
_EASE_FOR = re.compile(r"\s+to\s+(?!recover|heal|tolerate|bear)[a-z]+", re.I)


# A page of patient information that a hospital or a public clinic hands out, not a clinic's
# advertisement, though it says "our team" and "contact us" (hype_assured.provider_page): the
# leaflet names itself ("this leaflet", "information for patients"), or names the public service
# or the hospital unit that gives the care (the NHS, a ward, a department). Its
# account of a procedure ("you will hardly feel the injection", "there is practically no
# recovery time") is no promise unless "our" or "we" says it of the care (review29c).
_LEAFLET = re.compile(
    r"\bNHS\b|(?i:\b(?:(?:this|the)\s+(?:leaflet|information\s+sheet|fact\s?sheet)|"
    r"patient\s+information|information\s+for\s+(?:patients|parents|carers)|"
    r"(?:the|our)\s+(?:[\w-]+\s+)?(?:department|ward|day\s+unit))\b)"
)


def leaflet_page(passages: Sequence[Passage]) -> bool:
    """Whether the page is patient information from a hospital or a public service, read once a
    page (page_index.page_reading), as hype_assured.provider_page is."""
    return any(_LEAFLET.search(p.text) for p in passages)


@cache
def _encounter() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.encounter_nouns"))


@cache
def _amenity() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.amenity_nouns"))


def comfort_reading(
    text: str, claim: Claim, start: int, end: int, kind: str, sells: bool = False
) -> str | None:
    """Why a degree-raised comfort or safety is no provider's assurance about care, or None;
    "" for the other classes (their readings are elsewhere)."""
    if kind not in COMFORT_KINDS:
        return ""
    if kind in ACCLAIM_KINDS and (reading := acclaim_reading(text, claim, start, end, kind, sells)):
        return reading  # overQ's grammar first (hype_acclaim.py), then the shared guards
    if kind in SAFE_KINDS and (reading := safe_reading(text, claim, start, end, kind)):
        return reading  # safeG's grammar first (hype_safe.py), then the shared guards
    sentence = text[claim.start : claim.end]
    left, right = _clause(claim, start, end)
    lex = hype_lexicon()
    if claim.sources or claim.has_source:
        return "sourced"
    if lex.findings.search(sentence) and (
        REPORTED_RESULT.search(sentence) or re.search(r"\d", sentence)
    ):
        return "finding"  # "patients in the trial found it almost painless"
    if sentence.rstrip(" *_\n\"”’')").endswith("?"):
        return "question"  # "Is laser hair removal virtually painless?", quoted too
    if _hedged(text, left, right, start, end, kind):
        return "hedged"  # "most people find it almost painless"
    if _limited(text, left, start, kind) or _WHEN.search(text, end, claim.end):
        return "condition"  # "almost painless if you use the numbing cream"
    if _CONCEDED.search(sentence):
        return "conceded"  # "the injection is incredibly quick, but the area may be sore"
    if _OWN_ACCOUNT.search(sentence):
        return "testimonial"  # "my extraction was surprisingly quick"
    if _AIMED.search(text, left, start):
        return "aim"  # "we do everything we can to keep you completely comfortable"
    if _ADVICE.match(sentence):
        return "advice"  # "Take it easy" is no quality; "Use a gentle cleanser"
    before = text[max(claim.start, start - 40) : start]
    if _RELATIVE.search(before[-12:]) and not _SO_THAT.search(before):
        return "described"  # "patients who are completely comfortable with needles"
    return _said_of(text, claim, start, end, kind, sells)


# The alternative conditional-concessive clause (Quirk et al. 1985, §15.42: "whether it's X or
# Y, ..."): the matrix clause holds in every case named, so it limits nothing.
_ALTERNATIVE = re.compile(r"whether\b[^.;:!?]*\bor\b", re.I)


def _limited(text: str, left: int, start: int, kind: str) -> bool:
    """A limit before the words in their clause; for overQ's classes not "whether ... or"."""
    found = _LIMIT.search(text, left, start)
    if found and kind in ACCLAIM_KINDS and _ALTERNATIVE.match(text, found.start(), start):
        return _LIMIT.search(text, found.end(), start) is not None
    return found is not None


def _hedged(text: str, left: int, right: int, start: int, end: int, kind: str) -> bool:
    """A hedge in the clause; for overQ's classes outside the words and not the superlative's
    "the most" ("the most effective treatment available"; Quirk et al. 1985, §7.84)."""
    lex = hype_lexicon()
    if kind not in ACCLAIM_KINDS:
        return bool(_HEDGE.search(text, left, right) or lex.qualifiers.search(text, left, right))
    for a, b in ((left, start), (end, right)):
        if _HEDGE.search(text, a, b) or any(
            not text[max(0, m.start() - 4) : m.start()].lower().endswith("the ")
            for m in lex.qualifiers.finditer(text, a, b)
        ):
            return True  # "most" of a share, not of a superlative ("the most efficient")
    return False


def _said_of(text: str, claim: Claim, start: int, end: int, kind: str, sells: bool) -> str | None:
    """Whether the quality is said of care, in the provider's voice (`sells`: the page is a
    seller's or a clinic's own, wording.py)."""
    sentence = text[claim.start : claim.end]
    left, _ = _clause(claim, start, end)
    term = text[start:end]
    if _amenity().search(text, left, start) or (
        "downtime" in term.lower() and _MACHINE.search(sentence)
    ):
        return "no-health-problem"  # "our waiting room is incredibly comfortable"
    if re.search(r"(?:easy|simple|straightforward|effortless|quick|fast)$", term, re.I) and (
        _EASE_FOR.match(text, end)
    ):
        return "no-health-problem"  # "our aftercare sheet is super easy to follow"
    remedy = _remedy(sentence)
    harmed = any(not _CONTEXT_HARM.match(h) for h in _harm_heads(sentence))
    cared = (
        _care(sentence)
        or _encounter().search(sentence)
        or _DOCTOR.search(sentence)
        or harmed
        or "pain" in term.lower()
    )
    if not (cared or remedy or sells):
        return "no-health-problem"  # "the new menu is incredibly easy to read"
    heads = _harm_heads(term)
    if heads and _CONTEXT_HARM.match(heads[0]) and term.lower().endswith("minimum"):
        return "managed"  # "we keep the risk of infection to an absolute minimum"
    if heads and all(_CONTEXT_HARM.match(h) for h in heads) and not _care(sentence):
        return "no-health-problem"  # "virtually no risk to your card details"
    own = _PROVIDER.search(sentence) is not None
    if _DIAGNOSTIC.search(sentence) and not (remedy or own):
        return "diagnostic"  # "an MRI scan is completely painless": a test described
    lex = hype_lexicon()
    if kind in SAFE_KINDS:
        sentence = _WITHOUT.sub("", sentence)  # "because no medications are used" names none
    if not remedy and (
        _MEDICINE.search(sentence)
        or lex.immunization.search(sentence)
        or lex.drug_stems.search(sentence)
    ):
        return "clinical"  # "the vaccine is extremely safe": the safety of standard medicine
    if remedy or sells or own:
        return None
    return "not-the-provider"
