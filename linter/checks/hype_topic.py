"""Whether hype wording that names no health of its own stands in a paragraph about health.

GUIDELINE.md's OVER is wording "about a health effect or safety". Most hype classes carry
their topic in their own words ("cures", "detox", "boosts immunity") or are read with their
object (hype_objects.py); three do not: the fraud red flags ("guaranteed", "miracle", "works
like magic"), novelty hype ("revolutionary", "a game changer") and evaluative praise of a
method or a strategy ("transformative strategies"). A lifestyle magazine uses them of shoes,
outfits and habits ("They are guaranteed to match with many outfits"). Such a word is read as
health hype only where its paragraph (the passage the check reads) names something of health:
the topic is what the paragraph is about, not a word list of the hype itself.

What names health: the word health and its family; the anatomy of MeSH A (organs and body
targets of rules/lexicon/hype.yaml, the body regions and tissues of figures.yaml `body`); the
diseases, signs and symptoms of MeSH C (hype.yaml `diseases`, `clinical_events`; the ICD-11
heads and medical suffixes of figures.yaml `health_words` and `conditions`); drugs, nutrients,
remedies and therapy (MeSH D and E: hype.yaml `health_heads`, `standard_care`, `immunization`,
the alternative remedies and their ingredients; figures.yaml `substances`); health personnel
(MeSH M01.526.485, practice.yaml); the body's functions and measures (MeSH G and F: sleep,
digestion, mood; figures.yaml `outcome_measures`). The test is broad on purpose: a paragraph
that names any of these keeps the finding, so only a paragraph with no health word at all
loses it.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_words import hype_lexicon
from linter.config.lexicon import default_lexicon, word_pattern

# The classes whose words say nothing of what they praise or promise.
TOPIC_FREE = frozenset({"fraud_flags", "novelty", "evaluative"})
# The word health and its family, and the adjectives of medicine (a closed set: the headwords
# of MeSH's top-level category names "Health Care" [N] and the clinical adjectives).
_HEALTH = [
    "health",
    "healthy",
    "healthier",
    "healthiest",
    "unhealthy",
    "healthful",
    "heal(s|ed|ing)?",
    "medical(ly)?",
    "clinical(ly)?",
    "nutrition(al)?",
    "dietary",
    "therapeutic",
    "patients?",
    "wellness",
    "well-being",
    "wellbeing",
    # The body's functions and the mind's states that health writing is about (MeSH G07
    # "Physiological Phenomena", G03 "Metabolism", G12 "Immune System Phenomena", F01/F02:
    # mood, stress, memory).
    "sleep(ing)?",
    "digestion",
    "digestive",
    "metabolism",
    "metabolic",
    "immun(e|ity)",
    "hormon(es|al)",
    "fertility",
    "pregnan(t|cy)",
    "ag(e)?ing",
    "mood",
    "stress",
    "memory",
    "fatigue",
    "energy levels?",
]


@cache
def _health_topic() -> tuple[re.Pattern[str], ...]:
    lex = default_lexicon()
    hype = hype_lexicon()
    words = word_pattern(
        [
            *_HEALTH,
            *lex.get("hype.health_heads"),
            *lex.get("hype.organs"),
            *lex.get("hype.body_targets"),
            *lex.get("hype.clinical_events"),
            *lex.get("hype.cure"),
            *lex.get("figures.health_words"),
            *lex.get("figures.conditions"),
            *lex.get("figures.body"),
            *lex.get("figures.substances"),
            *lex.get("figures.outcome_measures"),
            *lex.get("practice.health_personnel"),
        ]
    )
    # Diseases by their names' shape, but not the eponym branch ("Alzheimer's"): as a topic
    # test any capitalised possessive would pass ("It’s", a brand's name).
    shapes = [e for e in lex.get("hype.diseases") if not e.startswith("[A-Z]")]
    diseases = word_pattern(shapes, flags=0)
    return (words, diseases, hype.standard_care, hype.immunization, hype.alternative)


# A sentence's end inside the passage: another sentence follows it.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+\S")


def off_topic(text: str, kind: str) -> bool:
    """Whether a candidate of a topic-free class stands in a passage of two or more sentences
    that names no health. A lone sentence is too little to read a topic from ("Keto is a
    game changer" names a diet by its brand): its topic is left to the page."""
    if kind not in TOPIC_FREE or not _SENTENCE_END.search(text.strip()):
        return False
    return not any(pattern.search(text) for pattern in _health_topic())
