"""GitHub Actions workflow commands: `::warning file=...,line=...::message`."""

from __future__ import annotations

from collections.abc import Sequence

from linter.findings import Finding, Level
from linter.report.run_info import RunInfo
from linter.report.safe_text import printable

_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def _escape_data(value: str) -> str:
    # Other control characters and undecodable bytes first: one annotation is one line.
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: Sequence[Finding], run: RunInfo) -> str:
    lines = []
    for f in findings:
        props = ",".join(
            [
                f"file={_escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={_escape_property(f.rule)}",
            ]
        )
        lines.append(f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
