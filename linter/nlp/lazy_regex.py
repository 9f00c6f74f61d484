"""Regular expressions compiled when first used, not when a component is built.

Compiling the grammar's long alternations is most of healthlint's start-up after importing
spaCy; many of them wait behind a cheap trigger that a short article never fires, so they need
never be compiled for it. A lazy pattern matches exactly as `re.compile(pattern, flags)`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache


class LazyPattern:
    """`re.compile(pattern, flags)`, done on the first search; the same object for the same
    pattern and flags (see `lazy`), as `re.compile`'s own cache gives."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


@cache
def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """The lazy pattern for `pattern` and `flags`: one object for each, so that callers that
    search a shared trigger once per text (by its identity) still do."""
    return LazyPattern(pattern, flags)
