"""Several phrase lists scanned in one pass, with exactly the matches each list's own scan gives."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from linter.nlp.phrase_regex import (
    WORD_START,
    compile_phrases,
    literal_prefix,
    spell,
    split_marks,
    trie,
)

Spans = list[tuple[int, int]]
# The lists worth trying at a position: each one's name and its pattern's `match(text, at)`.
_Tries = tuple[tuple[str, Callable[[str, int], "re.Match[str] | None"]], ...]

# Text scanned list by list before the one-pass index is built. Compiling the index costs 60 ms
# when linter/nlp/regex_cache.py does not have it yet, and scanning list by list twice as much as
# with the index (1.12 s against 0.53 s for the strength lists over a 1.2 MB file): a single
# article never builds it, a big file or a site does after 50 kB.
INDEX_AFTER_CHARS = 50_000
# How many leading characters pick the lists worth trying at a position.
PREFIX = 3


class PhraseSet:
    """Named phrase lists (as `phrase_pattern` reads them), matched in lower-cased text together.

    Scanning a sentence once per list costs a pass over it for every list, and most lists match
    nowhere in most sentences. Once enough text has gone through, one zero-width pass of the
    lists' union finds each position where any of them may match; a list is then tried only
    there, and only if one of its phrases can start with the three characters found. Either way
    `scan` returns what each list's own `finditer` gives: its leftmost matches, none overlapping
    another of the same list (lists may overlap each other).

    For phrases, as the lexicons hold them: a fragment that can match nothing at all, or that
    uses a backreference (which joining fragments renumbers, in `phrase_pattern` too), is not
    matched the same way.
    """

    def __init__(self, lists: Mapping[str, list[str]], index_after: int = INDEX_AFTER_CHARS):
        self._spelled = {name: spell(fragments) for name, fragments in lists.items()}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._union = [f for fragments in self._spelled.values() for f in fragments]
        self._index: re.Pattern[str] | None = None
        self._marks: re.Pattern[str] | None = None
        self._index_after = index_after
        self._scanned = 0
        # Each list's fragments by the letters every match of them starts with (up to three).
        self._prefixes = {
            name: {literal_prefix(f, PREFIX) for f in fragments}
            for name, fragments in self._spelled.items()
        }
        # Letters found at a position -> the lists worth trying there, worked out once each.
        self._by_start: dict[str, _Tries] = {}

    def scan(self, low: str) -> dict[str, Spans]:
        """Each list's matches in `low` (text lower-cased by `phrase_regex.lower`) as spans."""
        if self._index is None:
            self._scanned += len(low)
            if self._scanned <= self._index_after or not self._union:
                return {name: self._finditer(name, low) for name in self._spelled}
            self._index, self._marks = self._build_index()
        found: dict[str, Spans] = {name: [] for name in self._spelled}
        for at in starts(low, self._index, self._marks):
            start = low[at : at + PREFIX]
            tried = self._by_start.get(start)
            if tried is None:
                tried = self._by_start[start] = self._lists_starting(start)
            for name, match_at in tried:
                spans = found[name]
                if spans and at < spans[-1][1]:  # inside this list's last match
                    continue
                match = match_at(low, at)
                if match is not None and match.end() > at:
                    spans.append(match.span())
        return found

    def _build_index(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """The pass that finds where a phrase may start after no word character, zero-width so
        that one list's match never hides another's at the same place (where a phrase may end
        is left to each list's pattern: this compiles twice as fast); and, for lists holding
        phrases that start with a punctuation mark (`phrase_regex.bounded`), a pass for the
        marks they start with, wherever they stand: one alternation for both would cost the
        first pass a tenth more on every position of the text."""
        words, marks = split_marks(self._union)
        index = re.compile(WORD_START + "(?=" + trie(words) + ")" if words else "(?!)")
        if not marks:
            return index, None
        return index, re.compile("[" + re.escape("".join(sorted({f[0] for f in marks}))) + "]")

    def pattern(self, name: str) -> re.Pattern[str]:
        """The list's own pattern, compiled when first needed: what `phrase_pattern` makes."""
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = compile_phrases(self._spelled[name])
        return pattern

    def _lists_starting(self, start: str) -> _Tries:
        """The lists (with their patterns' bound `match`) that have a fragment that can match
        text beginning with `start`."""
        # A prefix (at most PREFIX letters, as `start` is, or none) that `start` starts with is
        # one of its heads: a few set lookups instead of a test of every fragment's prefix.
        heads = {start[:size] for size in range(len(start) + 1)}
        return tuple(
            (name, self.pattern(name).match)
            for name, prefixes in self._prefixes.items()
            if not heads.isdisjoint(prefixes)
        )

    def _finditer(self, name: str, low: str) -> Spans:
        return [m.span() for m in self.pattern(name).finditer(low) if m.end() > m.start()]


def starts(low: str, index: re.Pattern[str], marks: re.Pattern[str] | None) -> Iterable[int]:
    """Where a phrase may start in `low`, in order, each once: the positions the words' pass
    (`index`) finds and those the marks' pass finds, joined as numbers (a sort of ints, where
    a merge of the two passes' match objects cost more than the tries at the positions)."""
    at_words = map(re.Match.start, index.finditer(low))
    if marks is None:
        return at_words
    return sorted({*at_words, *map(re.Match.start, marks.finditer(low))})
