"""Findings, directive warnings and config errors as LSP diagnostics; a finding's hover text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lsprotocol import types

from linter.checks.rules import Rule
from linter.errors import HealthlintError
from linter.findings import Finding, Level
from linter.lsp.positions import LineIndex
from linter.lsp.projects import Outcome

SOURCE = "healthlint"
SEVERITY = {
    Level.ERROR: types.DiagnosticSeverity.Error,
    Level.WARNING: types.DiagnosticSeverity.Warning,
    Level.INFO: types.DiagnosticSeverity.Information,
}
# Codes of diagnostics that are not findings.
UNUSED_DIRECTIVE = "unused-directive"
READING = "reading"
# The line a reading warning names ("front matter is not valid YAML (line 3)", "at line 12"),
# else the first: front matter is at the top.
_WARNING_LINE = re.compile(r"\bline (\d+)\b")
BAD_DIRECTIVE = "directive"
BAD_CONFIG = "config"
_COMMENT = re.compile(r"<!--.*?(?:-->|$)")


def finding_span(index: LineIndex, finding: Finding) -> tuple[int, int]:
    """The finding's [start, end) offsets into the text it was found in."""
    start = index.offset_of(finding.line, finding.column)
    return start, max(start, index.offset_of(finding.end_line, finding.end_column))


def span_range(index: LineIndex, start: int, end: int) -> types.Range:
    return types.Range(
        start=types.Position(*index.position(start)), end=types.Position(*index.position(end))
    )


def docs_link(rule: Rule | None) -> types.CodeDescription | None:
    """Where the rule's docs are: its YAML file, whose `docs:` block `rules explain` prints."""
    if rule is None or not rule.path:
        return None
    return types.CodeDescription(href=Path(rule.path).resolve().as_uri())


def finding_diagnostic(index: LineIndex, finding: Finding, rule: Rule | None) -> types.Diagnostic:
    message = finding.message
    if finding.suggestion:
        message += f"\n{finding.suggestion}"
    return types.Diagnostic(
        range=span_range(index, *finding_span(index, finding)),
        message=message,
        severity=SEVERITY[finding.level],
        code=finding.rule,
        code_description=docs_link(rule),
        source=SOURCE,
    )


def line_range(index: LineIndex, line: int | None) -> types.Range:
    """Healthlint's 1-based line as a range: its HTML comment if it has one, else all of it."""
    number = max((line or 1) - 1, 0)
    start = index.offset_of(number + 1, 1)
    text = index.text[start : index.offset_of(number + 2, 1)].rstrip("\r\n")
    comment = next((m for m in _COMMENT.finditer(text) if "healthlint" in m.group()), None)
    if comment is not None:
        return span_range(index, start + comment.start(), start + comment.end())
    return span_range(index, start, start + len(text))


def outcome_diagnostics(outcome: Outcome, index: LineIndex) -> list[types.Diagnostic]:
    """Everything to show on the checked text itself."""
    diagnostics = [
        finding_diagnostic(index, f, outcome.rules.get(f.rule)) for f in outcome.findings
    ]
    for line, note in outcome.notes:
        diagnostics.append(
            types.Diagnostic(
                range=line_range(index, line),
                message=note,
                severity=types.DiagnosticSeverity.Warning,
                code=UNUSED_DIRECTIVE,
                source=SOURCE,
                tags=[types.DiagnosticTag.Unnecessary],
            )
        )
    for warning in outcome.warnings:
        named = _WARNING_LINE.search(warning)
        diagnostics.append(
            types.Diagnostic(
                range=line_range(index, int(named.group(1)) if named else 1),
                message=warning,
                severity=types.DiagnosticSeverity.Warning,
                code=READING,
                source=SOURCE,
            )
        )
    for error in outcome.errors:
        if error.path in (outcome.path, None):  # in this text, or about no file in particular
            diagnostics.append(
                types.Diagnostic(
                    range=line_range(index, error.line),
                    message=error.message,
                    severity=types.DiagnosticSeverity.Error,
                    code=BAD_DIRECTIVE,
                    source=SOURCE,
                )
            )
    return diagnostics


def file_problems(
    errors: Iterable[HealthlintError], checked_path: str
) -> dict[Path, list[HealthlintError]]:
    """Errors in other files than the one checked (its config, registry files...), by file."""
    grouped: dict[Path, list[HealthlintError]] = {}
    for error in errors:
        if error.path and error.path != checked_path:
            grouped.setdefault(Path(error.path).resolve(), []).append(error)
    return grouped


def problem_diagnostics(errors: list[HealthlintError], text: str | None) -> list[types.Diagnostic]:
    """Diagnostics on a config (or registry, rule pack, accept) file: one an error."""
    index = LineIndex(text or "")
    diagnostics = []
    for error in errors:
        if text is None:
            line = max((error.line or 1) - 1, 0)
            where = types.Range(start=types.Position(line, 0), end=types.Position(line + 1, 0))
        else:
            where = line_range(index, error.line)
        diagnostics.append(
            types.Diagnostic(
                range=where,
                message=error.message,
                severity=types.DiagnosticSeverity.Error,
                code=BAD_CONFIG,
                source=SOURCE,
            )
        )
    return diagnostics


def _para(value: object) -> str:
    return " ".join(str(value).split())


def hover_text(finding: Finding, rule: Rule | None) -> str:
    """What the finding is, why it matters and how to fix it, as Markdown."""
    parts = [f"**{finding.rule}** ({finding.level}): {finding.message}"]
    if rule is not None:
        parts += [
            f"**What it flags.** {_para(rule.docs.get('what', ''))}",
            f"**Why it matters.** {_para(rule.docs.get('why', ''))}",
            f"**How to fix it.** {_para(rule.docs.get('fix', ''))}",
        ]
    if finding.suggestion:
        parts.append(f"**Suggestion.** {finding.suggestion}")
    parts.append(f"`healthlint rules explain {finding.rule}` has examples and known limits.")
    return "\n\n".join(parts)
