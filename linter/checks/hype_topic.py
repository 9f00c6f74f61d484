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

The attribution rules take the same test, broadened with health behaviours, foods, nutrients
and common infections (`off_topic_appeal`): hearsay about academic careers or prehistory and a
book on forest policy cited by its authors appeal for no health claim (sets F, X and Z).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from linter.checks.hype_words import hype_lexicon
from linter.claim import Attribution, Claim
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
        ]
    )
    # Diseases by their names' shape, but not the eponym branch ("Alzheimer's"): as a topic
    # test any capitalised possessive would pass ("It’s", a brand's name).
    shapes = [e for e in lex.get("hype.diseases") if not e.startswith("[A-Z]")]
    diseases = word_pattern(shapes, flags=0)
    return (words, diseases, hype.standard_care, hype.immunization, hype.alternative)


@cache
def _appeal_topic() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The appeal test's own words (hype.yaml `appeal_topic`), and the health professions
    (MeSH M01.526.485, practice.yaml), which both tests read, as two patterns."""
    lex = default_lexicon()
    appeal = word_pattern(
        [
            *lex.get("hype.appeal_topic"),
            *lex.get("figures.constituents"),
            *lex.get("figures.body_constituents"),
        ]
    )
    return appeal, word_pattern(lex.get("practice.health_personnel"))


# A sentence's end inside the passage: another sentence follows it.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+\S")


def off_topic(text: str, kind: str) -> bool:
    """Whether a candidate of a topic-free class stands in a passage of two or more sentences
    that names no health. A lone sentence is too little to read a topic from ("Keto is a
    game changer" names a diet by its brand): its topic is left to the page."""
    if kind not in TOPIC_FREE or not _SENTENCE_END.search(text.strip()):
        return False
    professions = _appeal_topic()[1]
    return not any(pattern.search(text) for pattern in (*_health_topic(), professions))


def _names_health(text: str, personnel: bool) -> bool:
    """Whether the text names something of health for the appeal test; `personnel=False` leaves
    out the health professions, which name who a passage is about ("training more doctors than
    we need"), not that it is about health."""
    appeal, professions = _appeal_topic()
    if any(pattern.search(text) for pattern in (*_health_topic(), appeal)):
        return True
    return personnel and professions.search(text) is not None


# Named sources that are evidence by kind: a journal, a named study, researchers at a named
# place (claim.py NAMED_KINDS); a person, an outlet or a body may speak of anything.
_EVIDENCE_KINDS = frozenset({"journal", "study", "affiliation"})


@cache
def _evidence_words() -> re.Pattern[str]:
    """The words of an appeal to evidence (attribution.yaml: study and evidence nouns, which
    include the researchers and experts, research participles and compounds of backing) and
    Hyland's (2002) research acts that report a finding (shown, proven, found, demonstrated)."""
    lex = default_lexicon()
    return word_pattern(
        [
            *lex.get("attribution.study_nouns"),
            *lex.get("attribution.evidence_nouns"),
            *lex.get("attribution.research_participles"),
            *lex.get("attribution.backing_compounds"),
            "shown|proven|proved|found|demonstrated|confirmed|linked|associated|scientific(ally)?",
            # The researchers and experts of attribution.yaml `unnamed_agents`, and estimates.
            "(scientists|researchers|investigators|experts|specialists|scholars|academics)",
            "estimated|estimates?",
        ]
    )


def off_topic_appeal(passage: str, claim: Claim, sentences: int, source: Attribution) -> bool:
    """Whether an appeal to evidence or authority stands in a passage of two or more sentences
    that names no health, and in a sentence that names none either: hearsay about careers or
    prehistory ("it is often believed that"), a book on forest policy ("X et al. explain"), a
    fashion magazine ("According to Vogue") appeal for no health claim (GUIDELINE's VAGUE and
    CITE are about findings in health writing). A profession of health counts in the appeal's
    own sentence ("doctors say"), where it is the authority appealed to, but not elsewhere in
    the passage. A lone sentence (`sentences`, the passage's count) leaves its topic to the page,
    as for hype. An appeal to evidence ("increasingly supported by science", "studies show")
    is left to the rules whatever the passage names: health writing closes with it on a topic
    of its own ("Grounding is ... supported by science"), and the test is for hearsay (what is
    believed, said or thought) and named people, outlets or bodies; a journal, a named study or
    researchers at a named place are evidence by kind."""
    if sentences < 2 or source.kind in _EVIDENCE_KINDS or _evidence_words().search(source.text):
        return False
    sentence = claim.text
    return not _names_health(passage, personnel=False) and not _names_health(sentence, True)


def health_page(passages: Sequence[str]) -> bool:
    """Whether at least half of a page's passages of two or more sentences name health: a
    health article, whose passages may name their topic by a pronoun, an acronym or a term the
    lexicon lacks ("It's estimated that 30 million people have COPD"), so the appeal test is
    left out there. A general science digest or a fashion magazine, most of whose passages name
    no health, is read passage by passage."""
    several = [p for p in passages if _SENTENCE_END.search(p.strip())]
    # Read until the count is settled either way (issue 20): a health article's first half
    # settles it, where every passage of a big file was searched for a dozen word classes.
    named, left = 0, len(several)
    for passage in several:
        if 2 * named >= len(several) or 2 * (named + left) < len(several):
            break
        named += _names_health(passage, personnel=False)
        left -= 1
    return 2 * named >= len(several)
