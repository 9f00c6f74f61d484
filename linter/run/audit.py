"""A whole-site audit: findings, the claim inventory and per-file errors, for a report."""

from __future__ import annotations

import datetime
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from linter.checks.rules import Rule
from linter.errors import InputError
from linter.findings import Finding
from linter.registry.entries import Entry
from linter.report.audit.html import html_stream
from linter.report.audit.inventory import InventoryClaim
from linter.report.audit.model import AuditRun, FileAudit
from linter.run.atomic import write_atomic
from linter.run.baseline import new_findings
from linter.run.checker import Checked
from linter.run.files import Skipped
from linter.run.session import LintResult, Progress, Session
from linter.run.settings import Overrides
from linter.version import __version__

__all__ = [
    "AuditResult",
    "Progress",
    "apply_baseline",
    "audit_paths",
    "check_writable",
    "write_html",
    "write_report",
]


@dataclass
class AuditResult(LintResult):
    """A LintResult plus what a report needs: claims, audited paths, rules, registry entries."""

    claims: list[InventoryClaim] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # files read and linted, in walk order
    rules: dict[str, Rule] = field(default_factory=dict)
    registry: dict[str, Entry] = field(default_factory=dict)  # entries the claims matched
    version: str = __version__
    sources: list[str] = field(default_factory=list)  # the paths audited, as given
    config: str = ""  # the config file of the current folder, or "" for the defaults
    date: str = ""  # when the audit started, ISO 8601 in UTC
    baseline: str = ""  # the baseline whose findings were left out, if any

    def run(self, link_template: str | None = None, file_base: str | None = None) -> AuditRun:
        """What a report shows besides the files: the run's header, rules and errors."""
        return AuditRun(
            version=self.version,
            date=self.date,
            sources=tuple(self.sources),
            config=self.config,
            baseline=self.baseline,
            rules=self.rules,
            registry=self.registry,
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            link_template=link_template,
            file_base=file_base,
        )

    def per_file(self) -> Iterator[FileAudit]:
        """Each audited file's findings and claims, in walk order (what a renderer streams)."""
        findings: dict[str, list[Finding]] = {}
        claims: dict[str, list[InventoryClaim]] = {}
        for f in self.findings:
            findings.setdefault(f.path, []).append(f)
        for c in self.claims:
            claims.setdefault(c.path, []).append(c)
        for path in dict.fromkeys([*self.paths, *findings, *claims]):
            yield FileAudit(path, tuple(findings.get(path, ())), tuple(claims.get(path, ())))


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
    started = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    paths = list(paths)
    session = Session(overrides)
    config = session.config_for(".")
    session.engine_for(config)
    result = AuditResult(
        warnings=list(session.notes),
        sources=[str(p) for p in paths] or ["."],
        config=config.path or "",
        date=started.isoformat().replace("+00:00", "Z"),
    )
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


def apply_baseline(result: AuditResult, baseline: Counter[str], name: str) -> None:
    """Leave out the findings a baseline records; a claim keeps the rules still found in it.

    A finding belongs to the last claim of its file that starts at or before it (claims are
    sentences, and a finding starts inside one); a claim loses a rule when every finding of
    that rule in it was left out.
    """
    kept = new_findings(result.findings, baseline)
    result.baseline = name
    if len(kept) == len(result.findings):
        return
    result.findings = kept
    starts: dict[str, list[tuple[int, int, int]]] = {}
    for index, claim in enumerate(result.claims):  # sorted by path, line, column
        starts.setdefault(claim.path, []).append((claim.line, claim.column, index))
    found: dict[int, set[str]] = {}
    for finding in kept:
        owner = None
        for line, column, index in starts.get(finding.path, ()):
            if (line, column) > (finding.line, finding.column):
                break
            owner = index
        if owner is not None:
            found.setdefault(owner, set()).add(finding.rule)
    result.claims = [
        replace(c, rules=tuple(r for r in c.rules if r in found.get(i, ()))) if c.rules else c
        for i, c in enumerate(result.claims)
    ]


def check_writable(path: Path) -> None:
    """Fail before the run, not after it, when the report cannot be written where asked.

    A file is created and removed in the report's folder (as the atomic write will); an
    existing report must be a file, and writable.
    """
    folder = path.parent if str(path.parent) else Path(".")
    problem = None
    if path.is_dir():
        problem = "is a folder"
    elif not folder.is_dir():
        problem = f"its folder {str(folder)!r} does not exist"
    elif path.exists() and not os.access(path, os.W_OK):
        problem = "the file is not writable"
    else:
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            problem = f"its folder is not writable ({exc.strerror or exc})"
    if problem is not None:
        raise InputError(str(path), f"cannot write the report: {problem}")


_CHUNK_FILE = re.compile(r"(claims|files|findings)-\d{4}\.js")


def write_html(path: Path, files: Iterable[FileAudit], run: AuditRun) -> int:
    """Write the HTML report from per-file results, its data chunks beside it when it is big.

    Returns how many chunk files were written (0: the page is self-contained). Chunk files
    of an earlier report of the same name are removed, and their folder when it is left empty.
    """
    folder = path.with_name(path.stem + ".data")
    if folder.is_dir():
        for old in folder.iterdir():
            if _CHUNK_FILE.fullmatch(old.name):
                old.unlink()
    written = 0
    for name, text in html_stream(files, run, name=path.stem):
        if not name:
            write_report(path, text)
            continue
        folder.mkdir(exist_ok=True)
        write_report(path.parent / name, text)
        written += 1
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return written


def write_report(path: Path, text: str | Iterable[str]) -> None:
    """Write the report (whole, or its parts in order) atomically, readable like any file the
    user writes (0666 less umask)."""
    data = text.encode("utf-8") if isinstance(text, str) else (t.encode("utf-8") for t in text)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise InputError(str(path), f"cannot write the report: {exc.strerror or exc}") from None
