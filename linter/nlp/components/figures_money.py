"""Money read from the grammar of a percentage's clause, not only from a word next to it.

A price word within a few words of the figure says it is money ("a 4.2% payment cut"); three
constructions say so from further off (GUIDELINE.md counts prices out of STAT):
- a money noun heads the subject of the change the figure gives: the noun right before the
  change verb, after its premodifiers ("supplement sales surged 300%", "Family premiums went
  up by 9%" reads the same way from its verb);
- the subject is postmodified by a participle of paying with its "for" phrase, a nonfinite
  clause (Quirk et al. 1985, A Comprehensive Grammar of the English Language, §17.28): "rates
  charged for these services increased by 14%" is a price, whatever the head noun;
- a verb of saving money takes the figure as its whole object, nothing after it in its clause
  ("buy in bulk and save 70%": WordNet 3.1 save, sense 4, "spend less; buy at a reduced
  price"; also weighed against a dearer one: "save ~15% over the brand"); "save 20% more
  lives" and "save 30% of patients" have an object after the figure.
A money noun that also premodifies people ("sales": "30% of sales reps had burnout" counts
people) is money next to the figure only where it ends its noun phrase: a function word, a
change verb, punctuation or nothing after it ("sales of insulin fell 30%", "1% of dairy sales").
The word classes are rules/lexicon/figures.yaml's money, money_heads, change_verbs,
paying_participles and saving_verbs, and registry.yaml's function_words.
"""

from __future__ import annotations

import re
from functools import cache

from linter.nlp.components.figures_classes import Classes

# What may stand between the change verb and the figure: "by", "to", "up by", an average.
_TO_FIGURE = (
    r"(?:\s+(?:up|down|out))?\s*(?:by|to|from)?\s*(?:(?:an?\s+)?(?:average|mean)\s+of\s*)?"
    r"(?:about|around|roughly|nearly|almost|over|more than|up to)?\s*$"
)
# The end of the saving verb's clause right after the figure (or "off", "on" an item, or the
# dearer thing it is weighed against, a short noun phrase that ends the clause: "save ~15% over
# the brand", "versus retail"; not "saves 30% versus no vaccination in hospital admissions",
# whose phrase of what is saved follows, review29r).
_CLAUSE_END = r"\s*(?:[.!?;,)\n]|$)"
_NOTHING_AFTER = re.compile(
    rf"{_CLAUSE_END}|\s*(?:off|on)\b|\s*(?:over|versus|vs\.?|against|compared (?:with|to))"
    rf"(?:\s+(?!(?:of|in|for|at|from)\b)[\w'’-]+){{1,4}}{_CLAUSE_END}",
    re.I,
)
# A clause opening: the sentence start or a clause break.
_OPENING = r"(?:^|[.;:!?]\s+|,\s+(?:and|but|while)\s+)"


@cache
def _heading(classes: Classes) -> re.Pattern[str]:
    """A money_heads noun ending its noun phrase, not premodifying a noun ("sales reps")."""
    ends = rf"{classes.alt('registry.function_words')}|{classes.alt('change_verbs')}"
    return classes.pattern("", "money_heads", rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{ends})(?![\w-]))")


@cache
def _patterns(classes: Classes) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    money = f"(?:{classes.alt('money')}|{classes.alt('money_heads')})"
    verbs = classes.alt("change_verbs")
    paying, saving = classes.alt("paying_participles"), classes.alt("saving_verbs")
    head = re.compile(rf"(?<![\w-]){money}(?![\w-])\s+{verbs}(?![\w-]){_TO_FIGURE}", re.I)
    # The subject: its head and at most one premodifier, its participle of paying and a "for"
    # phrase, then the rest of the clause (no comma) up to a change verb just before the figure.
    charged = re.compile(
        rf"{_OPENING}(?:the\s+)?(?:[\w'’-]+\s+){{1,2}}?{paying}\s+(?:\w+\s+)?for\b"
        rf"[^.;:!?,]*?\b{verbs}(?![\w-]){_TO_FIGURE}",
        re.I,
    )
    saved = re.compile(rf"(?<![\w-]){saving}(?![\w-])\s*(?:up to|about|over|nearly)?\s*$", re.I)
    return head, charged, saved


def priced(classes: Classes, sentence: str, start: int, end: int) -> bool:
    """Whether the percentage at sentence[start:end] is a money figure."""
    near = sentence[max(0, start - 30) : end + 30]
    if classes.pattern("", "money").search(near):
        return True
    # The window's last noun is read with the word after it (`_heading`'s lookahead).
    heading = _heading(classes).search(sentence[max(0, start - 30) : end + 60])
    if heading and heading.start() < len(near):
        return True
    before = sentence[max(0, start - 200) : start]
    head, charged, saved = _patterns(classes)
    if head.search(before) or charged.search(before):
        return True
    return bool(saved.search(before) and _NOTHING_AFTER.match(sentence, end))
