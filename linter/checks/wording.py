"""Check: wording from a list (hype, absolutes), unless negated, rebutted or scare-quoted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from linter.checks.base import Check, Hit
from linter.checks.options import Option
from linter.claim import Passage
from linter.config.lexicon import alternation, word_pattern
from linter.config.regex_safety import Matcher, user_pattern
from linter.config.regex_safety import problem as regex_problem
from linter.findings import LEVEL_NAMES, Level
from linter.registry.match import Matches

if TYPE_CHECKING:
    from linter.checks.rules import Rule

_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'"}
MAX_SCARE_QUOTE_WORDS = 4


class WordingCheck(Check):
    """Yield a hit per listed term; a hedged term gets `hedged_level`."""

    OPTIONS: ClassVar[dict[str, Option]] = {
        "terms": Option(list, [], item_problem=regex_problem),
        "pseudo": Option(list, [], item_problem=regex_problem),  # phrases that are not the term
        "hedged_level": Option(str, "warning", LEVEL_NAMES, fold_case=True),
        "skip_scare_quotes": Option(bool, True),
    }

    def __init__(self, rule: Rule) -> None:
        super().__init__(rule)
        self.terms = _matcher(rule, "terms", self.options["terms"])
        self.pseudo = _matcher(rule, "pseudo", self.options["pseudo"])
        self.hedged_level = Level.parse(self.options["hedged_level"])

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        if self.terms is None:
            return
        text = passage.text
        excluded = [m.span() for m in self.pseudo.finditer(text)] if self.pseudo else []
        for m in self.terms.finditer(text):
            start, end = m.span()
            claim = passage.claim_at(start)
            if claim is None or any(s <= start < e for s, e in excluded):
                continue
            if claim.modifiers_over(start, end, "negation") or claim.modifiers_over(
                start, end, "reported"
            ):
                continue
            if self.options["skip_scare_quotes"] and _scare_quoted(text, start, end):
                continue
            hedges = claim.modifiers_over(start, end, "hedge")
            yield Hit(
                m.start(),
                m.end(),
                {"term": m.group(0), "hedge": hedges[0].text if hedges else ""},
                level=self.hedged_level if hedges else None,
            )


def _matcher(rule: Rule, key: str, phrases: list[str]) -> Matcher | None:
    """The bundled rule's own list as a plain pattern; a user's under a time budget."""
    if not phrases:
        return None
    from linter.checks.rules import load_rules

    bundled = load_rules().get(rule.id)
    if bundled is not None and bundled.options.get(key) == phrases:
        return word_pattern(phrases)
    source = r"(?<![\w-])" + alternation(phrases) + r"(?![\w])"
    return user_pattern(source, label=f"{rule.id} {key}")


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """'a "miracle" drug': a short quotation around the term distances the writer from it."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, max(0, start - 40), start)
        if left == -1 or (left > 0 and text[left - 1].isalnum()):
            continue  # an apostrophe inside a word, not an opening quote
        right = text.find(closing, end, end + 40)
        if right == -1 or (right + 1 < len(text) and text[right + 1].isalnum()):
            continue
        if len(text[left + 1 : right].split()) <= MAX_SCARE_QUOTE_WORDS:
            return True
    return False
