"""The extreme and size adjectives of praise (rules/lexicon/hype.yaml `extreme_praise`,
`scale_praise`) composed with what they must praise to be health hype, for hype_words.py."""

from __future__ import annotations

import re

from linter.config.lexicon import Lexicon, alternation

# A copula between a head and the praise predicated of it ("the results were astonishing"),
# with the emphasizers and boosters of Quirk et al. (1985) that may come between (a closed
# class of grammar, moved here unchanged from hype_words.py).
PREDICATED = (
    r"(?:is|are|was|were|has been|have been|seems?|seemed|looks?|looked)\s+"
    r"(?:(?:truly|really|simply|just|quite|absolutely|nothing short of|nothing less than)\s+)?"
)


def praise_patterns(
    lex: Lexicon, function_words: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The evaluative praise (`evaluative`), the extreme adjectives (`extreme_praise`) and the
    size adjectives (`scale_praise`), each composed with what it must praise."""
    praise = alternation(lex.get("hype.evaluative"))
    heads = alternation(lex.get("hype.health_heads"))
    praised = alternation([*lex.get("hype.health_heads"), *lex.get("hype.innovation_heads")])
    # Up to two words between praise and its head, none of them a function word ("incredible
    # health benefits", not "amazing source of nutrients").
    gap = rf"(?:(?!(?:{'|'.join(sorted(function_words))})\b)[\w-]+\s+){{0,2}}?"
    purpose = r"for\s+(?:your|the|our|their)\s+(?:health|body|bodies|skin|heart|brain|gut)\b"
    # Praise before a health head, a health purpose or a figure ("an astonishing 40%"), or
    # predicated of a health head ("the results were astonishing").
    evaluative = re.compile(
        rf"(?<![\w-]){praise}\s+(?:{gap}{praised}(?![\w-])"
        rf"|{purpose}"
        rf"|\d+(?:[.,]\d+)?\s*(?:%|(?:percent|per cent|times|-?fold)\b))"
        rf"|(?<![\w-]){heads}\s+{PREDICATED}{praise}(?![\w-])",
        re.I,
    )
    # The head ends its noun phrase: punctuation, the end or a function word follows it ("the
    # fantastic benefits of ginger", not "a fantastic nutrient profile").
    final = rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{'|'.join(sorted(function_words))})\b)"
    return (evaluative, *_extreme(lex, gap, purpose, final))


def _extreme(
    lex: Lexicon, gap: str, purpose: str, final: str
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The extreme adjectives before or predicated of a health head or purpose ("fantastic
    benefits", "the results were wonderful"), and the size adjectives before or predicated of a
    benefit ("tremendous benefits", "the benefits are immense"; hype.yaml)."""
    extreme = alternation(lex.get("hype.extreme_praise"))
    scale = alternation(lex.get("hype.scale_praise"))
    heads = alternation(lex.get("hype.health_heads"))
    benefits = alternation(lex.get("hype.benefit_heads"))
    extreme_pattern = re.compile(
        rf"(?<![\w-]){extreme}\s+(?:{gap}{heads}{final}|{purpose})"
        rf"|(?<![\w-]){heads}\s+{PREDICATED}{extreme}(?![\w-])",
        re.I,
    )
    scale_pattern = re.compile(
        rf"(?<![\w-]){scale}\s+{gap}{benefits}{final}"
        # "the benefits of turmeric are enormous": an "of" phrase may name whose benefits.
        rf"|(?<![\w-]){benefits}(?:\s+of(?:\s+[\w-]+){{1,3}}?)?\s+{PREDICATED}{scale}(?![\w-])",
        re.I,
    )
    return extreme_pattern, scale_pattern
