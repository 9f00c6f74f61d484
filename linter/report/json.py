"""`{"findings": [...]}`: every finding's documented `to_dict()`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from linter.findings import Finding
from linter.report.run_info import RunInfo


def format_json(findings: Sequence[Finding], run: RunInfo) -> str:
    payload = {"findings": [f.to_dict() for f in findings], "files": run.files}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
