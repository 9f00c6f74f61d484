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
from functools import cache

from linter.checks.hype_praised import _CLINICIAN
from linter.checks.hype_raised import _HEDGED, _HEDGED_AFTER
from linter.checks.hype_result import _AIM
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

VITALITY_KINDS = ("ageing_promise", "immune_strengthening")

# Assistance, not a promise (Levin 1993, 72 "help" verbs; hype_result.py reads "help" so):
# "helps ward off colds", "can help strengthen immunity".
_HELP = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$", re.I)

# An infinitive of purpose or a definition by aim right before the verb (Quirk et al. 1985,
# §15.48: "used to slow ageing", "ways to strengthen immunity", "in order to"), unless a
# promise raises it ("is proven to", "is guaranteed to": other classes' words).
_TO_INFINITIVE = re.compile(r"\bto\s+$", re.I)

# A study, a trial or a review reporting the effect: a finding, whose source is another rule's
# matter ("in a trial, elderberry enhanced immune function").
_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|researchers|review|meta-analys[ie]s|data|evidence|"
    r"found|shows?|showed|shown|suggests?)\b",
    re.I,
)

# Medicines and vaccines as the subject: care whose effect is a clinical statement (MeSH D26
# "Pharmaceutical Preparations" and D20.215.894 "Vaccines" by their everyday names).
_MEDICINE = re.compile(
    r"\b(?:medicines?|drugs?|medications?|vaccines?|vaccinations?|jabs?|immuni[sz]ations?|"
    r"tablets?|pills?|prescriptions?|statins?)\b",
    re.I,
)

# A pronoun as the whole subject: the remedy the sentence before names ("Nasya clears the
# head. It strengthens your immunity").
_PRONOUN = re.compile(r"^\s*[*_]*(?:it|this|these|they|that)\s+(?:\w+\s+)?$", re.I)

# A figure in the sentence: an effect given its size is a study's or a statistic's matter.
_FIGURE = re.compile(r"\d")


@cache
def _ayurveda() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.ayurveda_therapies"))


@cache
def _medicines() -> re.Pattern[str]:
    """Everyday medicines by name (hype.yaml `reach_medicines`: WHO Model List, NHS A to Z)."""
    return word_pattern(default_lexicon().get("hype.reach_medicines"))


@cache
def _products() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.products"))


# "Natural" of the body's own workings, not of a product (the body's "natural defences",
# "natural killer cells", "the natural ageing process", immunity after a "natural infection"):
# left out before `alternative`, whose "natural" names a remedy.
_BODY_NATURAL = re.compile(
    r"\bnatural\s+(?:defen[cs]es?|defen[cs]e\s+mechanisms?|mechanisms?|process(?:es)?|"
    r"abilit(?:y|ies)|capacity|cycles?|rhythms?|ageing|aging|immunity|killer|course|history|"
    r"infections?|exposures?)\b",
    re.I,
)

# The exclusive "we" of a business (Quirk et al. 1985, §6.11) owning what the subject names
# ("our capsules", "our signature blend"), not its people (the staff, a team, its clinicians:
# hype_praised's clinician titles) nor the organisation itself, whose "fight" or "prevention" is
# its mission (MeSH N03.540 "Organizations" and N02.278 "Health Facilities" by their everyday
# names: "our charity fights dementia", "our memory clinic ..."), nor its plans, groups and
# publications (WordNet 3.1 plan.n.01 with its programme, scheme, strategy and policy,
# social_group.n.01's group and class, publication.n.01's guide, leaflet, article and page:
# "our walking group keeps you young", "our guide explains how sleep strengthens ...").
_OUR_OFFER = re.compile(
    r"\bour\s+(?!(?:[\w-]+\s+){0,2}?(?:team|staff|people|members|volunteers|clients|patients|"
    r"researchers?|research|charity|charities|society|foundation|association|organi[sz]ation|"
    r"campaign|clinics?|hospitals?|practice|cent(?:re|er)s?|services?|trust|mission|work|"
    r"programmes?|programs?|schemes?|strateg(?:y|ies)|plans?|polic(?:y|ies)|groups?|classes|"
    r"sessions?|guides?|leaflets?|booklets?|articles?|blog|posts?|website|pages?|newsletters?|"
    r"advice|information)\b|" + _CLINICIAN + ")",
    re.I,
)


def _remedy(words: str) -> bool:
    """An alternative remedy, a product form, a mind and body practice or an Ayurvedic therapy
    named in `words` ("natural" of the body's own workings left out)."""
    lex = hype_lexicon()
    words = _BODY_NATURAL.sub(" ", words)
    return any(p.search(words) for p in (lex.alternative, lex.mind_body, _products(), _ayurveda()))


# A nominal clause after the offer (Quirk et al. 1985, §15.3): its own subject says what acts
# ("our nurse explains why sleep strengthens ...").
_CONTENT_CLAUSE = re.compile(r"\b(?:how|why|that|whether|what|if)\b", re.I)


def _offered(words: str) -> bool:
    """A remedy named in `words`, or what the business offers ("our capsules") as the subject."""
    if _remedy(words):
        return True
    offer = _OUR_OFFER.search(words)
    return offer is not None and _CONTENT_CLAUSE.search(words, offer.end()) is None


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
    if claim.figures or _FIGURE.search(sentence) or claim.has_source:
        return "sourced"
    if _STUDY.search(sentence):
        return "finding"  # "in a trial, elderberry enhanced immune function"
    if _HEDGED.search(before) or _HEDGED_AFTER.search(text, end, claim.end):
        return "hedged"  # "may help ward off dementia", "... for some people"
    if _HELP.search(before):
        return "assistance"  # "helps strengthen your immune system"
    if _TO_INFINITIVE.search(before) or _AIM.search(before):
        return "aim"  # "a therapy used to slow ageing", "ways to strengthen immunity"
    lex = hype_lexicon()
    if _MEDICINE.search(before) or _medicines().search(before) or lex.immunization.search(before):
        return "clinical"  # "the flu vaccine strengthens your immunity"
    if lex.standard_care.search(before) or lex.drug_stems.search(before):
        return "clinical"
    if _offered(before):
        return None  # "Regular shirodhara wards off dementia", "our capsules keep you young"
    if _PRONOUN.match(before) and (sells or remedy_page or _remedy(_sentence_before(text, claim))):
        return None  # "It strengthens your immunity" after the remedy's sentence
    return "not-a-remedy"  # "regular exercise keeps you young": advice, no remedy


def _sentence_before(text: str, claim: Claim) -> str:
    """Up to 300 characters of the passage before the sentence."""
    return text[max(0, claim.start - 300) : claim.start]
