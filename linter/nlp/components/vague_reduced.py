"""Appeals whose agent is left out or left unnamed in forms the subject grammar does not read
(issue 14, sets M and N): the reduced passive with no auxiliary ("ginger, found to ease
nausea"), lay people reporting ("many people report that"), unnamed professionals endorsing
("more and more doctors see the value in"), an existential relation known to no one named
("there are known links between") and unnamed discoveries as the subject of a finding ("recent
breakthroughs have revealed that"). vague_patterns.py appends these to the agentless patterns;
each keeps the guards those have (negation, condition, question, doctrine, a health matter).
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon
from linter.nlp.components.attribution_words import AttributionWords

# The auxiliaries and adverbs that make the full passive ("is known to", "has long been
# thought to"), which vague_agentless.py reads: the reduced form has none of them before its
# participle, each a fixed-width look-behind. "Not" and "never" deny.
_NO_AUXILIARY = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not",
        "never", "also", "often", "widely", "generally", "commonly", "now", "later", "long",
    )
) + r"(?<!['’]s )(?<!ly )"  # fmt: skip


@cache
def effect_verbs() -> str:
    """The base forms of a claimed effect: strength.yaml `causal_verbs` (Hyland 2005's and
    the causal-claim literature's verbs of change) and hype.yaml `disease_claim_verbs`."""
    lex = default_lexicon()
    claims = [v.replace("(s)?", "") for v in lex.get("hype.disease_claim_verbs")]
    return alternation([*lex.get("strength.causal_verbs"), *claims])


@cache
def _effect() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{effect_verbs()})", re.IGNORECASE)


def claims_effect(clause: str) -> bool:
    """Whether a reported clause claims an effect ("that the cream clears eczema")."""
    return bool(_effect().search(clause))


@cache
def _reports() -> re.Pattern[str]:
    # Lay people's reports ("many people report that") and unnamed discoveries ("new
    # discoveries have shown that") are used as freely of a car park or of astronomy ("new
    # discoveries in astronomy have shown that") as of a remedy.
    nouns = alternation(default_lexicon().get("attribution.discovery_nouns"))
    return re.compile(rf"(?i).* report(?:s|ed)? that|.*\b(?:{nouns})\b.* that")


def reports_that(appeal: str) -> bool:
    """Whether an appeal is a lay report or a discovery whose that-clause must name a health
    matter or a claimed effect to be one (vague_guards.off_health)."""
    return bool(_reports().fullmatch(appeal))


# Generic relata (bare noun phrases: Quirk et al. 1985, §5.52-5.59 on generic reference); "a
# link between the two pages" or "between our clinic and the school" relates particular things.
_GENERIC = (
    r"(?!(?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|two|both|"
    r"each|every|some|any)\b)(?=[a-z])"
)


def reduced_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of REDUCED_GUARDS."""
    lex = default_lexicon()
    reporters = alternation(lex.get("attribution.lay_reporters"))
    endorsing = alternation(lex.get("attribution.endorsement_verbs"))
    values = alternation(lex.get("attribution.value_nouns"))
    relations = alternation(lex.get("attribution.relation_nouns"))
    discoveries = alternation(lex.get("attribution.discovery_nouns"))
    more = r"more and more|a growing number of|an increasing number of"
    growing = rf"(?:{more}|(?:{w.quantifiers}))"
    return (
        # "Magnesium, found to ease cramps, ...", "- Ginger found to help with nausea": the
        # evidential participle as a reduced relative clause or in note style, with its
        # subject's "which is/are" left out (Quirk et al. 1985, §17.97, non-finite -ed clauses
        # as postmodifiers; §11.44 block language), before a claimed effect. "Said" and
        # "claimed" only after a comma: "the doctor said to lower the dose" is active.
        # What a person "was found to have" or "to be" is no effect (a diagnosis).
        # Its subject stands right before it (a word, a bracket or a comma): at the start of a
        # line or a list item the participle is note style, vague_elided.py's ("- Thought to").
        rf"{_NO_AUXILIARY}(?<=[\w,)] )(?:found|shown|proven|known|thought|believed|reported"
        rf"|(?<=, )(?:said|claimed|touted))(?: (?-i:[a-z]{{2,}}ly))? to"
        rf" (?:{effect_verbs()})(?![\w-])",
        # "many people report that whey is hard to digest", "lots of patients report that":
        # lay people counted by a quantifier report an experience as evidence (MOS:WEASEL,
        # "many people say"); only "report ... that" (Hyland 2005's discourse verb with its
        # content clause), not "report to the desk", and only where the sentence names a
        # health matter (vague_guards.off_health).
        rf"\b{growing} (?:{reporters})(?: (?-i:[a-z]{{2,}}ly))? report(?:s|ed)? that\b",
        # "more and more doctors see the value in chiropractic", "many physicians recognise
        # the benefits of fish oil": unnamed health professionals (`unnamed_agents`, ISCO-08)
        # endorsing a practice by a verb of perception or acknowledgement with its object of
        # worth.
        rf"\b(?:{growing} )?(?:(?:{w.adjectives}|enlightened|conventional|mainstream) )?"
        rf"(?:{w.agents})(?: (?:[\w-]+ ){{0,3}}?)?(?:(?:are|were|have) )?"
        rf"(?:now |increasingly |finally |also |(?-i:[a-z]{{2,}}ly) )?"
        rf"(?:{endorsing}) (?:the (?:(?:full|true|real|many|potential|health) )?(?:{values})"
        # "dermatologists increasingly recognise the connection between stress and acne": the
        # same professionals acknowledging a relation (`relation_nouns`, STROBE 2007) between
        # generic relata, as the existential pattern below reads them (evidenceO, set O).
        rf" (?:of|in)\b|(?:the|a|an) (?:(?:clear|strong|close|direct|real|important) )?"
        rf"(?:{relations}) between {_GENERIC})",
        # "there are known connections between music and performance": an existential
        # relation that an evidential participle says someone established, between generic
        # relata (bare noun phrases: Quirk et al. 1985, §5.52-5.59 on generic reference);
        # "a link between the two pages" or "between our clinic and the school" relates
        # particular things.
        r"\bthere(?:'s|’s| is| are| was| were| has been| have been)(?: (?:a|an))?"
        r" (?:(?:well|long|widely|scientifically|clinically|clearly)[- ])?"
        r"(?:known|established|proven|documented|recogni[sz]ed|demonstrated)"
        rf" (?:{relations}) between {_GENERIC}",
        # "recent breakthroughs have revealed that", "new discoveries suggest that": unnamed
        # discoveries as the agent of a finding (the evidence nouns' own grammar), plural and
        # premodified as new or scientific, since "these breakthroughs" refers back.
        rf"\b(?:recent|new|newer|latest|scientific|medical|research|groundbreaking)"
        rf" (?:{discoveries})(?: in [\w-]+(?: [\w-]+)?)?(?: (?:have|has))?"
        rf"(?: (?:now|also|clearly|consistently))? (?:{w.evidence_verbs}|{w.reporting})"
        r" that\b",
        # "The study, which was published in a reputable scientific journal, analyzed": a
        # journal left unnamed but vouched for by its standing or field (MOS:WEASEL's appeal
        # to an unnamed authority; the standing adjectives of MOS:PUFFERY) as where the work
        # appeared; the passive or a study noun before it, since "she has published in many
        # medical journals" is a biography, "will be published" a plan, "the BMJ" a name.
        rf"(?:\b(?<!will )(?<!to )(?:was|were|is|are|been)|(?:{w.study_nouns}),?)"
        r" published in (?:a|an|one|several|many|numerous|various|top) (?:(?:reputable|"
        r"respected|prestigious|leading|top|major|well-known|renowned|esteemed|respectable|"
        r"prominent|high-impact|scientific|medical|peer[- ]reviewed|academic|international) ){1,3}"
        r"journals?\b(?!,? (?:the |The )?(?-i:[A-Z]))(?! (?:called|named|titled)\b)",
    )


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
REDUCED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    (" to ",),
    ("report",),
    (" the ", " a ", " an "),
    ("there",),
    ("that",),
    ("published",),
)
