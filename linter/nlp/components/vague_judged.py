"""Judgement and development participles of the agentless grammar that are no appeal: the
writer's own verdict after a modal of obligation, a class assigned with "considered to be a",
and "established" meaning formed (vague_agentless.py composes them into its patterns)."""

from __future__ import annotations

from functools import cache

from linter.config.lexicon import alternation, default_lexicon
from linter.nlp.components.attribution_words import AttributionWords

# "Taste preferences are well established by age 2": "established" of a habit, a skill or a
# trait with a stage of growth (a "by" of age or time, "in infancy") means formed, the
# participle of development (Oxford English Dictionary, "establish" v., sense 5: to settle,
# make stable), not attested; "well established by research", "in the literature" and "that"
# still appeal (precU, set U).
ESTABLISHED = (
    r"established(?! by (?:the )?(?:age|ages|time|end|month|months|year|years|adulthood|"
    r"adolescence|puberty|birth|school age|toddlerhood|\d)\b)"
    r"(?! (?:in|during) (?:early |late )?(?:childhood|infancy|adolescence|toddlerhood)\b)"
)


# Words of rank and comparison in a noun phrase: a class judged better or worse is a verdict of
# quality, not a class ("a healthier version", "the best", "a superior source").
_RANK = (
    r"best|most|first-line|preferred|ideal|better|worse|safer|healthier|superior|inferior|"
    r"more|less"
)


@cache
def _effect_heads() -> str:
    """Nouns that name a thing by what it does to health: attribution.effect_nouns ("a cause",
    "a cure", "a risk factor") and the agent nouns in -er of the causal and absolute verbs
    (strength.yaml; Quirk et al. 1985, App. I.24: "boost" -> "booster", "fight" -> "fighter")."""
    lex = default_lexicon()
    verbs = [*lex.get("strength.causal_verbs"), *lex.get("strength.absolute_verbs")]
    agents = [verb + ("r" if verb.endswith("e") else "er") for verb in verbs if verb.isalpha()]
    return alternation([*lex.get("attribution.effect_nouns"), *(rf"{a}s?" for a in agents)])


def judged_classes(w: AttributionWords, passive: str, adverb: str) -> str:
    """Look-aheads that keep the judgements below out of the "is considered to" appeal;
    `passive` and `adverb` are the agentless grammar's auxiliaries and adjuncts."""
    # "should be considered to be relatively safe", "must be considered to be a risk": after a
    # modal of obligation (Quirk et al. 1985, §4.49-4.58) the raising form is the writer's own
    # verdict, as the bare "should be considered safe" (no finite passive, no appeal) already
    # is; "may be considered to be safe" (possibility) still appeals (precU, set A).
    obligation = "".join(
        rf"(?!(?<=\b{modal} )be(?: {adverb}){{0,2}} considered to be\b)"
        for modal in ("should", "must")
    )
    # "is often considered to be a moral sin": "to be" is optional in the complex-transitive
    # "consider" (Quirk et al. 1985, §16.45), so the raising form with an indefinite noun
    # phrase assigns a class as the small clause "is considered a sign of infection" does, a
    # convention and no appeal. A consensus adverb ("is widely considered to be a": its own
    # pattern), an unnamed agent ("by experts"), a bare predicate ("to be anti-inflammatory")
    # and a noun phrase of safety, efficacy, rank or comparison ("an effective remedy", "the
    # best", "a healthier version") still appeal (precU, sets A, M, Y); so does a class named for
    # its effect on health ("a major cause of", "a cure", "immune boosters": a causal or
    # efficacy claim in a noun, review23p).
    # The same with a bare plural of agent nouns in -er, -or, -ist (Quirk et al. 1985, App. I.24),
    # a class of people: "anyone who uses drugs twice a year is considered to be drug abusers".
    classed = (
        rf"(?!{passive}(?: {adverb}){{0,2}} considered to be "
        rf"(?!(?:[\w-]+ ){{0,3}}(?:{w.safety}|{_RANK}|{_effect_heads()})\b)"
        rf"(?:(?:a|an) |(?:[\w-]+ )?[\w-]+(?:ers|ors|ists)\b))"
    )
    return obligation + classed
