"""Agentless appeals in note style: the passive with its subject and auxiliary left out at the
start of a list item, a label's text or a sentence ("- Estimated that over a billion people
...", "Ease of use: often considered gentler than ..."). Kept beside vague_agentless.py, whose
patterns need the auxiliary; vague_patterns.py appends these to them.
"""

from __future__ import annotations

from linter.nlp.components.attribution_words import AttributionWords

# Where note style may drop "it is" or "X is": the start of the passage or of a line, after a
# sentence's end or a label's colon, or after a list marker. Quirk et al. (1985, §12.4-12.5:
# situational ellipsis of the subject and the operator; §11.44: the "block language" of notes,
# headings and lists) describe the omission.
_START = r"(?:^|(?<=\n)|(?<=[.!?:]\s)|(?<=^[*+-]\s))"


def elided_patterns(w: AttributionWords) -> tuple[str, ...]:
    """The note-style agentless patterns, in the order of ELIDED_GUARDS."""
    return (
        # "Often considered more sustainable than ...", "Widely regarded as safe": a judgement
        # of consensus with its adverb; without one ("Considered a risk factor", a definition in
        # a glossary) it is no appeal.
        rf"{_START}(?:{w.consensus}) (?:considered|regarded|thought|believed|deemed|accepted|"
        r"recogni[sz]ed)\b",
        # "Estimated that over a billion people ...", "Thought to affect one in ten": an
        # evidential participle before its clause or infinitive, as in "it is estimated that".
        # "To" only as the infinitive's marker: no determiner or pronoun after it, nor a proper
        # name or a plural noun, objects of the preposition "to" ("- Reported to MedWatch",
        # "Shown to patients"); and never "known as", a name. (Before "that" the past tense
        # has the same form: "- Found that ..." under a heading naming a study would be the
        # active with that study as its subject, left out. Not seen on the development pages,
        # where the one such item is the passive; left to the reading of real pages.)
        rf"{_START}(?:{w.participles}) (?:that\b|to\b"
        r"(?! (?:the|a|an|this|that|these|those|my|your|his|her|its|our|their|me|you|him|us|"
        r"them|some|any|each|every|all|no|date)\b)(?! (?-i:[A-Z])| [a-z]*[^\Wsu]s\b))",
        # "Most-studied herbal remedy.", "- Best researched supplement for joint pain": the
        # superlative of "is the most researched" (vague_agentless.py) with its subject and
        # copula left out, before a head of one to three words that ends the note or takes
        # "for"; "Most studied the leaflet" is "most" as a pronoun and its verb.
        rf"{_START}(?:the )?(?:most|best)[- ](?:{w.research_participles}|documented)"
        r"(?! (?:the|a|an|this|that|these|those|my|your|his|her|its|our|their)\b)"
        r"(?: [\w-]+){1,3}(?= for\b|\s*[.;!]?\s*$)",
    )


# For each pattern, words one of which its match must hold (the same cheap test as
# vague_agentless.AGENTLESS_GUARDS).
ELIDED_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("considered", "regarded", "thought", "believed", "deemed", "accepted", "recogni"),
    (" that", " to"),
    ("most", "best"),
)
