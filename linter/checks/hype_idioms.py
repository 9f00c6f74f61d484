"""A figurative "secret" of plain advice (issue 14, session 27): no fraud flag.

The FDA's "secret ingredient" tip-off (rules/lexicon/hype.yaml `fraud_flags`) is a remedy sold
as hidden knowledge. The idiom "the secret of/to sth" ("a particular way of achieving a good
result") and "secret weapon" ("something that gives you an advantage"; both in the Cambridge
Dictionary) name ordinary advice when the sentence itself says what the secret is and it is the
reader's own way of living: a clause of behaviour after "is", a colon, a dash or a "hint" ("The
secret to weight loss is to eat less", "The big secret of weight loss (hint: it is not
training every day)"), or a health behaviour called the secret ("Sleep: the secret weapon for
better results", "Exercise is your secret weapon"). A secret with a remedy or a product in its
sentence ("Collagen is the secret to youthful skin"), a disease, a cure, or the provider's own
voice ("our", "my") stays a fraud flag, as does every hidden truth of `conspiracy`.
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import alternation, default_lexicon

_SECRET = re.compile(r"(?i)\bsecrets?\b")
# What makes the secret a remedy's or a seller's: the provider's voice in the secret's own
# words (Quirk et al. 1985, §6.11, the exclusive "we" of a business: "is to join our
# programme") and the words of cure anywhere in its sentence.
_OFFER = re.compile(r"(?i)\b(?:our|my|we)\b")
_CURE = re.compile(r"(?i)\b(?:cures?|cured|curing|heal(?:s|ed|ing)?)\b")
# A parenthetical between commas (Quirk et al. 1985, §15.54, comment clauses: "our dietitian
# told me"), left out of the secret's clause.
_ASIDE = re.compile(r",[^,.;:!?]{1,40},")
# A gerund of taking something in is no behaviour of its own: its object is what the secret
# is ("is drinking collagen water", "is taking one capsule"), a product as often as a food
# (WordNet 3.1 verb.consumption: take, drink, consume, swallow, ingest, use; and "apply" of
# verb.contact, a cream's verb); "eating" and "drinking water" are read as behaviours only
# through `lifestyle_means` (review27p).
_TAKING = r"(?!(?:tak|drink|consum|swallow|ingest|us|apply)ing\b)"
# Adverbs and a negation between the copula and the behaviour ("is NOT killing yourself",
# "is simply to eat less").
_BETWEEN = r"(?:(?:not|simply|just|really|actually|all about|mostly|mainly|about)\s+)*"


@cache
def _means() -> str:
    return alternation(default_lexicon().get("hype.lifestyle_means"))


@cache
def _disclosed() -> re.Pattern[str]:
    """After the secret: "is", a colon, a dash or a "hint", then a behaviour (an infinitive, a
    gerund or a health behaviour), within the secret's own clause."""
    return re.compile(
        rf"(?i)^[^.!?;]{{0,60}}?(?:\s(?:is|are|was)\s|:\s*|\s[—–-]\s*|\(\s*hint\s*:?\s*)"
        rf"(?:(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+)?{_BETWEEN}"
        rf"(?:to\s+[a-z]+\b|{_TAKING}[a-z]+ing\b|(?:(?:a|your|good|more|regular|daily|enough|quality)\s+)*"
        rf"(?:{_means()})(?![\w-]))"
    )


@cache
def _named() -> re.Pattern[str]:
    """Before the secret: a health behaviour as what is called the secret ("Sleep
    Optimization: The Secret Weapon", "Exercise is your secret weapon")."""
    return re.compile(
        rf"(?i)(?:^|[^\w-])(?:{_means()})(?:\s+[\w-]+){{0,2}}\s*(?::|\s(?:is|are|was|becomes))"
        rf"\s+(?:(?:the|your|a|an|our|my|real|true|big|best|ultimate)\s+)*$"
    )


def figurative_secret(text: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the fraud-flag "secret" at text[start:end] is the idiom of plain advice."""
    secret = _SECRET.search(text, start, end)
    if secret is None:
        return False
    lex = hype_lexicon()
    sentence = text[claim.start : claim.end]
    if _CURE.search(sentence) or lex.alternative.search(sentence) or lex.diseases.search(sentence):
        return False
    # The secret's own words: what discloses it after, with an aside left out ("The secret,
    # our dietitian says, is ..."), or the behaviour named before it.
    after = _ASIDE.sub("", text[end : claim.end])
    disclosed = _disclosed().match(after)
    if disclosed:
        return not _OFFER.search(after)
    named = _named().search(text[claim.start : secret.start()])
    return named is not None and not _OFFER.search(named.group(0))
