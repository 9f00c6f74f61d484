"""What a promise verb is said of: a health result, or a service, a product's quality, a field.

"guarantee" is a health-fraud red flag (FDA, "Health Fraud Scams") when what is guaranteed is
a result for the reader's health ("guarantees results", "guarantee relief from back pain",
"guarantees your recovery"); a practice that guarantees "the most careful selection of
materials", a seal that "guarantees its long-term performance", and a method that "guarantees
that the restoration is a faithful copy" promise the quality of a service or a product, as a
shop's "money-back guarantee" does (the noun, read in hype.py). "revolutionize" is novelty
hype said of a remedy or a person's health ("revolutionized the treatment of diabetes",
"will revolutionize your health"), not of a field's practice or an industry ("revolutionized
the practice of aesthetic dentistry"). Both are read by their object: the words after the
verb up to the end of its clause, which must name a health head, a disease, an organ or a
bodily target (the classes of rules/lexicon/hype.yaml) or health itself, or promise a change
by a comparative ("guarantees a shorter, easier labour": the comparatives of
rules/lexicon/figures.yaml, Huddleston & Pullum 2002, 13.1).
"""

from __future__ import annotations

import re
from functools import cache

from linter.checks.hype_idioms import figurative_secret
from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim
from linter.config.lexicon import default_lexicon, word_pattern

# The verb forms read here; the noun and the participle "guaranteed (to)" are read elsewhere.
OBJECT_VERBS = re.compile(r"guarantees?|revolutioni[sz](?:e|es|ed|ing)", re.I)
# The object runs to the end of the clause, and no further than this many words.
_OBJECT_WORDS = 10
_CLAUSE_END = re.compile(r"[.;:!?,()\n]")
_WORD = re.compile(r"[\w'’-]+")


@cache
def _health_object() -> re.Pattern[str]:
    lex = default_lexicon()
    return word_pattern(
        [
            "health",
            "healthy",
            *lex.get("hype.health_heads"),
            *lex.get("hype.organs"),
            *lex.get("hype.body_targets"),
            *lex.get("hype.clinical_events"),
            *lex.get("figures.comparatives"),
        ]
    )


def said_of_no_health(text: str, start: int, end: int) -> bool:
    """Whether the promise verb at text[start:end] has an object that names nothing of health."""
    if not OBJECT_VERBS.fullmatch(text[start:end]):
        return False
    after = text[end : end + 200]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    words = list(_WORD.finditer(clause))
    if not words:
        return False  # "we guarantee." : nothing to read it by
    if words[0].group(0).lower() == "to":
        return False  # "guarantee to cure": read by the infinitive classes
    clause = clause[: words[min(len(words), _OBJECT_WORDS) - 1].end()]
    return not (_health_object().search(clause) or hype_lexicon().diseases.search(clause))


# "guaranteed refunds", "a guaranteed lowest price": the participle premodifies a money noun
# (the money class of rules/lexicon/figures.yaml: Schema.org's Offer terms and WordNet's
# payments) within the noun phrase it opens, which promises nothing about health, as a shop's
# "money-back guarantee" does not; a health word there ("guaranteed weight loss") still does.
_PHRASE_WORDS = 3


@cache
def _money() -> re.Pattern[str]:
    return word_pattern(default_lexicon().get("figures.money"))


def promises_money(text: str, start: int, end: int) -> bool:
    """Whether "guaranteed" at text[start:end] premodifies a money noun ("guaranteed refunds")."""
    if text[start:end].lower() != "guaranteed":
        return False
    after = text[end : end + 80]
    stop = _CLAUSE_END.search(after)
    words = list(_WORD.finditer(after[: stop.start()] if stop else after))[:_PHRASE_WORDS]
    if not words:
        return False
    phrase = after[: words[-1].end()]
    return bool(_money().search(phrase)) and not _health_object().search(phrase)


# The classes whose words `no_health_or_idiom` reads: the promise verbs of fraud flags and
# novelty, and the secrets of fraud flags and of hidden-truth framing (`conspiracy`).
UNCLAIMED_KINDS = ("fraud_flags", "novelty", "conspiracy")


def no_health_or_idiom(text: str, claim: Claim, start: int, end: int) -> str | None:
    """Why a fraud flag or a novelty word is no claim: its promise verb has an object of no
    health ("non-health"), or its "secret" is the idiom of plain advice ("idiom",
    hype_idioms.py)."""
    if said_of_no_health(text, start, end):
        return "non-health"
    return "idiom" if figurative_secret(text, claim, start, end) else None
