"""What bench/over_page.py reads of a claim and of a page: word classes and page signals.

Measurement only (issue 14, overP): none of this is in the linter. The classes are written here
with their sources so that, had the reading held, they could have moved to rules/lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from linter.checks.hype_words import hype_lexicon
from linter.claim import Claim

# Verbs, adjectives and nouns of benefit: FDA 21 CFR 101.93(g) disease-claim verbs (treat,
# cure, mitigate, prevent) and structure/function verbs (support, maintain, promote, improve,
# boost, enhance, strengthen); the efficacy and safety claims of the FTC's Health Products
# Compliance Guidance (2022: safe, effective, better); Levin (1993) §10.6 verbs of cleansing
# and ridding (rid of, clear out, cleanse, purge, eliminate).
BENEFIT = re.compile(
    r"\b(improv(?:e|es|ed|ing)|heal(?:s|ed|ing)?|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|"
    r"restor(?:e|es|ed|ing)|protect(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|stop(?:s|ped|ping)?|"
    r"remov(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|treat(?:s|ed|ing)?|cur(?:e|es|ed|ing)|"
    r"strengthen(?:s|ed|ing)?|support(?:s|ed|ing)?|promot(?:e|es|ed|ing)|repair(?:s|ed|ing)?|"
    r"rejuvenat(?:e|es|ed|ing)|revitaliz(?:e|es|ed|ing)|detoxif(?:y|ies|ied|ying)|"
    r"cleans(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|clear(?:s|ed|ing)? (?:out|up|away)|"
    r"rid(?:s|ding)? of|fight(?:s|ing)?|fought|balanc(?:e|es|ed|ing)|regulat(?:e|es|ed|ing)|"
    r"energiz(?:e|es|ed|ing)|nourish(?:es|ed|ing)?|sooth(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|"
    r"reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|reverse[sd]?|"
    r"safe|safer|effective|life-?saving|healthier|better)\b",
    re.I,
)
# The same, less the verbs that clinical prose uses of any measured change or of standard care
# (reduce, lower, increase, improve, treat, prevent, support, promote, regulate, balance, ease,
# better, healthier): what is left promises repair or riddance (the "strict" setting).
STRICT_BENEFIT = re.compile(
    r"\b(heal(?:s|ed|ing)?|boost(?:s|ed|ing)?|enhanc(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|"
    r"protect(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|stop(?:s|ped|ping)?|remov(?:e|es|ed|ing)|"
    r"cur(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|repair(?:s|ed|ing)?|rejuvenat(?:e|es|ed|ing)|"
    r"revitaliz(?:e|es|ed|ing)|detoxif(?:y|ies|ied|ying)|cleans(?:e|es|ed|ing)|"
    r"eliminat(?:e|es|ed|ing)|clear(?:s|ed|ing)? (?:out|up|away)|rid(?:s|ding)? of|"
    r"fight(?:s|ing)?|fought|energiz(?:e|es|ed|ing)|nourish(?:es|ed|ing)?|sooth(?:e|es|ed|ing)|"
    r"reverse[sd]?|safe|effective|life-?saving)\b",
    re.I,
)
# Commerce and call-to-action wording: Bhatia (1993, Analysing Genre, ch. 3) names "offering
# the product or service" and "soliciting response" as moves of promotional genres; these are
# their usual words on a web page (prices, carts, bookings, guarantees, "our products").
PROMO = re.compile(
    r"\b(buy|order(?:ing)? (?:now|online|today|yours)|shop|add to (?:cart|bag)|checkout|"
    r"prices?|discount|coupon|sale|free (?:shipping|trial|consultation|delivery)|"
    r"subscribe|sign up|book (?:a|an|your|now|online)|call (?:us|now|today)|contact us|"
    r"schedule (?:a|an|your)|get (?:yours|started)|try (?:it|our)|our (?:products?|clinic|"
    r"practice|team|services?|store|shop|formula|supplements?|treatments?|programs?)|"
    r"we offer|money-back|guarantee[ds]?|\$\s?\d|£\s?\d|€\s?\d)\b",
    re.I,
)
# Soliciting a response in the imperative: the directive verbs of that move and of advertising's
# calls to action, heading a sentence.
IMPERATIVE = re.compile(
    r"^\W*(try|discover|get|buy|order|call|book|visit|learn|start|join|contact|click|shop|"
    r"choose|give|ask|grab|claim|unlock|transform|boost|say goodbye|experience|enjoy)\b",
    re.I,
)
SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.I)


@dataclass
class Unit:
    """A gold unit: what the gold says, whether healthlint flags OVER now, its claims' features."""

    labels: set[str]
    flagged: bool = False
    claims: list[dict] = field(default_factory=list)


@dataclass
class Page:
    """A passage's units and its page signals (counts, or shares of its sentences)."""

    site: str
    part: str  # choose | confirm (development, split by site) | check (even passages)
    units: dict[int, Unit]
    promo: int = 0  # commerce and call-to-action words
    you: float = 0.0  # share of sentences in the second person
    imperative: float = 0.0  # share of sentences opening with a directive verb
    over: int = 0  # units healthlint already flags as overstatement

    def count(self, text: str) -> None:
        """Add one sentence's signals (shares are divided by `finish`)."""
        self.promo += len(PROMO.findall(text))
        self.you += bool(SECOND_PERSON.search(text))
        self.imperative += bool(IMPERATIVE.search(text))

    def finish(self, sentences: int) -> None:
        self.you = self.you / sentences if sentences else 0.0
        self.imperative = self.imperative / sentences if sentences else 0.0
        self.over = sum(u.flagged for u in self.units.values())

    def gold_over(self) -> int:
        return sum("OVER" in u.labels for u in self.units.values())

    def score(self) -> float:
        """The page signals in one number: each other overstatement finding and each commerce
        word one point, a tenth of the sentences in the second person one, a twentieth as
        imperatives one."""
        return self.over + self.promo + self.you * 10 + self.imperative * 20


def claim_features(claim: Claim, passage_text: str) -> dict:
    """What the claim-level reading (a)+(b) asks of one claim."""
    reading, lex = claim.strength, hype_lexicon()
    cue = passage_text[reading.cue[0] : reading.cue[1]] if reading.cue else ""
    return {
        "level": reading.level,
        "hedged": reading.hedged or bool(reading.hedges),
        "negated": reading.negated,
        "reported": reading.reported,
        "modal": reading.modal,
        "cue": cue,
        "benefit": bool(BENEFIT.search(claim.text)),
        "strict": bool(STRICT_BENEFIT.search(claim.text)),
        "cue_benefit": bool(cue and BENEFIT.search(cue)),
        "standard": bool(lex.standard_care.search(claim.text)),
        "remedy": bool(lex.alternative.search(claim.text)),
        "question": claim.text.rstrip().endswith("?"),
        "text": claim.text,
    }
