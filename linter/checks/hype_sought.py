"""A cure not yet had: to be found, or the object of a discovery that is only possible.

"The hope is that a cure for the syndrome will be found", "the girls will never become the
doctor who discovers the cure for cancer", "we give to find a cure": a patient charity writes
of the cure its research should find, and says no treatment cures (set H's development half,
the Rett family fund; sets W and Z before it). Two constructions, read by grammar:

- the cure as the subject of a modal passive of finding ("will be found", "may one day be
  discovered") that ends its clause: the future and the modals of possibility put the finding
  to come (CGEL ch. 3 on will and the epistemic modals). "Can be found in" locates a thing
  that exists, and stays a claim.
- the cure as the object of a verb of discovering (FrameNet Becoming_aware: discover, find;
  Achieving_first: discover) that is an infinitive ("to find a cure": purpose) or stands under
  a negator or a modal of possibility earlier in its sentence ("never ... discovers", "could
  find"). "We have discovered the cure", "you will discover the cure" (a promise) and "may
  have found" (a hedged report of a find) stay claims, and so does any sentence that names an
  alternative remedy ("to find the cure in our tea").
"""

from __future__ import annotations

import re

from linter.checks.hype_words import _WORD, DETERMINERS, FUNCTION_WORDS, hype_lexicon
from linter.claim import Claim

_CURE = frozenset({"cure", "cures"})

# "(for <disease>) will (one day) be found (in our lifetime)." ending a clause.
_TO_BE_FOUND = re.compile(
    r"\s+(?:for\s+[^,.;:?!]{1,60}?\s+)?(?:will|would|may|might|could|shall)\s+"
    r"(?:(?:one\s+day|someday|soon|eventually|yet|still|surely)\s+)?be\s+"
    r"(?:found|discovered|developed|achieved)"
    r"(?:\s+(?:one\s+day|someday|soon|eventually|in\s+(?:our|my|their|her|his)\s+lifetimes?))?"
    r"\s*(?:[.!;,]|$)",
    re.I,
)

# A verb of discovering and the determiner and modifiers of the cure's noun phrase after it.
_DISCOVERING = re.compile(
    r"\b(?P<verb>discover(?:s|ing)?|find(?:s|ing)?)\s+(?:(?:a|an|the|that|one)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# What puts a discovery out of the present: a negator, a modal of possibility not in a perfect
# ("may have found" reports a find), or "to" before the verb (an infinitive: purpose, desire).
_NOT_YET = re.compile(r"\b(?:never|not|n['’]t|(?:could|might|would|may)(?!\s+have\b))\b", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+|\n")


def not_yet_had(text: str, claim: Claim, start: int, end: int) -> bool:
    """The cure at [start, end) is to be found, or the object of a discovery only possible."""
    if text[start:end].lower() not in _CURE:
        return False
    if _TO_BE_FOUND.match(text, end):
        return True
    lead_start = max(claim.start, start - 200)
    lead = text[lead_start:start]
    breaks = list(_SENTENCE_START.finditer(lead))
    sentence = lead[breaks[-1].end() :] if breaks else lead
    found = _DISCOVERING.search(sentence)
    if found is None or hype_lexicon().alternative.search(claim.text):
        return False
    phrase = [w.lower() for w in _WORD.findall(found.group())[1:]]
    if any(w in FUNCTION_WORDS and w not in DETERMINERS for w in phrase):
        return False  # "find it in ... cure": the cure is in another phrase
    before = sentence[: found.start()]
    infinitive = re.search(r"\bto\s+$", before, re.I) is not None
    return infinitive or _NOT_YET.search(before) is not None
