"""The sections of the audit page as HTML: the header, the cards, the rules table, the claim
inventory and files tables, and the page around them. Separate from html.py, which streams
the data and hands the tally here once every file is counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from linter.report.audit.html_assets import CSS, JS
from linter.report.audit.html_tally import _plural, _Tally, e, script_json
from linter.report.audit.model import AuditRun
from linter.report.audit.summary import LEVELS_DOWN, STRENGTHS, brief, describe


def _cards(tally: _Tally, run: AuditRun) -> str:
    files_with = len(tally.file_rows)
    cards = [
        ("", tally.files, "files audited"),
        ("", files_with, "files with findings"),
        ("error", tally.levels["error"], "errors"),
        ("warning", tally.levels["warning"], "warnings"),
        ("info", tally.levels["info"], "info"),
        ("", tally.claims, "claims"),
        ("", tally.claims_with_findings, "claims with findings"),
        ("", tally.claims_unsourced, "claims without a source"),
    ]
    if run.errors:
        cards.append(("error", len(run.errors), "files not readable"))
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card {kind}"><b>{n:,}</b><span class="muted">{e(label)}</span></div>'
            for kind, n, label in ((kind, n, _one(n, label)) for kind, n, label in cards)
        )
        + "</div>"
    )


def _one(n: int, label: str) -> str:
    """A card's label for its count: '1 file audited', '1 error' (its first word singular)."""
    first, _, rest = label.partition(" ")
    if n != 1 or not first.endswith("s"):
        return label
    return f"{first[:-1]} {rest}".rstrip()


def _bar(counts: Mapping[str, int], most: int) -> str:
    parts = "".join(
        f'<span class="{level}" style="width:{100 * counts[level] / most:.2f}%" '
        f'title="{counts[level]} {level}"></span>'
        for level in LEVELS_DOWN
        if counts[level]
    )
    return f'<div class="bar">{parts}</div>'


def _description(what: str) -> str:
    """A rule's description: its opening, and the whole of it a click away."""
    short = brief(what)
    if short == what:
        return f'<div class="muted">{e(what)}</div>'
    return f'<details class="more"><summary>{e(short)}</summary>{e(what)}</details>'


def _rules(tally: _Tally, run: AuditRun) -> str:
    ids = sorted({*run.rules, *tally.rule_levels})
    rows = [(i, tally.rule_levels.get(i, Counter())) for i in ids]
    rows.sort(key=lambda r: (-sum(r[1].values()), r[0]))
    most = max((sum(c.values()) for _, c in rows), default=0) or 1
    body = ""
    for rule_id, counts in rows:
        rule = run.rules.get(rule_id)
        level = str(rule.level) if rule is not None else ""
        body += (
            f'<tr><td data-label="Rule"><code class="id">{e(rule_id)}</code></td>'
            f'<td class="inl" data-label="Level"><span class="pill {e(level)}">{e(level)}</span>'
            f'</td><td class="num inl" data-label="Findings">{sum(counts.values())}</td>'
            f'<td data-label="What it flags">{_bar(counts, most)}'
            f"{_description(describe(rule))}</td>"
            + "".join(
                f'<td class="num wide" data-label="{lv.title()}">{counts[lv]}</td>'
                for lv in LEVELS_DOWN
            )
            + f'<td class="num inl" data-label="Files">{tally.rule_files[rule_id]}</td></tr>'
        )
    legend = "".join(f'<span class="{lv}"></span>{lv}' for lv in LEVELS_DOWN)
    return (
        f'<p class="legend muted">Findings per rule, by level:{legend}</p>'
        '<table class="sortable stack" id="rules-table"><thead><tr>'
        '<th data-sort="text">Rule</th><th data-sort="text">Level</th>'
        '<th data-sort="num">Findings</th><th>Chart and what it flags</th>'
        '<th data-sort="num" class="wide">Errors</th><th data-sort="num" class="wide">Warnings'
        '</th><th data-sort="num" class="wide">Info</th><th data-sort="num">Files</th></tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )


def _header(run: AuditRun, tally: _Tally) -> str:
    facts = [
        ("Date", run.date or "unknown"),
        ("Audited", " ".join(run.sources) or "."),
        ("Config", run.config or "built-in defaults (no config file)"),
        ("healthlint", run.version),
    ]
    if run.baseline:
        facts.append(("Baseline", f"{run.baseline} (its findings are left out)"))
    if run.link_template:
        facts.append(("Links", run.link_template))
    return (
        '<dl class="facts">'
        + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts)
        + ("</dl>")
    )


def _select(ident: str, label: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in values)
    return (
        f'<label>{e(label)} <select id="{ident}"><option value="">any</option>{options}'
        "</select></label>"
    )


def _pager(ident: str) -> str:
    return (
        f'<div class="pager" id="{ident}-pager"><button type="button" data-go="-1">‹ Previous'
        f'</button><span id="{ident}-page"></span><button type="button" data-go="1">Next ›'
        f'</button><span class="status" id="{ident}-status" role="status"></span></div>'
    )


def _inventory(tally: _Tally, manifest: Mapping[str, Any], rules: Iterable[str]) -> str:
    strengths = [s for s in STRENGTHS if tally.strengths[s]]
    filters = (
        '<div class="filters"><input type="search" id="f-text" placeholder="Search claims, '
        'files, sources…" aria-label="search claims">'
        + _select("f-strength", "Strength", strengths)
        + _select("f-rule", "Rule", rules)
        + _select("f-folder", "Folder", manifest["folders"])
        + '<label><input type="checkbox" id="f-findings"> has findings</label>'
        '<label><input type="checkbox" id="f-unsourced"> unsourced</label>'
        '<label><input type="checkbox" id="f-many"> on several pages</label>'
        '<label><input type="checkbox" id="f-hide"> hide checked</label>'
        '<button type="button" id="export-csv">Export ticks and notes (CSV)</button></div>'
    )
    head = "".join(
        f'<th data-key="{key}"{cls}>{label}</th>'
        for key, label, cls in (
            ("tick", "✓", ""),
            ("where", "Where", ""),
            ("text", "Claim", ' class="claim-col"'),
            ("strength", "Strength", ""),
            ("pages", "Pages", ""),
            ("sources", "Sources", ""),
            ("registry", "Registry", ""),
            ("rules", "Rules", ""),
        )
    )
    return (
        filters
        + _pager("claims")
        + f'<table id="inventory-table" class="stack"><thead><tr>{head}</tr></thead>'
        "<tbody></tbody></table>" + _pager("claims2")
    )


def _files(tally: _Tally, manifest: Mapping[str, Any]) -> str:
    if not tally.file_rows:
        return "<p>No findings.</p>"
    head = "".join(
        f'<th data-key="{key}"{cls}>{label}</th>'
        for key, label, cls in (
            ("rank", "#", ' class="num"'),
            ("path", "File", ""),
            ("score", "Score", ' class="num"'),
            ("error", "Errors", ' class="num"'),
            ("warning", "Warnings", ' class="num"'),
            ("info", "Info", ' class="num"'),
            ("claims", "Claims", ' class="num"'),
            ("open", "Findings", ""),
        )
    )
    return (
        '<div class="filters"><input type="search" id="ff-text" placeholder="Search file names…"'
        ' aria-label="search files">'
        + _select("ff-folder", "Folder", manifest["folders"])
        + "</div>"
        + _pager("files")
        + f'<table id="files-table" class="stack"><thead><tr>{head}</tr></thead>'
        '<tbody></tbody></table><p class="muted">Score: 10 per error, 3 per warning, 1 per '
        "info. Open a file's findings with its button.</p>"
    )


def _page_parts(
    run: AuditRun, tally: _Tally, manifest: Mapping[str, Any], inline: Iterable[str]
) -> Iterator[str]:
    """The page in pieces (the inline data chunks as they come), to be written one by one."""
    errors, label = "", "Unread files" if run.errors else "Warnings"
    if run.errors or run.warnings:
        # Named for what is there: "Errors" beside the card of error-level findings misled.
        title = "Files that could not be read" if run.errors else "Warnings"
        title += ", and warnings" if run.errors and run.warnings else ""
        errors = (
            f'<h2 id="errors">{title}</h2><ul class="errors">'
            + "".join(f"<li>{e(x)}</li>" for x in run.errors)
            + "</ul><ul>"
            + "".join(f"<li>{e(w)}</li>" for w in run.warnings)
            + "</ul>"
        )
    rules = sorted(tally.rule_levels)
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>healthlint audit: {_plural(tally.files, 'file')}</title>"
        f"<style>{CSS}</style></head><body><main><header><h1>healthlint audit</h1>"
        f"{_header(run, tally)}<nav>"
        '<a href="#rules">Findings by rule</a><a href="#files">Files</a>'
        '<a href="#inventory">Claim inventory</a>'
        + (f'<a href="#errors">{label}</a>' if errors else "")
        + f"</nav></header>{_cards(tally, run)}"
        f'<h2 id="rules">Findings by rule</h2>{_rules(tally, run)}'
        f'<h2 id="files">Files, worst first</h2>{_files(tally, manifest)}'
        '<h2 id="inventory">Claim inventory</h2><p class="muted">Every sentence that links an '
        "exposure to an outcome, gives a figure or names a source; a sentence found on several "
        "pages is one row. Tick a claim once it is checked and add a note: this browser "
        "remembers both (by file, line and sentence), and the CSV export takes them away.</p>"
        f"{_inventory(tally, manifest, rules)}{errors}</main>"
        f'<script type="application/json" id="hl-manifest">{script_json(manifest)}</script>'
    )
    yield head
    yield from inline
    yield f"<script>{JS}</script></body></html>\n"
