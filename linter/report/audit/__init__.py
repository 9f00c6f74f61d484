"""Audit reports: pure functions from an AuditResult to HTML, Markdown or JSON text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from linter.report.audit.html import render_html
from linter.report.audit.json import render_json
from linter.report.audit.markdown import render_markdown
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
    "render_html",
    "render_json",
    "render_markdown",
    "summary_line",
]
