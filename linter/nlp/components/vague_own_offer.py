"""A compound adjective of backing on the publisher's own products or service: its boilerplate,
not an appeal (`own_offer`; split from vague_guards, which reads the words around other matches)."""

from __future__ import annotations

import re

from linter.nlp.components.attribution_words import AttributionWords

# A publisher's self-description ("a maker of research-based supplements", "our science-based
# products"): a compound adjective of backing on what the publisher makes or sells is its
# boilerplate, no appeal to a finding (bench/judgements: sets P, X and Y). The producer is "our"
# or a word of FrameNet's Manufacturing (make, manufacture, produce), Commerce_sell (sell,
# retail, distribute), Supply (supply, provide, offer), Intentionally_create (develop) and
# "specialise in" before the compound in its clause; the head after it is a product or service
# (WordNet noun.artifact "product" and its hyponyms in trade: supplements, formulas, vitamins;
# noun.act "service", "programme", "course", "coaching").
_PRODUCER = re.compile(
    r"(?i)(?:\b(?:our|my)\s+|\b(?:manufactur|mak(?:e|es|er|ers|ing)\b|produc|distribut|suppl(?:y|i)|"
    r"provid|sell|seller|vendor|retail|develop|commerciali|speciali|offer)[\w-]*"
    r"(?:\s+(?:of|in))?(?:[\s,]+(?:and\s+|or\s+)?[\w-]+){0,8}?[\s,]+)$"
)
_PRODUCT = re.compile(
    r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:products?|supplements?|formulas?|formulations?|vitamins?|"
    r"nutraceuticals?|programs?|programmes?|services?|solutions?|courses?|coaching|training|"
    r"tools?)\b"
)


def own_offer(before: str, match: str, after: str, words: AttributionWords) -> bool:
    """Whether a compound of backing ("research-based") describes the publisher's own products
    or service ("a manufacturer of research-based nutritional supplements"): then it appeals to
    evidence only where the sentence goes on to state a finding (basis "mention")."""
    if not re.fullmatch(rf"(?i)(?:{words.backing})", match):
        return False
    return bool(_PRODUCER.search(before[-100:]) and _PRODUCT.match(after))
