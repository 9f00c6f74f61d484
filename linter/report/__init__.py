"""Formatters: pure functions from findings to text, keyed by `--format`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from linter.findings import Finding
from linter.report.github import format_github
from linter.report.gitlab import format_gitlab
from linter.report.json import format_json
from linter.report.junit import format_junit
from linter.report.rdjsonl import format_rdjsonl
from linter.report.run_info import RunInfo
from linter.report.sarif import format_sarif
from linter.report.text import format_concise, format_text

Formatter = Callable[[Sequence[Finding], RunInfo], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "concise": format_concise,
    "json": format_json,
    "github": format_github,
    "sarif": format_sarif,
    "junit": format_junit,
    "gitlab": format_gitlab,
    "rdjsonl": format_rdjsonl,
}

__all__ = ["FORMATTERS", "Formatter", "RunInfo"]
