"""The Python API the CLI, the pre-commit hook and the tests all use."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from linter.documents import FORMATS, parse_text, read_document
from linter.engine import Engine
from linter.errors import HealthlintError, InputError
from linter.findings import Finding

MAX_FILE_BYTES = 20_000_000


@dataclass
class LintResult:
    """Everything a run produced: findings, per-file errors (exit 2) and warnings."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[HealthlintError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0


def lint_text(
    text: str,
    path: str = "<text>",
    fmt: str | None = None,
    engine: Engine | None = None,
) -> list[Finding]:
    """Lint decoded text as if it were the file `path` (its extension picks the reader)."""
    engine = engine or Engine()
    return engine.lint(parse_text(path, text, fmt))


def lint_paths(paths: Iterable[str | Path], engine: Engine | None = None) -> LintResult:
    """Lint files and directories; a bad file becomes an error and the rest are still checked."""
    engine = engine or Engine()
    result = LintResult()
    for path, error in iter_files(paths):
        if error is not None:
            result.errors.append(error)
            continue
        try:
            document = read_document(path, _read_bytes(path))
        except HealthlintError as exc:
            result.errors.append(exc)
            continue
        result.files += 1
        result.warnings += [f"{path}: {w}" for w in document.warnings]
        result.findings += engine.lint(document)
    return result


def lint_bytes(data: bytes, path: str, engine: Engine, fmt: str | None = None) -> LintResult:
    """Lint bytes read from somewhere else (stdin), named `path`."""
    result = LintResult(files=1)
    try:
        document = read_document(path, data, fmt)
    except HealthlintError as exc:
        result.errors.append(exc)
        return result
    result.warnings += [f"{path}: {w}" for w in document.warnings]
    result.findings = engine.lint(document)
    return result


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputError(path, f"file is {size} bytes, larger than {MAX_FILE_BYTES}; skipped")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, HealthlintError | None]]:
    """Files to check, in a stable order: named files as given, directories walked sorted."""
    for raw in paths:
        path = str(raw)
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path):
            yield path, None
        else:
            yield path, InputError(path, "no such file or directory")


def _walk(root: str) -> Iterator[tuple[str, HealthlintError | None]]:
    seen: set[tuple[int, int]] = set()
    for directory, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
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
