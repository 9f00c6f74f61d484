"""The grammar of vague attributions: the patterns built from the attribution words
(VaguePatterns, build_vague) and the test for a negation before an appeal. Separate from
attribution_vague.py, whose VagueFinder applies them to a passage and judges each match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.nlp.components.attribution_words import AUX_ADVERBS, AttributionWords
from linter.nlp.components.vague_agentless import AGENTLESS_GUARDS, agentless_patterns
from linter.nlp.components.vague_consensus import CONSENSUS_GUARDS, STAFF_MONEY, consensus_patterns
from linter.nlp.components.vague_elided import ELIDED_GUARDS, elided_patterns
from linter.nlp.components.vague_graded import GRADED_GUARDS, graded_patterns
from linter.nlp.components.vague_received import RECEIVED_GUARDS, received_patterns
from linter.nlp.components.vague_reduced import REDUCED_GUARDS, reduced_patterns
from linter.nlp.lazy_regex import LazyPattern, lazy

# A country or people as an adjective ("a Swedish study", "US researchers"): still unnamed.
PLACE = (
    r"(?-i:[A-Z][a-z]+(?:an|ish|ese|ic|i)|French|Dutch|Greek|Thai|Swiss|Welsh|Nordic|Arab|"
    r"U\.?S\.?|U\.?K\.?|EU|European)"
)

# The most words of a postmodifier between an evidence noun and its reporting verb: the
# longest in the real development sets is a list of fourteen ("statistics on ... in children
# and adolescents show"). After an unnamed person the old reach of eight words and no list
# or bracket stays (vague_concord.long_description): a long description of a person ("another
# gastroenterologist from the Mayo Clinic and co-author of the study said") describes someone
# the sentence names.
POSTMODIFIER_WORDS = 16
AGENT_POSTMODIFIER_WORDS = 8

# Evidence nouns that name a body of evidence, not one work: "the data" may be generic.
MASS_NOUNS = re.compile(
    r"(?i)(?:.* )?(?:research|evidence|data|science|literature|statistics|stats|consensus|"
    r"community|world|establishment|medicine|professions?)"
)


# "The latest research", "the leading theory", "the accepted view" (a rank picks it out, all of
# evidence_nouns' ranking adjectives; vagueK, review32k): generic always.
GENERIC_ADJECTIVES = re.compile(
    r"(?i)\b(?:medical|scientific|existing|current|available|latest|growing|overwhelming|"
    r"increasing|mounting|emerging|recent|new|leading|prevailing|dominant|predominant|mainstream|"
    r"accepted)\b"
)


_NEGATED = re.compile(r"(?i)(?:\b(?:not|never|no longer|hardly)|n[’']t)(?: (?!what\b)\w+)?\s*$")


# The clause before an agentless appeal, back to a comma or a conjunction: a negated subject
# ("no single infection has been found to") denies the evidence it names.
_CLAUSE_START = re.compile(
    r"(?i)(?:^|[,;:.!?()]|\b(?:but|and|although|though|while|whereas)\b)([^,;:.!?()]*)$"
)


_NEGATED_SUBJECT = re.compile(r"(?i)^\W*(?:no|none|neither|nothing|nobody)\b")


# A clause that states a condition or a person's diagnosis, not a finding: "if your symptoms
# are thought to be caused by", "patients who were found to have low iron" (a relative "who"
# is a person, and what a person "was found to have" is a test result; so is a personal
# pronoun of one person as the subject, "she was discovered to have anaemia"; not the "-I" of a
# name, "CBT-I has good evidence").
_CONDITION_OR_PERSON = re.compile(
    r"(?i)^\W*(?:if|unless|whether|in case)\b|(?<![\w-])(?:who|he|she|i|you)\s*$"
)


@dataclass(frozen=True)
class VaguePatterns:
    """Compiled vague-attribution patterns; `subject` ones carry a subject group."""

    # The patterns behind a cheap test are compiled when first tried (LazyPattern).
    subject: LazyPattern  # evidence or agent + reporting verb, ending where it is searched
    subject_tail: re.Pattern[str]  # its noun onwards: where a subject may end, found cheaply
    according: LazyPattern  # according to + unnamed evidence
    inverted: LazyPattern  # "..., say experts.": a reporting verb before its unnamed subject
    passive_by: LazyPattern  # a passive of a research verb + by/in + unnamed evidence
    in_study: LazyPattern  # "In one small trial, ...": a clause set in unnamed evidence
    in_clause: LazyPattern  # "... reduced pain in several trials": the same, after its finding
    based_on: LazyPattern  # based on + unnamed evidence
    agentless: tuple[LazyPattern, ...]  # passives, existentials, compounds
    # For each agentless pattern, words one of which its match must hold (None: no test).
    guards: tuple[tuple[str, ...] | None, ...]
    absence: re.Pattern[str]  # "no", "little", "limited": an absence of evidence


def build_vague(w: AttributionWords) -> VaguePatterns:
    nouns = rf"(?:{w.evidence_nouns}|{w.agents})"
    # A comma stands between coordinate adjectives ("a large, well-designed study"), never
    # between the last one and its noun (Quirk et al. 1985, §7.19 and §17.117): "in the US,
    # study shows" ends a phrase at the comma, and "the" is no determiner of "study".
    adjective = rf"(?:{w.adjectives}|{PLACE})(?:,(?= (?:{w.adjectives}|{PLACE})\b))? (?:and |or )?"
    modifiers = rf"(?:(?:{w.quantifiers}|{w.counted}) ){{0,2}}(?:{adjective}){{0,3}}"
    head = rf"{modifiers}(?P<noun>{nouns})(?: (?:and|or|&) (?:(?:{w.adjectives}) )?{nouns})?"
    subject = rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})"
    # "studies of 500 women in Sweden", "research that followed nurses": up to eight words.
    # No pronoun or wh-word inside: "a review of what you already know" holds a clause; nor a
    # negative pronoun after a coordinator, which opens a clause that denies (", and none has
    # shown": precZ), though after a preposition it is an object ("with none of the": review28p).
    word = (
        r"(?!(?:what|who|whom|which|that|whether|you|we|they|i|he|she|it|your|our|their|her|"
        r"him|them|me|us)\b)(?!(?:(?<=and )|(?<=but )|(?<=, ))(?:none|nothing|nobody|neither)\b)"
        r"(?:\d[\d,.]*\d|[\w’'%-]+(?:\.[\w’'%-]+)*)"
    )  # a full stop only inside a word ("U.S"): the phrase stays in its sentence
    # A bracketed aside counts as one word of the postmodifier ("studies comparing trackers with
    # polysomnography (the gold standard) reveal"), and a comma may separate the items of a list
    # that a coordinator closes ("statistics on depression, anxiety, self-harm and suicide
    # show"): coordination inside a noun phrase (Quirk et al. 1985, §13.60-13.62).
    item = rf"(?:{word}|\([^()\n]{{1,100}}\))"
    # The items are common nouns: a list of capitalised words ("a study of Lyon MR, Kapoor MP
    # and Juneja LR") names the authors. Each is one to three words, then a comma or the coordinator
    # ("asthma, hay fever, eczema and hives"); "diets, a study compared food baskets among
    # different diets and" is a clause, not an item.
    listed = r"(?:,(?= (?:and|or) | (?-i:[a-z\d])[\w’'-]*(?: [\w’'-]+){0,2}(?:,| (?:and|or) )))?"
    # "data collected from wearables", "scientists working on ageing": any participle opens a
    # non-finite clause that postmodifies the subject (Quirk et al. 1985, §17.19-17.31), not
    # only the participles of doing research listed below. "Doctors used to think" is a habit
    # of the past, not a clause.
    participle = r"(?-i:(?!used\b)[a-z][a-z-]{2,}(?:ed|ing))"
    # "research conducted over the past decade", "a study out of Sweden", "studies done on
    # athletes": a preposition or a participle of doing or publishing research, and its words.
    phrase = (
        # "work at a Swedish university", "researchers at a children's hospital": at an unnamed
        # place of work (a named one is found by the named grammar first).
        r"(?: (?:of|in|on|at|from|out of|over|with|among|involving|into|about|across|including|"
        r"around|like|such as|"
        r"looking at|conducted|carried out|done|performed|published|released|presented|"
        # "a large study using insurance claims", "a review drawing on pharmacy data": the
        # participles that name a study's data source (STROBE 2007, item 7, "data sources"),
        # "using" too short for the open participle pattern below.
        r"using|drawing on|"
        rf"undertaken|funded|"
        # "experts interviewed for this article", "doctors surveyed by the magazine": the
        # participles of asking people (Levin 1993, 37.1 verbs of transfer of a message).
        rf"interviewed|surveyed|polled|consulted|questioned|quoted|contacted|{participle})"
        # "data covering more than a million children from around the globe have shown": up
        # to POSTMODIFIER_WORDS words, so long as a list or a count may run.
        rf"(?: {item}{listed}){{1,{POSTMODIFIER_WORDS}}}?"
        # "studies that followed nurses for decades have found": a relative clause, whose end
        # the perfect auxiliary marks.
        rf"| (?:that|which|who)(?: {word}){{1,8}}? (?:have|has|had)"
        # "previous research, which has shown that", "experts, who now agree": a
        # non-restrictive relative clause whose pronoun is the subject of the reporting verb
        # (Quirk et al. 1985, §17.22): the verb still has the evidence as its subject.
        r"|, (?:which|who)(?= ))?"
    )
    verbs = rf"(?:{w.reporting}|{w.evidence_verbs}|{w.stance})"
    # "Many experts, including cardiologists, warn": an aside between subject and verb.
    # "Newer studies (2024-2025) suggest", "studies (small ones) show": a bracketed aside
    # right after the noun, a parenthetical non-restrictive postmodifier (Quirk et al. 1985,
    # §17.71); an author and year there is a source (sources.py), so a date or a size alone
    # stays an unnamed appeal (evidenceO, set O). Numbers of one to three digits there, alone,
    # in a list or a range ("studies (1-3) show", "(4, 7)"), are Vancouver reference markers
    # (ICMJE; GUIDELINE.md's numbered reference marker): a source, not an aside.
    aside = (
        r"(?:, (?:[\w’'-]+ ){0,4}[\w’'-]+,"
        r"| \((?!\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\))[^()\n]{1,40}\))?"
    )
    # The words between a subject's noun and its reporting verb.
    # Besides the closed class of auxiliaries and adverbs, any adverb in -ly ("broadly concur",
    # "now overwhelmingly agree"): the open class of manner and degree adverbs.
    # "Many doctors will tell you", "most dietitians would agree": the modals of prediction
    # state what a number of unnamed people hold (Quirk et al. 1985, §4.58, predictive
    # "will"); after an evidence noun they speak of research to come ("further research will
    # show") and after people not counted of someone's care ("the nurses will tell you
    # about"), which finite_verb (vague_concord.py) sets aside.
    rest = rf"{aside}(?: (?:{AUX_ADVERBS}|(?-i:[a-z]{{2,}}ly)|will|would)){{0,3}}"
    between = rf"{phrase}{rest}"
    flags = re.IGNORECASE
    return VaguePatterns(
        subject=lazy(
            rf"(?<![\w-]){subject}(?P<post>{phrase}){rest} (?P<verb>{verbs})\Z",
            flags,
        ),
        # A lower-case noun takes a lower-case verb, so that "study of children throughout the
        # United States found" reaches "found" past "States"; a capitalised noun may open a
        # title-case heading ("Studies Show ...").
        subject_tail=re.compile(
            rf"(?<![\w-])(?:(?=(?-i:[a-z])){nouns}{between} (?=(?-i:[a-z]))"
            rf"|(?=(?-i:[A-Z])){nouns}{between} )(?:{verbs})(?![\w-])",
            flags,
        ),
        according=lazy(
            # "per one study", "per recent estimates": "per" in its sense "according to" (as
            # the named grammar reads "per a 2020 Gallup poll"), only before a determiner or an
            # adjective, since "per study" counts.
            rf"\b(?:according to|as (?:shown|reported|suggested|found) (?:by|in)|"
            rf"per(?= (?:the|these|those|{w.quantifiers}|{w.adjectives})\b)) "
            rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})(?![\w-])",
            flags,
        ),
        # "has been confirmed by several studies", "is backed by modern research", "was
        # documented in numerous trials": the agent of a research verb's passive, unnamed.
        # "..., say experts.", "..., suggests a new study.": the quotative inversion after the
        # reported clause (Quirk et al. 1985, §14.29: the reporting verb before its subject,
        # which ends the sentence or the clause), as the named grammar reads "..., says the
        # CDC."; the subject is the same unnamed evidence or agent as before a verb.
        inverted=lazy(
            # One lookbehind of one width, which the one-pass matcher skips to read the verbs'
            # first letters (two alternative lookbehinds would hide them and cost a full scan).
            r"(?<=[a-z%)], |[,.!?][”\"] )"
            rf"(?P<verb>{w.asserting}|{w.textual}) "
            rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})"
            r"(?=\s*[.;!?]|,|\s*$| in (?:a|an|the|its|his|her|their) )",
            flags,
        ),
        passive_by=lazy(
            rf"\b(?:is|are|was|were|be|been|being)(?: (?:{w.consensus})){{0,2}} "
            r"(?:shown|confirmed|supported|backed|documented|demonstrated|reported|observed|"
            r"found|proven|proved|replicated|established|validated|recommended|endorsed|"
            r"suggested|corroborated|verified|"  # counter_verbs' kin (refute, contradict):
            r"undermined|contradicted|refuted|debunked|disproven|disproved) (?:by|in) "
            rf"(?P<subject>(?:(?P<det>the|these|those|this|such) )?{head})(?![\w-])"
            rf"(?! {STAFF_MONEY}\b)",
            flags,
        ),
        # "In one small trial, ...", "In studies of older adults, ...", "in randomized trials,":
        # a locative that sets the clause after it in unnamed evidence (its finding, if any,
        # is judged by the finder and the check: "In a study, participants kept a diary" has none).
        # It must open its clause (the start of a sentence or of a quotation, or after a
        # comma): "to take part in a clinical trial, which ..." and "or in clinical trials,"
        # are no appeals.
        in_study=lazy(
            r"(?:^|(?<=[.!?:;\"“(]\s)|(?<=, )|(?<=\n)|(?<=^[*_#>-] ))"
            rf"in (?P<subject>(?:(?P<det>the|these|those|this|such) )?{modifiers}"
            rf"(?P<noun>{w.evidence_nouns}))(?![\w-])"
            rf"(?: (?:of|on|in|with|involving|among|from|published|conducted|done|by|at|where|"
            rf"that|which|comparing|looking at|lasting)[^,.;:!?\n]{{1,80}})?,",
            flags,
        ),
        # "Polyphenols reduced inflammation in laboratory studies", "the drug cut relapses by
        # half in two trials": the same adjunct of place inside the clause, after the finding
        # it sets in unnamed evidence (Quirk et al. 1985, §8.79: the position of adjuncts).
        # The finder (vague_locatives.py) keeps it only where the words before it are no
        # taking part, procedure or publication ("took part in clinical trials", "was tested
        # in trials") and the check only where the sentence states a finding.
        in_clause=lazy(
            r"(?<=[\w%)] )in "
            rf"(?P<subject>{modifiers}(?P<noun>{w.evidence_nouns}))(?![\w-])",
            flags,
        ),
        # "based on recent estimates", "based on science"; "based on data from 2016" is a
        # study's design.
        based_on=lazy(
            rf"\bbased on (?P<subject>(?:(?P<det>the) )?(?:(?:(?:{w.quantifiers}) )?"
            rf"(?:(?:{w.adjectives}),? ){{1,3}}(?P<noun>{w.evidence_nouns})|"
            rf"(?:science|research|evidence|studies)))(?![\w-])",
            flags,
        ),
        agentless=tuple(
            lazy(p, flags)
            for p in (
                *agentless_patterns(w, verbs),
                *elided_patterns(w),
                *reduced_patterns(w),
                *graded_patterns(),
                *received_patterns(w),
                *consensus_patterns(w),
            )
        ),
        guards=(AGENTLESS_GUARDS + ELIDED_GUARDS + REDUCED_GUARDS + GRADED_GUARDS)
        + (RECEIVED_GUARDS + CONSENSUS_GUARDS),
        absence=re.compile(rf"(?<![\w-])(?:{w.absence})(?![\w-])", flags),
    )


def condition_before(text: str, start: int) -> bool:
    """Whether an agentless appeal at `start` sits in an if-clause or says what a person was
    found to have."""
    before = text[max(0, start - 80) : start]
    clause = _CLAUSE_START.search(before)
    return bool(clause and _CONDITION_OR_PERSON.search(clause.group(1)))


def negated_before(text: str, start: int) -> bool:
    """Whether a negation stands right before `start` ("has not been shown to", "hasn't been
    shown to") or in the subject of its clause ("no single food has been found to")."""
    if _NEGATED.search(text[max(0, start - 25) : start]):
        return True
    before = text[max(0, start - 80) : start]
    clause = _CLAUSE_START.search(before)
    return bool(clause and _NEGATED_SUBJECT.search(clause.group(1)))


def reference_of(det: str | None, subject: str) -> str:
    """ "new" for "studies show"; "generic" for "the data show" (a mass noun: unnamed unless a
    source was just given); "back" for "these studies", "the researchers" (an earlier one)."""
    if not det:
        return "new"
    if GENERIC_ADJECTIVES.search(subject):
        return "new"
    if det.lower() == "the" and MASS_NOUNS.fullmatch(subject):
        return "generic"
    return "back"
