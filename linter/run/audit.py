"""A whole-site audit: findings, the claim inventory and per-file errors, for a report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from linter.checks.rules import Rule
from linter.errors import InputError
from linter.registry.entries import Entry
from linter.report.audit.inventory import InventoryClaim
from linter.run.atomic import write_atomic
from linter.run.checker import Checked
from linter.run.files import Skipped
from linter.run.session import LintResult, Progress, Session
from linter.run.settings import Overrides
from linter.version import __version__

__all__ = ["AuditResult", "Progress", "audit_paths", "write_report"]


@dataclass
class AuditResult(LintResult):
    """A LintResult plus what a report needs: claims, audited paths, rules, registry entries."""

    claims: list[InventoryClaim] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # files read and linted, in walk order
    rules: dict[str, Rule] = field(default_factory=dict)
    registry: dict[str, Entry] = field(default_factory=dict)  # entries the claims matched
    version: str = __version__


def audit_paths(
    paths: Iterable[str | Path],
    overrides: Overrides | None = None,
    progress: Progress | None = None,
) -> AuditResult:
    """Lint every file under `paths` and collect its claims; a bad file becomes an error.

    Files are checked as `check` checks them (the cache and --jobs included). A bad
    --select/--ignore, --claims or --model raises ConfigError before any file is read, as
    `healthlint check` does, rather than turning into one error per file.
    """
    session = Session(overrides)
    session.engine_for(session.config_for("."))
    result = AuditResult(warnings=list(session.notes))
    for checked in session.check_paths(paths, inventory=True, progress=progress):
        _add(session, checked, result)
    result.findings.sort()
    result.claims.sort(key=lambda c: (c.path, c.line, c.column))
    result.rules = session.rules()
    return result


def _add(session: Session, checked: Checked, result: AuditResult) -> None:
    """One file's outcome; a file that could not be read or checked to its end is its errors."""
    outcome = checked.result
    if checked.digest is None or not outcome.ok:
        result.errors += [e for e in outcome.errors if not isinstance(e, Skipped)]
        result.warnings += [str(e) for e in outcome.errors if isinstance(e, Skipped)]
        return
    claims = outcome.claims or []
    result.warnings += outcome.warnings
    result.errors += outcome.errors
    result.findings += outcome.findings
    result.claims += claims
    result.files += 1
    result.paths.append(checked.path)
    fail_on = session.fail_on(checked)
    if fail_on is not None:
        result.fail_on[checked.path] = fail_on
    registry = session.registry_for(checked.config) if checked.config else None
    if registry is not None:
        for claim in claims:
            for entry_id in claim.registry:
                if entry_id in registry.entries:
                    result.registry.setdefault(entry_id, registry.entries[entry_id])


def write_report(path: Path, text: str) -> None:
    """Write the report atomically, readable like any file the user writes (0666 less umask)."""
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot write the report: {exc.strerror or exc}") from None
