"""What a formatter knows besides the findings: the run's size, its rules, its input errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The rule id under which the machine-readable formats report a file that could not be checked
# (missing, unreadable, not text): a failing test case, a SARIF notification, an error line.
INPUT_ERROR = "input-error"
# What `healthlint rules explain input-error` says: a CI user meets it as a rule id.
INPUT_ERROR_DOCS = """\
input-error (not a rule)

What it is
  The name GitHub annotations, SARIF, JUnit, GitLab and rdjsonl reports give a file that
  healthlint could not check: missing, unreadable, binary, too large, or a config or directive
  mistake in it. Its message says which; the run exits 2.

How to fix it
  Correct the path or the file, or leave the file out with the config's exclude."""


@dataclass(frozen=True)
class Problem:
    """A file the run could not check, or could not check to its end: exit 2 in every format."""

    path: str | None  # None: not about one file (a config error)
    message: str
    line: int | None = None


@dataclass(frozen=True)
class RunInfo:
    """Context for formatters. `rules` maps rule id to its Rule (docs, level, message).

    `problems` are the run's input errors; `links` maps a registry entry id to the link of its
    source (text output prints it); `color` asks the text output for ANSI colour.
    """

    files: int
    rules: Mapping[str, Any] = field(default_factory=dict)
    version: str = ""
    problems: tuple[Problem, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    quiet: bool = False  # text: the findings only, no summary line
