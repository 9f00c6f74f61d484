"""What every check shares: its options, the Hit it yields, and helpers over claims."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from linter.checks.options import Option
from linter.claim import Attribution, Passage
from linter.findings import Level
from linter.registry.match import Matches

if TYPE_CHECKING:
    from linter.checks.rules import Rule


@dataclass(frozen=True)
class Hit:
    """A check's raw result: a character range of the passage and the values for the message."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    level: Level | None = None
    suggestion: str | None = None
    registry_id: str | None = None
    # Insert or replace text: (start, end, replacement) in the passage's characters.
    fix: tuple[int, int, str] | None = None


class Check:
    """A rule type: subclasses implement `run` over one passage's claims and list the options
    they take, with their types, allowed values and defaults, in `OPTIONS`."""

    OPTIONS: ClassVar[dict[str, Option]] = {}

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.options = {k: rule.options.get(k, o.default) for k, o in self.OPTIONS.items()}

    def begin(self, passages: Sequence[Passage]) -> None:
        """Called with all the passages of a document before `run` sees any of them."""

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        raise NotImplementedError

    def run_at(self, index: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        """`run` of the passage at `index` in the list `begin` was given: the engine's call."""
        return self.run(passage, matches)


class PlacedCheck(Check):
    """A check that weighs a passage against the rest of the page, and so needs its place:
    given by the engine as the passage's index, not looked up by its object's `id()` (which a
    new object may take once a passage is freed: issue 20, a page checked in runs)."""

    def run(self, passage: Passage, matches: Matches) -> Iterator[Hit]:
        """A passage on its own, not one of the page's (index -1)."""
        return self.run_at(-1, passage, matches)

    def run_at(self, index: int, passage: Passage, matches: Matches) -> Iterator[Hit]:
        raise NotImplementedError


def dedupe(attributions: list[Attribution]) -> list[Attribution]:
    """Drop attributions that overlap an earlier, longer one."""
    kept: list[Attribution] = []
    for a in sorted(attributions, key=lambda a: (a.start, a.start - a.end)):
        # Kept ones do not overlap and come in order: only the last can reach this one.
        if not (kept and kept[-1].start < a.end and a.start < kept[-1].end):
            kept.append(a)
    return kept
