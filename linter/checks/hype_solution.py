"""A product or a remedy offered as the answer to a disease or in place of a medicine, with no
safety or efficacy adjective (issue 14, session 28, overZ): "the natural solution to arthritis",
"a gentle replacement for painkillers", "the herbal replacement for ibuprofen";
rules/lexicon/hype.yaml `disease_solution`, `medicine_replacement` (FDA's disease claims, 21 CFR
101.93(g)(2)(iv) and (ix)).

The nouns are everyday words ("the solution to a dull commute", "a replacement for coffee",
"paracetamol is a gentler alternative to ibuprofen for people with asthma", "talk to your GP
before using a herbal alternative to antidepressants"), so the reading asks:
- what is solved or replaced: a disease, a complaint or a body function's trouble after "to" or
  "for" (`disease_solution`), a medicine or a drug class (`medicine_replacement`: the medicines
  of `substitution`, `reach_medicines` and `drug_stems`);
- what is offered: an alternative remedy, a product form, a practice or an Ayurvedic therapy
  named as the subject, or what a business offers ("our arnica gel, the herbal replacement"),
  or the subject left out (a label) or a pronoun on a page that sells, in a section that names
  a remedy or after a sentence that does (a naturalness adjective alone names none); not a
  medicine, standard care or the reader's own habits ("exercise is a natural solution to
  stress": advice);
- the mood of an offer: not hedged, aimed, advised ("talk to your GP before ...") or reported
  as a study's finding, with no figure or source; questions, hearsay, negation and standard
  care in the clause are read before (hype_composed.py and the rule).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_offer import (
    FIGURE,
    MEDICINE,
    PRONOUN_SUBJECT,
    STUDY,
    everyday_medicines,
    names_remedy,
    offered,
)
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER, _health
from linter.checks.hype_result import _AIM
from linter.checks.hype_subjects import names_health
from linter.checks.hype_valued import _complaints
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

SOLUTION_KINDS = ("disease_solution", "medicine_replacement")

# The medicines and therapies a product may claim to replace: `substitution`'s objects in
# hype.yaml (drugs, medicines, pills, prescriptions, the drug classes it names, surgery).
_REPLACED = re.compile(
    r"\b(?:drugs|medicines?|medications?|pharmaceuticals?|pills|prescriptions?|antibiotics|"
    r"painkillers|pain\s+relievers|antidepressants|statins|steroids|inhalers?|insulin|"
    r"surgery|chemotherapy|chemo|hormone\s+therapy|HRT)\b",
    re.I,
)

# Advice to the reader before the words (Quirk et al. 1985, §11.24 directives; a clinician's
# caution): "talk to your GP before using ...", "ask your pharmacist whether ...".
_ADVICE = re.compile(
    r"\b(?:talk|speak|ask|consult|check)\b.*\b(?:before|whether|if)\b|\bbefore\s+(?:using|taking)\b",
    re.I,
)

# How far after the words the solved or replaced thing is read: its noun phrase and a list of
# two or three coordinated ones ("to cramps, restless legs and insomnia").
_OBJECT_REACH = 60


def solution_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why a solution or a replacement is no remedy's offer against a disease or a medicine, or
    None; "" for the other classes (their readings are elsewhere)."""
    if kind not in SOLUTION_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    before = text[claim.start : start]
    after = text[end : min(claim.end, end + _OBJECT_REACH)]
    if not _object(after, kind):
        return "no-health-problem"  # "the perfect solution for a rainy day", "for coffee"
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if STUDY.search(sentence):
        return "finding"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "can be a natural alternative to painkillers for some people"
    if _AIM.search(before) or _ADVICE.search(before):
        return "advice"  # "talk to your GP before using a herbal alternative to ..."
    lex = hype_lexicon()
    if (
        MEDICINE.search(before)
        or everyday_medicines().search(before)
        or lex.drug_stems.search(before)
    ):
        return "clinical"  # "paracetamol is a gentle alternative to ibuprofen"
    if _lifestyle().search(before):
        return "advice"  # "exercise is a natural solution to stress"
    if offered(before):
        return None  # "Our turmeric balm is the natural solution to arthritis"
    # The subject left out (a product's label) or a pronoun: the remedy is the page's or the
    # section's, or the sentence before names it. A naturalness adjective alone names none
    # ("green spaces are a natural solution to urban heat and asthma").
    if not before.strip(" *_") and (complement := _complement(text, claim, end)) is not None:
        return None if offered(complement) else "not-a-remedy"  # "... is policy, not pills"
    bare = not before.strip(" *_") or PRONOUN_SUBJECT.match(before) is not None
    if bare and (sells or remedy_page or names_remedy(text[max(0, claim.start - 300) : start])):
        return None
    return "not-a-remedy"


# The solution's phrase as a clause's subject (Quirk et al. 1985, §10.8: subject, copula,
# subject complement): "The solution to obesity is policy", "Our answer to back pain is ...".
_COPULA = re.compile(r"\b(?:is|are|was|were|lies|lie|remains?)\s+(?:in\s+)?", re.I)


def _complement(text: str, claim: Claim, end: int) -> str | None:
    """What a sentence-initial solution phrase is equated with after its copula, or None when
    the phrase is a label with no verb ("The natural solution to arthritis.")."""
    rest = text[end : claim.end]
    stop = re.search(r"[.;:!?(\n]", rest)
    copula = _COPULA.search(rest, 0, stop.start() if stop else len(rest))
    return rest[copula.end() :] if copula else None


def _object(after: str, kind: str) -> bool:
    """Whether what is solved names a health problem, or what is replaced a medicine."""
    if kind == "medicine_replacement":
        head = " ".join(after.split()[:4])
        return bool(
            _REPLACED.search(head)
            or everyday_medicines().search(head)
            or hype_lexicon().drug_stems.search(head)
        )
    stop = re.search(r"[.;:!?()\n]|\b(?:but|which|that|who|when|because)\b", after)
    phrase = after[: stop.start() if stop else len(after)]
    return names_health(phrase) or _health(phrase) or bool(_complaints().search(phrase))


@cache
def _lifestyle() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.lifestyle_means"))
