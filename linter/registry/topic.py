"""The condition a document names most, counted over runs of its blocks (issue 20).

The count was made over the prose of every block joined by spaces and then folded: two whole
copies of a page's prose at once, the peak of a big file's memory (bench/README.md, perfC).
It is now made over runs of about `RUN` characters of that same joined text, each run but the
last cut just after a space that follows a *stop*: a character that is no word character, no
space, in no condition term and in no fold. At a stop every reading the count makes ends:
- a term's pattern (words, `\\s+` between them, the plural, a word boundary each side) cannot
  match it, so no mention crosses it, every failed try at a longer term fails at it at the
  latest, and a pattern's scan (`finditer`) is at the same place in a run as in the whole;
- each fold's context (a word boundary, letters before or after, the final sigma of
  `str.lower`) stops at the space after it, as `folded`'s own pieces are cut;
- a narrowing word (`word_before`, `word_after`, "cancer of the ...") is letters, hyphens and
  spaces, so it neither reads across a stop nor is cut by it.
So each run gives the mentions, and the narrowings, the whole text gives at the same places,
and the counts (so the topic, with every tie-break) are the same. A text with no stop is one
run, as before. tests/test_topic_runs.py checks runs of every size against the whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from linter.registry.narrowing import narrowed
from linter.registry.text import folded

if TYPE_CHECKING:
    from linter.registry.entries import Registry, TermIndex

# A run is cut once it is this long, at its block's last stop: the counting's transients
# (the run, its fold and its map) stay this size whatever the file's.
RUN = 1 << 16

# Sentence and clause punctuation: a stop unless some term of the registry holds it.
_STOP_CANDIDATES = ".!?;:,"


def stops(index: TermIndex) -> str:
    """The candidate stops that no term of the index holds, folded or as written."""
    held = {char for term in (*index.folded, *index.capitals) for char in term}
    return "".join(char for char in _STOP_CANDIDATES if char not in held)


def _last_cut(part: str, stop_chars: str, before: str) -> int:
    """Where `part` may be cut (just after a stop and a space), the last such place, or 0;
    `before` is the character before the part."""
    cut = 1 if part[:1] == " " and before and before in stop_chars else 0
    for char in stop_chars:
        at = part.rfind(char + " ")
        if at >= 0:
            cut = max(cut, at + 2)
    return cut


def runs(texts: Iterable[str], stop_chars: str, size: int = RUN) -> Iterator[str]:
    """The texts joined by single spaces, in runs that make up the whole joined text: a run is
    cut, once it holds `size` characters, at the last stop and space of its latest text."""
    pending: list[str] = []
    length = 0
    last = ""  # the character before the latest text
    for index, text in enumerate(texts):
        part = text if index == 0 else " " + text
        pending.append(part)
        length += len(part)
        if length >= size and stop_chars:
            cut = _last_cut(part, stop_chars, last)
            if cut:
                yield "".join([*pending[:-1], part[:cut]])
                pending, length = [part[cut:]], len(part) - cut
        last = part[-1:] or last
    yield "".join(pending)


def condition_counts(
    registry: Registry, texts: Iterable[str], size: int = RUN
) -> dict[frozenset[str], int]:
    """How often each condition (its entries) is named, not narrowed, in the joined texts."""
    counts: dict[frozenset[str], int] = {}
    for text in runs(texts, stops(registry.conditions), size):
        for m in registry.conditions.mentions(folded(text)):
            if not narrowed(text, m, registry):
                counts[m.ids] = counts.get(m.ids, 0) + 1
    return counts


def most_named(counts: dict[frozenset[str], int]) -> frozenset[str]:
    """The condition named three times or more and at least twice as often as any other."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], sorted(kv[0])))
    if not ranked or ranked[0][1] < 3:
        return frozenset()
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return frozenset()
    return ranked[0][0]
