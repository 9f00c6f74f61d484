"""What every check shares: its options table and the Hit it yields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from linter.config.check_options import CHECK_OPTIONS
from linter.findings import Level

if TYPE_CHECKING:
    from linter.config.rules import Rule


@dataclass(frozen=True)
class Hit:
    """A check's raw result: a character range of the Doc and the values for the message."""

    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    level: Level | None = None
    suggestion: str | None = None
    registry_id: str | None = None
    # Insert or replace text: (start, end, replacement) in the Doc's characters.
    fix: tuple[int, int, str] | None = None


class Check:
    """A rule type: subclasses implement `run`. Its options and their defaults are those
    linter/config/check_options.py lists for the rule's `check`, validated there without spaCy.
    """

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        defaults = CHECK_OPTIONS[rule.check]
        self.options = {k: rule.options.get(k, default) for k, (_, default) in defaults.items()}

    def run(self, doc: Doc) -> Iterator[Hit]:
        raise NotImplementedError


def has_source(sentence: Span) -> bool:
    """A link, DOI, PMID, footnote, reference marker or author-year citation in the sentence."""
    return bool(sentence._.sources)


def dedupe(spans: list[Span]) -> list[Span]:
    """Drop spans that overlap an earlier, longer one."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return kept
