"""A whole-site audit: findings, the claim inventory and per-file errors, for a report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from linter import __version__
from linter.config.rules import Rule
from linter.config.settings import Overrides
from linter.documents import read_document
from linter.errors import HealthlintError, InputError
from linter.registry.entries import Entry
from linter.report.audit.inventory import InventoryClaim
from linter.run.atomic import write_atomic
from linter.run.files import read_bytes
from linter.run.session import LintResult, Session

# Called once per file after it is audited: (files done, files in all, the file's path).
Progress = Callable[[int, int, str], None]


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

    A bad --select/--ignore, --claims or --model raises ConfigError before any file is read,
    as `healthlint check` does, rather than turning into one error per file.
    """
    session = Session(overrides)
    session.engine_for(session.config_for("."))
    result = AuditResult()
    # The walk is listed first so that a progress bar knows its length.
    targets = list(session.files(paths))
    for done, (path, error) in enumerate(targets, 1):
        if error is not None:
            result.errors.append(error)
        else:
            _audit_file(session, path, result)
        if progress is not None:
            progress(done, len(targets), path)
    result.findings.sort()
    result.claims.sort(key=lambda c: (c.path, c.line, c.column))
    result.rules = session.rules()
    return result


def _audit_file(session: Session, path: str, result: AuditResult) -> None:
    """What Session.lint_document_bytes does, with the claim inventory collected too."""
    try:
        data = read_bytes(path)
        config = session.config_for(path)
        engine = session.engine_for(config)
        document = read_document(path, data)
        claims: list[InventoryClaim] = []
        findings = engine.lint(document, claims)
        errors = engine.directive_errors(document)
    except HealthlintError as exc:
        result.errors.append(exc)
        return
    result.warnings += [f"{path}: {w}" for w in document.warnings]
    result.errors += errors
    result.findings += findings
    result.claims += claims
    result.files += 1
    result.paths.append(path)
    result.fail_on[path] = session.overrides.fail_on or config.fail_on
    if engine.registry is not None:
        for claim in claims:
            for entry_id in claim.registry:
                if entry_id in engine.registry.entries:
                    result.registry.setdefault(entry_id, engine.registry.entries[entry_id])


def write_report(path: Path, text: str) -> None:
    """Write the report atomically, readable like any file the user writes (0666 less umask)."""
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot write the report: {exc.strerror or exc}") from None
