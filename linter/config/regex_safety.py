"""Refuse user regular expressions that are invalid or could backtrack for ever."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any, Protocol

from linter.errors import HealthlintError

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
MAX_PATTERN_LENGTH = 20_000


def problem(pattern: str) -> str | None:
    """Why a pattern is refused, or None: invalid syntax, or a repeat inside a repeat.

    Python's re has no timeout, and a nested unbounded repeat such as `(a+)+` or `(\\w+\\s?)*`
    takes exponential time on a line that almost matches. Such patterns are rare in a word
    list and can always be written without the nesting.
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"pattern is longer than {MAX_PATTERN_LENGTH} characters"
    try:
        re.compile(pattern)
        parsed = sre_parser.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"invalid regular expression: {exc}"
    if _nested_repeat(parsed, inside_repeat=False):
        return "a repeat inside a repeat (like (a+)+) can take exponential time; rewrite it"
    return None


def _nested_repeat(items: Any, inside_repeat: bool) -> bool:
    for op, arg in items:
        if op in _REPEATS:
            _low, high, sub = arg
            unbounded = high == sre_constants.MAXREPEAT or high > 10
            if unbounded and inside_repeat:
                return True
            # Each pass of "( [A-Z][a-z]+)*" must start with its literal space: no ambiguity.
            delimited = bool(sub) and _first_op(sub) == sre_constants.LITERAL
            if _nested_repeat(sub, inside_repeat or (unbounded and not delimited)):
                return True
        elif op == sre_constants.SUBPATTERN:
            if _nested_repeat(arg[-1], inside_repeat):
                return True
        elif op == sre_constants.BRANCH:
            if any(_nested_repeat(branch, inside_repeat) for branch in arg[1]):
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and _nested_repeat(
            arg[1], inside_repeat
        ):
            return True
    return False


def _first_op(items: Any) -> Any:
    """The first operation of a pattern, looking through groups."""
    op, arg = items[0]
    while op == sre_constants.SUBPATTERN and arg[-1]:
        op, arg = arg[-1][0]
    return op


# A user's pattern runs under a time budget, per paragraph: the check above refuses the
# obvious exponential shapes with a clear message, but no static check catches every one
# ((a|aa)*c, chains and stacks of bounded repeats ...). The `regex` module matches Python's
# syntax, takes a timeout, and also avoids the backtracking of many such shapes by itself.
USER_PATTERN_SECONDS = 1.0


class PatternTimeout(HealthlintError):
    """A user's pattern took longer than its budget on one paragraph."""


class Matcher(Protocol):
    def finditer(self, string: str) -> Iterator[Any]: ...


class TimedPattern:
    """A user's pattern compiled with `regex`: `finditer` raises PatternTimeout past the budget."""

    def __init__(self, pattern: str, flags: int, label: str) -> None:
        import regex  # type: ignore[import-untyped]  # only a run with a user's pattern imports it

        self._pattern = regex.compile(pattern, _regex_flags(regex, flags))
        self.label = label

    def finditer(self, string: str) -> Iterator[Any]:
        try:
            yield from self._pattern.finditer(string, timeout=USER_PATTERN_SECONDS)
        except TimeoutError:
            raise PatternTimeout(
                None,
                f"{self.label}: a pattern took more than {USER_PATTERN_SECONDS:g} s on one "
                "paragraph; the rest of the file is not checked (simplify the pattern)",
            ) from None


def _regex_flags(module: Any, flags: int) -> int:
    out: int = module.V0
    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII"):
        if flags & getattr(re, name):
            out |= getattr(module, name)
    return out


def user_pattern(pattern: str, flags: int = re.IGNORECASE, label: str = "pattern") -> Matcher:
    """A pattern from a user's rule pack or config: matched under a time budget."""
    return TimedPattern(pattern, flags, label)
