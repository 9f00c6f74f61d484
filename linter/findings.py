"""The Finding record every check yields and every formatter prints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Level(IntEnum):
    """Severity of a finding; `--fail-on` compares against it."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Level:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


LEVEL_NAMES = tuple(str(level) for level in Level)
# What a run adds to the message of a finding in boilerplate, a sentence repeated on many
# pages (run/boilerplate.py); fingerprints leave it out, so a page more keeps the identity.
BOILERPLATE_NOTE = " (boilerplate: this sentence is on {pages} pages; reported once)"
_BOILERPLATE_NOTE_RE = re.compile(
    r" \(boilerplate: this sentence is on \d+ pages; reported once\)$"
)


def without_boilerplate_note(message: str) -> str:
    """A message less the note a run adds to boilerplate."""
    return _BOILERPLATE_NOTE_RE.sub("", message)


# What `fail_on` (config) and `--fail-on` accept: a level, strongest first, or never fail.
FAIL_ON = (*reversed(LEVEL_NAMES), "never")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file. Sorts by (path, line, column, rule)."""

    path: str
    line: int
    column: int
    rule: str
    level: Level
    message: str
    end_line: int
    end_column: int
    text: str
    suggestion: str | None = None
    registry_id: str | None = None
    # A safe, mechanical edit: (start, end, replacement) in source characters. Not compared.
    fix: tuple[int, int, str] | None = field(default=None, compare=False)
    # A hash of the sentence the finding is in (the same words give the same hash on every
    # page): how a run finds boilerplate (run/boilerplate.py). Not compared, not in to_dict.
    sentence: str | None = field(default=None, compare=False)
    # The first words of that sentence, as plain text: where a line:column means nothing to a
    # writer (an HTML export from Google Docs), the text output says which sentence to search
    # for. Not compared, not in to_dict.
    context: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape: positions are 1-based, `end_column` is exclusive."""
        # Read field by field: `asdict` deep-copies every value, and all of these are plain.
        return {
            "rule": self.rule,
            "level": str(self.level),
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "suggestion": self.suggestion,
            "registry_id": self.registry_id,
        }
