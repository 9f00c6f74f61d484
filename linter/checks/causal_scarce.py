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
  positive "a few": "A few small studies have shown that X reduces Y" reports the claim), and
  "Limited research in rats shows that X improves Y" reports it too: with a verb of reporting
  only a negative quantifier ("few", "no", "little") denies it (review28p). The scarcity after
  the claim is the evidence's own predicate, in its clause: not "..., though side effects were
  few".
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
    rf"(?i)\b{_EVIDENCE}\b(?P<link>(?:\s+[\w'’-]+){{0,4}}?)\s+(?:showing|suggesting|proving|"
    r"demonstrating|confirming|to\s+(?:show|suggest|prove|support)|that)\b[^.;:!?]*$"
)
# A finite verb of reporting between the evidence noun and "that": the evidence is the subject
# that reports the claim ("Limited research in rats shows that ..."), so only a negative
# quantifier before it denies the report ("Few studies show that ..."; Quirk et al. 1985,
# §5.24-5.25), not "limited" or "scant", which grant that some exists (review28p).
_REPORTS = re.compile(
    r"(?i)\b(?:shows?|showed|shown|suggests?|suggested|proves?|proved|proven|demonstrates?|"
    r"demonstrated|confirms?|confirmed|indicates?|indicated|finds?|found|reveals?|revealed)\b"
)
_DENIES = re.compile(
    r"(?i)(?<![\w-])(?:no|(?<!\ba )few|very\s+few|(?<!\ba )little|not\s+(?:enough|much|many)|"
    r"neither|nor)\s+(?:[\w-]+\s+){0,2}$"
)
# A clause break between the claim and a scarcity after it: "..., though side effects were
# few" says nothing of the evidence (review28p).
_CLAUSE_BREAK = re.compile(r"[,;(]|\b(?:though|although|while|whereas|but|and|so|yet)\b", re.I)
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
    reported = _REPORTS.search(frame.group("link")) is not None
    if _scarce_before().search(before_noun):
        # "few clinical studies showing that"; "Limited research shows that" reports it
        return not reported or _DENIES.search(before_noun) is not None
    scarce = _SCARCE_AFTER.search(text, end, claim.end)
    if scarce is None or reported:
        return False  # "Research shows that X reduces Y, and its risks are few"
    return _CLAUSE_BREAK.search(text, end, scarce.start()) is None  # "... is limited"
