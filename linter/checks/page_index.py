"""What several checks index of one page, read once for all of them (issue 20, perfB).

The engine hands every check's `begin` the same list of passages. Each check used to index it
on its own: both attribution rules, the statistic rule and causal-overreach each kept a map
from every passage's `id()` to its place, the two attribution rules each the first place of
every capitalised word and the next sentence of every sentence, and causal-overreach a map of
every sentence's `id()` that the discourse keeps too. On a big file those copies were a fifth of
what the checks hold (about 17 MB of a 4.8 MB page's, 4 MB a MB of prose), for the same values:
one reading now serves every check that asks, as the discourse's does (`discourse_of`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, cast, overload

from linter.claim import Claim, Passage

Reading = TypeVar("Reading")
# The reading each maker last made, and of which list: one slot per kind of reading. One read
# of the slot per call, so that another thread filling it meanwhile does no harm.
_LAST: dict[Callable[..., object], tuple[Sequence[Passage], object]] = {}
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
Position = tuple[int, int]  # (passage index in the document, character offset)


def page_reading(
    passages: Sequence[Passage], make: Callable[[Sequence[Passage]], Reading]
) -> Reading:
    """`make(passages)`, made once for the list however many checks ask."""
    last = _LAST.get(make)
    if last is None or last[0] is not passages:
        last = (passages, make(passages))
        _LAST[make] = last
    return cast(Reading, last[1])


class PageIndex:
    """Every passage's text and whether it is a heading. A passage's place is the index the
    engine gives a check with it (`Check.run_at`), not a map of its object's `id()`, which a
    new object may take once the passage is freed (issue 20: a page checked in runs)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.texts: list[str] = [p.text for p in passages]
        self.headings: list[bool] = [p.kind == "heading" for p in passages]


def first_words(passages: Sequence[Passage]) -> dict[str, Position]:
    """Where each capitalised word first occurs (attribution: a researcher named again)."""
    first: dict[str, Position] = {}
    for i, p in enumerate(passages):
        for m in CAPITALISED.finditer(p.text):
            first.setdefault(m.group(0), (i, m.start()))
    return first


class Sentences(Sequence[tuple[int, Claim]]):
    """Every sentence of the page with its passage's index, `(i, sentence)`, in order, made
    when asked for from a list of the sentences (the discourse's) and an array of the indexes:
    a tuple held for each sentence cost 64 bytes, some 15 MB on a 19 MB file (issue 20)."""

    __slots__ = ("_claims", "_owners")

    def __init__(self, claims: Sequence[Claim], passages: Sequence[Passage]) -> None:
        self._claims = claims
        self._owners = array("q", (i for i, p in enumerate(passages) for _ in p.claims))
        if len(self._owners) != len(claims):
            raise ValueError("the sentences are not those of the passages")

    def __len__(self) -> int:
        return len(self._claims)

    @overload
    def __getitem__(self, k: int) -> tuple[int, Claim]: ...
    @overload
    def __getitem__(self, k: slice) -> list[tuple[int, Claim]]: ...
    def __getitem__(self, k: int | slice) -> tuple[int, Claim] | list[tuple[int, Claim]]:
        if isinstance(k, slice):
            return list(zip(self._owners[k], self._claims[k], strict=True))
        return self._owners[k], self._claims[k]

    def __iter__(self) -> Iterator[tuple[int, Claim]]:
        return zip(self._owners, self._claims, strict=True)
