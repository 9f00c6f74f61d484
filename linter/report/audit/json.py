"""The audit as JSON: `{"summary", "findings", "claims", "errors"}` for scripts and dashboards."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from linter.report.audit.summary import summary

if TYPE_CHECKING:
    from linter.run.audit import AuditResult


def render_json(result: AuditResult) -> str:
    """Findings and claims in their documented `to_dict()` shapes; errors as path/line/message."""
    payload = {
        "summary": summary(result),
        "findings": [f.to_dict() for f in result.findings],
        "claims": [c.to_dict() for c in result.claims],
        "errors": [
            {"path": e.path, "line": e.line, "message": e.message, "text": str(e)}
            for e in result.errors
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
