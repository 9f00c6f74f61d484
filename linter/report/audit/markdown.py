"""The audit as Markdown: headings and tables that read well in a code review."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from linter.report.audit.summary import FileRow, RuleRow, brief, count_of, tally, unsourced
from linter.report.safe_text import printable

if TYPE_CHECKING:
    from linter.findings import Finding
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
    return [*table_head(header, numbers), *(table_row(row) for row in rows)]


def table_head(header: Sequence[str], numbers: Iterable[int] = ()) -> list[str]:
    right = set(numbers)
    align = ["--:" if i in right else "---" for i in range(len(header))]
    return ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]


def table_row(row: Sequence[object]) -> str:
    return "| " + " | ".join(cell(v) for v in row) + " |"


def _totals(t: Mapping[str, Any]) -> list[str]:
    levels = t["findings_by_level"]
    strengths = ", ".join(f"{n} {s}" for s, n in t["claims_by_strength"].items()) or "none"
    rows = [
        ("Files audited", t["files"]),
        ("Files with findings", t["files_with_findings"]),
        (
            "Findings",
            f"{t['findings']} ({count_of(levels['error'], 'error')}, "
            f"{count_of(levels['warning'], 'warning')}, {levels['info']} info)",
        ),
        ("Claims", f"{t['claims']} ({strengths})"),
        ("Claims with findings", t["claims_with_findings"]),
        ("Claims without a source", t["claims_unsourced"]),
        ("Files that could not be read", t["input_errors"]),
    ]
    return table(("What", "Count"), rows)


def _rules(rows: Sequence[RuleRow]) -> list[str]:
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
                _description(r),
            )
            for r in rows
        ),
        numbers=range(2, 7),
    )


def _description(row: RuleRow) -> str:
    """A rule's description in a table cell: its opening, and where the rest is."""
    short = brief(row.description)
    if short == row.description:
        return short
    return f"{short} (see: healthlint rules explain {row.id})"


def file_section(path: str, findings: Iterable[Finding]) -> list[str]:
    """One file's part of "Findings by file": its heading and its findings, in order."""
    return [
        "",
        f"### {cell(path)}",
        "",
        *table(
            ("Line", "Level", "Rule", "Message", "Flagged text"),
            ((f"{f.line}:{f.column}", f.level, f.rule, f.message, f.text) for f in findings),
        ),
    ]


def _files(rows: Iterable[FileRow], sections: Iterable[list[str]]) -> Iterator[str]:
    given = iter(rows)
    first = next(given, None)
    if first is None:
        yield "No findings."
        return
    yield from table(
        ("File", "Score", "Errors", "Warnings", "Info", "Claims"),
        (
            (r.path, r.score, r.counts["error"], r.counts["warning"], r.counts["info"], r.claims)
            for r in itertools.chain([first], given)
        ),
        numbers=range(1, 6),
    )
    yield from ["", "Score: 10 per error, 3 per warning, 1 per info.", "", "## Findings by file"]
    for section in sections:
        yield from section


def claim_line(claim: InventoryClaim) -> str:
    """The claim's row of the inventory table."""
    return table_row(_claim_row(claim))


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


_INVENTORY_HEAD = (
    "Where",
    "Claim",
    "Strength",
    "Attributions",
    "Sources",
    "Figures",
    "Registry",
    "Rules",
)


def render_markdown(result: AuditResult) -> str:
    """Totals, findings by rule (with a text bar chart), files worst first, claim inventory."""
    counted = tally(result)
    rows = counted.by_file()
    return "".join(
        markdown_parts(
            result,
            counted.totals(len(result.errors)),
            counted.by_rule(result.rules),
            rows,
            (file_section(r.path, r.findings) for r in rows),
            (claim_line(c) for c in result.claims),
        )
    )


def markdown_parts(
    run: Any,
    t: Mapping[str, Any],
    rule_rows: Sequence[RuleRow],
    file_rows: Iterable[FileRow],
    sections: Iterable[list[str]],
    claim_lines: Iterable[str],
) -> Iterator[str]:
    """The report, a line at a time (each ending in a newline): what a streamed report writes.

    `run` (an AuditResult or an AuditRun) gives the header, errors and warnings; `sections`
    are the file_section of each of `file_rows`, in their order; `claim_lines` the inventory's
    rows (claim_line), in the report's order.
    """
    head = [
        "# healthlint audit",
        "",
        f"{count_of(t['files'], 'file')} audited with healthlint {run.version}.",
        "",
        *table(
            ("Run", ""),
            [
                ("Date", run.date or "unknown"),
                ("Audited", " ".join(run.sources) or "."),
                ("Config", run.config or "built-in defaults (no config file)"),
                *([("Baseline", run.baseline)] if run.baseline else []),
            ],
        ),
        "",
        "## Totals",
        "",
        *_totals(t),
        "",
        "## Findings by rule",
        "",
        *_rules(rule_rows),
        "",
        "## Files, worst first",
        "",
    ]
    for line in head:
        yield line + "\n"
    for line in _files(file_rows, sections):
        yield line + "\n"
    for line in (
        "",
        "## Claim inventory",
        "",
        "Every sentence that links an exposure to an outcome, gives a figure or names a source.",
        "",
    ):
        yield line + "\n"
    if not t["claims"]:
        yield "No claims found.\n"
    else:
        for line in table_head(_INVENTORY_HEAD):
            yield line + "\n"
        for line in claim_lines:
            yield line + "\n"
    tail: list[str] = []
    if run.errors:
        tail += ["", "## Files that could not be read", ""]
        tail += [f"- {cell(str(e))}" for e in run.errors]
    if run.warnings:
        tail += ["", "## Warnings", ""]
        tail += [f"- {cell(w)}" for w in run.warnings]
    for line in tail:
        yield line + "\n"
