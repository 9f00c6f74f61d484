"""The word classes of rules/lexicon/attribution.yaml, as regular-expression alternations."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from linter.config.lexicon import Lexicon, alternation, default_lexicon
from linter.nlp.phrase_regex import spell, trie

# A capitalised word of a proper name; inner full stops allowed ("D.C."), a final one is not.
WORD = r"[A-Z](?:[\w'’&+-]|\.(?=\w))*"
JOINER = r"(?:,? (?:of|for|and|&|in|on|de|the|y) (?:the )?|: | - | )"
TITLE = rf"{WORD}(?:{JOINER}{WORD}){{0,9}}"
# The months and the days of the week: capitalised words that date a statement and name no
# one, neither a journal after "in" nor a speaker after "said" (a closed class of English).
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# An acronym written in capitals ("CCFA", "NHMRC"), possibly plural; checked against the
# clinical abbreviations before it may name a body.
ACRONYM = r"[A-Z][A-Z&]{1,7}(?:s(?![\w-]))?(?![\w&])"

# Auxiliaries and adverbs that may stand between a subject and its reporting verb ("the CDC
# now estimates", "studies have consistently shown"): a closed class of English grammar.
# Modals of the future and of obligation are left out: "further research will show" is no
# appeal to evidence that exists.
AUX_ADVERBS = (
    r"(?:have|has|had|now|also|consistently|repeatedly|clearly|already|long|even|all|both|"
    r"increasingly|generally|often|widely|largely|strongly|recently|previously|first|further|"
    r"still|only|independently|separately|continue to|continues to|continued to|seem to|"
    r"seems to|seemed to|tend to|tends to|appear to|appears to|been|do|does|did|may|might|can|"
    r"could|actually|indeed|themselves|itself|too|today|yesterday|last week|this week|"
    r"in \d{4}|(?:is|are|was|were) quoted as|"
    # The progressive ("the CDC is now warning", "researchers are finding"; Quirk et al. 1985,
    # §4.20): "is" only where an -ing form follows within three words.
    r"(?:is|are|was|were)(?=(?: [\w-]+){0,2}? [\w-]+ing\b)|"
    # "Research keeps confirming": the catenative "keep" of continuation before an -ing form
    # (Quirk et al. 1985, §16.38, as "continue to" above).
    r"(?:keep|keeps|kept)(?= [\w-]+ing\b))"
)

# A comparison of outcomes, the commonest shape of a study's finding: the comparative degree
# of English adjectives and adverbs ("lived longer", "had fewer colds", "were less likely";
# Quirk et al. 1985, 7.74-7.83).
COMPARES = re.compile(
    r"(?i)\b(?:more|less|fewer|lower|higher|longer|shorter|better|worse|faster|slower|greater|"
    r"smaller|larger|bigger|[a-z]{3,}ier)\b"
)


@dataclass(frozen=True)
class AttributionWords:
    """Each class of the lexicon as a non-capturing alternation of its fragments."""

    journals: str
    lower_journals: str
    heads: str
    acronyms: str
    not_bodies: re.Pattern[str]  # full-match test: an abbreviation that names no body
    research: str
    cognition: str
    discourse: str
    tentative: str
    counter: str
    textual: str
    advice: str
    publication: str
    authorship: str  # participles joining a work to its maker: "published by"
    evidence_verbs: str
    stance: str
    study_nouns: str
    evidence_nouns: str
    agents: str
    quantifiers: str
    counted: str
    adjectives: str
    absence: str
    participles: str
    clause_participles: str
    advice_participles: str
    consensus: str
    research_participles: str
    safety: str
    backing: str
    documents: str
    holders: str  # a practitioner or firm a compound of backing describes
    own_advice: str  # the writer's own advice a compound of backing describes: "strategies"
    quality: str
    traditions: re.Pattern[str]  # full-match test
    doctrine: re.Pattern[str]  # search test: a construct of a tradition's doctrine ("qi")
    function_words: re.Pattern[str]  # full-match test
    roles: str
    directing: str  # a person's part in a study: "who led the work"
    nameplates: re.Pattern[str]  # search test: a name ending in a nameplate word
    government: str  # a state's body by its lower-case head: "the Irish government"
    premodified_works: str  # works a body's name premodifies: "a NASA study"
    premodifying_bodies: str  # acronyms outside health whose premodifier is the author: "NASA"
    known_for_actions: str  # a health action a remedy is "known for": "its calming effects"
    known_for_targets: str  # a health target of what it is known for: "its role in sleep"
    data_sources: str  # a cohort's record a label may name: "UK Biobank", "the ... Registry"
    own_accounts: str  # a body's report of itself: "Annual Review", "Impact Report"
    label_parts: str  # a body's part or a study's arm in a label: "Placebo Group"
    label_designs: str  # a design or a description opening a label: "Cohort Study", "Our"
    product_documents: str  # a medicine's own document: "the package leaflet"
    unasserted: str  # lookbehinds: not just after "if", "whether", "does" (a clause not asserted)
    occupations: str  # a discipline as a title before a name: "geneticist Jane Smith"
    listing: str  # "lists", "has listed": a body's list
    listed: str  # what a body's list is of when it is health facts: "signs", "risk factors"
    provenance: str  # "taken from", "adapted from", "based on": where a note says it comes from
    provenance_subjects: str  # what such a note says comes from there: "this dosing", "the table"
    body_documents: str  # "practice parameter", "fact sheet", "website"
    periodical_heads: str  # a periodical's title ends: "Times", "Gazette", "Weekly"
    characterizing: str  # "classifies", "defines", "describes" ... as: what a body says a thing is
    genitive_persons: str  # "Men's", "Runner's": a title's descriptive genitive, no person's
    classed_products: str  # "the app", "the book": a product a body may praise, no health fact
    periodical_nouns: str  # "magazine", "news site": a title in apposition with one is an outlet
    classed_people: str  # "volunteers", "patients": a body's esteem for them, no health fact
    classed_settings: str  # "countries", "a working week": a body's administration, no health fact
    genitive_non_titles: str  # "Knee", "Week": a genitive before them names a condition or a day
    norms: str  # "definition", "threshold", "schedule": a norm a body makes (citeB)
    norm_participles: str  # "set", "revised", "first proposed": a body making a norm, before "by"

    @property
    def reporting(self) -> str:
        """Every reporting verb: research, cognition, discourse (also tentative and counter),
        textual and advice acts."""
        return (
            f"(?:{self.research}|{self.cognition}|{self.discourse}|{self.tentative}|"
            f"{self.counter}|{self.textual}|{self.advice})"
        )

    @property
    def journal_title(self) -> str:
        """A journal's title after "in": a capitalised name, or a listed lower-case one."""
        return rf"(?:{TITLE}|(?<![\w-])(?:{self.lower_journals})(?![\w-]))"

    @property
    def asserting(self) -> str:
        """Reporting verbs whose object is the finding itself ("found", "says", "recommends")."""
        return (
            f"(?:{self.research}|{self.cognition}|{self.discourse}|{self.tentative}|"
            f"{self.counter}|{self.advice})"
        )


def words_of(lexicon: Lexicon) -> AttributionWords:
    def get(name: str) -> str:
        return alternation(lexicon.get(f"attribution.{name}"))

    def fast(name: str) -> str:
        """A lower-case class as a trie: Python's regex engine tries every option of a plain
        alternation at every word start, and most of them fail on the first letter."""
        return trie(spell(lexicon.get(f"attribution.{name}")))

    def full(name: str) -> re.Pattern[str]:
        return re.compile(get(name))

    return AttributionWords(
        journals=get("journals"),
        # "published in eLife": a listed title whose first letter is lower-case is still one.
        lower_journals=alternation(
            [j for j in lexicon.get("attribution.journals") if j[:1].islower()]
        ),
        heads=get("institution_heads"),
        acronyms=get("institution_acronyms"),
        not_bodies=full("clinical_abbreviations"),
        research=fast("research_verbs"),
        cognition=fast("cognition_verbs"),
        discourse=fast("discourse_verbs"),
        tentative=fast("tentative_verbs"),
        counter=fast("counter_verbs"),
        textual=fast("textual_verbs"),
        advice=fast("advice_verbs"),
        publication=fast("publication_verbs"),
        authorship=fast("authorship_participles"),
        evidence_verbs=fast("evidence_verbs"),
        stance=fast("stance_predicates"),
        study_nouns=fast("study_nouns"),
        evidence_nouns=fast("evidence_nouns"),
        # Unnamed people, and a discipline or profession taken whole ("modern medicine", "the
        # medical profession"): authority with no one named, in the same places of the grammar.
        agents=trie(
            spell(
                lexicon.get("attribution.unnamed_agents")
                + lexicon.get("attribution.discipline_authorities")
            )
        ),
        quantifiers=fast("vague_quantifiers"),
        counted=fast("counted_quantifiers"),
        adjectives=fast("evidence_adjectives"),
        absence=fast("absence_words"),
        participles=fast("evidential_participles"),
        clause_participles=fast("clause_participles"),
        advice_participles=fast("advice_participles"),
        consensus=fast("consensus_adverbs"),
        research_participles=fast("research_participles"),
        safety=fast("safety_predicates"),
        backing=fast("backing_compounds"),
        documents=fast("document_nouns"),
        holders=fast("practice_holders"),
        own_advice=fast("advice_nouns"),
        quality=fast("quality_attributes"),
        traditions=full("traditions"),
        doctrine=re.compile(rf"(?i)(?<![\w-]){get('doctrine_constructs')}(?![\w-])"),
        function_words=full("function_words"),
        roles=fast("expert_roles"),
        directing=fast("directing_verbs"),
        government=get("government_heads"),
        premodified_works=get("premodified_works"),
        premodifying_bodies=get("premodifying_bodies"),
        known_for_actions=get("known_for_actions"),
        known_for_targets=get("known_for_targets"),
        data_sources=fast("data_sources"),
        own_accounts=fast("own_accounts"),
        label_parts=get("label_parts"),
        label_designs=get("label_designs"),
        product_documents=get("product_documents"),
        occupations=fast("researcher_occupations"),
        listing=fast("listing_verbs"),
        listed=fast("listed_facts"),
        provenance=fast("provenance_words"),
        provenance_subjects=fast("provenance_subjects"),
        body_documents=fast("body_documents"),
        periodical_heads=f"{get('newspaper_nameplates')}|{get('periodical_frequencies')}",
        characterizing=fast("characterizing_verbs"),
        genitive_persons=fast("genitive_persons"),
        classed_products=fast("classed_products"),
        periodical_nouns=get("periodical_nouns"),
        classed_people=fast("classed_people"),
        classed_settings=fast("classed_settings"),
        genitive_non_titles=fast("genitive_non_titles"),
        norms=get("norm_nouns"),
        norm_participles=get("norm_participles"),
        unasserted="".join(
            rf"(?<!(?i:\b{word}) )" for word in lexicon.get("attribution.unasserted_openers")
        ),
        # "Irish Times" and "Reuters", not "Post" or "Dr. Post" (a surname): see the lexicon.
        nameplates=re.compile(
            rf"(?:(?<!^Dr\.)(?<!^Prof\.)(?<!^Mr\.)(?<!^Mrs\.)(?<!^Ms\.)(?<!^Dr)(?<!^Prof)"
            rf"(?<!^Mr)(?<!^Mrs)(?<!^Ms)(?<!^Miss)\s(?:{get('newspaper_nameplates')})$"
            rf"|(?:^|\s)(?:{get('news_services')})$)"
        ),
    )


Bounds = list[tuple[int, int]]  # each sentence's start and end character, in order


def sentence_at(bounds: Bounds, at: int) -> tuple[int, int]:
    """The start and end of the sentence that holds the character at `at`."""
    index = bisect.bisect_right(bounds, (at, float("inf"))) - 1
    if index >= 0:
        return bounds[index]
    return (0, bounds[-1][1]) if bounds else (0, at)


# "recorded according to the Celsius scale", "dosed according to weight": "according to" in
# manner, right after a participle, attributes nothing.
_MANNER = re.compile(r"\b\w+ed $")
# Nor does "according to" before a measuring instrument ("patients according to SIC score",
# "according to the GRADE criteria"): only premodifiers between, no clause ("according to
# doctors using the pain scale" is a source) and no preposition, whose object the instrument
# would be: "according to a review of pain scales", "a study on quality-of-life scores" name
# a work, an appeal (review20k).
_PREMODIFIERS = (
    r"(?:(?:the|a|an|their|his|her|its|your|our)\s+)?"
    r"(?:(?!(?:who|that|which|using|with|in|on|from|by|and|or|of|for|to|at|about|among|across|"
    r"into|over|under|between|per)\b)[\w'’.-]+\s+){0,4}?"
)


@cache
def _measured_by() -> re.Pattern[str]:
    instruments = alternation(default_lexicon().get("attribution.measure_instruments"))
    return re.compile(rf"(?i)according\s+to\s+{_PREMODIFIERS}{instruments}(?![\w-])")


def manner_according(text: str, start: int) -> bool:
    """Whether the "according to" at `start` says how something is done or what a value is
    measured by, not who says so."""
    if _MANNER.search(text[max(0, start - 20) : start]):
        return True
    return _measured_by().match(text, start) is not None


# Words that make what follows the source of the sentence's claim, as "according to" does
# ("as observed in a 2016 study": Hyland's 2002 research acts of observation as its frame).
# "Based on the results of the ORBITA trial, ...": the complex preposition of basis (Quirk et
# al. 1985, §9.10: "on the basis of", "based on") with the results of a named work as its
# object makes the work the source of the clause, as "according to" does (set DD census).
ACCORDING_BEFORE = re.compile(
    r"(?i)(?:\baccording to|(?<![\w-])per|\bciting|"
    r"\bas (?:reported|shown|found|noted|observed|documented|demonstrated) (?:in|by)|"
    r"\b(?:based on|on the basis of) (?:the )?(?:\w+ )?(?:results|findings|data|outcomes?) "
    r"(?:of|from)) $"
)
