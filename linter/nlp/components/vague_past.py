"""Guards of the vague grammar that read time: an appeal of belief or a stance of unnamed
people narrated in a past era ("In the 1970s it was known that", "For years, the medical
establishment emphasized"), or a belief "once" held, is history, not an appeal to evidence."""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import alternation, default_lexicon

# "Leading up to the 1970s, it was known that ...", "In the 19th century it was believed that
# ...": a state of belief or knowledge (Hyland's 2002 cognition acts, not his research acts:
# "it was shown", "was found" still claim evidence) in the simple or past perfect passive, in
# a sentence that a time adjunct before it sets in a past era (Quirk et al. 1985, §4.17: the
# past tense of a situation in a definite past time; §8.51-8.57 the time-position adjuncts of
# past reference: a decade, a year, a century, "back then", "at the time", "in the past"). It
# narrates what people held then, not what evidence shows now.
_PAST_BELIEF = re.compile(
    r"(?i)\b(?:was|were|had been)(?: \w+ly| once)? (?:known|believed|thought|assumed|understood|"
    r"considered|regarded|held|accepted|presumed|supposed)\b"
)
# A decade before this one, or a year that is no count ("in 1500 patients": a number before
# its noun, which ends in -s or is a plural of the people classes). Words of English's closed
# classes that end in -s are no plural noun (Quirk et al. 1985: determiners and pronouns "this",
# "its", "his", §5.10, §6.2; the auxiliaries "is", "was", "has", "does", §3.21; "as", "thus",
# "perhaps", "always", "unless"): "In 1980 this was thought ..." is a year.
_S_NOT_PLURAL = (
    r"(?:this|its|his|hers|ours|yours|theirs|is|was|has|does|as|thus|perhaps|always|unless)"
)
_PAST_ERA = re.compile(
    r"(?i)\b(?:(?:the )?(?:1[5-9]\d|20[01])0['’]?s|(?:in|by|until|before|during|around|circa|"
    r"from|since) (?:1[5-9]\d\d|20[01]\d)"
    rf"(?![ \t]+(?:(?!{_S_NOT_PLURAL}\b)[a-z]+s|people|men|women|children)[ \t]*,)|"
    r"\d{1,2}(?:st|nd|rd|th) centur(?:y|ies)|"
    r"(?:years|decades|centuries|generations) ago|(?:ancient|medieval|biblical|victorian|"
    r"colonial|earlier|former|bygone) (?:times|days|eras?)|back then|at (?:that|the) time|"
    r"in (?:the|those) (?:past|old days|early days|days)|historically|formerly|in antiquity|"
    r"for (?:many |several )?(?:years|decades|centuries|generations))\b"
)


def past_belief(sentence_before: str, appeal: str, after: str = "") -> bool:
    """Whether an agentless appeal of belief or knowledge in the past tense sits after a time
    adjunct that sets its sentence in a past era, or holds "once" or "formerly" and ends its
    clause ("not the safe fats they were once thought to be"): history, not an appeal."""
    if not _PAST_BELIEF.search(appeal):
        return False
    if _ONCE.search(appeal) and _CLAUSE_ENDS.match(after):
        return True
    return bool(_PAST_ERA.search(sentence_before))


# The past-time adverbs of a state no longer so (Quirk et al. 1985, §8.57: "once" and
# "formerly" as time-position adjuncts of the past). Only where the appeal ends its clause:
# what was believed is then the noun the relative clause hangs on, which the main clause
# describes now ("are not the benign fats they were once thought to be"); with its own
# complement ("was once believed to prevent heart disease") the belief is stated again.
_ONCE = re.compile(r"(?i)\b(?:once|formerly)\b")
_CLAUSE_ENDS = re.compile(r"\s*(?:be\b)?\s*(?:[.,;:!?)]|$)")


# "For years, the medical establishment emphasized calcium": unnamed people's verb of stance in
# the simple past (a regular -ed form or an irregular past of the reporting verbs, no auxiliary
# before it) in a sentence set in a past era narrates what they held then, as `past_belief` does.
_SIMPLE_PAST = re.compile(r"(?i)[a-z]+ed|said|told|thought|held|taught|knew|felt|saw")
_AUXILIARY = re.compile(r"(?i)\b(?:have|has|had|will|would|can|could|may|might|do|does)\b")


def past_stance(sentence_before: str, verb: str, between: str, research: str) -> bool:
    """Whether unnamed people's reporting verb narrates a past stance, not an appeal. Only a
    stance: a research act ("In 2011 a survey revealed", Hyland 2002) dates a finding, which
    is still reported now (`research`: the research verbs of AttributionWords)."""
    word = verb.split()[0]
    if re.fullmatch(research, word, re.IGNORECASE):
        return False
    past = _SIMPLE_PAST.fullmatch(word) and not _AUXILIARY.search(between)
    return bool(past and _PAST_ERA.search(sentence_before))


# "Herbal remedies are believed to ease anxiety, but there is little evidence for this": a
# belief or hearsay (Hyland's 2002 cognition and discourse acts; not the research acts "shown",
# "found", which claim the evidence themselves) that its own sentence goes on to deny the
# evidence for, after a contrastive conjunction or conjunct (Quirk et al. 1985, §13.20 "but",
# §8.137 "however", "yet", §15.19 "though"): a concession, what people hold set against the
# evidence, not an appeal to it. The denial is an absence word before an evidence noun
# (attribution.yaml `absence_words`, `evidence_nouns`), "not enough evidence", "no good data".
_HEARSAY = re.compile(
    r"(?i)\b(?:believed|thought|said|claimed|touted|purported|reputed|rumou?red|supposed)\b"
)


@cache
def _denied() -> re.Pattern[str]:
    lex = default_lexicon()
    absence = alternation(lex.get("attribution.absence_words"))
    nouns = alternation(lex.get("attribution.evidence_nouns"))
    return re.compile(
        rf"(?i)\b(?:but|however|yet|though|although)\b[^;:]{{0,80}}?(?<![\w-])(?:{absence})"
        rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})(?![\w-])"
    )


# The denial is read within this many characters after the appeal, and within 80 of its
# conjunction: each conjunction starts a scan, and an unbounded one over a sentence of
# thousands of "but" would be quadratic (the hostile-markup bounds).
_DENIAL_REACH = 300


def denied_belief(appeal: str, after: str) -> bool:
    """Whether an agentless belief is conceded and its evidence denied in its own sentence."""
    return bool(_HEARSAY.search(appeal) and _denied().search(after[:_DENIAL_REACH]))
