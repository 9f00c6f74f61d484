"""The audit as Markdown: headings and tables that read well in a code review."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from linter.report.audit.summary import by_file, by_rule, totals, unsourced
from linter.report.safe_text import printable

if TYPE_CHECKING:
    from linter.report.audit.inventory import InventoryClaim
    from linter.run.audit import AuditResult

_BAR_WIDTH = 20


# Markdown's inline syntax: an article's `![x](https://...)` must stay text in the report, or a
# viewer that renders it loads a remote image (a tracker) or shows a link nobody checked.
_INLINE = re.compile(r"([\\`*_\[\]()!|~])")


class Markup(str):
    """The report's own Markdown in a cell (not text from an article): left as it is."""


def cell(value: object) -> str:
    """Text safe in a table cell: one line, Markdown syntax escaped, HTML inert when rendered."""
    if isinstance(value, Markup):
        return str(value)
    text = printable(" ".join(str(value).split()))
    return _INLINE.sub(r"\\\1", html.escape(text, quote=False)) if text else ""


def table(
    header: Sequence[str], rows: Iterable[Sequence[object]], numbers: Iterable[int] = ()
) -> list[str]:
    """A GFM table; the columns at indexes `numbers` are aligned right."""
    right = set(numbers)
    align = ["--:" if i in right else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def _totals(result: AuditResult) -> list[str]:
    t = totals(result)
    levels = t["findings_by_level"]
    strengths = ", ".join(f"{n} {s}" for s, n in t["claims_by_strength"].items()) or "none"
    rows = [
        ("Files audited", t["files"]),
        ("Files with findings", t["files_with_findings"]),
        (
            "Findings",
            f"{t['findings']} ({levels['error']} errors, {levels['warning']} warnings, "
            f"{levels['info']} info)",
        ),
        ("Claims", f"{t['claims']} ({strengths})"),
        ("Claims with findings", t["claims_with_findings"]),
        ("Claims without a source", t["claims_unsourced"]),
        ("Files that could not be read", t["input_errors"]),
    ]
    return table(("What", "Count"), rows)


def _rules(result: AuditResult) -> list[str]:
    rows = by_rule(result)
    most = max((r.total for r in rows), default=0) or 1
    header = ("Rule", "Level", "Findings", "Errors", "Warnings", "Info", "Files", "Chart")
    return table(
        (*header, "What it flags"),
        (
            (
                r.id,
                r.level,
                r.total,
                r.counts["error"],
                r.counts["warning"],
                r.counts["info"],
                r.files,
                "█" * round(_BAR_WIDTH * r.total / most) if r.total else "",
                r.description,
            )
            for r in rows
        ),
        numbers=range(2, 7),
    )


def _files(result: AuditResult) -> list[str]:
    rows = by_file(result)
    if not rows:
        return ["No findings."]
    lines = table(
        ("File", "Score", "Errors", "Warnings", "Info", "Claims"),
        (
            (r.path, r.score, r.counts["error"], r.counts["warning"], r.counts["info"], r.claims)
            for r in rows
        ),
        numbers=range(1, 6),
    )
    lines += ["", "Score: 10 per error, 3 per warning, 1 per info.", "", "## Findings by file"]
    for r in rows:
        lines += ["", f"### {cell(r.path)}", ""]
        lines += table(
            ("Line", "Level", "Rule", "Message", "Flagged text"),
            ((f"{f.line}:{f.column}", f.level, f.rule, f.message, f.text) for f in r.findings),
        )
    return lines


def _claim_row(claim: InventoryClaim) -> tuple[object, ...]:
    others = [i for i in claim.registry if i != claim.registry_reference]
    registry = claim.registry_reference or ""
    if others:
        registry = f"{registry} (also {', '.join(others)})" if registry else ", ".join(others)
    return (
        f"{claim.path}:{claim.line}",
        claim.text,
        claim.strength,
        "; ".join(claim.attributions),
        "; ".join(claim.sources) or (Markup("**none**") if unsourced(claim) else ""),
        "; ".join(claim.figures),
        registry,
        ", ".join(claim.rules),
    )


def _inventory(result: AuditResult) -> list[str]:
    if not result.claims:
        return ["No claims found."]
    header = (
        "Where",
        "Claim",
        "Strength",
        "Attributions",
        "Sources",
        "Figures",
        "Registry",
        "Rules",
    )
    return table(header, (_claim_row(c) for c in result.claims))


def render_markdown(result: AuditResult) -> str:
    """Totals, findings by rule (with a text bar chart), files worst first, claim inventory."""
    t = totals(result)
    lines = [
        "# healthlint audit",
        "",
        f"{t['files']} files audited with healthlint {result.version}.",
        "",
        *table(
            ("Run", ""),
            [
                ("Date", result.date or "unknown"),
                ("Audited", " ".join(result.sources) or "."),
                ("Config", result.config or "built-in defaults (no config file)"),
                *([("Baseline", result.baseline)] if result.baseline else []),
            ],
        ),
        "",
        "## Totals",
        "",
        *_totals(result),
        "",
        "## Findings by rule",
        "",
        *_rules(result),
        "",
        "## Files, worst first",
        "",
        *_files(result),
        "",
        "## Claim inventory",
        "",
        "Every sentence that links an exposure to an outcome, gives a figure or names a source.",
        "",
        *_inventory(result),
    ]
    if result.errors:
        lines += ["", "## Files that could not be read", ""]
        lines += [f"- {cell(str(e))}" for e in result.errors]
    if result.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {cell(w)}" for w in result.warnings]
    return "\n".join(lines) + "\n"
