"""Agentless appeals in the forms of informal and hedged writing (issue 14, session 20): the
zero that-clause after an extraposed "it is believed", and a risk or benefit judged lower or
higher by unnamed consensus. Kept apart from vague_agentless.py, which appends them."""

from __future__ import annotations

from linter.nlp.components.attribution_words import AttributionWords

# The participles of speech and cognition that take a zero that-clause in extraposition ("it
# is said the ...": Quirk et al. 1985, §15.3 and §18.33), from evidential_participles.
_ZERO_THAT = "believed|thought|said|known|estimated|suggested|reported|claimed|assumed|understood"
# The nouns of harm and benefit a judgement weighs (CONSORT Harms, Ioannidis et al. 2004:
# harms, risks, adverse events, side effects; the benefit-risk balance of ICH E2C(R2)).
_WEIGHED = r"risks?|benefits?|harms?|dangers?|side[- ]effects?|adverse (?:events|effects)"


def hedged_patterns(w: AttributionWords, adverb: str, passive_finite: str) -> tuple[str, ...]:
    """The hedged patterns, in the order of HEDGED_GUARDS; `adverb` and `passive_finite` are
    the agentless grammar's adjunct and finite passive."""
    return (
        # "It's believed this is because ...", "it is thought the strain calms": the extraposed
        # appeal with a zero that-clause, its subject a pronoun, a determiner or an
        # approximator; only with a health matter named in the sentence (vague_guards
        # off_health: "it's said the building was a school").
        rf"\bit(?:'s|’s| is| was)(?: {adverb}){{0,2}} (?:{_ZERO_THAT})(?= (?:this|these|those|"
        r"it|they|there|he|she|we|you|the|a|an|most|many|some|half|about|around|over|nearly|"
        r"almost|up to|\d)\b)",
        # "the risks are often considered lower", "side effects are generally thought to be
        # minimal": a consensus adverb (MOS:WEASEL "is widely regarded"; the CoNLL-2010
        # frequency cues) judging the size of a harm or benefit with no one named.
        rf"\b(?:{_WEIGHED}) {passive_finite}(?: (?:{w.consensus})){{1,2}}"
        r" (?:considered|thought|believed|regarded as|judged|deemed) (?:to be )?(?:much |far )?"
        r"(?:lower|higher|greater|smaller|lesser|minimal|negligible|low|high|small|rare)\b",
    )


# For each hedged pattern, words one of which its match must hold.
HEDGED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("it",),
    ("considered", "thought", "believed", "regarded", "judged", "deemed"),
)
