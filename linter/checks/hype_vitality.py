"""A remedy's promise against ageing and for immunity, with no hype keyword (issue 14, session
28, overZ): ageing and the dreaded outcomes of old age held off ("will retard the ageing
process", "wards off dementia", "keeps you young") and the immune system strengthened by a verb
outside the boost class ("strengthens your immunity", "a therapy strengthening the immune
system"); rules/lexicon/hype.yaml `ageing_promise`, `immune_strengthening`.

The words are also those of advice, research and definitions ("stay active to keep dementia at
bay", "exercise strengthens the immune system", "vitamin D enhanced immune function in a
trial", "rasayana is a therapy used to slow ageing"), so the reading asks what makes them a
remedy's promise:
- the subject: an alternative remedy, a product form, a mind and body practice or an Ayurvedic
  therapy named before the words in the sentence (hype.yaml `alternative`, `products`,
  `mind_body`, `ayurveda_therapies`), or a pronoun subject after a sentence or in a section
  that names one, or on a page that sells in its own voice; never standard care, a medicine or a
  vaccine;
- the mood of a promise: not hedged ("may help ward off"), helped ("helps strengthen": the
  assistance hype_result reads as no promise), aimed or defined by its aim ("used to slow
  ageing", "ways to strengthen immunity": an infinitive of purpose), advised ("eat well to
  strengthen your immunity") or conditioned; not with a figure, a source or a study;
- questions, hearsay, negation and standard care in the clause are read before, as for every
  composed class (hype_composed.py and the rule).
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
from linter.checks.hype_system import _sentence_before, bare_item
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

VITALITY_KINDS = ("ageing_promise", "immune_strengthening")

# Assistance, not a promise (Levin 1993, 72 "help" verbs; hype_result.py reads "help" so):
# "helps ward off colds", "can help strengthen immunity".
_HELP = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$", re.I)

# An infinitive of purpose or a definition by aim right before the verb (Quirk et al. 1985,
# §15.48: "used to slow ageing", "ways to strengthen immunity", "in order to"), unless a
# promise raises it ("is proven to", "is guaranteed to": other classes' words).
_TO_INFINITIVE = re.compile(r"\bto\s+$", re.I)


def vitality_reading(
    text: str,
    claim: Claim,
    start: int,
    end: int,
    kind: str,
    sells: bool = False,
    remedy_page: bool = False,
) -> str | None:
    """Why an ageing or immune promise is no remedy's promise, or None; "" for the other
    classes (their readings are elsewhere)."""
    if kind not in VITALITY_KINDS:
        return ""
    sentence = text[claim.start : claim.end]
    before = text[claim.start : start]
    if claim.figures or FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if STUDY.search(sentence):
        return "finding"  # "in a trial, elderberry enhanced immune function"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "may help ward off dementia", "... for some people"
    if _HELP.search(before):
        return "assistance"  # "helps strengthen your immune system"
    if _TO_INFINITIVE.search(before) or _AIM.search(before):
        return "aim"  # "a therapy used to slow ageing", "ways to strengthen immunity"
    lex = hype_lexicon()
    if (
        MEDICINE.search(before)
        or everyday_medicines().search(before)
        or lex.immunization.search(before)
    ):
        return "clinical"  # "the flu vaccine strengthens your immunity"
    if lex.standard_care.search(before) or lex.drug_stems.search(before):
        return "clinical"
    if offered(before):
        return None  # "Regular shirodhara wards off dementia", "our capsules keep you young"
    if PRONOUN_SUBJECT.match(before) and (
        sells or remedy_page or names_remedy(_sentence_before(text, claim))
    ):
        return None  # "It strengthens your immunity" after the remedy's sentence
    if (sells or remedy_page) and bare_item(text, claim, start, end):
        return None  # "Strengthening the immune system" as an item of a remedy's effects (overB)
    return "not-a-remedy"  # "regular exercise keeps you young": advice, no remedy
