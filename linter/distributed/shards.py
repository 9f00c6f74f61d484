"""The client's side of the shards: one file's outcome at a time, in the order files were listed.

`outcomes()` streams each file's result, with boilerplate collapsed exactly as
run/boilerplate.py collapses it in a single-process run (a first pass over the shards finds the
sentences with findings on `boilerplate.min_pages` files or more). report.py writes the report
from them without holding the site; `build_result()` gathers them into a whole AuditResult (for
the API and the tests).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from typing import Any

from linter.distributed.store import Folder
from linter.errors import ConfigError, HealthlintError, InputError
from linter.findings import BOILERPLATE_NOTE, Finding
from linter.report.audit.on_disk import disk
from linter.run.audit import AuditResult
from linter.run.boilerplate import _without_rules_of
from linter.run.cache import FileResult
from linter.run.files import Skipped
from linter.run.session import Session

_SENTENCE_AT = [f.name for f in fields(Finding)].index("sentence")
_ERRORS: dict[str, type[HealthlintError]] = {
    cls.__name__: cls for cls in (HealthlintError, InputError, ConfigError, Skipped)
}
# hash of a sentence -> (index of its first file, "once" or "skip", number of files)
Decided = dict[str, tuple[int, str, int]]


@dataclass
class FileOutcome:
    """One listed file, as the single-process audit would have it after boilerplate."""

    index: int
    path: str
    digest: str | None  # None: not read, or skipped
    result: FileResult
    fail_on: str | None = None
    cached: bool = False
    skipped: list[str] = field(default_factory=list)  # warnings: a path the walk left alone

    @property
    def audited(self) -> bool:
        return self.digest is not None and self.result.ok


def records(folder: Folder, parts: int) -> Iterator[dict[str, Any]]:
    for index in range(parts):
        yield from folder.read_shard(index)


def boilerplate(folder: Folder, parts: int) -> Decided:
    """The sentences to collapse: those with findings on at least their min_pages files.

    Every sentence with findings is counted in a temporary database on disk (on_disk.py), so
    this pass holds only the sentences it returns, however many the site has."""
    db = disk()
    try:
        db.execute(
            "CREATE TABLE pages (sentence TEXT PRIMARY KEY, first INTEGER, files INTEGER,"
            " least INTEGER, report TEXT)"
        )
        count = (
            "INSERT INTO pages VALUES (?, ?, 1, ?, ?)"
            " ON CONFLICT (sentence) DO UPDATE SET files = files + 1"
        )
        for index, record in enumerate(records(folder, parts)):
            result = record.get("result")
            if not result:
                continue
            least, report = record.get("boilerplate") or (5, "once")
            sentences = dict.fromkeys(f[_SENTENCE_AT] for f in result["findings"])
            rows = [(key, index, least, report) for key in sentences if key]
            if rows:
                db.executemany(count, rows)
        found = db.execute(
            "SELECT sentence, first, report, files FROM pages"
            " WHERE files >= least AND report != 'each'"
        )
        return {key: (first, report, n) for key, first, report, n in found}
    finally:
        db.close()


def outcomes(folder: Folder, parts: int, decided: Decided | None = None) -> Iterator[FileOutcome]:
    """Every listed file's outcome, in listing order."""
    if decided is None:
        decided = boilerplate(folder, parts)
    for index, record in enumerate(records(folder, parts)):
        path = record["path"]
        listing = record.get("listing")
        if listing is not None:
            error = _ERRORS.get(listing["type"], HealthlintError)(
                listing["path"], listing["message"], listing["line"]
            )
            skipped = [str(error)] if isinstance(error, Skipped) else []
            errors = [] if skipped else [error]
            yield FileOutcome(
                index, path, None, FileResult(errors=errors, ok=False), skipped=skipped
            )
            continue
        result = FileResult.from_json(record["result"], claims=True)
        if decided:
            result = _collapse(index, result, decided)
        yield FileOutcome(
            index, path, record["digest"], result, record.get("fail_on"), bool(record.get("cached"))
        )


def _collapse(index: int, result: FileResult, decided: Decided) -> FileResult:
    """run/boilerplate.py's collapse, for one file."""
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for finding in result.findings:
        found = decided.get(finding.sentence or "")
        if found is None:
            kept.append(finding)
        elif found[1] == "once" and found[0] == index:
            note = BOILERPLATE_NOTE.format(pages=found[2])
            kept.append(replace(finding, message=finding.message + note))
        else:
            dropped.append(finding)
    if not (any(f.sentence in decided for f in kept) or dropped):
        return result
    claims = result.claims
    if claims and dropped:
        claims = _without_rules_of(claims, dropped)
    return replace(result, findings=kept, claims=claims)


class Header:
    """What a report says besides the files' findings and claims: the files audited, input
    errors, warnings, the rules of every config met and the registry entries matched. Fed one
    outcome at a time, as the single-process audit gathers them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.files = 0
        self.errors: list[HealthlintError] = []
        self.warnings: list[str] = list(session.notes)
        self.registry: dict[str, Any] = {}
        self.folders: set[str] = set()

    def add(self, one: FileOutcome) -> None:
        if not one.audited:
            self.errors += one.result.errors
            self.warnings += one.skipped
            return
        self.warnings += one.result.warnings
        self.errors += one.result.errors
        self.files += 1
        where = os.path.dirname(one.path)
        if where not in self.folders:  # the rules of every config met, as the single-process run
            self.folders.add(where)
            with contextlib.suppress(HealthlintError):
                self.session.engine_for(self.session.config_for(one.path))
        claims = one.result.claims or []
        if any(c.registry for c in claims):
            _add_entries(self.session, one.path, claims, self.registry)


def build_result(folder: Folder, parts: int, session: Session, **about: Any) -> AuditResult:
    """The AuditResult of the single-process audit, from the shards; `about`: its date,
    sources and config."""
    result = AuditResult(**about)
    header = Header(session)
    for one in outcomes(folder, parts):
        header.add(one)
        if not one.audited:
            continue
        result.findings += one.result.findings
        result.claims += one.result.claims or []
        result.paths.append(one.path)
        if one.fail_on is not None:
            result.fail_on[one.path] = one.fail_on
    result.findings.sort()
    result.claims.sort(key=lambda c: (c.path, c.line, c.column))
    result.files, result.errors, result.warnings = header.files, header.errors, header.warnings
    result.registry = header.registry
    result.rules = session.rules()
    return result


def _add_entries(session: Session, path: str, claims: list[Any], found: dict[str, Any]) -> None:
    try:
        registry = session.registry_for(session.config_for(path))
    except HealthlintError:
        return
    if registry is None:
        return
    for claim in claims:
        for entry_id in claim.registry:
            if entry_id in registry.entries:
                found.setdefault(entry_id, registry.entries[entry_id])
