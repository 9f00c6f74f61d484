"""The Python API the CLI, the pre-commit hook and the tests all use."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from linter.config import Config, find_config, load_config
from linter.documents import FORMATS, parse_text, read_document
from linter.engine import Engine
from linter.errors import HealthlintError, InputError
from linter.findings import Finding, Level
from linter.fixes import digest
from linter.rules import load_rules
from linter.settings import Overrides, configured_rules

MAX_FILE_BYTES = 20_000_000


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
    """One run: the config for each file, and one Engine per distinct config."""

    def __init__(self, overrides: Overrides | None = None) -> None:
        self.overrides = overrides or Overrides()
        self._engines: dict[str | None, Engine] = {}

    def config_for(self, path: str) -> Config:
        chosen = self.overrides.config or find_config(Path(path))
        return load_config(chosen.resolve() if chosen else None)

    def engine_for(self, config: Config) -> Engine:
        if config.path not in self._engines:
            o = self.overrides
            self._engines[config.path] = Engine(
                rules=configured_rules(config, o),
                known_rules=load_rules(config.rule_packs),
                model=o.model or config.model,
                claims=(*config.claims, *o.claims),
                builtin_claims=config.builtin_claims
                if o.builtin_claims is None
                else o.builtin_claims,
            )
        return self._engines[config.path]

    def rules(self) -> dict:
        """Every rule of every engine this run built (for formatters that describe rules)."""
        merged: dict = {}
        for engine in self._engines.values():
            merged.update(engine.rules)
        return merged or load_rules()

    def lint_document_bytes(self, path: str, data: bytes, fmt: str | None = None) -> LintResult:
        result = LintResult(files=1, digests={path: digest(data)})
        try:
            config = self.config_for(path)
            engine = self.engine_for(config)
            document = read_document(path, data, fmt)
            result.warnings += [f"{path}: {w}" for w in document.warnings]
            result.findings = engine.lint(document)
            result.errors += engine.directive_errors(document)
        except HealthlintError as exc:
            result.errors.append(exc)
            return result
        result.fail_on[path] = self.overrides.fail_on or config.fail_on
        return result

    def lint_paths(self, paths: Iterable[str | Path]) -> LintResult:
        result = LintResult()
        for path, error in self.files(paths):
            if error is not None:
                result.errors.append(error)
                continue
            try:
                data = _read_bytes(path)
            except HealthlintError as exc:
                result.errors.append(exc)
                continue
            result.merge(self.lint_document_bytes(path, data))
        result.findings.sort()
        return result

    def files(self, paths: Iterable[str | Path]) -> Iterator[tuple[str, HealthlintError | None]]:
        """Files to check in a stable order, less what the config excludes."""
        for raw in paths:
            path = str(raw)
            if os.path.isdir(path):
                for found, error in _walk(path):
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
        if any(_glob(p).fullmatch(relative) for p in config.exclude):
            return False
        return not (walked and config.include) or any(
            _glob(p).fullmatch(relative) for p in config.include
        )


@cache
def _glob(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: `**` crosses folders, `*` and `?` do not."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            out.append({"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i])))
            i += 1
    return re.compile("".join(out).removeprefix("\\./"))


def lint_text(
    text: str,
    path: str = "<text>",
    fmt: str | None = None,
    engine: Engine | None = None,
) -> list[Finding]:
    """Lint decoded text as if it were the file `path` (its extension picks the reader)."""
    engine = engine or Engine()
    return engine.lint(parse_text(path, text, fmt))


def lint_paths(paths: Iterable[str | Path], overrides: Overrides | None = None) -> LintResult:
    """Lint files and directories; a bad file becomes an error and the rest are still checked."""
    return Session(overrides).lint_paths(paths)


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputError(path, f"file is {size} bytes, larger than {MAX_FILE_BYTES}; skipped")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _walk(root: str) -> Iterator[tuple[str, HealthlintError | None]]:
    seen: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    for directory, dirnames, filenames in os.walk(root, followlinks=True, onerror=errors.append):
        while errors:
            failed = errors.pop()
            yield (
                failed.filename or directory,
                InputError(failed.filename or directory, f"cannot read: {failed.strerror}"),
            )
        try:
            stat = os.stat(directory)
        except OSError as exc:
            yield directory, InputError(directory, f"cannot read: {exc.strerror}")
            continue
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith((".", "_")) and d != "node_modules"
        )
        for name in sorted(filenames):
            if Path(name).suffix.lower() in FORMATS:
                yield os.path.join(directory, name), None
    while errors:
        failed = errors.pop()
        yield (
            failed.filename or root,
            InputError(failed.filename or root, f"cannot read: {failed.strerror}"),
        )
