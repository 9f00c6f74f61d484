"""In-document directives: which rules are switched off on which lines."""

from __future__ import annotations

from linter.documents.model import Directive
from linter.findings import Finding

ALL = "*"


def suppressed_lines(
    directives: list[Directive],
) -> tuple[dict[int, set[str]], list[tuple[int, set[str]]]]:
    """Per-line suppressions from disable-next-line/disable-line, and disable/enable regions.

    Regions are returned as (line where the state changes, rules disabled from then on).
    """
    per_line: dict[int, set[str]] = {}
    regions: list[tuple[int, set[str]]] = []
    disabled: set[str] = set()
    for d in sorted(directives, key=lambda d: d.line):
        rules = set(d.rules) or {ALL}
        if d.command == "disable-next-line":
            per_line.setdefault(d.line + 1, set()).update(rules)
        elif d.command == "disable-line":
            per_line.setdefault(d.line, set()).update(rules)
        elif d.command == "disable":
            disabled = disabled | rules
            regions.append((d.line, set(disabled)))
        elif d.command == "enable":
            disabled = set() if not d.rules else disabled - rules
            regions.append((d.line, set(disabled)))
    return per_line, regions


def apply_directives(findings: list[Finding], directives: list[Directive]) -> list[Finding]:
    """Drop findings that a directive switches off."""
    if not directives:
        return findings
    per_line, regions = suppressed_lines(directives)
    kept = []
    for f in findings:
        region = next((rules for line, rules in reversed(regions) if line <= f.line), set())
        off = per_line.get(f.line, set()) | region
        if ALL in off or f.rule in off:
            continue
        kept.append(f)
    return kept
