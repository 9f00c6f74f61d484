"""Where the figures component need not search: how far back a number's leading words can
start, and which shapes cannot match in a sentence (or a stretch of it) at all."""

from __future__ import annotations

import re
from typing import Any

from linter.config.multi_match import fold, required_test

_parser: Any = getattr(re, "_parser", None) or getattr(re, "sre_parse", None)
# Characters of sentences with numbers read before the shapes' tests are read: reading them
# parses every shape again (about 50 ms), which an article does not win back.
GUARD_AFTER_CHARS = 50_000


def reach_of(pattern: re.Pattern[str], limit: int) -> int:
    """How many characters before `endpos` a match of `pattern` (which ends with `$`) can start:
    its widest match, plus one for the newline `$` may stand before; `limit` if that is wider,
    unbounded or unknown. A search from further back finds the same match, later."""
    if _parser is None:
        return limit
    try:
        widest: int = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # an internal API: any failure keeps the whole window
        return limit
    return min(limit, widest + 1)


class ShapeGuards:
    """For each shape, a test of the folded sentence: the strings one of which every match of
    the shape holds (linter/config/required_literals.py), or None where nothing is known. A
    stretch of a sentence in which none stands holds no match of the shape."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._patterns = patterns
        self._seen = 0
        self._unread: list[re.Pattern[str] | None] = [None] * len(patterns)
        self._guards: list[re.Pattern[str] | None] | None = None

    def folded(self, sentence: str) -> tuple[str, list[re.Pattern[str] | None]]:
        """The sentence folded and each shape's test; no test (and no folding) until enough
        text was read."""
        if self._guards is None:
            self._seen += len(sentence)
            if self._seen <= GUARD_AFTER_CHARS:
                return "", self._unread
            self._guards = [required_test(p) for p in self._patterns]
        return fold(sentence), self._guards
