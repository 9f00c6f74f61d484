"""A cure or reversal verb as the purpose of a noun or a search, not as a result.

"Every pound goes to research to cure childhood cancer", "our mission: to cure cystic
fibrosis", "the aim of the new trial is to reverse kidney damage", "the next step is to find a
way to reverse the damage", "scientists are in search of new ways to cure sickle cell": the
to-infinitive says what is worked toward, and nothing is said to cure (census of sets CC, DD
and EE). Two frames, by construction (rules/lexicon/hype.yaml):
- a purpose noun (`purpose_nouns`, FrameNet's Purpose, Desiring, Attempt, Funding and Research
  frames) heads the infinitive, right before "to" or through a copula or a colon, with an
  of-phrase between ("the aim of the new trial is to");
- a means noun (`means_nouns`: way, method, treatment) heads it as the object of a seeking verb
  (`seeking_verbs`), or a wh-word opens an indirect question under one ("to find out what you
  should do to cure it"); the seeking verb must be an infinitive, a progressive or a noun: an
  imperative ("Discover the natural way to reverse diabetes", "Find out how to cure acne") is
  the advertiser's promise, and a past form ("found a way to reverse") reports a goal as met.
"Take this tonic to cure arthritis", "a drug to cure hepatitis C" and "the best way to reverse
diabetes" have neither frame and stay claims. Nor is it a purpose (review25p) when the verb's
object is the reader's own ("Our goal: to reverse your type 2 diabetes", "visit our clinic to
find the treatment to cure your migraines"): an aim for the addressee's body is an offer's
promise, a commissive (Searle 1976), not a research goal; nor when the sentence names an
alternative remedy (hype.yaml `alternative`, as hype_nature.py reads it: "the purpose of this
herbal cleanse is to cure candida" is the remedy's claimed function).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_REACH = 100  # characters back from the verb to its purpose noun or seeking verb


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = default_lexicon()
    purpose = alternation(lex.get("hype.purpose_nouns"))
    means = alternation(lex.get("hype.means_nouns"))
    seeking = alternation(lex.get("hype.seeking_verbs"))
    # The purpose noun, an of-phrase of up to six words, then a copula or a colon, then "to":
    # "research to", "mission: to", "the aim of the new trial is to", "our hope is simply to".
    noun = re.compile(
        rf"(?i)(?<![\w-]){purpose}(?:\s+of(?:\s+[\w'’-]+){{1,6}}?)?"
        r"(?:\s+(?:is|was|are|were|remains|will\s+be))?\s*:?\s+(?:(?:simply|ultimately|"
        r"now|still|always)\s+)?to\s+(?:\w+ly\s+)?$"
    )
    # A seeking verb, up to five words and a means noun or a wh-word, then "to" (its form is
    # read in `purpose_of`): "find a way to", "search of new ways to", "find out what you
    # should do to".
    sought = re.compile(
        rf"(?i)(?<![\w-])(?P<verb>{seeking})\s+(?:[\w'’-]+\s+){{0,5}}?"
        rf"(?:{means}\s+(?:\w+\s+){{0,2}}?|(?:what|how|which)\b[^.;!?]{{0,40}}?\b)"
        r"to\s+(?:\w+ly\s+)?$"
    )
    return noun, sought


def purpose_of(text: str, claim: Claim, start: int) -> bool:
    """Whether the cure or reversal verb at `start` is the to-infinitive of a purpose noun or
    of a means sought (see the module docstring)."""
    before = text[max(claim.start, start - _REACH) : start]
    if not re.search(r"(?i)\bto\s+(?:\w+ly\s+)?$", before) or _promised(text, claim, start):
        return False
    noun, sought = _patterns()
    if noun.search(before):
        return True
    found = sought.search(before)
    if found is None:
        return False
    verb = found.group("verb").lower()
    lead = before[: found.start()].split()[-2:]
    # Not an imperative: an -ing form, a noun ("in search of"), or after an infinitive's "to"
    # or an auxiliary, an adverb at most between ("are now looking for").
    return verb.split()[0].endswith("ing") or any(w.lower() in _NOT_IMPERATIVE for w in lead)


def _promised(text: str, claim: Claim, start: int) -> bool:
    """The verb's object is the reader's ("cure your migraines"), or an alternative remedy is
    named in the sentence (see the module docstring)."""
    if _YOUR.match(text, start):
        return True
    return hype_lexicon().alternative.search(text, claim.start, claim.end) is not None


_YOUR = re.compile(r"(?i)\w+\s+(?:\w+ly\s+)?(?:all\s+)?(?:of\s+)?your\b")
_NOT_IMPERATIVE = frozenset({"to", "in", "am", "is", "are", "was", "were", "be", "been"})
