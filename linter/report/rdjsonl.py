"""reviewdog's rdjsonl: one Diagnostic as JSON per line (`reviewdog -f=rdjsonl`).

Ranges are 1-based with an exclusive end, as `Finding`'s are. reviewdog counts columns in
UTF-8 bytes, a Finding in characters: they agree on lines that are ASCII up to the end of the
finding, and elsewhere the column is off by the extra bytes (the line is always right). A
formatter sees no source text to convert with. Suggestions are left out: reviewdog's are text
replacements, and a finding's suggestion is advice, not replacement text.
A file that could not be checked is an ERROR diagnostic with the code input-error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from linter.findings import Finding, Level
from linter.report.fingerprint import normalise_path
from linter.report.run_info import INPUT_ERROR, Problem, RunInfo

SEVERITY = {Level.ERROR: "ERROR", Level.WARNING: "WARNING", Level.INFO: "INFO"}


def format_rdjsonl(findings: Sequence[Finding], run: RunInfo) -> str:
    return "".join(rdjsonl_chunks(findings, run))


def rdjsonl_chunks(findings: Sequence[Finding], run: RunInfo) -> Iterator[str]:
    """`format_rdjsonl` a line at a time."""
    for f in findings:
        yield json.dumps(_diagnostic(f), ensure_ascii=False) + "\n"
    for p in run.problems:
        yield json.dumps(_problem(p), ensure_ascii=False) + "\n"


def _problem(problem: Problem) -> dict[str, Any]:
    location: dict[str, Any] = {"path": normalise_path(problem.path) if problem.path else ""}
    if problem.line:
        location["range"] = {"start": {"line": problem.line}}
    return {
        "message": problem.message,
        "location": location,
        "severity": "ERROR",
        "source": {"name": "healthlint"},
        "code": {"value": INPUT_ERROR},
    }


def _diagnostic(f: Finding) -> dict[str, Any]:
    return {
        "message": f.message,
        "location": {
            "path": normalise_path(f.path),
            "range": {
                "start": {"line": f.line, "column": f.column},
                "end": {"line": f.end_line, "column": f.end_column},
            },
        },
        "severity": SEVERITY[f.level],
        "source": {"name": "healthlint"},
        "code": {"value": f.rule},
    }
