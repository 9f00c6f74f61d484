"""Appeals to unnamed evidence outside the reporting frames of the subject and agentless
grammars (issue 14, session 27, vagueY): the emerging consensus with no holder ("it has become
increasingly clear that", "we now know that"), research as the subject of a failure to find
("research has failed to find a link"), a class judged for its effect or safety with no judge
("has been identified as a risk factor", "is considered a safe procedure"), advice given by
no one named ("is highly recommended"), and unnamed sources the writer learned from ("I found
from other resources that"). vague_consensus.py appends the patterns to the agentless ones,
which keep their guards (negation, condition, question, doctrine); vague_emerging_unfit.py adds
the guards of their own near misses (GUIDELINE.md: own advice, a person's own case, a shop's
offer).
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.components.vague_judged import _effect_heads

# Adjectives of certainty that control an extraposed that-clause (Biber et al. 1999, §9.4.5.4:
# clear, evident, apparent, obvious), said with a change of state ("has become", "is
# becoming") or with a time adverb of now ("is now clear", "is increasingly evident"): what was
# not known is now held, and by no one named. The plain "it is clear that you need rest" states
# the writer's own advice (GUIDELINE.md near miss), and "it became clear that" tells a story.
_CERTAIN = r"(?:clear|evident|apparent|obvious|certain)"
# The span of time over which it became so, between the adjective and its clause ("it has
# become clear over the past decade that", "in recent years"): an adjunct of duration (Quirk et
# al. 1985, ch. 8, adjuncts of time) that says the change again (session 28, vagueZ).
_OVER_TIME = (
    r",? (?:(?:over|in|during|within) (?:the )?(?:past|last|recent)"
    r"(?: (?:few|several|couple of|two|three|five|ten|twenty|thirty|fifty))?"
    r" (?:years?|decades?|months?|century|centuries)|since the \d{4}s),?"
)
_EMERGING = (
    r"\bit(?:['’]s| is| has)"
    r"(?: (?:now|increasingly|become|becoming|been becoming|growing|grown|also|more and more|"
    r"ever more|much|very|quite|abundantly|(?-i:[a-z]{2,}ly))){1,3} "
    rf"{_CERTAIN}(?:{_OVER_TIME})? that\b"
)
# "Now we know that", "we now know that", "today we know that": the writer's "we" for the field
# or for people at large (Quirk et al. 1985, §6.18: the generic "we"), whose knowledge is new
# (the time adverb of now). "Now that we know your results" is a clause of time about one case.
_WE_KNOW = (
    r"\b(?:(?:now|today|nowadays) we (?:all )?(?:know|understand)|we (?:all )?(?:now|today) "
    r"(?:know|understand)|we (?:know|understand) (?:now|today))"
    r"(?: for sure| for certain)? that\b"
)
# Verbs of showing that research is said to have failed to do (Karttunen 1971, "Implicative
# verbs", Language 47: "fail to" asserts that the complement did not happen, as "has yet to" does
# of the time so far; the complement one
# of Hyland's 2002 research acts): "research has failed to find a link" still vouches, by the
# absence of a result, for the writer's claim.
_FAILED = (
    r"(?:fail|fails|failed|failing|yet) to (?:find|show|demonstrate|establish|confirm|detect|"
    r"identify|prove|replicate|support|uncover|reveal)"
)
# The judgement participles with the class they assign (Berkeley FrameNet 1.7, Categorization:
# consider, deem, classify, identify as, see as, view as; Biber et al. 1999, §5.10 on the
# complex-transitive passive): only a class named for its effect on health or a predicate of
# safety or efficacy makes the judgement an appeal; "is considered a sign of infection" classes.
_JUDGED = (
    r"(?:considered|deemed|identified as|classed as|classified as|seen as|viewed as|"
    r"regarded as|recogni[sz]ed as)"
)
_JUDGED_CLASS = rf" {_JUDGED} (?:a|an|the|one of the)"
_DEGREE = r"(?:very|highly|relatively|generally|extremely|most|more|less|least|quite|fairly)"
# Adverbs of consensus or degree on an agentless recommendation (MOS:WEASEL's "it is often
# recommended"; Quirk et al. 1985, §8.104-8.110 on amplifiers: highly); "strongly recommended"
# is the writer's own insistence, the bare "is recommended" a site's own guidance
# (attribution.yaml `advice_participles`), and "is usually, typically, routinely recommended for
# survivors who" the standard of care a service describes, as "doctors often order an X-ray"
# is (vague_practice.py).
_RECOMMENDED = (
    r"\b(?:is|are)(?: also)? (?:highly|widely|generally|commonly|often|frequently|universally|"
    r"mainly|mostly) recommended\b(?! by\b)"
)
# "I found from other resources that", "I've read in several places that": the writer's own
# reading of sources it does not name (MOS:WEASEL, unsupported attribution; the verbs of coming
# to know of FrameNet 1.7, Becoming_aware and Reading: find, read, learn, see).
_READ_SOURCES = (
    r"\b(?:I|we)(?: (?:did|have|had|also|then))?(?:['’]ve)?"
    r" (?:found|find|read|learned|learnt|seen|discovered) (?:from|in|on) "
    r"(?:(?:other|several|many|various|multiple|numerous|different|some|a few|a number of|"
    r"lots of|a lot of) )?(?:other )?(?:resources|sources|places|articles|websites|studies|"
    r"research|papers|reports)(?: online)? that\b"
    # "From what I've read, zinc shortens a cold": the same reading as the ground of a clause.
    r"|\bfrom (?:what|everything|all) (?:I|we)(?:['’]ve| have)? (?:read|learned|learnt)\b"
)


def emerging_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of EMERGING_GUARDS."""
    passive = rf"(?:is|are|was|were|(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been)"
    modifiers = rf"(?:(?:{w.quantifiers}|{w.counted}) ){{0,2}}(?:(?:{w.adjectives}) ){{0,3}}"
    return (
        _EMERGING,
        _WE_KNOW,
        # "Research has failed to find", "studies have so far failed to show": a bare or
        # quantified evidence noun (a determiner or possessive before it is set aside by
        # EMERGING_UNFIT: "our research failed to find" is the writer's own work).
        rf"\b{modifiers}(?:{w.evidence_nouns})(?: (?:has|have|had|so far|to date|also|"
        rf"consistently|repeatedly|largely|generally|thus far|until now))* {_FAILED}\b",
        # "has been identified as a risk factor", "is considered a major cause of", "is
        # considered a safe procedure", "is considered the most effective workout".
        rf"\b{passive}(?: (?:{w.consensus})){{0,2}}{_JUDGED_CLASS}"
        rf"(?:(?: {_DEGREE})? (?:{w.safety})\b|(?: [\w-]+){{0,2}}? (?:{_effect_heads()})\b)",
        _RECOMMENDED,
        _READ_SOURCES,
    )


EMERGING_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("it",),
    ("know", "understand"),
    ("fail", "yet to"),
    (" considered ", " deemed ", " as "),
    ("recommended",),
    ("found", "find", "read", "learn", "seen", "discovered"),
)
