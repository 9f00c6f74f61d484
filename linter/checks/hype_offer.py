"""What makes a hype word a remedy's offer, shared by the composed readings of session 28
(hype_vitality, hype_solution, hype_benefit, hype_panacea, hype_testimony): an alternative remedy,
a product, a practice or a therapy named, or the business's own offer as the subject; and the
study, figure, medicine and pronoun-subject tests each of them reads before deciding.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_praised import _CLINICIAN
from linter.checks.hype_words import hype_lexicon
from linter.config.lexicon import default_lexicon, word_pattern

# A study, a trial or a review reporting the effect: a finding, whose source is another rule's
# matter ("in a trial, elderberry enhanced immune function").
STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research|researchers|review|meta-analys[ie]s|data|evidence|"
    r"found|shows?|showed|shown|suggests?)\b",
    re.I,
)

# Medicines and vaccines as the subject: care whose effect is a clinical statement (MeSH D26
# "Pharmaceutical Preparations" and D20.215.894 "Vaccines" by their everyday names).
MEDICINE = re.compile(
    r"\b(?:medicines?|drugs?|medications?|vaccines?|vaccinations?|jabs?|immuni[sz]ations?|"
    r"tablets?|pills?|prescriptions?|statins?)\b",
    re.I,
)

# A pronoun as the whole subject: the remedy the sentence before names ("Nasya clears the
# head. It strengthens your immunity").
PRONOUN_SUBJECT = re.compile(r"^\s*[*_]*(?:it|this|these|they|that)\s+(?:\w+\s+)?$", re.I)

# A figure in the sentence: an effect given its size is a study's or a statistic's matter.
FIGURE = re.compile(r"\d")


@cache
def _ayurveda() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("hype.ayurveda_therapies"))


@cache
def everyday_medicines() -> re.Pattern[str]:
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


def names_remedy(words: str) -> bool:
    """An alternative remedy, a product form, a mind and body practice or an Ayurvedic therapy
    named in `words` ("natural" of the body's own workings left out)."""
    lex = hype_lexicon()
    words = _BODY_NATURAL.sub(" ", words)
    return any(p.search(words) for p in (lex.alternative, lex.mind_body, _products(), _ayurveda()))


# A nominal clause after the offer (Quirk et al. 1985, §15.3): its own subject says what acts
# ("our nurse explains why sleep strengthens ...").
_CONTENT_CLAUSE = re.compile(r"\b(?:how|why|that|whether|what|if)\b", re.I)


def offered(words: str) -> bool:
    """A remedy named in `words`, or what the business offers ("our capsules") as the subject."""
    if names_remedy(words):
        return True
    offer = _OUR_OFFER.search(words)
    return offer is not None and _CONTENT_CLAUSE.search(words, offer.end()) is None
