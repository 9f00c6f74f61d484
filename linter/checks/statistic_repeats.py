"""A figure the page already gave with its source, restated later: no new statistic to source.

"A 2019 trial [link] found that magnesium cut attacks by 41%. ... That 41% drop is larger than
most drugs achieve": the later sentence repeats the number the earlier one sourced. A figure
is the same when its numbers and its unit are (41% and "41 percent"; not 41 and 41%), and the
repeat is about the same thing when it points back with a determiner ("that 41%", "the same
41%"; Quirk et al. 1985, §5.32 and §6.45, anaphoric "the" and "that") or shares a subject word
with the sourcing sentence (causal_stems.subject_words: stems, not the generic words of
rules/lexicon/evidence.yaml). The source is then the earlier sentence's, as a sourced lead-in
is its items' (GUIDELINE.md) and a named work's is its later mentions' (attribution_works.py).
A repeat known only by a shared subject word must also be the same kind of number
(Figure.quantity: a share, a change, ...): on a page about migraine, "cut attacks by 10%"
[sourced] and "10% of children get migraines" share the topic, not the statistic; so must a
repeat after a bare "the" ("the 41% drop"), which also opens new groups ("among the 10% of
children who ..."). A figure
first given without a source is flagged each time, and a number that is no digit ("half") is
never taken for a repeat.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from linter.checks.causal_stems import subject_words
from linter.claim import Claim, Figure, Passage

_NUMBERS = re.compile(r"\d+(?:[.,]\d+)*")
_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
# A demonstrative or "the same" points back by itself; a bare "the" also introduces a new
# group ("among the 10% of children who ..."), so it points back only to a number of its kind.
_POINTS_BACK = re.compile(r"\b(?:(?:that|this|those|these)|the same)\s*(?:[~≈]\s*)?$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s*(?:[~≈]\s*)?$", re.I)

Position = tuple[int, int]  # (passage index, character offset)


def _key(figure: Figure) -> str | None:
    numbers = _NUMBERS.findall(figure.text)
    if not numbers:
        return None
    unit = "%" if _PERCENT.search(figure.text) else ""
    return "/".join(n.replace(",", "") for n in numbers) + unit


class SourcedFigures:
    """The figures of a page's sourced sentences, where each was first given and what about."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self._given: dict[str, list[tuple[Position, frozenset[str], str | None]]] = {}
        for i, passage in enumerate(passages):
            for claim in passage.claims:
                if not claim.has_source:
                    continue
                words = subject_words(claim.text)
                for figure in claim.figures:
                    key = _key(figure)
                    if key is not None:
                        given = ((i, claim.start), words, figure.quantity)
                        self._given.setdefault(key, []).append(given)

    def restates(self, figure: Figure, claim: Claim, text: str, at: Position) -> bool:
        """Whether an unsourced figure repeats one a sentence before it gave with its source."""
        key = _key(figure)
        given = self._given.get(key, []) if key is not None else []
        earlier = given[: bisect_left(given, at, key=lambda g: g[0])]
        if not earlier:
            return False
        head = text[max(claim.start, figure.start - 20) : figure.start]
        if _POINTS_BACK.search(head):
            return True
        alike = [before for _, before, kind in earlier if kind == figure.quantity]
        words = subject_words(claim.text)
        return any(words & before for before in alike) or bool(alike and _THE_BEFORE.search(head))
