"""Many compiled patterns scanned together, with exactly the matches each pattern's own
`finditer` gives.

Python's `re` tries a pattern at every position of the text; a long case-insensitive
alternation behind a lookbehind has no literal prefix that lets `_sre` skip ahead, so each
lexicon class costs a full pass of slow attempts (the hype classes: 22 such passes over every
passage). A `MultiMatcher` reads the literal characters every match of each pattern must start
with (from the parsed pattern, lower-cased: up to `PREFIX` characters), and finds with ONE
zero-width, case-sensitive trie of those prefixes, over the text lower-cased once, every
position where any pattern may start. Each pattern is then run anchored (`match(text, at)`)
only there, and only if one of its prefixes fits the characters found.

Why the matches are the same as `pattern.finditer(text)`:
- `finditer` returns, from the end of each match on, the match at the leftmost position where
  the pattern matches; `match(text, at)` at a position gives what a search reaching `at` gives
  (lookbehinds see the text before `at` in both). The positions tried are a superset of those
  where the pattern can match (below), visited in order, skipping those inside the pattern's
  last match: the same sequence.
- The prefixes: every match starts with one of them. Literals, groups, alternations, optional
  and repeated items are read; zero-width assertions are skipped (they consume nothing); any
  other item ends a prefix there, which only makes it shorter (a superset of positions).
  White space is compared as a space: a white-space literal, and `\\s` (what `str.isspace`
  takes, as in a str pattern), are read as " ", and the index runs over the text with every
  white-space character spelt as a space (`spaced`, length kept; the boundary test is the same
  there, white space being neither a word character nor a hyphen).
  Letters are compared lower-cased; `_sre` folds four non-ASCII letters to ASCII ones under
  IGNORECASE (ı, İ, ſ and the Kelvin sign), which the lower-cased text spells as ASCII; a
  non-ASCII letter ends a prefix ("’", caseless, does not); `\\s+` reads as 1 to PREFIX spaces.
- A pattern whose every branch opens with `(?<![\\w-])` is tried only where the character
  before is no word character or hyphen (lower-casing changes no character's class); any
  other pattern wherever one of its prefixes stands.
- A pattern that can match the empty string, has no prefix, or cannot be read is simply run
  with its own `finditer`; once the patterns are read, only over a text that holds one of the
  strings every match of it holds, where it has such (linter/config/required_literals.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from itertools import islice

from linter.config.literal_tries import literal_trie, required_test
from linter.config.pattern_prefixes import BOUNDARY as _BOUNDARY
from linter.config.pattern_prefixes import PREFIX, Pattern, prefixes, read, spaced
from linter.config.required_literals import required

Spans = list[tuple[int, int]]
# The patterns worth trying at a position: each one's name and its `match(text, at)`.
_Tries = tuple[tuple[str, Callable[[str, int], "re.Match[str] | None"]], ...]
__all__ = [
    "PREFIX",
    "Found",
    "MultiMatcher",
    "Pattern",
    "fold",
    "literal_trie",
    "prefixes",
    "read",
    "required_test",
]

# Text scanned pattern by pattern before the patterns are read (see `MultiMatcher`).
BUILD_AFTER_CHARS = 50_000
_expected = [0]  # the text of the file being read (`expect`)


def expect(chars: int) -> None:
    """Say how much text the file about to be read holds: a matcher builds at once where that
    passes its threshold, sparing a big file its first 50 kB scanned pattern by pattern."""
    _expected[0] = chars


# The non-ASCII characters that `_sre` matches with an ASCII letter under IGNORECASE.
_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def fold(text: str) -> str:
    """The text lower-cased, length kept, with `_FOLDS` spelt as ASCII: what prefixes match."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep such as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low if low.isascii() else low.translate(_FOLDS)


class Found(dict[str, list["re.Match[str]"]]):
    """Patterns' matches by name, holding only the patterns that match: any other name reads as
    no match (a new empty list, not kept)."""

    def __missing__(self, name: str) -> list[re.Match[str]]:
        return []


class MultiMatcher:
    """Named compiled patterns, scanned together: `scan(text)` gives each one's `finditer`
    spans, `matches(text)` its match objects (see the module's docstring for why they are the
    same).

    Reading the patterns costs some 60 ms (parsing the long alternations again, in Python), as
    much as scanning about 30 kB of text pattern by pattern costs more than scanning it
    together: the first `build_after` characters are scanned pattern by pattern, so that an
    article never pays for it and a big file or a site does once.
    """

    def __init__(
        self, patterns: Mapping[str, Pattern], build_after: int = BUILD_AFTER_CHARS
    ) -> None:
        self.patterns = dict(patterns)
        self._build_after = build_after
        self._scanned = 0
        self._built = False
        self._plain: list[str] = list(self.patterns)  # run with their own finditer
        self._plain_set: frozenset[str] | None = None
        # A plain pattern's test of the folded text (read on first use once built): None where
        # it may match in any text.
        self._guards: dict[str, re.Pattern[str] | None] = {}
        self._plain_guard: tuple[re.Pattern[str] | None, frozenset[str]] | None = None
        # The patterns read by each literal prefix, where a word may start (those opening with
        # `(?<![\w-])` and the others) and where none may (the others), and their order.
        self._heads: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        self._rank: dict[str, int] = {}
        self._index: re.Pattern[str] | None = None
        # Characters after a position -> the patterns worth trying there (each with its bound
        # `match`), one table where a word may start there, one where none may.
        self._by_start: tuple[dict[str, _Tries], dict[str, _Tries]] = ({}, {})

    @property
    def plain(self) -> tuple[str, ...]:
        """The patterns run with their own `finditer` (all of them before `build`)."""
        return tuple(self._plain)

    @property
    def plain_set(self) -> frozenset[str]:
        """`plain` as a set, made again only when `build` changes it."""
        if self._plain_set is None:
            self._plain_set = frozenset(self._plain)
        return self._plain_set

    def grow(self, text: str) -> None:
        """Count text scanned; read the patterns once enough has been."""
        if not self._built:
            self._scanned += len(text)
            if max(self._scanned, _expected[0]) > self._build_after:
                self.build()

    def build(self) -> None:
        """Read the patterns' prefixes and compile the index (once)."""
        if self._built:
            return
        self._built = True
        self._plain = []
        self._plain_set = None
        prefixed: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] = ({}, {})
        for name, pattern in self.patterns.items():
            found, bounded = read(pattern)
            if found is None:
                self._plain.append(name)
            else:
                prefixed[0 if bounded else 1][name] = found
        self._rank = {name: i for i, name in enumerate([*prefixed[0], *prefixed[1]])}
        for table, groups in zip(self._heads, (prefixed, prefixed[1:]), strict=True):
            for name, found in (pair for group in groups for pair in group.items()):
                for head in found:
                    table.setdefault(head, []).append(name)
        at_words = {p for found in prefixed[0].values() for p in found}
        free = sorted({p for found in prefixed[1].values() for p in found})
        branches = []
        if at_words:  # an empty group marks a position where a word may start
            everything = sorted(at_words | set(free))
            branches.append(_BOUNDARY + "()(?=" + literal_trie(everything) + ")")
        if free:
            branches.append("(?=" + literal_trie(free) + ")")
        if branches:
            self._index = re.compile("|".join(branches))

    def scan(self, text: str, folded: str | None = None) -> dict[str, Spans]:
        """Each pattern's matches in `text` as spans, in order; `folded` is `fold(text)` if the
        caller has it."""
        return {
            name: [m.span() for m in found] for name, found in self.matches(text, folded).items()
        }

    def matches(
        self, text: str, folded: str | None = None, plain: bool = True, first: bool = False
    ) -> dict[str, list[re.Match[str]]]:
        """Each pattern's matches in `text`, as its `finditer` gives them; with `plain` False,
        none for the patterns in `plain` (a caller that runs those itself); with `first`, only
        each pattern's first (leftmost) match, for a caller that asks whether it matches."""
        found = self.found(text, folded, plain, first)
        return {name: found[name] for name in self.patterns}

    def found(
        self,
        text: str,
        folded: str | None = None,
        plain: bool = True,
        first: bool = False,
        skip: Container[str] = frozenset(),
    ) -> Found:
        """What `matches` gives, holding only the patterns that match: a caller that asks for
        each pattern by name (most patterns match in no short block) is spared a dict of an
        empty list for every pattern in every block. The read patterns in `skip` (a set) are
        not tried, and have none: a caller that would drop their matches spares the tries."""
        self.grow(text)
        found = Found()
        low = folded
        if plain:
            for name in self._plain:
                guard = self._guard(name)
                if guard is not None:
                    low = fold(text) if low is None else low
                    if guard.search(low) is None:
                        continue  # none of what every match holds: no match
                every = self.patterns[name].finditer(text)
                matched = list(islice(every, 1) if first else every)
                if matched:
                    found[name] = matched
        if self._index is None:
            return found
        # Prefixes read `\s` and every white-space character as a space (pattern_prefixes).
        low = spaced(fold(text) if low is None else low)
        # The patterns worth trying by the characters found, where a word may start (the
        # index's empty group took part) and elsewhere: two tables, no key tuple per position.
        at_words, inside = self._by_start
        for position in self._index.finditer(low):
            at = position.start()
            start = low[at : at + PREFIX]
            table = inside if position.lastindex is None else at_words
            tried = table.get(start)
            if tried is None:
                tried = table[start] = self._starting(start, table is at_words)
            for name, match_at in tried:
                done = found.get(name)
                if done is not None and (first or at < done[-1].end()):
                    continue  # inside this pattern's last match
                if name in skip:
                    continue
                match = match_at(text, at)
                if match is not None:
                    if done is None:
                        found[name] = [match]
                    else:
                        done.append(match)
        return found

    def may_match(self, name: str, low: str) -> bool:
        """Whether the pattern may match the text `low` folds (False only once the patterns are
        read, where the text holds none of the strings every match of it holds)."""
        guard = self._guard(name)
        return guard is None or guard.search(low) is not None

    def plain_guard(self) -> tuple[re.Pattern[str] | None, frozenset[str]]:
        """One search of folded text for the strings of every plain pattern that has them (see
        `may_match`), and those patterns: where it finds none, none of them can match, which
        spares a caller one search per pattern in most blocks. (None, empty) before `build`."""
        if not self._built:
            return None, frozenset()
        if self._plain_guard is None:
            needs = {name: required(self.patterns[name]) for name in self._plain}
            words = sorted({word for found in needs.values() if found for word in found})
            test = re.compile(literal_trie(words)) if words else None
            covered = frozenset(name for name, found in needs.items() if found and test)
            self._plain_guard = (test, covered)
        return self._plain_guard

    def _guard(self, name: str) -> re.Pattern[str] | None:
        if not self._built:
            return None
        if name not in self._guards:
            self._guards[name] = required_test(self.patterns[name])
        return self._guards[name]

    def _starting(self, start: str, bounded: bool) -> _Tries:
        # The heads of `start` (it has at most PREFIX characters) looked up: a few lookups, not
        # a test of every pattern; in the order of the patterns read (bounded first).
        table = self._heads[0 if bounded else 1]
        names = {n for size in range(1, len(start) + 1) for n in table.get(start[:size], ())}
        ordered = sorted(names, key=self._rank.__getitem__)
        return tuple((name, _compiled(self.patterns[name]).match) for name in ordered)


def _compiled(pattern: Pattern) -> Pattern:
    """A lazy pattern's compiled one (compiled now: text where it may match has been met), so
    that each of its many anchored tries skips the wrapper."""
    compiled: Pattern | None = getattr(pattern, "compiled", None)
    return pattern if compiled is None else compiled
