"""GitLab Code Quality: a JSON array of Code Climate issues, one per finding.

Each issue has the keys GitLab documents as required: `description`, `check_name`,
`fingerprint`, `severity` and `location.path` with `location.lines.begin`. The path is the one
healthlint was given, which GitLab needs to be relative to the repository root. A file that
could not be checked is an issue too (`check_name` input-error, severity blocker), so the
merge request shows it rather than a clean report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from linter.findings import Finding, Level
from linter.report.fingerprint import fingerprints, normalise_path
from linter.report.run_info import INPUT_ERROR, Problem, RunInfo

SEVERITY = {Level.ERROR: "major", Level.WARNING: "minor", Level.INFO: "info"}


def format_gitlab(findings: Sequence[Finding], run: RunInfo) -> str:
    issues = [_issue(f, fp) for f, fp in zip(findings, fingerprints(findings), strict=True)]
    issues += [_problem(p) for p in run.problems]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _issue(f: Finding, fingerprint: str) -> dict[str, Any]:
    return {
        "description": f.message,
        "check_name": f.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITY[f.level],
        "location": {
            "path": normalise_path(f.path),
            "lines": {"begin": f.line, "end": max(f.end_line, f.line)},
        },
    }


def _problem(problem: Problem) -> dict[str, Any]:
    path = normalise_path(problem.path) if problem.path else "."
    key = "\x1f".join((INPUT_ERROR, path, problem.message))
    return {
        "description": problem.message,
        "check_name": INPUT_ERROR,
        "fingerprint": hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32],
        "severity": "blocker",
        "location": {"path": path, "lines": {"begin": max(problem.line or 1, 1)}},
    }
