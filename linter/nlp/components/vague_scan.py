"""One pass of the vague grammar's matcher over a passage, read pattern by pattern: kept apart
from attribution_vague.py, whose grammar it serves, so that the grammar file stays short."""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.config.multi_match import MultiMatcher, Pattern


class PatternScan:
    """A passage's matches of the vague patterns: from the matcher's one pass, or (a pattern it
    runs as `plain`, every pattern in a short text) the pattern's own `finditer`, run only when
    asked, so that a pattern behind a failed guard is neither run nor compiled."""

    def __init__(self, matcher: MultiMatcher, text: str) -> None:
        self.text = text
        self.plain = matcher.plain_set
        self.found = matcher.found(text, plain=False)

    def __call__(self, name: str, pattern: Pattern) -> Iterable[re.Match[str]]:
        return pattern.finditer(self.text) if name in self.plain else self.found[name]

    def none(self, name: str) -> bool:
        """Whether the pass already found that the pattern matches nowhere: its guard, a few
        substring searches of the whole passage, need not be asked (most passages, most
        patterns)."""
        return name not in self.plain and not self.found[name]

    def worth_trying(self, order: dict[str, int]) -> list[int]:
        """The indexes (`order`: name -> index) of the patterns that may match, in order: those
        the pass found and those it leaves to their own `finditer`; the same as asking `none` of
        every name, without a question for each of the many that never match."""
        return sorted({order[name] for name in (*self.found, *self.plain) if name in order})
