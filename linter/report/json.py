"""`{"findings": [...], "files": N, "errors": [...]}`: every finding's documented `to_dict()`.

`errors` lists the files that could not be checked (`path`, `line`, `message`), so a reader of
the JSON alone knows the run was incomplete (it also exits 2). Paths as in every format.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from linter.findings import Finding
from linter.report.fingerprint import normalise_path
from linter.report.run_info import RunInfo


def format_json(findings: Sequence[Finding], run: RunInfo) -> str:
    payload = {
        "findings": [_finding(f) for f in findings],
        "files": run.files,
        "errors": [
            {
                "path": normalise_path(p.path) if p.path else None,
                "line": p.line,
                "message": p.message,
            }
            for p in run.problems
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _finding(f: Finding) -> dict[str, Any]:
    data = f.to_dict()
    data["path"] = normalise_path(f.path)
    return data
