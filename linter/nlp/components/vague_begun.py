"""Appeals to unnamed evidence in the agentless passive and in the inchoative, outside the frames
the other patterns know (issue 14, session 31, vagueP): a REGARD verb in the passive with "as"
and a complement of means or worth ("acupuncture is seen as a gentle way to", "is perceived as
a natural boost"), reports in the perfect passive with no reporter ("cases of liver injury have
been reported in", "there have been reports of"), the perfect that drops "been" ("has shown to
widen"), and unnamed research or people starting to find something ("science has begun to
explore", "researchers are starting to understand"). vague_consensus.py appends the patterns to
the agentless ones, which keep their guards (negation, condition, question, doctrine);
vague_composed_unfit.py's health and person gates read the tags, and vague_begun_unfit.py adds
the guards of these patterns' own near misses. Each pattern carries a regex comment naming it.
"""

from __future__ import annotations

from linter.config.lexicon import lists_alternation
from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.components.vague_judged import _effect_heads

# "To" as the infinitive's marker (as vague_composed.py's): no determiner, pronoun or "date".
_INFINITIVE = (
    r"(?! (?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|me|you|him|us|"
    r"them|some|any|each|every|all|no|date|many|most|people|others)\b)"
)
# A bare infinitive after "to": not a plural noun ("shown to doctors").
_VERB_AFTER = r"(?![a-z]+(?<!s)s\b)(?-i:[a-z]{2,})\b"
# What may stand between an article and the head of a judged complement: one or two
# premodifiers ("a gentle way", "an easy, cheap way", "a natural energy boost").
_PREMODIFIERS = r"(?:[\w-]+,? ){0,2}?"
# The determiners and possessives before a subject that make it a study already named (a
# back-reference: "this study is starting to change", "our research has begun to") or the
# writer's own, whose subject grammar is vague_patterns.py's.
_DETERMINERS = (
    "the",
    "this",
    "that",
    "these",
    "those",
    "our",
    "my",
    "your",
    "his",
    "her",
    "their",
    "its",
    "a",
    "an",
    "one",
    "which",
)
_NOT_DETERMINED = "".join(rf"(?<!\b{word} )" for word in _DETERMINERS)
# The prepositions that may follow an agentless report with no "by" (where, in whom, with what
# it was reported) or the end of its clause: "to" is a duty's addressee ("must be reported to
# your GP"), "as" a description, "by" an agent.
_REPORT_AFTER = (
    r"(?=\s*(?:[,;:.!?)]|$)| (?:in|with|among|after|following|during|from|at|worldwide|"
    r"globally|rarely|occasionally|too|since|across|when|where|around|for|on|as well)\b)"
)


def begun_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of BEGUN_GUARDS."""
    finite = rf"(?:is|are|was|were|(?:has|have|had)(?: (?:{w.consensus})){{0,2}} been)"
    adverbs = rf"(?: (?:{w.consensus}|(?-i:[a-z]{{2,}}ly)|now|also|long|still)){{0,2}}"
    regard = lists_alternation("attribution", "perception_participles")
    means = lists_alternation("attribution", "means_nouns")
    worth = lists_alternation("attribution", "valuation_adjectives")
    aspect = lists_alternation("attribution", "aspectual_verbs")
    inquiry = lists_alternation("attribution", "inquiry_verbs")
    found = rf"(?:{w.research}|{w.tentative}|{inquiry}|{w.cognition})"
    subject = (
        rf"{_NOT_DETERMINED}(?:(?:{w.quantifiers}|{w.counted}) ){{0,2}}"
        rf"(?:(?:{w.adjectives}) ){{0,3}}(?:{w.evidence_nouns}|{w.agents})"
    )
    return (
        # "is seen as a gentle way to", "is perceived as a natural boost for", "has long been
        # viewed as a useful addition", "is looked upon as one of the best tools": the REGARD
        # verb's complement a means, an effect noun, or worth or safety said of it.
        rf"\b{finite}{adverbs} {regard} as (?:(?:a|an|the|one of the) )?"
        rf"(?:{_PREMODIFIERS}(?:{means}|{_effect_heads()})\b"
        rf"|(?:(?:very|highly|more|most|quite|generally) )?(?:{worth}|{w.safety})\b"
        # "is thought of as a calming herb", "is seen as a natural anti-inflammatory": a
        # health action the thing is judged to have (`known_for_actions`, the actions a
        # remedy is "known for"), not health itself ("is seen as a health service priority").
        rf"|(?:[\w-]+ )?(?!health\b)(?:{w.known_for_actions})(?: [\w-]+)?\b)"
        r"(?#perceived)",
        # "Cases of liver injury have been reported in people taking", "fainting has been
        # reported, though it is rare": the perfect or present passive of "report" with no
        # reporter, before where or in whom, or at the end of its clause.
        # The present ("cases are reported with high pressure") reports them as a standing
        # finding too; the past ("two cases were reported in May") tells a count of events.
        rf"\b(?:(?:has|have|had)(?: (?:{w.consensus}|also|even|previously|occasionally|rarely))"
        rf"{{0,2}} been|is|are)(?: (?:{w.consensus}|also|occasionally|rarely|previously)){{0,2}}"
        r" reported"
        rf"{_REPORT_AFTER}(?#reported)",
        # "There have been reports of liver damage": the same reports as an existential.
        r"\bthere (?:have|has) been(?: (?:also|now|some|many|several|numerous|occasional|rare|"
        r"isolated|a few|a number of|anecdotal|case|scattered)){0,3} reports? of\b(?#reported)",
        # "Turmeric has shown to reduce", "statins have proved to lower": the perfect passive
        # with its "been" dropped, a proof verb before its infinitive ("has proven to" is the
        # older pattern's).
        rf"\b(?:has|have)(?: (?:also|consistently|repeatedly|already|even|clearly|often)){{0,2}}"
        rf" (?:shown|proved|demonstrated|found) to{_INFINITIVE} {_VERB_AFTER}(?#dropped)",
        # "Science has begun to explore", "researchers are only starting to understand why",
        # "studies are beginning to show that", "experts are coming to recognise that".
        # Not a person as the object ("doctors have begun to examine her", "have started
        # to investigate your symptoms"): one patient's care, not a finding (Quirk et al.
        # 1985, §6.2: the personal and possessive pronouns).
        rf"\b{subject} {aspect}(?: (?:to|(?-i:[a-z]{{2,}}ly)))?(?: to)? {found}(?![\w-])"
        r"(?! (?:her|him|his|them|their|me|my|you|your|us|our)\b)(?#begun)",
    )


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
BEGUN_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    (" as ",),
    ("reported",),
    ("report",),
    ("shown", "proved", "demonstrated", "found"),
    ("begin", "began", "begun", "start", "coming", "come", "commenc"),
)
