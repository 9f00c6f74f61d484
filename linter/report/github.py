"""GitHub Actions: workflow commands (`::warning file=...,line=...::message`) and a step summary.

GitHub shows about ten annotations of each level per step in the pull request, so
`format_github_summary` writes every finding as a Markdown table for $GITHUB_STEP_SUMMARY
(the command line appends it there when the github format is chosen). A file that could not be
checked is an `::error` annotation on the file and a line of the summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from linter.findings import Finding, Level
from linter.report.run_info import INPUT_ERROR, RunInfo
from linter.report.safe_text import printable
from linter.report.text import statistics, summary

_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}
# GitHub refuses a step summary over 1 MiB; rows stop well before that, with a note.
MAX_SUMMARY_CHARS = 900_000
_MARKDOWN = re.compile(r"[\\`*_\[\]|#~]")


def _escape_data(value: str) -> str:
    # Other control characters and undecodable bytes first: one annotation is one line.
    return printable(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: Sequence[Finding], run: RunInfo) -> str:
    return "".join(github_chunks(findings, run))


def github_chunks(findings: Sequence[Finding], run: RunInfo) -> Iterator[str]:
    """`format_github` a workflow command at a time."""
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
        yield f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message)}\n"
    for problem in run.problems:
        where = [f"title={INPUT_ERROR}"]
        if problem.path:
            where.insert(0, f"file={_escape_property(problem.path)}")
            if problem.line:
                where.insert(1, f"line={problem.line}")
        yield f"::error {','.join(where)}::{_escape_data(problem.message)}\n"


def _cell(value: str) -> str:
    """Text as one Markdown table cell: no HTML, no markup, no line break, no `|`."""
    text = " ".join(printable(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(lambda m: "\\" + m.group(0), text)


def format_github_summary(findings: Sequence[Finding], run: RunInfo) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: the totals, counts per rule, then every finding."""
    parts = ["## healthlint", "", summary(findings, run.files, len(run.problems)), ""]
    if run.problems:
        parts += ["### Files that could not be checked", "", "| File | Error |", "|---|---|"]
        for p in run.problems:
            where = p.path or "healthlint"
            where += f":{p.line}" if p.line else ""
            parts.append(f"| {_cell(where)} | {_cell(p.message)} |")
        parts.append("")
    if findings:
        parts += ["| Rule | Findings | Levels |", "|---|---:|---|"]
        parts += [f"| {_cell(r)} | {n} | {levels} |" for r, n, levels in statistics(findings)]
        parts += ["", "| Where | Level | Rule | Message | Flagged |", "|---|---|---|---|---|"]
        size = sum(len(p) + 1 for p in parts)
        for shown, f in enumerate(findings):
            where = f"{f.path}:{f.line}:{f.column}"
            text = f.text if len(f.text) <= 120 else f.text[:119] + "…"
            row = (
                f"| {_cell(where)} | {f.level} | {_cell(f.rule)} | {_cell(f.message)} | "
                f"{_cell(text)} |"
            )
            if size + len(row) > MAX_SUMMARY_CHARS:
                left = len(findings) - shown
                parts.append(f"\n… and {left} more: too many for a step summary.")
                break
            parts.append(row)
            size += len(row) + 1
    return "\n".join(parts) + "\n"
