"""The audit as one self-contained HTML page: inline CSS and vanilla JS, every text escaped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from linter.report.audit.html_assets import CSS, JS
from linter.report.audit.summary import (
    LEVELS_DOWN,
    STRENGTHS,
    by_file,
    by_rule,
    claim_key,
    totals,
    unsourced,
)

if TYPE_CHECKING:
    from linter.report.audit.inventory import InventoryClaim
    from linter.run.audit import AuditResult


_NO_SOURCE = '<span class="none">none</span>'


def e(value: object) -> str:
    """Escape untrusted text (sentences, paths, messages) for text and attribute values."""
    return escape(str(value), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _cards(result: AuditResult) -> str:
    t = totals(result)
    levels = t["findings_by_level"]
    cards = [
        ("", t["files"], "files audited"),
        ("", t["files_with_findings"], "files with findings"),
        ("error", levels["error"], "errors"),
        ("warning", levels["warning"], "warnings"),
        ("info", levels["info"], "info"),
        ("", t["claims"], "claims"),
        ("", t["claims_with_findings"], "claims with findings"),
        ("", t["claims_unsourced"], "claims without a source"),
    ]
    if t["input_errors"]:
        cards.append(("error", t["input_errors"], "files not readable"))
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card {kind}"><b>{n}</b><span class="muted">{e(label)}</span></div>'
            for kind, n, label in cards
        )
        + "</div>"
    )


def _bar(counts: dict[str, int], most: int) -> str:
    parts = "".join(
        f'<span class="{level}" style="width:{100 * counts[level] / most:.2f}%" '
        f'title="{counts[level]} {level}"></span>'
        for level in LEVELS_DOWN
        if counts[level]
    )
    return f'<div class="bar">{parts}</div>'


def _rules(result: AuditResult) -> str:
    rows = by_rule(result)
    most = max((r.total for r in rows), default=0) or 1
    body = "".join(
        f'<tr><td class="nowrap"><code>{e(r.id)}</code></td>'
        f'<td><span class="pill {e(r.level)}">{e(r.level)}</span></td>'
        f'<td class="num">{r.total}</td><td>{_bar(r.counts, most)}'
        f'<div class="muted">{e(r.description)}</div></td>'
        + "".join(f'<td class="num">{r.counts[level]}</td>' for level in LEVELS_DOWN)
        + f'<td class="num">{r.files}</td></tr>'
        for r in rows
    )
    legend = "".join(f'<span class="{lv}"></span>{lv}' for lv in LEVELS_DOWN)
    return (
        f'<p class="legend muted">Findings per rule, by level:{legend}</p>'
        "<table><thead><tr><th>Rule</th><th>Level</th><th>Findings</th>"
        "<th>Chart and what it flags</th><th>Errors</th><th>Warnings</th><th>Info</th>"
        f"<th>Files</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _files(result: AuditResult) -> tuple[str, str]:
    """The worst-first table and, for each of its files, a collapsible list of findings."""
    rows = by_file(result)
    if not rows:
        return "<p>No findings.</p>", ""
    most = max(sum(r.counts.values()) for r in rows)
    table = "".join(
        f'<tr><td class="num">{i}</td><td><a href="#f-{i}"><code>{e(r.path)}</code></a></td>'
        f'<td class="num">{r.score}</td>'
        + "".join(f'<td class="num">{r.counts[level]}</td>' for level in LEVELS_DOWN)
        + f'<td class="num">{r.claims}</td><td>{_bar(r.counts, most)}</td></tr>'
        for i, r in enumerate(rows, 1)
    )
    details = "".join(
        f'<details id="f-{i}"><summary><code>{e(r.path)}</code> '
        + " ".join(
            f'<span class="pill {level}">{_plural(r.counts[level], level)}</span>'
            for level in LEVELS_DOWN
            if r.counts[level]
        )
        + "</summary><table><thead><tr><th>Line</th><th>Level</th><th>Rule</th>"
        "<th>Message</th><th>Flagged text</th></tr></thead><tbody>"
        + "".join(
            f'<tr><td class="loc">{f.line}:{f.column}</td><td><span class="pill {f.level}">'
            f'{f.level}</span></td><td class="nowrap"><code>{e(f.rule)}</code></td>'
            f"<td>{e(f.message)}"
            + (f'<div class="cues">{e(f.suggestion)}</div>' if f.suggestion else "")
            + f"</td><td>{e(f.text)}</td></tr>"
            for f in r.findings
        )
        + "</tbody></table></details>"
        for i, r in enumerate(rows, 1)
    )
    head = (
        '<div class="scroll short"><table><thead><tr><th>#</th><th>File</th><th>Score</th>'
        "<th>Errors</th><th>Warnings</th><th>Info</th><th>Claims</th><th>Chart</th></tr>"
        f"</thead><tbody>{table}</tbody></table></div>"
        '<p class="muted">Score: 10 per error, 3 per warning, 1 per info.</p>'
    )
    return head, details


def _breakable(path: str) -> str:
    """An escaped path that wraps after a slash rather than in the middle of a name."""
    return "/<wbr>".join(e(part) for part in path.split("/"))


def _list(items: tuple[str, ...], empty: str = "") -> str:
    if not items:
        return empty
    unique = dict.fromkeys(items)  # "[6] ... [6]" lists one source twice
    return '<ul class="plain">' + "".join(f"<li>{e(i)}</li>" for i in unique) + "</ul>"


def _registry_cell(claim: InventoryClaim, result: AuditResult) -> str:
    parts = []
    if claim.registry_reference:
        entry = result.registry.get(claim.registry_reference)
        title = f' title="{e(entry.statement)}"' if entry else ""
        parts.append(f"<code{title}><b>{e(claim.registry_reference)}</b></code>")
    others = [i for i in claim.registry if i != claim.registry_reference]
    if others:
        parts.append('<div class="cues">also: ' + ", ".join(e(i) for i in others) + "</div>")
    return "".join(parts)


def _claim_row(claim: InventoryClaim, result: AuditResult) -> str:
    cues = f'<div class="cues">cues: {e(", ".join(claim.cues))}</div>' if claim.cues else ""
    rules = "".join(f'<span class="pill rule">{e(r)}</span>' for r in claim.rules)
    return (
        f'<tr data-key="{e(claim_key(claim))}" data-strength="{e(claim.strength)}" '
        f'data-rules="{e(" ".join(claim.rules))}" data-unsourced="{int(unsourced(claim))}">'
        '<td><input type="checkbox" aria-label="checked"></td>'
        f'<td class="loc where">{_breakable(claim.path)}:{claim.line}</td>'
        f'<td class="text">{e(claim.text)}{cues}</td>'
        f'<td><span class="pill s-{e(claim.strength)}">{e(claim.strength)}</span></td>'
        f"<td>{_list(claim.attributions)}</td>"
        f"<td>{_list(claim.sources, _NO_SOURCE)}</td>"
        f"<td>{_list(claim.figures)}</td><td>{_registry_cell(claim, result)}</td>"
        f"<td>{rules}</td></tr>"
    )


def _inventory(result: AuditResult) -> str:
    rule_ids = sorted({r for c in result.claims for r in c.rules})
    strengths = [s for s in STRENGTHS if any(c.strength == s for c in result.claims)]
    options = "".join(f'<option value="{e(s)}">{e(s)}</option>' for s in strengths)
    rule_options = "".join(f'<option value="{e(r)}">{e(r)}</option>' for r in rule_ids)
    filters = (
        '<div class="filters"><input type="search" id="f-text" placeholder="Search claims, '
        'files, sources…" aria-label="search">'
        f'<label>Strength <select id="f-strength"><option value="">any</option>{options}'
        "</select></label>"
        f'<label>Rule <select id="f-rule"><option value="">any</option>{rule_options}'
        "</select></label>"
        '<label><input type="checkbox" id="f-findings"> has findings</label>'
        '<label><input type="checkbox" id="f-unsourced"> unsourced</label>'
        '<label><input type="checkbox" id="f-hide"> hide checked</label>'
        f'<span id="shown">{len(result.claims)} claims</span></div>'
    )
    body = "".join(_claim_row(c, result) for c in result.claims)
    return (
        filters + '<div class="scroll"><table id="inventory-table"><thead><tr><th>✓</th>'
        "<th>Where</th><th>Claim</th><th>Strength</th><th>Attributions</th><th>Sources</th>"
        "<th>Figures</th><th>Registry</th><th>Rules</th></tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )


def render_html(result: AuditResult) -> str:
    """Totals, findings by rule with a bar chart, files worst first, the claim inventory."""
    files_table, file_details = _files(result)
    errors = ""
    if result.errors or result.warnings:
        errors = (
            '<h2 id="errors">Files that could not be read, and warnings</h2><ul class="errors">'
            + "".join(f"<li>{e(x)}</li>" for x in result.errors)
            + "</ul><ul>"
            + "".join(f"<li>{e(w)}</li>" for w in result.warnings)
            + "</ul>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>healthlint audit: {_plural(result.files, 'file')}</title>"
        f"<style>{CSS}</style></head><body><main><header><h1>healthlint audit</h1>"
        f'<p class="muted">{_plural(result.files, "file")} audited with healthlint '
        f"{e(result.version)}.</p><nav>"
        '<a href="#rules">Findings by rule</a><a href="#files">Files</a>'
        '<a href="#inventory">Claim inventory</a><a href="#by-file">Findings by file</a>'
        + ('<a href="#errors">Errors</a>' if errors else "")
        + f"</nav></header>{_cards(result)}"
        f'<h2 id="rules">Findings by rule</h2>{_rules(result)}'
        f'<h2 id="files">Files, worst first</h2>{files_table}'
        '<h2 id="inventory">Claim inventory</h2><p class="muted">Every sentence that links an '
        "exposure to an outcome, gives a figure or names a source. Tick a claim once it is "
        "checked: this browser remembers it (by file, line and sentence).</p>"
        f"{_inventory(result)}"
        f'<h2 id="by-file">Findings by file</h2>{file_details or "<p>No findings.</p>"}'
        f"{errors}</main><script>{JS}</script></body></html>\n"
    )
