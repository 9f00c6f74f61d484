"""The near misses of the appeals in vague_composed.py (issue 14, session 28, vagueZ;
GUIDELINE.md): a sentence that names no health matter ("there is growing awareness that the
car park is full"), a verdict or a belief about a person ("Dr Lee is considered better than",
"the man believed to be the driver"), a clinician's own experience ("in our clinical experience
splints help"), and a judge named after a later "by" ("is considered safe by the FDA"), which
silences the older safety and judged-class verdicts too. attribution_vague.py asks these with
the other unfit tests before it keeps an agentless match.
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon, word_pattern
from linter.nlp.components.vague_concord import _appeal_topic
from linter.nlp.components.vague_guards import _health_matters
from linter.nlp.components.vague_patterns import PLACE
from linter.nlp.components.vague_received import _provider
from linter.nlp.components.vague_reduced import claims_effect

# The patterns whose matches must name a health matter or a claimed effect in their sentence.
# Experience too (review28v): "years of professional experience show that good managers
# listen" is a career page's wisdom; "clinical" or "medical" experience names its own health
# matter (_CLINICAL).
_HEALTH_GATED = (
    "(?#growth)",
    "(?#split)",
    "(?#verdict)",
    "(?#belief)",
    "(?#own)",
    "(?#experience)",
    # vague_begun.py's (session 31, vagueP): "is seen as a way to get to the station", "has
    # been reported in the local paper" name no health matter. Not its inchoative, whose
    # subject is unnamed research or experts: the subject grammar's "research suggests", which
    # it only puts in the progressive or the perfect of "begin", has no health gate either.
    "(?#perceived)",
    "(?#reported)",
    "(?#dropped)",
)
# A comparison or superlative of safety or efficacy (attribution.yaml `safety_predicates`, in
# their comparative and superlative forms): the verdict's own health matter. Not the
# predicates of everyday worth and harm (review28v: "a laptop is considered more useful than a
# tablet", "more dangerous than the bypass"), which must name their health matter.
_SAFETY_VERDICT = re.compile(
    r"(?i)\b(?:safer|safest|(?:more|most|less|least) (?:safe|effective|efficacious|toxic))\b"
)
_CLINICAL = re.compile(r"(?i)\b(?:clinical|medical)\b")
# A judgement with "as" whose complement is a therapy (MeSH Therapeutics [E02] and its entry
# terms: therapy, treatment, remedy, cure, medicine, antidote) names its own health matter, as
# the older judged class's "is seen as a remedy" needs none (review31v: "is often thought of as
# a natural remedy for restless legs" was gated while "is seen as" fired). Not the means nouns
# ("a way to", "a tool") nor the other effect nouns ("a key factor", "a driver of growth").
_THERAPY_COMPLEMENT = re.compile(
    r"(?i) as (?:(?:a|an|the|one of the) )?(?:[\w-]+,? ){0,2}?"
    r"(?:therap(?:y|ies)|treatments?|remed(?:y|ies)|cures?|medicines?|antidotes?)\b"
)
# People as the head a belief or a verdict is about (MeSH Persons [M01]: the age and sex
# groups, patients; the personal pronouns and titles): "patients thought to be at risk" and
# "Dr Lee is considered better than" judge a person, not an effect.
_PERSON_BEFORE = re.compile(
    r"(?i)(?:\b(?:people|persons?|patients?|m[ae]n|wom[ae]n|child(?:ren)?|adults?|babies|"
    r"baby|infants?|boys?|girls?|teens?|teenagers?|individuals?|anyone|someone|those|he|she|"
    r"they|i|we|you|who|whom|doctors?|surgeons?|nurses?|staff|team)"
    r"|\b(?:Dr|Mr|Mrs|Ms|Prof)\.? [A-Z][\w’'-]*)[,)]?\s+(?:(?:is|are|was|were|has been|have been)"
    r"(?: [a-z]+ly)?\s+)?$"
)
# A possessive before clinical experience: the writer's or a named clinician's own practice
# ("in our clinical experience", "her medical experience shows"), not a body of evidence.
_OWNER_BEFORE = re.compile(
    r"(?i)(?:\b(?:my|our|his|her|their|your|its)|['’]s|s['’])\s+"
    # "her 20 years of clinical experience", "our more than 30 years of" (review28v).
    r"(?:(?:own|long|many|more than|over|nearly|almost|\d+\+?) ){0,3}$"
)
# A judge named as the agent later in the clause: "by" and a capitalised name or an acronym
# (as vague_emerging_unfit.py's; a whole word, not the plural "GPs" or "MDs": review28v), with
# no other participle between that the "by" could belong to ("are thought to be caused by
# Helicobacter pylori": the germ causes, the judge is unnamed).
_NAMED_AGENT = re.compile(
    r"(?:(?![.!?;:]| by\b)[^.!?;:])*? by (?:the )?(?:Dr\b|[A-Z]\w*[A-Z]\b|[A-Z][a-z]+)"
)
# A capitalised adjective of a people or a tradition before a common noun names no one ("by
# Ayurvedic practitioners", "by Chinese herbalists", "by Western doctors": vague_patterns.PLACE).
_PEOPLE_ADJECTIVE = re.compile(
    rf"(?:{PLACE}|Western|Eastern|Traditional|Modern|Conventional)(?= (?-i:[a-z]))"
)
_OTHER_PARTICIPLE = re.compile(
    r"(?i)\b(?:[a-z]{3,}ed|spread|driven|borne|born|made|led|held|brought|bitten|taken|given|"
    r"eaten|drawn|grown|caught|fed|bred|shed|set|put|cut|hit|sold|told|paid)\b"
)
# The judgement participles whose "by" names the judge: the agentless safety verdict ("is
# considered safe by"), a judged class, a graded recommendation and the composed verdicts.
_JUDGEMENT = re.compile(
    r"(?i)\b(?:considered|deemed|regarded|judged|viewed|seen|recogni[sz]ed|accepted|"
    r"recommended|approved|endorsed)\b"
)


@cache
def _complaints() -> re.Pattern[str]:
    """The health matters hype.yaml names besides the shared ailments: everyday complaints
    (`valued_complaints`, the NHS Health A to Z), bodily targets and functions (`body_targets`,
    `function_targets`) and the disease shapes of `diseases` (not its eponym shape, which any
    capitalised possessive would pass): "clears eczema", "narrows the arteries"."""
    lex = default_lexicon()
    shapes = [e for e in lex.get("hype.diseases") if not e.startswith("[A-Z]")]
    return word_pattern(
        [
            *lex.get("hype.valued_complaints"),
            *lex.get("hype.body_targets"),
            *lex.get("hype.function_targets"),
            *shapes,
        ]
    )


@cache
def _no_one_named() -> re.Pattern[str]:
    """Capitalised words after "by" that name no judge (review28v): attribution.yaml's
    `unnamed_agents` and `practising_agents` in title case ("by Experts", "by Herbalists", "by
    GPs") and its medical `traditions` ("by TCM practitioners", "by Ayurveda")."""
    lex = default_lexicon()
    names = ("unnamed_agents", "practising_agents", "traditions")
    words = [word for name in names for word in lex.get(f"attribution.{name}")]
    return re.compile(rf"(?i){alternation(words)}(?![\w])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    right = min((i for i in (text.find(s, end) for s in ".!?\n") if i >= 0), default=len(text))
    return left, right


def composed_off_health(text: str, m: re.Match[str]) -> bool:
    """Whether a composed appeal's sentence names no health matter, health topic or claimed
    effect ("there is growing awareness that the car park is full")."""
    if not any(tag in m.re.pattern for tag in _HEALTH_GATED):
        return False
    if "(?#experience)" in m.re.pattern and _CLINICAL.search(m.group(0)):
        return False  # "clinical experience suggests that": the practice of medicine itself
    if "(?#verdict)" in m.re.pattern and _SAFETY_VERDICT.search(m.group(0)):
        return False  # "is considered safer than open surgery": safety is the health matter
    if "(?#perceived)" in m.re.pattern and _THERAPY_COMPLEMENT.search(m.group(0)):
        return False  # "is thought of as a natural remedy for": the therapy is the health matter
    left, right = _sentence(text, m.start(), m.end())
    if "(?#belief)" in m.re.pattern:  # the relative and its head: "the clinic, said to open"
        left = max(left, m.start() - 50)
        comma = text.find(",", m.end(), right)
        right = comma if comma >= 0 else right
    if any(
        p.search(text, left, right) for p in (_health_matters(), _appeal_topic(), _complaints())
    ):
        return False
    return not claims_effect(text[m.start() : right])


def judged_person(text: str, m: re.Match[str]) -> bool:
    """Whether a verdict or a belief is about a person ("Dr Lee is considered better than",
    "the man believed to be the driver", "patients thought to be at risk")."""
    tags = ("(?#verdict)", "(?#belief)", "(?#split)", "(?#perceived)", "(?#dropped)")
    if not any(tag in m.re.pattern for tag in tags):
        return False
    return bool(_PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start()))


# The head of the verdict's subject, its last word or two before the verb ("Dr Lee's clinic
# is", "the care home is"), and of its superlative, a word or two after it before any
# preposition ("one of the best hospitals for", not "the best way for schools to").
_SUBJECT_HEAD = re.compile(r"(?:[\w’'-]+\s+){1,2}$")
_HEAD_AFTER = re.compile(r"(?:\s+(?!(?:for|to|of|in|at|on|with|by|from)\b)[\w’'-]+){1,2}")


def _names_provider(words: str) -> bool:
    found = _provider().search(words)
    return bool(found and not words[found.end() :].strip())


def provider_verdict(text: str, m: re.Match[str]) -> bool:
    """Whether a verdict praises a provider of care (review28v; as review25w's repute of a
    provider): the head of its subject or of its superlative is a place of care
    (`care_settings`), a team, staff or a service ("The hospital is considered the best in
    the country for heart surgery", "St Mary's is considered one of the best hospitals"). A
    boast of a service, not a remedy's worth said to be judged."""
    if "(?#verdict)" not in m.re.pattern:
        return False
    subject = _SUBJECT_HEAD.search(text, max(0, m.start() - 60), m.start())
    head = _HEAD_AFTER.match(text, m.end())
    return bool(
        (subject and _names_provider(subject.group(0))) or (head and _names_provider(head.group(0)))
    )


def own_experience(text: str, m: re.Match[str]) -> bool:
    """Whether clinical experience is someone's own ("our clinical experience suggests")."""
    if "(?#experience)" not in m.re.pattern:
        return False
    return bool(_OWNER_BEFORE.search(text, max(0, m.start() - 32), m.start()))


def named_judge_after(text: str, m: re.Match[str]) -> bool:
    """Whether a verdict with no infinitive names its judge later in the clause ("Melatonin
    is considered safe by the FDA", "is considered safer than surgery by NICE")."""
    said = m.group(0)
    if said.endswith((" to", " that")) or " by " in said or not _JUDGEMENT.search(said):
        return False
    agent = _NAMED_AGENT.match(text, m.end())
    if agent is None:
        return False
    between, _, name = text[m.end() : agent.end()].rpartition(" by ")
    name = name.removeprefix("the ")
    at = agent.end() - len(name)
    if _PEOPLE_ADJECTIVE.match(text, at) or _no_one_named().match(text, at):
        return False
    return not _OTHER_PARTICIPLE.search(between)


COMPOSED_UNFIT = (
    composed_off_health,
    judged_person,
    provider_verdict,
    own_experience,
    named_judge_after,
)
