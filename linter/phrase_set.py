"""Several phrase lists scanned in one pass, with exactly the matches each list's own scan gives."""

from __future__ import annotations

import re
from collections.abc import Mapping

from linter.phrase_regex import compile_phrases, literal_first, spell, trie

Spans = list[tuple[int, int]]

# Text scanned list by list before the one-pass index is built. Compiling the index costs about
# as much as scanning a thousand sentences saves (60 ms): a single article never pays for it, a
# site or `healthlint strength` on a file of sentences does.
INDEX_AFTER_CHARS = 200_000


class PhraseSet:
    """Named phrase lists (as `phrase_pattern` reads them), matched in lower-cased text together.

    Scanning a sentence once per list costs a pass over it for every list, and most lists match
    nowhere in most sentences. Once enough text has gone through, one zero-width pass of the
    lists' union finds each position where any of them may match; a list is then tried only
    there, and only if one of its phrases can start with the character found. Either way `scan`
    returns what each list's own `finditer` gives: its leftmost matches, none overlapping another
    of the same list (lists may overlap each other).
    """

    def __init__(self, lists: Mapping[str, list[str]], index_after: int = INDEX_AFTER_CHARS):
        self._spelled = {name: spell(fragments) for name, fragments in lists.items()}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._union = [f for fragments in self._spelled.values() for f in fragments]
        self._index: re.Pattern[str] | None = None
        self._index_after = index_after
        self._scanned = 0
        firsts: dict[str, list[str]] = {}
        anywhere = []
        for name, fragments in self._spelled.items():
            starts = {literal_first(f) for f in fragments}
            if None in starts:
                anywhere.append(name)
            for first in starts - {None}:
                firsts.setdefault(str(first), []).append(name)
        self._anywhere = tuple(anywhere)
        self._tried = {first: (*names, *anywhere) for first, names in firsts.items()}

    def scan(self, low: str) -> dict[str, Spans]:
        """Each list's matches in `low` (text lower-cased by `phrase_regex.lower`) as spans."""
        if self._index is None:
            self._scanned += len(low)
            if self._scanned <= self._index_after or not self._union:
                return {name: self._finditer(name, low) for name in self._spelled}
            # Zero-width, so that one list's match never hides another's at the same place.
            # Where a phrase may end is left to each list's pattern: this compiles twice as fast.
            self._index = re.compile(r"(?<![\w-])(?=" + trie(self._union) + ")")
        found: dict[str, Spans] = {name: [] for name in self._spelled}
        free_from = dict.fromkeys(self._spelled, 0)  # where a list's next match may start
        for position in self._index.finditer(low):
            at = position.start()
            for name in self._tried.get(low[at], self._anywhere):
                if at < free_from[name]:
                    continue
                match = (self._compiled.get(name) or self.pattern(name)).match(low, at)
                if match is not None and match.end() > at:
                    found[name].append(match.span())
                    free_from[name] = match.end()
        return found

    def pattern(self, name: str) -> re.Pattern[str]:
        """The list's own pattern, compiled when first needed: what `phrase_pattern` makes."""
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = compile_phrases(self._spelled[name])
        return pattern

    def _finditer(self, name: str, low: str) -> Spans:
        return [m.span() for m in self.pattern(name).finditer(low) if m.end() > m.start()]
