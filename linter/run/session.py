"""One run over many files: which files, the cache, a pool of workers, the merged result."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from linter.errors import HealthlintError, InputError
from linter.findings import Finding, Level
from linter.run import workers
from linter.run.boilerplate import collapse_boilerplate
from linter.run.cache import Cache, FileResult, default_cache_dir
from linter.run.checker import Checked, Checker
from linter.run.files import glob_pattern, read_bytes, walk
from linter.run.fixes import digest
from linter.run.settings import Overrides

if TYPE_CHECKING:
    from linter.checks.rules import Rule
    from linter.config.files import Config
    from linter.engine import Engine  # imports spaCy: loaded only when a file must be checked
    from linter.registry.entries import Registry

# Called once per file as it is done: (files done, files in all, the file's path).
Progress = Callable[[int, int, str], None]


@dataclass
class LintResult:
    """Everything a run produced: findings, per-file errors (exit 2) and warnings."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    fail_on: dict[str, str] = field(default_factory=dict)  # path -> its config's fail_on
    digests: dict[str, str] = field(default_factory=dict)  # path -> hash of the bytes checked

    def merge(self, other: LintResult) -> None:
        self.findings += other.findings
        self.errors += other.errors
        self.warnings += other.warnings
        self.files += other.files
        self.fail_on.update(other.fail_on)
        self.digests.update(other.digests)

    def failing(self, default: str = "warning") -> bool:
        """Whether any finding is at or above its file's fail_on level."""
        for f in self.findings:
            name = self.fail_on.get(f.path, default)
            if name != "never" and f.level >= Level.parse(name):
                return True
        return False


class Session:
    """One run: a Checker (configs and engines), the cache, and the files to check."""

    def __init__(self, overrides: Overrides | None = None) -> None:
        self.overrides = overrides or Overrides()
        self.checker = Checker(self.overrides)
        self.cache: Cache | None = None
        if self.overrides.use_cache:
            self.cache = Cache(self.overrides.cache_dir or default_cache_dir())

    def config_for(self, path: str) -> Config:
        return self.checker.config_for(path)

    def engine_for(self, config: Config) -> Engine:
        """The config's engine (its pipeline built only when a file must really be checked)."""
        return self.checker.engine_for(config)

    def registry_for(self, config: Config) -> Registry | None:
        return self.checker.registry_for(config)

    def rules(self) -> dict[str, Rule]:
        """Every rule of every engine this run built (for formatters that describe rules)."""
        return self.checker.rules()

    def fail_on(self, checked: Checked) -> str | None:
        """The fail_on level of a file checked to its end: --fail-on, else its config's."""
        if checked.digest is None or not checked.result.ok or checked.config is None:
            return None
        return self.overrides.fail_on or checked.config.fail_on

    def lint_document_bytes(self, path: str, data: bytes, fmt: str | None = None) -> LintResult:
        """Check one document's bytes (standard input, for one): never read from the cache."""
        return self.lint_result(self.checker.check_bytes(path, data, fmt))

    def lint_result(self, checked: Checked) -> LintResult:
        """One file's outcome as a LintResult."""
        if checked.digest is None:  # the file could not be read
            return LintResult(errors=list(checked.result.errors))
        result = LintResult(
            findings=list(checked.result.findings),
            errors=list(checked.result.errors),
            warnings=list(checked.result.warnings),
            files=1,
            digests={checked.path: checked.digest},
        )
        fail_on = self.fail_on(checked)
        if fail_on is not None:
            result.fail_on[checked.path] = fail_on
        return result

    def lint_paths(self, paths: Iterable[str | Path]) -> LintResult:
        """Lint files and folders: cache hits first, then the rest (in a pool with --jobs)."""
        result = LintResult()
        for checked in self.check_paths(paths):
            result.merge(self.lint_result(checked))
        result.findings.sort()
        return result

    def check_paths(
        self, paths: Iterable[str | Path], inventory: bool = False, progress: Progress | None = None
    ) -> list[Checked]:
        """Every file under `paths`, in walk order: from the cache, else checked.

        With `inventory` the claims are collected too (and a cache entry without them is a
        miss). A walk error or unreadable file is a Checked with no digest.
        """
        targets = list(self.files(paths))  # listed first, so that a progress bar knows its end
        slots: list[Checked | None] = []
        misses: list[tuple[int, str]] = []
        done = 0
        for path, error in targets:
            if error is not None:
                slot: Checked | None = Checked(path, None, FileResult(errors=[error], ok=False))
            else:
                slot = self._from_cache(path, inventory)
            if slot is None:
                misses.append((len(slots), path))
            elif progress is not None:
                done += 1
                progress(done, len(targets), path)
            slots.append(slot)
        checked = self._check([path for _, path in misses], inventory)
        for (index, path), one in zip(misses, checked, strict=True):
            slots[index] = one
            if progress is not None:
                done += 1
                progress(done, len(targets), path)
        results = [slot for slot in slots if slot is not None]
        collapse_boilerplate(results)  # after the cache has stored each file's own findings
        return results

    def _from_cache(self, path: str, inventory: bool) -> Checked | None:
        """The file's result from the cache, a read error, or None: it must be checked."""
        if self.cache is None:
            return None
        try:
            data = read_bytes(path)
        except HealthlintError as exc:
            return Checked(path, None, FileResult(errors=[exc], ok=False))
        try:
            config = self.config_for(path)
            self.engine_for(config)  # its rules are the run's rules, as on a miss
        except HealthlintError:
            return None  # checked again, which reports the error
        data_digest = digest(data)
        key = self.cache.key(path, data_digest, config, self.overrides)
        stored = self.cache.get(key, claims=inventory)
        return None if stored is None else Checked(path, data_digest, stored, config=config)

    def _check(self, paths: list[str], inventory: bool) -> Iterator[Checked]:
        """Check files (not in the cache) in order; store each result that may be cached."""
        jobs = self.overrides.jobs
        if workers.use_pool(jobs, paths):
            for path in paths:  # the parent's rules and errors for the configs, as in-process
                with contextlib.suppress(HealthlintError):
                    self.engine_for(self.config_for(path))
            checked = workers.check_in_pool(paths, self.overrides, jobs, inventory)
        else:
            checked = (self.checker.check_file(path, inventory) for path in paths)
        for one in checked:
            if one.digest is not None and one.config is None:  # from a worker
                with contextlib.suppress(HealthlintError):
                    one.config = self.config_for(one.path)
            if self.cache is not None and one.cacheable and one.config is not None:
                assert one.digest is not None
                key = self.cache.key(one.path, one.digest, one.config, self.overrides)
                self.cache.put(key, one.result)
            yield one

    def files(self, paths: Iterable[str | Path]) -> Iterator[tuple[str, HealthlintError | None]]:
        """Files to check in a stable order, less what the config excludes."""
        for raw in paths:
            path = str(raw)
            if os.path.isdir(path):
                for found, error in walk(path):
                    if error is not None or self._wanted(found, walked=True):
                        yield found, error
            elif os.path.exists(path):
                if self._wanted(path, walked=False):
                    yield path, None
            else:
                yield path, InputError(path, "no such file or directory")

    def _wanted(self, path: str, walked: bool) -> bool:
        try:
            config = self.config_for(path)
        except HealthlintError:
            return True  # the error is reported when the file is linted
        relative = os.path.relpath(os.path.abspath(path), config.root).replace(os.sep, "/")
        if any(glob_pattern(p).fullmatch(relative) for p in config.exclude):
            return False
        return not (walked and config.include) or any(
            glob_pattern(p).fullmatch(relative) for p in config.include
        )
