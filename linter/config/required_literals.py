"""Literal strings of which every match of a pattern holds one: a pattern that has no literal
prefix (so that MultiMatcher runs it with its own `finditer` over every passage) need not run
over a passage that holds none of them.

They are read from the parsed pattern, and looked for in the passage as `multi_match.fold`
spells it (lower-cased, length kept, ı İ ſ and the Kelvin sign as ASCII). Why a passage in
which none of them stands holds no match:
- A character a match consumes is in the passage. Only ASCII characters and characters with
  no case are read: an ASCII letter is looked for lower-cased, and whatever `_sre` matches it
  with (its other case; under IGNORECASE also ı, İ, ſ and the Kelvin sign) folds to it; a
  character with no case (a digit, "[", "¹") is only ever matched by itself, which folding
  leaves as it is. Any other character is read as requiring nothing.
- Characters consumed one after another are a substring of the match; a sequence holds what
  any one of its items holds (the most telling one is kept: the longest shortest string); an
  alternation one of what each branch holds; a repeat at least once what its body holds; a
  group what it encloses. Anything else (a lookaround, an anchor, a class of many characters,
  an optional item, a backreference) is read as requiring nothing.
"""

from __future__ import annotations

import re
from typing import Any

from linter.config.json_store import JsonStore, Readings
from linter.config.pattern_prefixes import Pattern

_parser: Any = getattr(re, "_parser", None) or getattr(re, "sre_parse", None)
_constants: Any = getattr(re, "_constants", None) or getattr(re, "sre_constants", None)
# More strings than this make the test as slow as the pattern it spares.
MAX_STRINGS = 64
# A class of more characters than this requires nothing.
MAX_CLASS = 12

Needs = frozenset[str] | None


def required(pattern: Pattern) -> Needs:
    """Folded strings of which every match of `pattern` holds one, or None (nothing known);
    read from the parsed pattern, or (where the command line keeps a store) in an earlier run:
    parsing a big file's 54 such patterns again costs about 0.1 s a process."""
    return _readings.read(
        (str(int(pattern.flags)), pattern.pattern),
        lambda: _required(pattern),
        lambda needs: sorted(needs or ()),  # [] stands for None: the store reads None as absent
        _decoded,
    )


def use_store(store: JsonStore | None) -> None:
    """Keep the strings read in `store` between runs (linter/run/startup.py), or stop."""
    _readings.use(store)


_readings: Readings[Needs] = Readings(__file__)


def _decoded(kept: Any) -> tuple[Needs] | None:
    """Stored strings, if they have the shape `required` stores; else None."""
    if isinstance(kept, list) and all(isinstance(s, str) and s for s in kept):
        return (frozenset(kept) or None,)
    return None


def _required(pattern: Pattern) -> Needs:
    if _parser is None or _constants is None:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        needs = _sequence(list(parsed.data))
    except (RecursionError, AttributeError, TypeError, ValueError, re.error):
        return None
    if needs is None or not needs or "" in needs or len(needs) > MAX_STRINGS:
        return None
    return needs


def _char(item: Any) -> str | None:
    """The folded character a literal item consumes, if it is one this module reads."""
    op, av = item
    if op is not _constants.LITERAL:
        return None
    char = chr(av)
    if char.isascii():
        return char.lower()
    return char if char.lower() == char == char.upper() else None


def _sequence(items: list[Any]) -> Needs:
    best: Needs = None
    run = ""
    for item in [*items, None]:
        char = None if item is None else _char(item)
        if char is not None:
            run += char
            continue
        if run:
            best = _better(best, frozenset({run}))
            run = ""
        if item is not None:
            best = _better(best, _item(item))
    return best


def _better(a: Needs, b: Needs) -> Needs:
    """The more telling of two requirements: the longer shortest string, then fewer strings."""
    if a is None or not a:
        return b
    if b is None or not b:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _item(item: Any) -> Needs:
    op, av = item
    c = _constants
    if op is c.IN:
        chars = [_char(sub) for sub in av]
        if len(chars) > MAX_CLASS or any(ch is None for ch in chars):
            return None
        return frozenset(ch for ch in chars if ch is not None)
    if op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
        body = av[-1] if op is c.SUBPATTERN else av
        return _sequence(list(body.data))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needs = _sequence(list(branch.data))
            if not needs:
                return None
            union |= needs
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, _, body = av
        return _sequence(list(body.data)) if low >= 1 else None
    return None
