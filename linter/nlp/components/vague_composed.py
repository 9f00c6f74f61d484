"""Appeals to unnamed evidence composed from the attribution classes in frames the other
patterns leave out (issue 14, session 28, vagueZ): a growing awareness with no holder ("there
is growing awareness that"), a proof verb split from its infinitive ("has been shown not only
to", "has been shown time and again to"), an agentless comparative or superlative verdict ("is
considered safer than surgery", "is regarded as the safest option"), a reduced relative of
belief before a relation ("hormones believed to play a role in acne"), clinical experience as
the subject of a finding and the writer's own unnamed research as a claim's basis ("my research
shows that"). vague_consensus.py appends the patterns to the agentless ones, which keep their
guards (negation, condition, question, doctrine); vague_composed_unfit.py adds the guards of
their own near misses. Each pattern carries a regex comment naming it, so that a guard asks
only of its own pattern's matches.
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AUX_ADVERBS, AttributionWords
from linter.nlp.components.vague_reduced import _NO_AUXILIARY, effect_verbs

# Adjectives of growth and breadth before a noun of cognition (Biber et al. 1999, ch. 7 on
# degree adjectives; the growth adjectives of `evidence_verbs`' "is growing that").
_GROWING = (
    r"(?:growing|increasing|greater|wider|widening|better|deeper|broader|new|newer|emerging|"
    r"general|widespread|broad|mounting)"
)
# Nouns of knowing that take a that-clause of their content (Biber et al. 1999, ch. 8: the
# nouns controlling that-clauses; WordNet 3.0 noun.cognition: awareness, understanding,
# realization, appreciation, knowledge): "recognition", "acceptance" and
# "agreement" are vague_consensus.py's.
_KNOWING = r"(?:awareness|understanding|reali[sz]ation|appreciation|knowledge|acknowledge?ment)"
# What may split a proof verb from its infinitive (Quirk et al. 1985, §8.20 on the medial
# position of adjuncts; ch. 13 on the correlatives "not only ... but also", "both ... and"):
# the correlative's first half, a repetition adverbial ("time and again", "over and over"),
# or any -ly adverb.
_SPLIT = (
    r"(?:not (?:only|just|merely|simply)|both|time and (?:time )?again|again and again|"
    r"over and over(?: again)?|many times(?: over)?|more than once|once again|"
    r"(?-i:[a-z]{2,}ly))"
)
# The participles of proof and of knowledge among `evidential_participles` (Hyland 2002,
# research acts of finding; cognition acts of knowing and believing): not "observed" or
# "reported", whose split forms are mostly procedure ("patients were observed closely to
# ensure", "was reported promptly to staff").
_PROOF = (
    r"(?:shown|proven|proved|demonstrated|found|known|thought|believed|documented|"
    r"established|confirmed)"
)
# "To" as the infinitive's marker (as in vague_agentless.py): no determiner, pronoun or
# "date" after it.
_INFINITIVE = (
    r"(?! (?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|me|you|him|us|"
    r"them|some|any|each|every|all|no|date|many|most|people|others)\b)"
)
# The judgement participles of FrameNet 1.7 Categorization (vague_emerging.py's) with their
# complement read as a comparison (Quirk et al. 1985, ch. 7 on comparison): the degree
# before the comparative (far, much, slightly, even, a lot), a comparative in "more"/"less"
# or in "-er" or a superlative, and its standard after "than" (§15.63).
_JUDGED = (
    r"(?:considered|deemed|regarded as|seen as|viewed as|judged|thought|believed|"
    r"recogni[sz]ed as|accepted as)"
)
_BY_DEGREE = (
    r"(?:(?:far|much|slightly|somewhat|significantly|considerably|even|a lot|a little|a bit) )"
)
# The adjectives of amount, frequency and severity (Martin & White 2005, The Language of
# Evaluation: graduation, the force of quantity and extent) describe a case or a class ("is
# considered higher than normal", "more common than type 1"); only a valuation of worth
# (appreciation: valuation) is a verdict that needs a judge.
_GRADED = (
    r"(?:common|rare|frequent|prevalent|likely|severe|serious|advanced|complex|difficult|"
    r"expensive|costly|widespread|typical|usual|aggressive|acute)"
)
# Words in -er that are no comparative adjective of quality (Quirk et al. 1985, ch. 7: the
# inflected comparative is of one- and two-syllable adjectives; these are pronouns, adverbs,
# prepositions or nouns, or comparatives of time and size that judge no effect), and the
# graduation comparatives.
_NOT_COMPARATIVE = (
    r"(?:other|rather|either|neither|whether|never|ever|however|over|under|after|later|"
    r"sooner|further|former|latter|water|number|member|older|younger|longer|larger|bigger|"
    r"smaller|taller|shorter|cheaper|dearer|earlier|paper|power|cancer|order|matter|partner|"
    r"higher|lower|greater|fewer|heavier|lighter|milder|rarer|commoner|worse off|"
    rf"(?:more|less) {_GRADED})"
)
_COMPARATIVE = (
    rf"(?!{_NOT_COMPARATIVE}\b)(?:(?:more|less) (?:(?-i:[a-z]{{2,}}ly) )?[a-z-]{{3,}}|better|"
    rf"worse|(?-i:[a-z]{{2,}}er))"
)
# The Latin comparatives that take "to" (Quirk et al. 1985, ch. 7: superior, inferior,
# preferable); "equivalent" and "comparable" judge likeness.
_LATIN = r"(?:superior|inferior|preferable|equivalent|comparable|equal)"
# The superlatives of the same graduation class a case too (review28v: "Type 2 is considered
# the most common form", "the most serious type of skin cancer", "the earliest stage").
_NOT_SUPERLATIVE = (
    rf"(?:(?:most|least) {_GRADED}|oldest|youngest|longest|largest|biggest|smallest|tallest|"
    r"shortest|cheapest|earliest|latest|highest|lowest|greatest|fewest|heaviest|lightest|"
    r"mildest|rarest|commonest)"
)
_SUPERLATIVE = (
    rf"(?:the (?!{_NOT_SUPERLATIVE}\b)(?:(?:most|least) [a-z-]{{3,}}|best|safest|"
    r"(?-i:[a-z]{3,}est)))"
)
# Verbs of belief and hearsay as a reduced relative (Hyland 2002, cognition acts; the
# CoNLL-2010 speculation cues believed, thought, suspected, presumed; "said" only after a
# comma, since "the doctor said to rest" is active). Between commas, a non-restrictive
# relative (Quirk et al. 1985, §17.22) adds the belief as an aside: "Vitamin D, known to
# support the immune system, ...". Without the comma the relative restricts its head, and a
# factive "known" or a passive "to be caused by" defines a class ("medications known to set
# off flares", "an illness believed to be caused by Agent Orange": wild corpora, a criterion
# and a warning), so only a non-factive belief before an active verb appeals there ("hormones
# believed to play a role in acne").
_BELIEF = r"(?:believed|thought|known|(?<=, )said)"
# The participles of belief vague_reduced.py's pattern does not read, which take an effect
# verb here too ("Garlic, reputed to ward off colds,").
_REPUTED = r"(?:suspected|presumed|reputed|purported|understood)"
_GUESSED = r"(?:believed|thought|suspected|presumed|reputed|purported)"
# Verbs of coming from a source, which with "from" are the active converse of "to be caused
# by" (the cause as the object of "from"): the restrictive relative below leaves both out.
_ORIGIN = r"(?:result|stem|arise|originate|derive|come|spring|develop)"
# The adverbs of time and consensus a non-restrictive belief may take ("Chamomile, long
# thought to calm the nerves,"): `consensus_adverbs` of time and breadth.
_HELD = r"(?:long|widely|commonly|often|generally|once|traditionally|popularly)"
# Not a plural noun after "to" ("known to doctors"): a bare infinitive ends in -s only after
# another s ("discuss", "process").
_VERB_AFTER = r"(?![a-z]+(?<!s)s\b)(?-i:[a-z]{2,})\b"
# Clinical experience as a body of knowledge (Sackett et al. 1996, "Evidence based medicine:
# what it is and what it isn't", BMJ 312:71: "the proficiency and judgment that individual
# clinicians acquire through clinical experience and clinical practice"; the Oxford CEBM 2009
# levels of evidence, level 5: expert opinion), premodified, since a bare "experience shows
# that" is everyday wisdom.
_EXPERIENCE = (
    r"(?:(?:years|decades) of (?:(?:long|extensive|wide) )?)?(?:clinical|medical|professional)"
    r"(?: and (?:clinical|scientific|medical|practical))? experience"
)


# What may qualify the writer's own research (Quirk et al. 1985, §5.10 and §6.24: the emphatic
# "own"; the kinds of research a clinic or a maker does itself).
_OWN_KIND = (
    r"(?:own|in-house|internal|independent|clinical|ongoing|recent|latest|extensive|"
    r"unpublished)"
)


def composed_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of COMPOSED_GUARDS."""
    passive = rf"(?:is|are|was|were|(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been)"
    # Only the present and the perfect: "the tumour was found early to have spread" tells
    # one case in the past, "has been shown repeatedly to" the standing of a finding.
    present = rf"(?:is|are|(?:has|have)(?: (?:{w.consensus})){{0,2}} been)"
    adverbs = rf"(?: (?:{w.consensus}|(?-i:[a-z]{{2,}}ly))){{0,2}}"
    verbs = rf"(?:{w.research}|{w.evidence_verbs}|{w.tentative}|{w.discourse})"
    return (
        # "There is growing awareness that omega-3 supports the brain", "there is now a better
        # understanding that": knowledge that grows with no one named who holds it. Not the
        # past "there was" (review28v): "by the 1950s there was growing awareness that" is
        # history, what people came to know then.
        rf"\bthere(?:['’]s| is| has been)(?: (?:now|also|today|already))?(?: (?:a|an))?"
        rf" {_GROWING}(?:,? (?:and )?{_GROWING})? {_KNOWING} that\b(?#growth)",
        # "Awareness is growing that", "recognition has been increasing that": the same
        # nouns, and vague_consensus.py's, as the subject of a verb of growth, their content
        # clause extraposed (Quirk et al. 1985, ch. 18, extraposition).
        rf"\b(?:{_KNOWING}|recognition|acceptance|agreement|consensus)"
        r" (?:is|has been|keeps) (?:now )?(?:growing|increasing|spreading|building|emerging|"
        r"mounting|widening) that\b(?#growth)",
        # "has been shown not only to ease pain but also to", "has been proven time and
        # again to": the proof verb split from its infinitive, a verb after "to" (review28v:
        # "the stretch is demonstrated slowly to patients" shows it to someone).
        rf"\b{present}{adverbs} {_PROOF} {_SPLIT}(?:,? {_SPLIT})? to\b{_INFINITIVE}"
        rf"(?= {_VERB_AFTER})(?#split)",
        # "is considered safer than surgery", "are regarded as more effective than",
        # "is considered the safest option for": a verdict with no judge.
        rf"\b{passive}{adverbs} {_JUDGED} {_BY_DEGREE}?"
        rf"(?:{_COMPARATIVE}(?: [\w’'-]+){{0,4}}? than\b|(?:one of )?{_SUPERLATIVE}\b|"
        rf"(?:(?:a|an) )?(?:safer|more (?:{w.safety})|less (?:{w.safety}))\b|"
        rf"{_LATIN} to\b)(?#verdict)",
        # "hormones believed to play a role in acne", "Vitamin D, known to support the immune
        # system,": the reduced relative of belief before a relation or an effect that is not
        # one of the effect verbs (those are vague_reduced.py's first pattern).
        rf"(?<=, )(?:{_BELIEF}(?: (?-i:[a-z]{{2,}}ly))? to{_INFINITIVE}"
        rf" (?!(?:have|{effect_verbs()})\b)|{_REPUTED} to{_INFINITIVE} (?!have\b))"
        rf"{_VERB_AFTER}(?#belief)",
        # "Chamomile, long thought to calm the nerves,": with an adverb before it, which
        # vague_reduced.py's pattern leaves out, also before an effect verb.
        rf"(?<=, ){_HELD} (?:{_BELIEF}|{_REPUTED}) to{_INFINITIVE} (?!have\b)"
        rf"{_VERB_AFTER}(?#belief)",
        # "hormones believed to play a role in acne": restrictive, non-factive, active. Not a
        # verb of origin with "from", the active converse of "to be caused by" (review28v: "an
        # illness believed to result from your service", "cancers thought to arise from
        # asbestos" name a class by its cause, as a claim form's criteria do).
        rf"{_NO_AUXILIARY}(?<!['’]re )(?<=[\w)] ){_GUESSED}(?: (?-i:[a-z]{{2,}}ly))? to"
        rf"{_INFINITIVE} (?!(?:have|be|{effect_verbs()})\b|{_ORIGIN} from\b)"
        rf"{_VERB_AFTER}(?#belief)",
        # "Clinical experience suggests that", "years of clinical experience show".
        rf"\b{_EXPERIENCE}(?: (?:{AUX_ADVERBS}|(?-i:[a-z]{{2,}}ly))){{0,2}} {verbs}(?![\w-])"
        r"(?#experience)",
        # "My research shows that", "our own research has found that": the writer's own
        # research, unpublished and unnamed, as the basis of a claim (GUIDELINE.md: unnamed
        # evidence; the subject grammar leaves a possessive's results to their owner).
        rf"\b(?:my|our)(?: {_OWN_KIND})? (?:research|researches|investigations|experiments)"
        rf"(?: (?:over|in|into|on|with|across|among|of)(?: [\w’'-]+){{1,5}}?)?"
        rf"(?: (?:{AUX_ADVERBS}|(?-i:[a-z]{{2,}}ly))){{0,3}} {verbs}(?![\w-])(?#own)",
        # "In my research, I found that": the same research as the setting of the finding.
        rf"\bin (?:my|our)(?: {_OWN_KIND})? research,? (?:I|we)(?: have| also|['’]ve)*"
        r" (?:found|discovered|learned|learnt|seen|shown|noticed|observed) that\b(?#own)",
    )


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
COMPOSED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("there",),
    ("that",),
    (" to",),
    (" than", " the ", "safer", "more ", "less ", " to"),
    (", ",),
    (", ",),
    (" to ",),
    ("experience",),
    ("my ", "our "),
    ("my ", "our "),
)
