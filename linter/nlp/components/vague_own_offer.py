"""A compound adjective of backing on the publisher's own products or service: its boilerplate,
not an appeal (`own_offer`; split from vague_guards, which reads the words around other matches)."""

from __future__ import annotations

import re
from functools import cache

from linter.config.lexicon import lists_alternation
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
# "Plans" (WordNet noun.cognition "plan": a programme of actions, sold as a meal plan or a
# training plan) only with the producer or the first-person owner these readings require.
_PRODUCT_NOUNS = (
    r"(?:products?|supplements?|formulas?|formulations?|vitamins?|nutraceuticals?|programs?|"
    r"programmes?|services?|solutions?|courses?|coaching|training|tools?|plans)\b"
)
_PRODUCT = re.compile(rf"(?i)\s+(?:[\w-]+\s+){{0,3}}?{_PRODUCT_NOUNS}")


# "Below we give you our list of snacks, backed by research" (set AG's keto list, precS): a
# participle of backing postposed to the writing that the writer, in the first person,
# provides, offers or shares (FrameNet 1.7 Supply, Offering and Giving: provide, offer, give,
# share, present, supply): attribution.yaml `document_nouns` or `advice_nouns`, up to four
# premodifiers before it and its postmodifiers after, within the clause.
_BACKED = re.compile(r"(?i)(?:is |are )?(?:supported|backed|underpinned|informed) by\b")


@cache
def _provided() -> re.Pattern[str]:
    writing = lists_alternation("attribution", "document_nouns", "advice_nouns")
    return re.compile(
        r"(?i)\b(?:we|I)\s+(?:\w+\s+)?(?:provide|offer|give|share|present|supply)\s+"
        rf"(?:[\w-]+\s+){{0,4}}?{writing}(?![\w-])[^.;:!?]{{0,120}}?,?\s*$"
    )


def own_offer(before: str, match: str, after: str, words: AttributionWords) -> bool:
    """Whether a compound of backing ("research-based") describes the publisher's own products
    or service ("a manufacturer of research-based nutritional supplements") or the writer's
    own advice ("the science-based strategies", "science-backed sleep tips"), or a participle
    of backing the writing the writer provides ("we provide a list of ..., supported by
    research"): then it appeals to evidence only where the sentence goes on to state a finding
    (basis "mention")."""
    if _BACKED.match(match) and _provided().search(before[-250:]):
        return True
    if not re.fullmatch(rf"(?i)(?:{words.backing})", match):
        return False
    if re.match(rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?(?:{words.own_advice})(?![\w-])", after):
        return True  # the writer's advice, whatever verb offers it ("Discover the ...")
    return bool(_PRODUCER.search(before[-100:]) and _PRODUCT.match(after))


# "My coaching programs include custom meal plans based on science": "based on" postposed to
# the writer's own advice or product (the nouns of `own_offer`), in a clause that the first
# person's possessive opens as the offer's owner (Quirk et al. 1985, §6.11).
_OWNER = re.compile(r"(?i)\b(?:my|our)\s+[^.;:!?]*$")


# "At our clinic we use gentle techniques based on current research": the writer's methods
# (attribution.yaml `method_nouns`) as the object of a first-person verb of using or offering
# (FrameNet 1.7 Using: use, employ, apply, utilise; Offering and Supply: offer, provide; and
# practise, follow, perform), its premodifiers between.
@cache
def _methods_used() -> re.Pattern[str]:
    methods = lists_alternation("attribution", "method_nouns")
    return re.compile(
        r"(?i)\b(?:we|I)\s+(?:\w+\s+)?(?:use|employ|apply|utili[sz]e|offer|provide|practi[sc]e|"
        rf"follow|perform)\s+(?:[\w-]+\s+){{0,4}}?{methods}\s*,?\s*$"
    )


def own_offer_based(before: str, words: AttributionWords) -> bool:
    """Whether "based on ..." right after `before` describes the writer's own advice, product
    or methods in the first person ("my programs include meal plans based on science", "we use
    gentle techniques based on current research")."""
    head = re.search(rf"(?i)(?:(?:{words.own_advice})|{_PRODUCT_NOUNS})\s*,?\s*$", before)
    if head and _OWNER.search(before[: head.start()]):
        return True
    return _methods_used().search(before[-200:]) is not None
