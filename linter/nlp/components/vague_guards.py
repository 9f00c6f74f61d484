"""Guards of the vague grammar that read the words around a match: a named owner between an
evidence noun and its verb (`named_owner`) or after an evidence noun that "according to"
governs (`work_owner`), "my doctor recommended" as a subject and its verb, a clause framed by a
named medical tradition, a direct question (`asks`) and "recognized" of a status or a diagnosis
(`recognized_status`)."""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon, word_pattern
from linter.nlp.components.attribution_names import NOT_JOURNALS
from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.components.vague_patterns import PLACE
from linter.nlp.components.vague_reduced import claims_effect, reports_that

# A proper name with "the" after a preposition of origin or authorship: the owner of a work
# ("of the" is left out: "studies of the Hadza" name whom they studied).
# A name may open with a country's dotted initials ("the U.S. Centers for Disease Control"; the
# style of AP and the Chicago Manual, 10.33).
_OWNER = re.compile(
    r"\b(?:from|by|at|out of) the (?P<name>(?:(?:[A-Z]\.){2,} )?[A-Z][\w'’-]*"
    r"(?:(?: of| for| and| on)? [A-Z][\w'’-]*){0,5})(?![\w'’-])"
)
# "research at Karolinska Institutet", "work at Louisiana State University's centre": a place
# of work named by two or more capitalised words after "at" with no article is a proper name
# of an employer (a place takes "in"); one word ("at Harvard") is left to the named grammar.
_AT_NAME = re.compile(
    r"\bat (?P<name>[A-Z][\w'’-]*(?:(?: of| for| and)? [A-Z][\w'’-]*){1,5})(?![\w'’-])"
)
# Places whose names take "the" and are not bodies: the ISO 3166 countries written with "the"
# and the regions of the UN geoscheme and of common use (Middle East, Mediterranean).
_THE_PLACES = re.compile(
    r"Philippines|Bahamas|Maldives|Gambia|Czech Republic|Dominican Republic|Central African "
    r"Republic|Comoros|Seychelles|Solomon Islands|Marshall Islands|UAE|United Arab Emirates|"
    r"Middle East|Far East|Mediterranean|Caribbean|Arctic|Antarctic|Pacific|Atlantic|Balkans|"
    r"Baltics|Nordics|Americas|Midwest|South|North|East|West|Southeast|Northeast|Northwest|"
    r"Southwest|West Coast|East Coast|Gulf|Himalayas|Alps|Amazon"
)
# A people as a plural ("the Pima Indians", "the Japanese"): the studied, not the author.
_PEOPLE = re.compile(r"(?:ans|ese|ish|ites|ers)$")
# "My doctor recommended that I rest": after a central determiner or a possessive (Quirk et al.
# 1985, §5.10-5.13) "doctor recommended" is a subject and its verb, not the compound adjective
# of a claim of backing ("a doctor-recommended diet", "doctor recommended!").
_DETERMINED = re.compile(
    r"(?i)\b(?:my|your|our|his|her|their|its|the|a|an|this|that|every|each|one)\s+$"
)
# A possessive before "results show" makes them someone's own ("your results show"), also with
# the premodifiers a possessive takes before its noun's own adjectives (Quirk et al. 1985,
# §5.10 and §6.24): emphatic "own" and a superlative ("Our best estimate is that ...": the
# writer's own guess, issue 9 set L; "my latest results show"); and up to two adjectives of
# the head (§7.15-7.16 on participial adjectives, §17.97: "Our experienced specialists
# understand ...": the publisher's own staff, as "our doctors recommend" already is; precU,
# set A). A definite genitive is a possessive too (§5.115): "the researchers' leading theory",
# "the study's key finding" are the theory and the finding of those just named (review32k);
# not the genitive of time or place ("this year's research", "the world's top scientists",
# §5.118), which owns nothing, nor a capitalised one, a named body's ("the Irish government's
# research found" stays a citation).
POSSESSIVE_BEFORE = re.compile(
    r"(?i)\b(?:your|my|our|his|her|their|its|whose|(?:the|this|that|these|those) "
    r"(?:(?-i:[a-z])[\w-]* )?(?!(?:day|week|month|season|year|decade|century|world|country|"
    r"nation|state|city|region)[s'\u2019])(?-i:[a-z])[\w-]*"
    r"(?:'s|\u2019s|s'|s\u2019))\s+"
    r"(?:(?:own|best|worst|[a-z]{2,}(?:est|ed|ing|al|ful|ive))\s+(?:and\s+)?){0,2}$"
)
_POSSESSED = re.compile(r"(?i)\b(?:my|your|our|his|her|their)\s+$")
_SPACED_RECOMMENDED = re.compile(r"(?i)^\w+ recommended$")
# What follows a verb "recommended" and never a compound adjective: a clause, an infinitive, a
# gerund, a pronoun or a determiner ("recommended that", "recommended taking").
_VERB_OBJECT = re.compile(
    r"(?i)\s+(?:that|to|[a-z]+ing|i|me|you|him|her|us|them|we|he|she|they|a|an|the|my|your|"
    r"his|their|our|this|these|some|more|less|against)\b"
)


def spoken_recommendation(text: str, m: re.Match[str]) -> bool:
    """Whether "doctor recommended" in the match is a subject and its verb: after a
    possessive, or after another determiner with an object of the verb after it."""
    if not _SPACED_RECOMMENDED.match(m.group(0)):
        return False
    before = text[max(0, m.start() - 8) : m.start()]
    if _POSSESSED.search(before):
        return True
    return bool(_DETERMINED.search(before) and _VERB_OBJECT.match(text, m.end()))


# "according to research conducted at the University of X", "per new data published by the
# U.S. Centers for Disease Control and Prevention": the words after an evidence noun that
# "according to" or "per" governs name the work's author or publisher (the by-agent of a
# publication verb, a place of work), so the appeal names its source. Dots may stand inside
# the name ("U.S.").
_WORK_OWNER = re.compile(
    r",?\s+(?:(?:published|released|issued|compiled|conducted|funded)\s+)?"
    r"(?:by|from|at|out of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:(?:\s+(?:of|for|and|on|&))?\s+[A-Z][\w.'’-]*){0,6})(?![\w'’-])"
)


# "Of" names the author only after a document a body issues (MeSH publication types Report,
# Guideline, Consensus Statement): "the report of Healthline"; after a study it names the
# topic or the people studied ("a study of IBD in the United States", "studies of the Hadza").
# A country or people as an adjective ("by Canadian researchers", "from Swedish data"): the
# place of the unnamed grammar's subjects (vague_patterns.PLACE), no author.
_DEMONYM = re.compile(PLACE)
_DOCUMENT = re.compile(r"(?i).*\b(?:reports?|guidelines|statement|recommendations|article)")
_DOCUMENT_OF = re.compile(
    r"\s+of\s+(?!the\b)(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})(?![\w'’-])"
)


def work_owner(text: str, end: int, noun: str) -> str | None:
    """The proper name of the author or publisher right after an evidence noun that ends at
    `end` ("data published by the CDC", "the report of Healthline"), unless it names a place
    or a people."""
    m = _WORK_OWNER.match(text, end)
    if m is None and _DOCUMENT.fullmatch(noun):
        m = _DOCUMENT_OF.match(text, end)
    if m is None:
        return None
    name = m.group("name").rstrip(".")
    if _no_owner(name) or _DEMONYM.fullmatch(name):
        return None  # "an analysis by Canadian researchers": still unnamed
    return name


def named_owner(phrase: str) -> str | None:
    """The proper name after "from the", "by the", "of the" ... in the words between an
    evidence noun and its verb ("a report from the Surgeon General", "data from the UK
    Biobank"): the work's author or owner, unless it names a place ("the Philippines")."""
    m = _OWNER.search(phrase) or _AT_NAME.search(phrase)
    if m is None:
        return None
    name = m.group("name")
    return None if _no_owner(name) else name


def _no_owner(name: str) -> bool:
    """Whether a capitalised name after "by", "from", "at" ... is no author: a word that is
    not a journal's name, a place that takes "the", or a people the work studied. One test for
    both owner guards, so that they refuse the same names."""
    return bool(NOT_JOURNALS.fullmatch(name) or _THE_PLACES.fullmatch(name) or _PEOPLE.search(name))


# "In traditional Chinese medicine, mental disorders are understood to be ...": a sentence that
# opens by setting itself in a whole medical system names whose view its agentless passive
# reports (the system's doctrine), as "according to Ayurveda" does; the system must be one of
# the traditions class (rules/lexicon/attribution.yaml, after NCCIH's whole medical systems).
_FRAME = re.compile(
    r"\W*(?:In|According to|Within)\s+(?:the\s+)?(?:(?:traditional|classical|ancient)\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
    # The system's abbreviation defined where it is named: "In Chinese medicine (CTM), ...".
    r"(?:\s*\((?P<short>[A-Z]{2,6})\))?"
    r"(?:\s+(?:theory|thought|philosophy|tradition|practice))?\s*,"
)


# Only a view is the tradition's: the participles of Hyland's (2002) cognition acts ("is
# believed", "are understood") and discourse acts ("is said", "is held", "is taught") report a
# doctrine, what its holders think or teach; those of research acts ("is known", "has been
# shown", "is proven") still claim evidence, whoever holds them.
_COGNITION = re.compile(
    r"(?i)\b(?:understood|believed|thought|considered|regarded|seen|viewed|said|held|taught)\b"
)


def doctrine_frame(sentence_before: str, appeal: str, after: str, words: AttributionWords) -> bool:
    """Whether an agentless appeal of belief reports a tradition's doctrine: its sentence opens
    "In <tradition>," or names a construct of one ("qi is thought to flow") and no ailment after
    the appeal ("is thought to move qi and relieve migraines" still claims an effect)."""
    if not _COGNITION.search(appeal):
        return False
    m = _FRAME.match(sentence_before)
    if m is not None and any(
        name is not None and words.traditions.fullmatch(re.sub(r"\s+", " ", name))
        for name in (m.group("name"), m.group("short"))
    ):
        return True
    sentence = _PRACTICES.sub(" ", f"{sentence_before} {after}")
    # A discourse act is hearsay as often of a remedy's effect as of a doctrine: "cupping is
    # said to restore qi and lower blood pressure" claims an effect ("it is said to reflect
    # the body's health" does not).
    effect = _DISCOURSE.search(appeal) and _remedy_effect().search(after)
    return bool(words.doctrine.search(sentence)) and not _ailments().search(after) and not effect


_DISCOURSE = re.compile(r"(?i)\b(?:said|held|taught)\b")


@cache
def _remedy_effect() -> re.Pattern[str]:
    """A verb of change or of a disease claim (figures.yaml `change_verbs`, hype.yaml
    `disease_claim_verbs`) before a body function or complaint (`known_for_targets`)."""
    lex = default_lexicon()
    verbs = alternation([*lex.get("figures.change_verbs"), *lex.get("hype.disease_claim_verbs")])
    targets = alternation(lex.get("attribution.known_for_targets"))
    return re.compile(rf"(?<![\w-]){verbs}\s+(?:[\w'’-]+\s+){{0,3}}?{targets}(?!\w)", re.I)


# Practices named after a construct are therapies, not the doctrine (NCCIH lists tai chi and qi
# gong among mind and body practices): "tai chi is thought to improve balance" claims an effect.
_PRACTICES = re.compile(r"(?i)\btai[ -]?chi\b|\b(?:qi|chi)[ -]?gong\b")


@cache
def _ailments() -> re.Pattern[str]:
    """Diseases, signs and symptoms by the classes that name them elsewhere (figures.yaml
    `conditions` and `health_words`, hype.yaml's diseases by their shape and `clinical_events`),
    without the eponym shape, which any capitalised possessive would pass."""
    lex = default_lexicon()
    shapes = [e for e in lex.get("hype.diseases") if not e.startswith("[A-Z]")]
    return word_pattern(
        [
            *lex.get("figures.conditions"),
            *lex.get("figures.health_words"),
            *lex.get("hype.clinical_events"),
            *shapes,
        ]
    )


# "Acupuncture is recognized as a form of traditional medicine", "the disorder is well
# recognized in children": recognition of a status, a category or a diagnosis (the sense
# "acknowledge the existence or legality of", OED recognize v.1, 4), not a finding: the
# participle with "as" and a noun of kind (WordNet 3.1 kind.n.01 and its synonyms: kind, sort,
# type, form, variety, with category, class, branch, system) right after it, or "in" and a
# group of people (the age and sex groups of MeSH Persons [M01]), or "as" one of the health
# personnel (below). "Is recognized as a safe form of" or "as the oldest healing science"
# still appeal.
_STATUS = re.compile(
    r"\s+(?:as (?:a|an|one) (?:form|type|kind|sort|variety|category|class|branch|system)"
    r" of\b|in (?:(?:both|young|older|many|most|some) )?(?:children|adults|adolescents|teens|"
    r"teenagers|infants|babies|toddlers|women|men|girls|boys|the elderly|older adults|"
    r"elderly people|patients)\b"
    # "Massage therapists are recognized as healthcare providers": a trade recognized as one
    # of the health personnel (MeSH Health Personnel [M01.526.485] and its entry terms: health
    # care providers, health professionals, health workers, allied health personnel, and the
    # professions under it), the standing of an occupation, not a finding about health.
    r"|as (?:(?:a|an) )?(?:(?:licensed|registered|allied) )?"
    r"(?:primary care|health[- ]?care|health|medical) "
    r"(?:providers?|professionals?|practitioners?|workers?|personnel|professions?)\b)",
    re.IGNORECASE,
)
_RECOGNIZED = re.compile(r"(?i)\brecogni[sz]ed$")


def recognized_status(text: str, m: re.Match[str]) -> bool:
    """Whether an agentless "is recognized" recognizes a status or a diagnosis."""
    said, after = m.group(0), m.end()
    if said.endswith(" as"):  # the pattern of "regarded as" takes the "as" in
        said, after = said[:-3], after - 3
    return bool(_RECOGNIZED.search(said) and _STATUS.match(text, after))


# The informal agentless forms: the contracted "'s" of a passive before "to" ("it's known to")
# and the zero that-clause ("it's believed this is because"), used as freely of a place or a
# family story as of a remedy; so are lay reports and discoveries (vague_reduced.reports_that).
_INFORMAL = re.compile(r"['’]s .* to|it\b.*(?<!\bthat)", re.IGNORECASE)


@cache
def _health_matters() -> re.Pattern[str]:
    """An ailment (`_ailments`) or a body function or complaint a remedy is said to act on
    (attribution.yaml `known_for_targets`)."""
    targets = word_pattern(default_lexicon().get("attribution.known_for_targets"))
    return re.compile(rf"{_ailments().pattern}|{targets.pattern}", _ailments().flags)


def off_health(text: str, m: re.Match[str]) -> bool:
    """Whether an informal form's sentence names no health matter ("it's said to be haunted")."""
    reported = reports_that(m.group(0))
    if not (reported or _INFORMAL.fullmatch(m.group(0))):
        return False
    start = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n") + 1
    end = min((i for i in (text.find(s, m.end()) for s in ".!?\n") if i >= 0), default=len(text))
    # A report names its health matter or a claimed effect ("that whey causes gas").
    effect = reported and claims_effect(text[m.end() : end])
    return not (effect or _health_matters().search(text, start, end))


# What makes an agentless match no appeal, read from the match and the text around it.
AGENTLESS_UNFIT = (spoken_recommendation, recognized_status, off_health)
