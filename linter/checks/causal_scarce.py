"""A causal cue that a concession of scarce evidence holds, not a cause the writer states (issue
14, session 28, precZ; census of sets SS and the hair and wellness centre's pages).

- The participle "limited" (or any participle the strength lexicon reads as a causal verb)
  before an evidence noun is an attributive adjective: "Although there is limited clinical
  evidence, ..." names no cause (Quirk et al. 1985, §7.15, participial adjectives).
- A cause in the complement of an evidence noun that the sentence says is scarce: "There are
  few clinical studies showing that mesotherapy prevents hair loss", "Research showing that
  curcumin improves memory is limited to a few small trials", "The evidence that it works is
  limited". The writer says how little supports the claim, which is not to state it. The
  scarcity words are attribution.yaml's `absence_words` (the negative paucal "few", not the
  positive "a few": "A few small studies have shown that X reduces Y" reports the claim).
"""

from __future__ import annotations

import re
from functools import cache

from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_EVIDENCE = r"(?:evidence|research|data|stud(?:y|ies)|trials?|literature)"
_REACH = 200  # characters back from the cue to its evidence noun

# "limited clinical evidence", "limited research": the participle, up to two modifiers, the
# noun, and no participants or possessive after it ("reduced trial participants' pain").
_NOUN_AFTER = re.compile(
    rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?{_EVIDENCE}\b(?!\s+(?:participants|subjects|patients))(?!['’])"
)
# The evidence noun, up to four words, then the word that opens its complement: "studies
# showing that", "evidence that", "studies have shown that", "research to suggest that".
_COMPLEMENT = re.compile(
    rf"(?i)\b{_EVIDENCE}\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:showing|suggesting|proving|demonstrating|"
    r"confirming|to\s+(?:show|suggest|prove|support)|that)\b[^.;:!?]*$"
)
# The scarcity predicated after the claim: "is limited", "are few", "remains scarce".
_SCARCE_AFTER = re.compile(
    r"(?i)\b(?:is|are|was|were|remains?)\s+(?:still\s+|very\s+|quite\s+)?(?:limited|scarce|"
    r"sparse|scant|lacking|few|thin|weak|inconclusive|insufficient)\b"
)


@cache
def _scarce_before() -> re.Pattern[str]:
    absence = alternation(default_lexicon().get("attribution.absence_words"))
    return re.compile(rf"(?i)(?<![\w-]){absence}\s+(?:[\w-]+\s+){{0,2}}$")


def attributive_participle(text: str, end: int, form: str | None) -> bool:
    """Whether the past-form cue ending at `end` modifies an evidence noun after it."""
    return form == "past" and _NOUN_AFTER.match(text, end) is not None


def conceded_scarce(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the cue at [start, end) is in the complement of evidence said to be scarce."""
    # Read within _REACH characters of the cue: a long sentence of evidence nouns stays linear.
    frame = _COMPLEMENT.search(text, max(claim.start, start - _REACH), start)
    if frame is None:
        return False
    before_noun = text[max(claim.start, frame.start() - 60) : frame.start()]
    if _scarce_before().search(before_noun):
        return True  # "few clinical studies showing that"
    return _SCARCE_AFTER.search(text, end, claim.end) is not None  # "... is limited"
