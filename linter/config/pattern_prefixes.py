"""The literal prefixes a compiled pattern's every match starts with, read from the parsed
pattern (see linter/config/multi_match.py for what they are used for and why reading them is
sound), and kept between runs where the command line asks (`use_store`).

Reading the attribution grammar's and the lexicons' long alternations again in Python costs
about 0.2 s a process; a reading is a function of the pattern, this module's code and Python's
parser, so it is kept under a digest of the three in a JsonStore (linter/config/json_store.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, Protocol

from linter.config.json_store import JsonStore, Readings

# Characters of literal prefix read per pattern: more makes fewer positions to try, and a
# larger trie.
PREFIX = 6
# Prefixes per pattern at most; past that they are cut shorter.
MAX_PREFIXES = 2000
BOUNDARY = r"(?<![\w-])"

_parser: Any = getattr(re, "_parser", None) or getattr(re, "sre_parse", None)
_constants: Any = getattr(re, "_constants", None) or getattr(re, "sre_constants", None)


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
        char = _spaced(chr(av).lower())
        return {(char, False)} if _readable(char) else {("", True)}
    if op is c.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                chars.add(" ")  # `\s`: any white space, a space in the text the index reads
            elif sub_op is c.LITERAL:
                chars.add(_spaced(chr(sub_av).lower()))
            else:
                return {("", True)}
        if len(chars) > 8 or not all(_readable(ch) for ch in chars):
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
        if high != 1 and len(once) == 1:
            ((char, closed),) = once
            if len(char) == 1 and not closed:  # one character repeated: `\s+`, ` *`, `x{2}`
                return {(char * n, False) for n in range(min(low, k), min(high, k) + 1)}
        if high != 1:  # a second round may follow the first: end the prefix there
            once = {(text, True) for text, _ in once}
        return once | {("", False)} if low == 0 else once
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {("", False)}
    return {("", True)}


def _readable(char: str) -> bool:
    """Whether a prefix may hold the character: an ASCII one, or one that no case touches (not
    a letter, its own upper and lower case: "’", "–", "•"), which `_sre` matches only with
    itself under IGNORECASE too and `fold` keeps; a non-ASCII letter may match another."""
    if len(char) != 1:
        return False
    return char.isascii() or (not char.isalpha() and char.upper() == char == char.lower())


def _spaced(char: str) -> str:
    """White space as the index reads it: every white-space character is a space there
    (`spaced`), which lets `\\s` be read as one character ("a\\s?study": "a study", not "a")."""
    return " " if char.isspace() else char


# Every character `str.isspace` (and so `\s` in a str pattern) takes, but the space itself;
# tests/test_multi_match.py checks the list against every code point.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_AS_SPACE = str.maketrans(dict.fromkeys(WHITE_SPACE, " "))
_OTHER_SPACE = re.compile("[" + WHITE_SPACE + "]")


def spaced(text: str) -> str:
    """The text with every white-space character a space (length kept): where the index of a
    MultiMatcher looks for prefixes, which read white space as a space."""
    return text.translate(_AS_SPACE) if _OTHER_SPACE.search(text) else text


def prefixes(pattern: Pattern, k: int | None = None) -> frozenset[str] | None:
    """Literal prefixes (lower-case, at most `k` characters) of which every match of the pattern
    starts with one; None when some match may start anywhere, or the pattern cannot be read."""
    return read(pattern, k)[0]


def read(pattern: Pattern, k: int | None = None) -> tuple[frozenset[str] | None, bool]:
    """The pattern's `prefixes`, and whether every branch of it opens with `(?<![\\w-])`; parsed
    once, or (where the command line keeps a store of them) in an earlier run."""
    size = PREFIX if k is None else k
    return _readings.read(
        (str(size), str(int(pattern.flags)), pattern.pattern),
        lambda: _read(pattern, size),
        lambda reading: [None if reading[0] is None else sorted(reading[0]), reading[1]],
        _decoded,
    )


def use_store(store: JsonStore | None) -> None:
    """Keep the prefixes read in `store` between runs (linter/run/startup.py), or stop."""
    _readings.use(store)


_readings: Readings[tuple[frozenset[str] | None, bool]] = Readings(__file__)


def _decoded(kept: Any) -> tuple[tuple[frozenset[str] | None, bool]] | None:
    """A stored reading, if it has the shape `read` stores; else None."""
    if not (isinstance(kept, list) and len(kept) == 2 and isinstance(kept[1], bool)):
        return None
    found, bounded = kept
    if found is None:
        return ((None, bounded),)
    if isinstance(found, list) and found and all(isinstance(p, str) and p for p in found):
        return ((frozenset(found), bounded),)
    return None


def _read(pattern: Pattern, size: int) -> tuple[frozenset[str] | None, bool]:
    if _parser is None or _constants is None:
        return None, False
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None, False  # an empty match: leave it to finditer
        found = _seq(parsed.data, size)
        bounded = _opens_with_boundary(list(parsed.data), pattern.flags)
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError, re.error):
        return None, False
    texts = frozenset(text for text, _ in found)
    return (None if "" in texts else texts), bounded


def _opens_with_boundary(data: list[Any], flags: int) -> bool:
    """Whether every branch of the parsed pattern opens with `(?<![\\w-])`."""
    want = _plain(_parser.parse(BOUNDARY, flags).data[0])
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
