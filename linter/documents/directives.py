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


def unused_directives(
    findings: list[Finding], directives: list[Directive], source: str, enabled: set[str]
) -> list[tuple[int, str]]:
    """(line, why) for each directive, or rule id in one, that suppresses none of `findings`.

    As ESLint's --report-unused-disable-directives: a directive left over from an old finding
    hides the next one. A rule that did not run (switched off, not selected) is not judged.
    """
    lines = source.split("\n")
    ordered = sorted(directives, key=lambda d: d.line)
    notes = []
    for index, d in enumerate(ordered):
        if d.command not in ("disable", "disable-line", "disable-next-line"):
            continue
        rules = list(d.rules) or [ALL]
        for rule in rules:
            if rule != ALL and rule not in enabled:
                continue
            first, last = _reach(d, rule, ordered[index + 1 :])
            if any(first <= f.line <= last and (rule == ALL or f.rule == rule) for f in findings):
                continue
            notes.append((d.line, _why_unused(d, rule, lines)))
    return notes


def _reach(d: Directive, rule: str, later: list[Directive]) -> tuple[int, int]:
    """The first and last line a directive's rule is switched off on."""
    if d.command == "disable-next-line":
        return d.line + 1, d.line + 1
    if d.command == "disable-line":
        return d.line, d.line
    for e in later:
        if e.command == "enable" and (not e.rules or (rule != ALL and rule in e.rules)):
            return d.line, e.line
    return d.line, 1 << 62


def _why_unused(d: Directive, rule: str, lines: list[str]) -> str:
    name = f"healthlint-{d.command}" + ("" if rule == ALL else f" {rule}")
    what = "finding" if rule == ALL else f"{rule} finding"
    if d.command == "disable-next-line":
        following = lines[d.line] if d.line < len(lines) else ""
        if not following.strip():
            return (
                f"{name} suppresses nothing: the line after it is blank "
                "(it covers the next line only; put it right above the flagged line)"
            )
        return f"{name} suppresses nothing: no {what} on the next line"
    if d.command == "disable-line":
        return f"{name} suppresses nothing: no {what} on this line"
    return f"{name} suppresses nothing: no {what} in the lines it covers"
