"""Audit reports: pure functions from an AuditResult to HTML, Markdown or JSON text.

The HTML report is also a pure function of an iterable of per-file results (FileAudit) and
the run around them (AuditRun): `html_parts`, documented in linter/report/audit/html.py,
which a sharded or distributed run feeds one file at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from linter.report.audit.html import html_parts, render_html
from linter.report.audit.json import render_json
from linter.report.audit.markdown import render_markdown
from linter.report.audit.model import AuditRun, FileAudit
from linter.report.audit.summary import summary_line

if TYPE_CHECKING:
    from linter.run.audit import AuditResult

AuditRenderer = Callable[["AuditResult"], str]

# The output file's extension picks the format.
AUDIT_FORMATS: dict[str, AuditRenderer] = {
    ".html": render_html,
    ".htm": render_html,
    ".md": render_markdown,
    ".json": render_json,
}

__all__ = [
    "AUDIT_FORMATS",
    "AuditRenderer",
    "AuditRun",
    "FileAudit",
    "html_parts",
    "render_html",
    "render_json",
    "render_markdown",
    "summary_line",
]
