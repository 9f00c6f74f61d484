"""GitLab Code Quality: a JSON array of Code Climate issues, one per finding.

Each issue has the keys GitLab documents as required: `description`, `check_name`,
`fingerprint`, `severity` and `location.path` with `location.lines.begin`. The path is the one
healthlint was given, which GitLab needs to be relative to the repository root.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from linter.findings import Finding, Level
from linter.report.fingerprint import fingerprints, normalise_path
from linter.report.run_info import RunInfo

SEVERITY = {Level.ERROR: "major", Level.WARNING: "minor", Level.INFO: "info"}


def format_gitlab(findings: Sequence[Finding], run: RunInfo) -> str:
    issues = [_issue(f, fp) for f, fp in zip(findings, fingerprints(findings), strict=True)]
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
