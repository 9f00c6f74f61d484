"""One run over many files: which files, the cache, a pool of workers, the merged result."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from linter.documents import FORMATS
from linter.errors import HealthlintError, InputError
from linter.findings import Finding, Level
from linter.run import workers
from linter.run.boilerplate import collapse_boilerplate
from linter.run.cache import Cache, FileResult, default_cache_dir
from linter.run.checker import Checked, Checker
from linter.run.files import Skipped, glob_pattern, inside, read_bytes, walk
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
        self.notes: list[str] = []  # said once per run, as warnings (the cache is unusable)
        # Sees every file's own findings before boilerplate is collapsed, and may change them:
        # a baseline (run/baseline_run.py) records and compares each page's findings, as the cache
        # stores them, so that a hook run on one page knows its old boilerplate findings.
        self.before_collapse: Callable[[list[Checked]], None] | None = None
        if self.overrides.use_cache:
            folder = self.overrides.cache_dir or default_cache_dir()
            if folder.exists() and not folder.is_dir():
                self.notes.append(f"{folder}: the cache folder is not a folder; cache not used")
            else:
                self.cache = Cache(folder)

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
        checked = self.checker.check_bytes(path, data, fmt)
        if self.before_collapse is not None:
            self.before_collapse([checked])
        return self.lint_result(checked)

    def lint_result(self, checked: Checked) -> LintResult:
        """One file's outcome as a LintResult."""
        if checked.digest is None:  # the file could not be read, or was skipped
            return LintResult(
                errors=[e for e in checked.result.errors if not isinstance(e, Skipped)],
                warnings=[str(e) for e in checked.result.errors if isinstance(e, Skipped)],
            )
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

    def lint_paths(
        self, paths: Iterable[str | Path], progress: Progress | None = None
    ) -> LintResult:
        """Lint files and folders: cache hits first, then the rest (in a pool with --jobs)."""
        result = LintResult(warnings=list(self.notes))
        self.notes.clear()
        for checked in self.check_paths(paths, progress=progress):
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
        if self.cache is not None and self.cache.written:
            self.cache.prune()
        results = [slot for slot in slots if slot is not None]
        if self.before_collapse is not None:
            self.before_collapse(results)
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
            # Its rules are the run's rules, as on a miss; the key is what the engine was made of.
            _, settings = self.checker.engine_and_settings(config)
        except HealthlintError:
            return None  # checked again, which reports the error
        if settings is None:
            return None
        data_digest = digest(data)
        key = self.cache.key(path, data_digest, settings)
        stored = self.cache.get(key, claims=inventory)
        if stored is None:
            return None
        return Checked(path, data_digest, stored, config=config, settings=settings)

    def _check(self, paths: list[str], inventory: bool) -> Iterator[Checked]:
        """Check files (not in the cache) in order; store each result that may be cached."""
        jobs = self.overrides.jobs
        if workers.use_pool(jobs, paths):
            for path in paths:  # the parent's rules and errors for the configs, as in-process
                with contextlib.suppress(HealthlintError):
                    self.engine_for(self.config_for(path))
            checked = workers.check_in_pool(paths, self.overrides, jobs, inventory)
        else:
            # One file after another here, each big one in as many processes as --jobs allows
            # (two at most; --jobs 1 never forks).
            processes = workers.resolve_jobs(jobs)
            checked = (self.checker.check_file(path, inventory, processes) for path in paths)
        for one in checked:
            if one.digest is not None and one.config is None:  # from a worker
                with contextlib.suppress(HealthlintError):
                    one.config = self.config_for(one.path)
            # Keyed by the settings the result was made under (in a worker: the worker's), not
            # by the config as this process reads it now.
            if self.cache is not None and one.cacheable and one.settings is not None:
                assert one.digest is not None
                self.cache.put(self.cache.key(one.path, one.digest, one.settings), one.result)
            yield one

    def files(self, paths: Iterable[str | Path]) -> Iterator[tuple[str, HealthlintError | None]]:
        """Files to check in a stable order, less what the config's include/exclude leave out.

        include and exclude apply alike to named and walked files (as ESLint's ignores and
        markdownlint-cli2's `ignores` do, and ruff with the `--force-exclude` its pre-commit
        hook passes): a pre-commit hook, which names every staged file, checks what a walk
        of the repository would. A walk leaves a file out silently; a file named on the
        command line that they leave out is a warning that says which pattern and how to
        check it anyway (`--no-exclude`), never a silent "0 files".

        A file reached twice (named twice, `a.md ./a.md`, or through a symlink inside the tree)
        is checked once, under the first path. A symlink named on the command line is followed
        only to a file inside the current folder (the repository, in CI).
        """
        seen: set[tuple[int, int]] = set()
        here = os.path.realpath(".")
        for raw in paths:
            path = str(raw)
            walked = False
            found: Iterator[tuple[str, HealthlintError | None]]
            if os.path.islink(path) and not inside(os.path.realpath(path), here):
                note = "a symlink to outside the current folder; not followed"
                found = iter([(path, Skipped(path, note))])
            elif os.path.isdir(path):
                walked = True
                found = walk(path)
            elif os.path.lexists(path):
                reason = self._left_out(path)
                found = iter([(path, None if reason is None else Skipped(path, reason))])
            else:
                found = iter([(path, InputError(path, "no such file or directory"))])
            yielded = left_out = 0
            for one, error in found:
                skippable = error is None or isinstance(error, Skipped)
                if walked and skippable and self._left_out(one) is not None:
                    left_out += 1
                    continue
                yielded += 1
                if error is None:
                    try:
                        info = os.stat(one)
                        identity = (info.st_dev, info.st_ino)
                    except OSError:
                        identity = None  # reading it reports why
                    if identity is not None and identity in seen:
                        continue
                    if identity is not None:
                        seen.add(identity)
                yield one, error
            if walked and not yielded:  # a CI job pointed at the wrong folder passes on 0 files
                note = f"none of its files ends in {', '.join(FORMATS)}"
                note += " (hidden, build output and tooling folders are not walked)"
                if left_out:
                    files = f"{left_out} file{'s' * (left_out != 1)}"
                    note = f"the config's include/exclude leave out its {files}"
                yield path, Skipped(path, f"no file to check: {note}")

    def _left_out(self, path: str) -> str | None:
        """Why the config's include/exclude leave a file out, or None: it is checked."""
        if self.overrides.no_exclude:
            return None
        try:
            config = self.config_for(path)
        except HealthlintError:
            return None  # the error is reported when the file is linted
        relative = os.path.relpath(os.path.abspath(path), config.root).replace(os.sep, "/")
        where = _shown(config.path) if config.path else "the config"
        for pattern in config.exclude:
            if glob_pattern(pattern).fullmatch(relative):
                return f"not checked: {where} excludes it ({pattern!r}); --no-exclude checks it"
        if config.include and not any(glob_pattern(p).fullmatch(relative) for p in config.include):
            patterns = ", ".join(repr(p) for p in config.include)
            return f"not checked: {where} includes only {patterns}; --no-exclude checks it"
        return None


def _shown(path: str) -> str:
    """A config's path as a user would type it: relative when it is below this folder."""
    relative = os.path.relpath(os.path.abspath(path))
    return path if relative.startswith("..") else relative
