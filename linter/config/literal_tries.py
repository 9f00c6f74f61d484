"""Searches of folded text for literal strings: the tries the one-pass matchers build, and the
test of the strings every match of a pattern holds (linter/config/required_literals.py).

Split from multi_match.py, which re-exports them, so that each stays readable whole.
"""

from __future__ import annotations

import re

from linter.config.pattern_prefixes import Pattern
from linter.config.required_literals import required


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


def required_test(pattern: Pattern) -> re.Pattern[str] | None:
    """A search of folded text for the strings one of which every match of `pattern` holds
    (linter/config/required_literals.py): no hit, no match. None where nothing is known."""
    needs = required(pattern)
    return None if needs is None else re.compile(literal_trie(list(needs)))
