"""Formatters: pure functions from findings to text, keyed by `--format`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from linter.findings import Finding
from linter.report.github import format_github
from linter.report.json import format_json
from linter.report.run_info import RunInfo
from linter.report.text import format_text

Formatter = Callable[[Sequence[Finding], RunInfo], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
}

__all__ = ["FORMATTERS", "Formatter", "RunInfo"]
