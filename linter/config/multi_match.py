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
  Letters are compared lower-cased; `_sre` folds four non-ASCII letters to ASCII ones under
  IGNORECASE (ı, İ, ſ and the Kelvin sign), which the lower-cased text spells as ASCII; a
  non-ASCII character in a pattern ends its prefix.
- A pattern whose every branch opens with `(?<![\\w-])` is tried only where the character
  before is no word character or hyphen (lower-casing changes no character's class); any
  other pattern wherever one of its prefixes stands.
- A pattern that can match the empty string, has no prefix, or cannot be read is simply run
  with its own `finditer`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

Spans = list[tuple[int, int]]


class Pattern(Protocol):
    """What a MultiMatcher needs of a pattern: a compiled one, or one compiled on first use
    (linter/nlp/lazy_regex.py's LazyPattern)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]: ...


# Characters of literal prefix read per pattern: more makes fewer positions to try, and a
# larger trie.
PREFIX = 6
# Text scanned pattern by pattern before the patterns are read (see `MultiMatcher`).
BUILD_AFTER_CHARS = 50_000
# Prefixes per pattern at most; past that they are cut shorter.
MAX_PREFIXES = 2000
# The non-ASCII characters that `_sre` matches with an ASCII letter under IGNORECASE.
_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
_BOUNDARY = r"(?<![\w-])"

_parser: Any = getattr(re, "_parser", None) or getattr(re, "sre_parse", None)
_constants: Any = getattr(re, "_constants", None) or getattr(re, "sre_constants", None)


def fold(text: str) -> str:
    """The text lower-cased, length kept, with `_FOLDS` spelt as ASCII: what prefixes match."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep such as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low if low.isascii() else low.translate(_FOLDS)


def literal_trie(words: list[str]) -> str:
    """A regex matching any of the literal strings, shared first characters in one branch (so
    that `_sre` drops most options after one character)."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, tails in heads.items():
        if head == "":
            continue
        rest = [t for t in tails if t]
        tail = "" if not rest else literal_trie(rest) + ("?" if len(rest) < len(tails) else "")
        parts.append(re.escape(head) + tail)
    return "(?:" + "|".join(parts) + ")" if parts else ""


class _Unreadable(Exception):
    pass


def _seq(items: Any, k: int) -> set[tuple[str, bool]]:
    """(prefix, closed) pairs: every match of the item sequence starts with one of the prefixes;
    a closed one can be extended by nothing after it."""
    results = {("", False)}
    for item in items:
        grown: set[tuple[str, bool]] = set()
        for text, closed in results:
            if closed or len(text) >= k:
                grown.add((text[:k], True))
                continue
            for more, more_closed in _first(item, k - len(text)):
                grown.add((text + more, more_closed))
        results = grown
        if len(results) > MAX_PREFIXES:
            raise _Unreadable
    return results


def _first(item: Any, k: int) -> set[tuple[str, bool]]:
    op, av = item
    c = _constants
    if op is c.LITERAL:
        char = chr(av).lower()
        return {(char, False)} if char.isascii() and len(char) == 1 else {("", True)}
    if op is c.IN:
        chars = []
        for sub_op, sub_av in av:
            if sub_op is not c.LITERAL:
                return {("", True)}
            chars.append(chr(sub_av).lower())
        if len(chars) > 8 or not all(ch.isascii() and len(ch) == 1 for ch in chars):
            return {("", True)}
        return {(ch, False) for ch in chars}
    if op is c.SUBPATTERN:
        return _seq(av[-1], k)
    if op is c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _seq(branch, k)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        once = _seq(body, k)
        if high != 1:  # a second round may follow the first: end the prefix there
            once = {(text, True) for text, _ in once}
        return once | {("", False)} if low == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {("", False)}
    return {("", True)}


def prefixes(pattern: Pattern, k: int | None = None) -> frozenset[str] | None:
    """Literal prefixes (lower-case, at most `k` characters) of which every match of the pattern
    starts with one; None when some match may start anywhere, or the pattern cannot be read."""
    return read(pattern, k)[0]


def read(pattern: Pattern, k: int | None = None) -> tuple[frozenset[str] | None, bool]:
    """The pattern's `prefixes`, and whether every branch of it opens with `(?<![\\w-])`; parsed
    once."""
    if _parser is None or _constants is None:
        return None, False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None, False  # an empty match: leave it to finditer
        found = _seq(parsed.data, PREFIX if k is None else k)
        bounded = _opens_with_boundary(list(parsed.data), pattern.flags)
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError, re.error):
        return None, False
    texts = frozenset(text for text, _ in found)
    return (None if "" in texts else texts), bounded


def _opens_with_boundary(data: list[Any], flags: int) -> bool:
    """Whether every branch of the parsed pattern opens with `(?<![\\w-])`."""
    want = _plain(_parser.parse(_BOUNDARY, flags).data[0])
    if data and _plain(data[0]) == want:
        return True
    if len(data) == 1 and data[0][0] is _constants.BRANCH:
        return all(b.data and _plain(b.data[0]) == want for b in data[0][1][1])
    return False


def _plain(item: Any) -> Any:
    """A parsed item as nested tuples, to compare (parsed subpatterns compare by identity)."""
    if isinstance(item, (list, tuple)):
        return tuple(_plain(i) for i in item)
    data = getattr(item, "data", None)
    return _plain(data) if isinstance(data, list) else item


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
        # Literal prefixes of the patterns read: those opening with `(?<![\w-])`, the others.
        self._bounded: dict[str, frozenset[str]] = {}
        self._free: dict[str, frozenset[str]] = {}
        self._index: re.Pattern[str] | None = None
        # (characters after a position, whether a word may start there) -> the patterns worth
        # trying there.
        self._by_start: dict[tuple[str, bool], tuple[tuple[str, Pattern], ...]] = {}

    @property
    def plain(self) -> tuple[str, ...]:
        """The patterns run with their own `finditer` (all of them before `build`)."""
        return tuple(self._plain)

    def grow(self, text: str) -> None:
        """Count text scanned; read the patterns once enough has been."""
        if not self._built:
            self._scanned += len(text)
            if self._scanned > self._build_after:
                self.build()

    def build(self) -> None:
        """Read the patterns' prefixes and compile the index (once)."""
        if self._built:
            return
        self._built = True
        self._plain = []
        for name, pattern in self.patterns.items():
            found, bounded = read(pattern)
            if found is None:
                self._plain.append(name)
            elif bounded:
                self._bounded[name] = found
            else:
                self._free[name] = found
        at_words = {p for found in self._bounded.values() for p in found}
        free = sorted({p for found in self._free.values() for p in found})
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
        self, text: str, folded: str | None = None, plain: bool = True
    ) -> dict[str, list[re.Match[str]]]:
        """Each pattern's matches in `text`, as its `finditer` gives them; with `plain` False,
        none for the patterns in `plain` (a caller that runs those itself)."""
        self.grow(text)
        found: dict[str, list[re.Match[str]]] = {name: [] for name in self.patterns}
        if plain:
            for name in self._plain:
                found[name] = list(self.patterns[name].finditer(text))
        if self._index is None:
            return found
        low = fold(text) if folded is None else folded
        by_start = self._by_start
        for position in self._index.finditer(low):
            at = position.start()
            key = (low[at : at + PREFIX], position.lastindex is not None)
            tried = by_start.get(key)
            if tried is None:
                tried = by_start[key] = self._starting(*key)
            for name, pattern in tried:
                done = found[name]
                if done and at < done[-1].end():  # inside this pattern's last match
                    continue
                match = pattern.match(text, at)
                if match is not None:
                    done.append(match)
        return found

    def _starting(self, start: str, bounded: bool) -> tuple[tuple[str, Pattern], ...]:
        groups = [self._bounded, self._free] if bounded else [self._free]
        # A prefix (at most PREFIX characters, as `start` is) that `start` starts with is one
        # of its heads: a few set lookups instead of a test of every prefix.
        heads = {start[:size] for size in range(1, len(start) + 1)}
        return tuple(
            (name, _compiled(self.patterns[name]))
            for group in groups
            for name, found in group.items()
            if not heads.isdisjoint(found)
        )


def _compiled(pattern: Pattern) -> Pattern:
    """A lazy pattern's compiled one (compiled now: text where it may match has been met), so
    that each of its many anchored tries skips the wrapper."""
    compiled: Pattern | None = getattr(pattern, "compiled", None)
    return pattern if compiled is None else compiled
