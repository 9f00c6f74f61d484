"""Appeals to an unnamed consensus or to what unnamed experts once held (issue 14, session 26,
vagueX): an existential consensus ("there is a medical consensus that", "there is general
agreement among doctors that"), a passive of acceptance whose agent is unnamed and whose
complement ranks the remedy ("statins are accepted by most doctors as the best way to"), and
the former view of unnamed experts in a comparison or a contrast that carries the claim ("not
as much water as the experts once thought", "contrary to what doctors used to say").
vague_patterns.py appends these to the agentless patterns; each keeps their guards (negation,
condition, question, doctrine, a health matter).
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AttributionWords
from linter.nlp.components.vague_begun import BEGUN_GUARDS, begun_patterns
from linter.nlp.components.vague_composed import COMPOSED_GUARDS, composed_patterns
from linter.nlp.components.vague_emerging import EMERGING_GUARDS, emerging_patterns

# "supported by research nurses", "by research funding": the evidence noun premodifies its
# staff or money (MeSH "Research Personnel", "Research Support as Topic"), no agent; the
# "shown by / supported by" pattern of vague_patterns.py stops before these nouns.
STAFF_MONEY = (
    r"(?:nurses?|staff|assistants?|fellows?|fellowships?|funding|funds?|grants?|money|"
    r"donations?|charit(?:y|ies)|teams?|units?|centres?|centers?|programmes?|programs?|"
    r"projects?|councils?|volunteers|participants)"
)

# The nouns of agreement held by a community (WordNet 3.0: consensus.n.01 "agreement in the
# judgment or opinion reached by a group as a whole", agreement.n.01, acceptance.n.01 and
# recognition.n.01 in its sense of "approval"), each taking a that-clause of its content.
_CONSENSUS_NOUNS = r"(?:consensus|agreement|acceptance|recognition)"
# What may premodify that noun: its breadth and its field (the degree adjectives of
# Biber et al. 1999, §7.5, and the fields of `evidence_adjectives`).
_CONSENSUS_ADJECTIVES = (
    r"(?:broad|general|wide|widespread|strong|overwhelming|clear|growing|near|universal|"
    r"firm|emerging|increasing|scientific|medical|clinical|professional|international|expert|"
    r"global|near-universal)"
)
# The participles of acceptance (Hyland 2002, cognition acts; Thompson & Ye 1991: accept,
# acknowledge, recognise, regard), whose passive with an unnamed agent appeals only where the
# complement ranks or classes the remedy ("as the best way", "as effective", "to be safe"):
# "referrals are accepted by our specialists" and "symptoms are recognised by doctors" are
# procedure and diagnosis (GUIDELINE.md near misses).
_ACCEPTANCE = r"(?:accepted|acknowledged|recogni[sz]ed|regarded)"
# The verbs of a view held (Hyland 2002, cognition and discourse acts) in the past or with a
# past time adverb: what experts once thought.
_FORMER = (
    r"(?:once|previously|originally|first|long|formerly|had|used to|would)"
    r"(?: (?-i:[a-z]{2,}ly))?"
    r" (?:thought|believed|assumed|feared|suspected|said|claimed|recommended|advised|taught|"
    r"think|believe|assume|say|recommend|advise|teach)"
)


def consensus_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The patterns, in the order of CONSENSUS_GUARDS."""
    holders = rf"(?:(?:the|most|many|some|all|several) )?(?:{w.agents})"
    return (
        # "There is a medical consensus that", "there is now general agreement among doctors
        # that": an existential consensus with its content clause, held by no one named (a
        # named body among "among" is a name: "among the WHO's experts" is not unnamed, and the
        # named grammar reads it). "No consensus" and "little agreement" deny it.
        r"\bthere(?:'s|’s| is| was| has been| remains| exists)"
        r"(?: (?:now|also|still|already|currently|long|been))*"
        rf"(?: (?:a|an))?(?: (?:{_CONSENSUS_ADJECTIVES}),?){{0,3}} {_CONSENSUS_NOUNS}"
        rf"(?: (?:among|amongst|within|in) (?:(?:the|most|many) )?(?:[\w-]+ ){{0,2}}?"
        rf"(?:{w.agents}|{w.evidence_nouns}|field|community))? that\b",
        # "Statins are now accepted by most doctors as the best way to", "fluoride is recognised
        # by dentists as the best protection": the passive of acceptance by unnamed agents,
        # ranking or classing what it accepts (the complement after "as" or "to be").
        rf"\b(?:is|are|was|were|has been|have been)(?: (?:{w.consensus}|now|also)){{0,2}}"
        rf" {_ACCEPTANCE} by {holders}(?: (?:{w.consensus}|now|also))?"
        r"(?= (?:as|to be) )",
        # "not as much water as the experts once thought", "less harmful than doctors
        # previously believed": the former view of unnamed experts as the standard of a
        # comparison (Quirk et al. 1985, §15.63-15.69: the comparative clause), which says that
        # they now hold otherwise; "contrary to what doctors used to say" sets the claim
        # against it.
        rf"\b(?:as|than|contrary to what) {holders} {_FORMER}\b",
        # The emerging consensus, failed research, judged classes, agentless advice and
        # unnamed sources read (session 27, vagueY: vague_emerging.py).
        *emerging_patterns(w),
        # Growth of knowledge, split proof verbs, verdicts, beliefs, clinical experience and
        # the writer's own research (session 28, vagueZ: vague_composed.py).
        *composed_patterns(w),
        # Judgements, reports and beginnings with no one named (session 31, vagueP:
        # vague_begun.py).
        *begun_patterns(w),
    )


# For each pattern, words one of which its match must hold (as AGENTLESS_GUARDS).
CONSENSUS_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("there",),
    (" by ",),
    ("as ", "than ", "contrary to"),
    *EMERGING_GUARDS,
    *COMPOSED_GUARDS,
    *BEGUN_GUARDS,
)
