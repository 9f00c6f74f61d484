"""`path:line:col: level rule-id message`, one line a finding, then a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from linter.findings import Finding
from linter.report.run_info import RunInfo
from linter.report.safe_text import printable


def format_text(findings: Sequence[Finding], run: RunInfo) -> str:
    lines = [
        f"{printable(f.path)}:{f.line}:{f.column}: {f.level} {f.rule} {printable(f.message)}"
        for f in findings
    ]
    lines.append(summary(findings, run.files))
    return "\n".join(lines) + "\n"


def summary(findings: Sequence[Finding], files: int) -> str:
    if not findings:
        return f"No problems found in {files} file{'s' * (files != 1)}."
    levels = Counter(str(f.level) for f in findings)
    parts = ", ".join(f"{n} {name}{'s' * (n != 1)}" for name, n in sorted(levels.items()))
    count = len(findings)
    affected = len({f.path for f in findings})
    return (
        f"Found {count} problem{'s' * (count != 1)} ({parts}) in {affected} of "
        f"{files} file{'s' * (files != 1)}."
    )
