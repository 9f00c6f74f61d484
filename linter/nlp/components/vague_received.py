"""Appeals to received opinion with no reporting verb on unnamed evidence (issue 14, session
25, vagueW): a remedy's repute ("renowned for its calming effect"), a whole profession's assent
foretold ("any neurologist will tell you that", "every dentist would agree that"), the
literature as the place of a report ("has been reported in medical journals", "is well
described in the scientific literature") and results said to agree with unnamed work ("in line
with other studies"). vague_patterns.py appends these to the agentless patterns; each keeps
their guards (negation, condition, question, health).
"""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon
from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.components.vague_repute import EFFECT_HEADS, health_actions


def _lexicon(name: str) -> list[str]:
    return default_lexicon().get(f"attribution.{name}")


# A plural alternative before "|" or ")": "(doctors|GPs)" -> "(doctor|GP)", "therapies" ->
# "therapy" (the regular plurals of English nouns, Quirk et al. 1985, §5.79-5.83).
_PLURAL_IES = re.compile(r"ies(?=[|)])")
_PLURAL_S = re.compile(r"(?<=[A-Za-z]{2})s(?=[|)])")
# A class item that is a plain alternation of words, or two of them: "(doctors|nurses)",
# "(health|medical) (professionals|practitioners)".
_PLAIN = re.compile(r"\([A-Za-z|]+\)(?: \([A-Za-z|]+\))?")


@cache
def singular_professions() -> str:
    """The unnamed agents of attribution.yaml (`unnamed_agents`, `practising_agents`: ISCO-08
    health and science professionals) in the singular, for "any" and "every"."""
    items = {
        _PLURAL_S.sub("", _PLURAL_IES.sub("y", item))
        for name in ("unnamed_agents", "practising_agents")
        for item in _lexicon(name)
        if _PLAIN.fullmatch(item)
    }
    return alternation(sorted(items))


# After the verb of assent, what makes it no appeal: "agree to an extra day off", "agree with
# us", "tell you where the waiting room is" (an indirect question of place, time or manner,
# Quirk et al. 1985, §15.5, says what they can inform you of, not a belief they hold).
_NOT_ASSENT = (
    r"(?! (?:to|on|with|where|when|how|what|which|whether|if|about|why|who|more|all|so)\b)"
    # A plain noun phrase as the object (review25w): "will confirm your appointment", "will tell
    # you their name", "will confirm the diagnosis before": a thing handed over, not the content
    # clause that assent takes (Quirk et al. 1985, §16.31-16.33: "confirm that", "tell you
    # (that)"). The object opens with a possessive determiner (§6.29), or is an article and one
    # or two words closed by a preposition or the clause's end; "the same" is a clause's proform.
    r"(?! (?:your|their|his|her|its|our|my)\b)"
    r"(?! (?:the|a|an) (?!same\b)[\w-]+(?: [\w-]+)?(?:[.,;:!?]|$| (?:before|after|when|while|at|"
    r"on|in|by|for|with|within|during|if|and|or|to|from|of)\b))"
)


# "In line with", "agrees with", "fits with": the phrases of agreement before the work agreed
# with (Quirk et al. 1985, §16.69: prepositional verbs and adjectives with "with"), each a
# lookbehind of its own width.
_AGREES_WITH = (
    "(?:"
    + "|".join(
        rf"(?<=\b{a} with )"
        for a in (
            *("in line", "consistent", "in keeping", "in agreement", "in accordance"),
            *("agree", "agrees", "agreed", "agreeing", "fit", "fits", "fitting", "align"),
            *("aligns", "aligned", "aligning", "tally", "tallies", "chime", "chimes", "accords"),
        )
    )
    + ")"
)


# The acts of a remedy on health, as gerunds (the "role in" complements of vague_agentless.py's
# "known for its" pattern: MeSH "Treatment Outcome" and the verbs of hype.yaml's benefits).
_EFFECT_GERUNDS = (
    r"(?:supporting|promoting|maintaining|regulating|boosting|reducing|lowering|preventing|"
    r"protecting|improving|enhancing|fighting|healing|relieving|easing|balancing|strengthening|"
    r"soothing|calming|restoring)"
)


def received_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of RECEIVED_GUARDS."""
    repute = alternation(_lexicon("reputation_adjectives"))
    assent = alternation(_lexicon("assent_verbs"))
    places = alternation(_lexicon("publication_places"))
    settings = alternation(_lexicon("care_settings"))
    effect_heads = EFFECT_HEADS
    # The research participles of Hyland's (2002) research acts (studied, researched,
    # investigated) in the same frame ("a root studied for its stress-relieving properties":
    # vagueK, issue 14): research said to have been done on the effect, none named. Not after
    # the simple past ("the drug was studied for its effect on ... in 2019", "was prized for
    # ... by Roman physicians"): a past event told as history (Quirk et al. 1985, §4.11), as
    # against the present, the perfect or a reduced relative, which speak of now.
    repute = rf"(?<!\bwas )(?<!\bwere )(?:{repute}|studied|researched|investigated)"
    actions = health_actions(w)
    return (
        # "Lavender is renowned for its calming effect", "famed for its antibacterial
        # properties": the repute of a remedy for a health action, as "known for its" (the
        # health action of `known_for_actions`, or a compound on a health target).
        rf"\b{repute} for (?:its|their) (?:[\w-]+ )?{actions} {effect_heads}\b",
        # "famous for its ability to settle the stomach": the effect's complement names a
        # health target within five words.
        rf"\b{repute} for (?:its|their) (?:[\w-]+ ){{0,2}}?"
        r"(?:properties|effects?|benefits?|powers?|ability|efficacy|effectiveness|potential|"
        r"actions?|qualities)\b"
        rf"(?= (?:[\w'’-]+ ){{0,5}}?{w.known_for_targets}\b)",
        # "renowned for maintaining health", "famed for easing joint pain": the repute of a
        # remedy's act, a verb of the "role in" effects of vague_agentless.py's "known for its"
        # pattern, on a health target within three words.
        # "Well known" too (review25w: "turmeric is well known for reducing inflammation"), since
        # vague_agentless.py's "is well known" stops before "for".
        rf"\b(?:{repute}|(?:well|widely)[- ]known) for {_EFFECT_GERUNDS} (?:[\w'’-]+ ){{0,2}}?"
        rf"{w.known_for_targets}\b",
        # "Any neurologist will tell you that", "every dentist would agree that": a profession
        # taken whole by "any" or "every" (Quirk et al. 1985, §6.60-6.61: the universal
        # determiners) with a predictive modal (§4.58) and a verb of assent: what all its
        # members would say, a consensus with no one named. "Can tell you" is ability.
        rf"\b(?:any|every)(?: (?:good|qualified|experienced|decent|reputable|competent|"
        rf"honest|practising|practicing|registered))? (?:{singular_professions()})"
        rf"(?: worth (?:his|her|their) salt)?,? (?:will|would|['’]ll|['’]d)"
        rf"(?: (?-i:[a-z]{{2,}}ly|also))? (?:{assent})\b{_NOT_ASSENT}",
        # "has been reported in medical journals", "is well described in the scientific
        # literature": the agentless passive of a reporting verb with the unnamed body of
        # published research as its place (the named journal is unsourced-citation's), also
        # of one language ("in foreign-language medical journals").
        rf"\b(?:is|are|was|were|has been|have been|had been)"
        rf"(?: (?:{w.consensus}|(?-i:[a-z]{{2,}}ly))){{0,2}}"
        rf" (?:{w.participles}|described|discussed|cited|mentioned|recorded)"
        rf"(?: (?:extensively|widely|repeatedly|frequently|often))?"
        rf" in (?:(?:many|numerous|several|various|multiple|countless|some|other) )?"
        # "Known in the literature to" is vague_agentless.py's.
        rf"(?:[a-z]+[- ]language )?(?:{places})(?![\w-])(?! to\b)",
        # "These results are in line with other studies", "this fits with previous
        # research": a finding said to agree with unnamed earlier work (MOS:WEASEL: the
        # support of unnamed sources), the work marked as other or earlier; figures, polls,
        # data and guidelines are left out ("in line with national guidelines" complies).
        # The match is the work itself, as in "consistent with previous research, which has
        # shown" (the subject grammar's non-restrictive relative).
        rf"{_AGREES_WITH}(?:the (?:findings|results) of )?(?:(?:many|several|numerous|most|some) )?"
        rf"(?:other|previous|earlier|prior|past|existing|similar|many|several|numerous)"
        rf"(?: (?:{w.adjectives}))? (?!(?:guidelines|figures|estimates|statistics|stats|polls?|"
        rf"data)\b)(?:{w.evidence_nouns})(?![\w-])"
        # Not a premodifier of a body or a place (review25w: "in line with other research
        # hospitals", "aligns with other research charities"): the places of `care_settings`
        # and MeSH "Organizations" [I01.646] (charities, institutes, groups, units, centres).
        rf"(?! (?:{settings}|charit(?:y|ies)|organi[sz]ations?|institut(?:es?|ions?)|groups?|"
        r"teams?|units?|projects?|funders?|councils?|bodies|centres?|centers?)(?![\w-]))",
    )


# A provider before a repute adjective (review25w): "our clinic is famous for its ability to
# see patients with back pain", "the team is renowned for its effectiveness in treating": the
# repute of a place of care (`care_settings`) or of a team or service, a boast of a service,
# not a remedy's effect said to be known. "Our" alone is no provider: "our balm is renowned for
# its soothing effect" is a shop's appeal for its product.
_CLAUSE_START = re.compile(r"[.!?;:\n]")


@cache
def _repute_at() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(_lexicon('reputation_adjectives'))}) for ")


@cache
def _provider() -> re.Pattern[str]:
    settings = alternation(_lexicon("care_settings"))
    return re.compile(rf"(?i)\b(?:(?:{settings})|teams?|staff|services?)\b")


def provider_repute(text: str, m: re.Match[str]) -> bool:
    """Whether a repute match praises a provider of care: its clause before it names one."""
    if not _repute_at().match(m.group(0)):
        return False
    starts = [c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 200), m.start())]
    before = text[starts[-1] if starts else max(0, m.start() - 200) : m.start()]
    return bool(_provider().search(before))


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
RECEIVED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    (" for ",),
    (" for ",),
    (" for ",),
    ("any ", "every "),
    ("literature", "journals", "publications", "press"),
    (" with ",),
)
