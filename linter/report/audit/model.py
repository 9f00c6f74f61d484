"""What an audit report is made from: one FileAudit per file, and the AuditRun around them.

A renderer reads the files once, in order, and never needs them all at once: a single-process
audit makes them from its AuditResult (`AuditResult.per_file()`), a distributed one can read
them back from its shards one at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from linter.findings import Finding
from linter.report.audit.inventory import InventoryClaim


@dataclass(frozen=True)
class FileAudit:
    """One audited file: its findings and its claim inventory, each in document order."""

    path: str
    findings: Sequence[Finding] = ()
    claims: Sequence[InventoryClaim] = ()


@dataclass(frozen=True)
class AuditRun:
    """The run around the files: what was audited, how, and what could not be read.

    `link_template` makes file locations links to a repository's web view: `{path}` (URL-quoted,
    slashes kept) and `{line}` are filled in, e.g.
    `https://github.com/o/r/blob/main/{path}#L{line}`. Without it, and with `file_base` (the
    way from the report's folder to the folder the paths are relative to, ending in "/"), a
    location links to the local file.
    """

    version: str
    date: str = ""  # ISO 8601, UTC
    sources: tuple[str, ...] = ()  # the paths (or URLs) audited, as given
    config: str = ""  # the config file, or "" for the built-in defaults
    baseline: str = ""  # the baseline whose findings were left out, or ""
    rules: Mapping[str, Any] = field(default_factory=dict)  # rule id -> Rule
    registry: Mapping[str, Any] = field(default_factory=dict)  # entry id -> registry Entry
    errors: Sequence[Any] = ()  # HealthlintError: files that could not be read
    warnings: Sequence[str] = ()
    link_template: str | None = None
    file_base: str | None = None
