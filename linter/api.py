"""The Python API the CLI, the pre-commit hook and the tests all use."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from linter.documents import parse_text
from linter.findings import Finding
from linter.run.session import LintResult, Session
from linter.run.settings import Overrides

if TYPE_CHECKING:  # the engine imports spaCy: loaded only when a file must really be checked
    from linter.engine import Engine

__all__ = ["LintResult", "Session", "lint_paths", "lint_text"]


def lint_text(
    text: str,
    path: str = "<text>",
    fmt: str | None = None,
    engine: Engine | None = None,
) -> list[Finding]:
    """Lint decoded text as if it were the file `path` (its extension picks the reader)."""
    if engine is None:
        from linter.engine import Engine

        engine = Engine()
    return engine.lint(parse_text(path, text, fmt))


def lint_paths(paths: Iterable[str | Path], overrides: Overrides | None = None) -> LintResult:
    """Lint files and directories; a bad file becomes an error and the rest are still checked."""
    return Session(overrides).lint_paths(paths)
