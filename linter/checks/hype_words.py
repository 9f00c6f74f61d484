"""The vocabulary of the hype grammar: the word classes and patterns of hype.py, and the
classes of rules/lexicon/hype.yaml compiled once (HypeLexicon). Separate from hype.py so the
readings (hype_reading.py) and the rule can share them without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from linter.checks.hype_comfort_words import COMFORT_KINDS, comfort_patterns
from linter.checks.hype_frame_words import FRAME_KINDS, frame_patterns
from linter.checks.hype_function_words import BODY_KINDS, body_patterns
from linter.checks.hype_intensified_words import BUILT_KINDS, built_patterns
from linter.checks.hype_praise import praise_patterns
from linter.checks.hype_reversal import reversal_pattern
from linter.config.lexicon import alternation, default_lexicon, word_pattern

NEGATION_REACH = 8  # words, as the ConText negations of context.yaml


def _class_names(text: str) -> tuple[str, ...]:
    """Class names as one space-separated string, in order (one a line cost 26 lines)."""
    return tuple(text.split())


# The classes composed for issue 14: standalone too, but read by hype_composed.py first.
COMPOSED_CLASSES = _class_names(
    "conspiracy certainty quick_fix permanence totality absolute_verbs universal_safety "
    "root_cause substitution hyper_boost artery_cleaning drug_equivalence total_effect "
    "sufficiency miracle_idioms riddance boosted_efficacy natural_safety disease_fighting "
    "harm_denial universal_benefit always_best certain_effect safe_for_all panacea_range "
    "restoring_key intensified_efficacy peak_benefit magical_effect power_epithets remedy_power "
    "body_transformation stacked_safety promised_safety promised_results predicated_safety "
    "safety_labels promised_cure raised_effect certain_future sole_remedy promised_change "
    "ensured_result total_benefit"
) + _class_names("ranked_efficacy proven_offer power_praise colloquial_effect")  # hype_valued.py
# hype_reach.py (27, overY); hype_vitality, _solution, _benefit, _panacea, _testimony (28).
COMPOSED_CLASSES += _class_names("rival_superiority remedy_reach toxin_claims promised_life")
COMPOSED_CLASSES += _class_names(
    "ageing_promise immune_strengthening disease_solution medicine_replacement praised_benefit "
    "immediate_onset cure_all testimony_cure"
)
PRAISED_KINDS = _class_names("praised_efficacy assured_outcome praised_results safe_effective")
# hype_praised (27); _assured (28); _intensified, _comfort, _frames (29); _system (30); _function
_BUILT = BUILT_KINDS + COMFORT_KINDS + FRAME_KINDS + BODY_KINDS
COMPOSED_CLASSES += PRAISED_KINDS + _BUILT

# Classes that fire wherever they stand (hype.yaml keys); CLASSES adds those composed below.
STANDALONE = (
    *_class_names(
        "fraud_flags promotional_labels novelty establishment safety immune_boosting "
        "detox anti_aging superlative universal_fit maximized evaluative_adverbs"
    ),
    *COMPOSED_CLASSES,
)

CLASSES = (*STANDALONE, "evaluative", "extreme", "scale", "cure", "reverse", "heading_claims")


# Classes whose claim a plain clinical statement may make ("usually cures", "most patients
# have no side effects").
CLINICAL = ("cure", "reverse", "safety", "harm_denial", "root_cause")


# Hype nouns that also name a kind of thing when they stand before another noun.
_NOMINAL = re.compile(r"breakthroughs?|miracles?|cures?|superfoods?", re.I)


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


# Closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries, modals):
# after a hype noun they show that it heads its phrase; before a verb form they show its use.
FUNCTION_WORDS = words(
    "a an the this that these those its their his her your our my any no some every each all "
    "both either neither such what which who whom whose it they them we us you he she i me him "
    "of for to in on at by with from into onto over under about against among between through "
    "during after before since until than as like and or but nor so yet if when while because "
    "is are was were be been being am has have had do does did can could may might will would "
    "shall should must not also even only just very too more most less there here then now "
    "ever already still often usually always never"
)


DETERMINERS = words(
    "a an the this that these those its their his her your our my any no some every each "
    "another one potential possible eventual only true real definitive permanent known "
    "effective new first"
)


# Before these a participle reads as an adjective: "less cured meat", "of reversed flow".
_BEFORE_ADJECTIVE = DETERMINERS | words(
    "of for in on into onto at as among between with without from than less more most fewer "
    "some many"
)


_PREPOSITIONS = words("to of for in on at about into toward towards with without from than")

# Before an infinitive these make it a claim ("proven to", "guaranteed to"), not a purpose.
_RAISING = words("found shown proven proved known said claimed seems appears guaranteed likely")

AUXILIARIES = words("is are was were be been being get gets got has have had 's")

SUBJECT_PRONOUNS = words("i we you they he she it")


# What may follow a verb form "cured"/"reversed" (an object or an agent), unlike an adjective.
_AFTER_VERB = words(
    "my your his her their our its the a an this that these those it them him me us by with "
    "within in after through using permanently completely forever naturally"
)


# Where a clause ends: a negation or a qualifier does not reach across these.
_CLAUSE = re.compile(
    r"[;:]|\b(?:but|however|although|though|whereas|while|which|who)\b|(?:,|\band)\s+yet\b", re.I
)

_STRICT_CLAUSE = re.compile(rf"{_CLAUSE.pattern}|\s[—–-]\s|—|\bbecause\b", re.I)

_WORD = re.compile(r"[\w'’-]+")

_SPACES = re.compile(r"[ \t]+")

_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


_HOW = re.compile(r"\s*(?:how|why|what|when|where|which|who|ways|tips)\b", re.I)


# Quotation marks around a whole sentence (typographic or straight): an FAQ quoting its reader.
QUOTES_AROUND = re.compile(r"^[\s\"“”‘’'«»]+|[\s\"“”‘’'«»]+$")
_QUESTION_START = re.compile(
    r"\s*(?:can|could|is|are|was|were|will|would|does|do|did|has|have|should)\b", re.I
)

# A purpose or attempt before the word: FrameNet's Purpose and Attempt frames (try, seek, strive,
# endeavour) and the idiom "do one's best/utmost to", whose possessive keeps "the best to" out.
_PURPOSE = re.compile(
    r"\b(?:intended|aimed|designed|meant|goal|aim|purpose|attempts?|attempting|trying|tries|try|"
    r"hopes?|hoped|hoping|seeks?|seeking|order|efforts?|working|focus(?:ed)?|striv(?:e|es|ing)|"
    r"strove|endeavou?r(?:s|ed|ing)?|(?:my|your|his|her|its|our|their|one[’']s)\s+(?:very\s+)?"
    r"(?:best|utmost))\s+(?:is\s+)?(?:to|at|on|of)\s+(?:\w+\s+)?$",
    re.I,
)


# The adjectives of the tough-construction (Huddleston & Pullum 2002, The Cambridge Grammar of
# the English Language, ch. 14 §6: hard, difficult, easy, impossible, tough ...) before "to
# cure": a statement of how curable a condition is ("difficult to cure", "easy to reverse").
_TOUGH = re.compile(
    r"\b(?:difficult|hard|harder|hardest|impossible|tough|tougher|tricky|challenging|easy|"
    r"easier|simple|simpler|straightforward)\s+to\s+$",
    re.I,
)


_PREDICATE_BEFORE = re.compile(
    r"(?P<copula>\b(?:is|are|was|were|be|been|being|'s|as|becomes?|became|offers?|provides?|"
    r"remains?|found|discovered|developed|created|invented|unveiled)|[,:]|[—–])\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


_PREDICATE_AFTER = re.compile(
    r"\s+for\s+[^,.;:?!]{1,60}?\s(?:is|are|was|were|has been|have been|exists?)\b", re.I
)


# "this simple cure", "our cure": a cure that the writer points at exists.
_POINTED = words("this these that those our my his her their")


# "a cure ... isn't available", "a cure remains elusive": denied after the noun.
_DENIED_AFTER = re.compile(
    r"(?:\s+for\s+[^,.;:?!]{1,50}?)?\s+(?:\w+\s+)?(?:isn[’']t|is not|are not|aren[’']t|"
    r"does not|doesn[’']t|do not|don[’']t|remains? elusive|has not been|have not been)\b",
    re.I,
)


_SPECULATIVE = re.compile(
    r"\b(?:may|might|could|would|possibly|potentially|promising|one day|someday)\b", re.I
)


# A sentence that opens by rejecting the one before: "This has not been shown", "These claims
# are false", "That is a myth".
_REJECTION = re.compile(
    r"\s*(?:this|that|these|those|such|the)\s+(?:\w+\s+){0,2}?(?:(?:has|have|is|are|was|were)"
    r"\s+(?:not|never)|(?:has|have)n[’']t|(?:is|are)n[’']t|(?:is|are)\s+(?:a\s+)?(?:myths?|false|"
    r"untrue|unproven))\b",
    re.I,
)


_HOPE = re.compile(r"\b(?:may|might|could|someday|one day|hope|hopes|hoped|hopefully)\b", re.I)


_EXISTENTIAL = re.compile(r"\bthere(?:'s|’s)?\s+(?:\w+\s+){0,3}$", re.I)


@dataclass(frozen=True)
class Candidate:
    """A stretch of hype wording in a passage: where it is and which class found it."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class HypeLexicon:
    """The compiled classes of rules/lexicon/hype.yaml."""

    standalone: dict[str, re.Pattern[str]]
    evaluative: re.Pattern[str]  # praise before a health head, a health purpose or a figure
    extreme: re.Pattern[str]  # an extreme adjective before a health head ("fantastic benefits")
    scale: re.Pattern[str]  # a size adjective before a benefit ("tremendous benefits")
    praise: re.Pattern[str]  # the praise words alone: a cheap test before `evaluative`
    cure: re.Pattern[str]
    reverse: re.Pattern[str]
    cure_modifiers: frozenset[str]
    cure_goals: re.Pattern[str]
    cured_foods: re.Pattern[str]
    reverse_compounds: re.Pattern[str]
    qualifiers: re.Pattern[str]
    standard_care: re.Pattern[str]
    immunization: re.Pattern[str]  # vaccines: standard care for a heading's prevention claim
    alternative: re.Pattern[str]
    findings: re.Pattern[str]
    organs: re.Pattern[str]
    negations: re.Pattern[str]
    not_negations: re.Pattern[str]
    heads: re.Pattern[str]  # a health head: what praise must be about
    clinical_events: re.Pattern[str]  # a sign or event: "breakthrough pain" names one
    disease_claim_verbs: re.Pattern[str]
    diseases: re.Pattern[str]
    body_targets: re.Pattern[str]  # an organ or bodily target a heading's promise names
    mind_body: re.Pattern[str]  # a mind and body practice: a remedy promise's subject
    drug_stems: re.Pattern[str]  # a drug by its INN stem: a promise's subject in two classes
    services: re.Pattern[str]  # a health service: a promise's subject where the page sells it
    seller_offer: re.Pattern[str]  # the page's own offer, in the first person


@cache
def hype_lexicon() -> HypeLexicon:
    """The bundled hype lexicon, compiled once per process."""
    lex = default_lexicon()

    def pattern(key: str) -> re.Pattern[str]:
        return word_pattern(lex.get(f"hype.{key}"))

    evaluative, extreme, scale = praise_patterns(lex, FUNCTION_WORDS)
    heads = alternation(lex.get("hype.health_heads"))
    return HypeLexicon(
        standalone={k: pattern(k) for k in STANDALONE if k not in _BUILT}
        | (built_patterns() | comfort_patterns() | frame_patterns() | body_patterns()),
        evaluative=evaluative,
        extreme=extreme,
        scale=scale,
        praise=pattern("evaluative"),
        cure=pattern("cure"),
        reverse=reversal_pattern(lex),
        cure_modifiers=frozenset(w.lower() for w in lex.get("hype.cure_modifiers")),
        cure_goals=pattern("cure_goals"),
        cured_foods=pattern("cured_foods"),
        reverse_compounds=pattern("reverse_compounds"),
        qualifiers=pattern("qualifiers"),
        standard_care=pattern("standard_care"),
        immunization=pattern("immunization"),
        alternative=word_pattern(
            [
                *lex.get("hype.alternative"),
                *lex.get("hype.herbs"),
                *lex.get("hype.products"),
                *lex.get("hype.supplement_ingredients"),
            ]
        ),
        findings=pattern("findings"),
        organs=pattern("organs"),
        negations=pattern("negations"),
        not_negations=pattern("not_negations"),
        heads=re.compile(rf"(?:[\w-]+\s+){{0,2}}?{heads}(?![\w-])", re.I),
        clinical_events=word_pattern(lex.get("hype.clinical_events")),
        disease_claim_verbs=pattern("disease_claim_verbs"),
        diseases=word_pattern(lex.get("hype.diseases"), flags=0),
        body_targets=pattern("body_targets"),
        mind_body=pattern("mind_body"),
        drug_stems=pattern("drug_stems"),
        services=pattern("services"),
        seller_offer=pattern("seller_offer"),
    )
