"""A remedy's effect praised by its size or wonder as a predicate, and an effect promised at
once, with no hype keyword (issue 14, session 28, overZ): "the benefits of our ginger tonic can
be tremendous", "its effect on inflammation is remarkable", "it starts working right away";
rules/lexicon/hype.yaml `praised_benefit`, `immediate_onset`.

The words are also a clinician's and a reporter's ("the effects of smoking on the lungs are
enormous", "the benefits of the vaccine are huge", "paracetamol starts working within 30
minutes", "the effect of the new ward on waiting times was remarkable"), so the reading asks:
- whose effect it is: an alternative remedy, a product form, a mind and body practice or an
  Ayurvedic therapy named in the sentence up to the words (hype_vitality's `names_remedy`), or a
  pronoun ("its effect", "it starts") on a page that sells, in a section that names one or
  after a sentence that does;
  not a medicine, a vaccine or standard care, and not a harm or a poor habit ("the effects of a
  poor diet", "side effects");
- that it is claimed: no figure, source or study, no hedge (questions, hearsay, negation and
  standard care in the clause are read before, in hype_composed.py and the rule).
"""

from __future__ import annotations

import re

from linter.checks.hype_offer import FIGURE, MEDICINE, STUDY, everyday_medicines, names_remedy
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_valued import _HARM
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

BENEFIT_KINDS = ("praised_benefit", "immediate_onset")

# Effects that are harms by their modifier (MeSH C25 "Chemically-Induced Disorders" and
# "Drug-Related Side Effects and Adverse Reactions": side, adverse, toxic, ill effects) or whose
# cause is a risk to health (the WHO's leading risk factors by their everyday names: tobacco,
# alcohol, a poor diet, inactivity, pollution, stress), where size states a harm's scale.
_HARMFUL = re.compile(
    r"\b(?:side|adverse|ill|harmful|negative|toxic|damaging|devastating|poor|bad|unhealthy|"
    r"junk|processed|lack|too\s+much|excess\w*|deficienc(?:y|ies)|smoking|tobacco|alcohol|"
    r"drinking|stress|pollution|inactivity|sedentary|obesity|sugar|pandemic|war|trauma)\b",
    re.I,
)

# A pronoun for the remedy: the possessive ("its effect") or the subject ("it starts working",
# "feel it start working").
_PRONOUN = re.compile(r"\b(?:it|its|this|these|they|their|them)\b", re.I)


def benefit_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why praise of an effect's size or an effect at once is no remedy's promise, or None; ""
    for the other classes (their readings are elsewhere). `remedy_page`: the passage's section
    names a remedy (hype_labels.remedy_sections), where a pronoun may stand for it."""
    if kind not in BENEFIT_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    owner = text[claim.start : end]  # whose effect: the sentence up to the praise
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"  # "paracetamol starts working within 30 minutes"
    if STUDY.search(sentence):
        return "finding"
    if _HEDGED.search(text, claim.start, start) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"
    if _HARMFUL.search(owner) or _HARM.search(sentence):
        return "harm"  # "the effects of a poor diet on health are enormous"
    lex = hype_lexicon()
    if (
        MEDICINE.search(owner)
        or everyday_medicines().search(owner)
        or lex.immunization.search(owner)
    ):
        return "clinical"  # "the benefits of the vaccine are huge", "ibuprofen gel starts ..."
    if lex.drug_stems.search(owner):
        return "clinical"  # "the effect of semaglutide on weight is remarkable"
    if lex.standard_care.search(owner):
        return "clinical"
    if names_remedy(owner):
        return None  # "the effect of fasting on inflammation is remarkable"
    before = text[max(0, claim.start - 300) : claim.start]
    if _PRONOUN.search(text, claim.start, start) and (sells or remedy_page or names_remedy(before)):
        if MEDICINE.search(before) or lex.standard_care.search(before):
            return "clinical"  # "Your GP may prescribe an antibiotic. It starts working ..."
        return None  # "Our elderberry syrup ... Rub it in and it starts working right away."
    return "not-a-remedy"
