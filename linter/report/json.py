"""`{"findings": [...], "files": N, "errors": [...]}`: every finding's documented `to_dict()`.

`errors` lists the files that could not be checked (`path`, `line`, `message`), so a reader of
the JSON alone knows the run was incomplete (it also exits 2). Paths as the command line
shows them in every format (relative to the current folder, no leading `./`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from linter.findings import Finding
from linter.report.run_info import RunInfo


def format_json(findings: Sequence[Finding], run: RunInfo) -> str:
    payload = {
        "findings": [f.to_dict() for f in findings],
        "files": run.files,
        "errors": [
            {
                "path": p.path,
                "line": p.line,
                "message": p.message,
            }
            for p in run.problems
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
