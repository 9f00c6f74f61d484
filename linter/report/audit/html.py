"""The audit as an HTML page that opens in a moment at any size: the claim inventory in chunks.

Interface (what a single-process or a distributed audit feeds):

    html_parts(files: Iterable[FileAudit], run: AuditRun, *, name: str = "report",
               inline_bytes: int = INLINE_BYTES) -> Iterator[tuple[str, str]]

`files` is read once, in order, one FileAudit (a file's findings and claims) at a time; `run`
(an AuditRun) is the header: version, date, paths audited, config, rules, the registry entries
the claims matched, input errors. Totals are counted as the files go by. The function yields
(relative name, text) pairs: data chunks as they are ready, named `{name}.data/<kind>-NNNN.js`,
and last the page itself, under the name "". While the data stays under `inline_bytes`, no
chunk is yielded: they are all embedded in the page (`<script type="application/json">`), which
is then one self-contained file. Past it, every chunk is yielded to be written beside the page
and loaded by the page (a `<script src>`, which also works from file://) when it is shown.

What is held in memory while files stream: one small row per file (path, counts), the findings
of at most `inline_bytes` worth of files, and one row per distinct claim sentence with its
locations (identical sentences across pages are one row with a count, so they must be
grouped before a chunk of them is written); a file's findings are not kept once chunked.

The page renders only the summary tables and the first page of each paged table on load; the
rest of the data is parsed (or loaded) when a page, a sort or a filter needs it. Every value
from an article reaches the page as JSON (with `<` escaped, so no text can end a script
element) or escaped HTML, and is put into the page by the script as text, never as markup.
Links are made only to http(s) URLs, a DOI or PubMed id, or the audited file.

`render_html(result)` is the one-string form for an AuditResult: everything inline.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from linter.report.audit.html_assets import CSS, JS
from linter.report.audit.model import AuditRun, FileAudit
from linter.report.audit.summary import LEVEL_WEIGHT, LEVELS_DOWN, STRENGTHS, claim_key, describe

if TYPE_CHECKING:
    from linter.findings import Finding
    from linter.report.audit.inventory import InventoryClaim
    from linter.run.audit import AuditResult

INLINE_BYTES = 3_000_000  # data past this is written beside the page, in chunk files
CHUNK_ROWS = 1000  # claim groups (or files) per chunk
FINDINGS_CHUNK_BYTES = 250_000  # findings of several files per chunk, up to about this size
PAGE_ROWS = 100  # rows a table shows at once
MAX_FOLDERS = 400  # folder filter entries; past it, only the top two levels of folders


def e(value: object) -> str:
    """Escape untrusted text (sentences, paths, messages) for text and attribute values."""
    return escape(str(value), quote=True)


def script_json(value: object) -> str:
    """JSON that is safe inside a script element: no `<` (so no `</script>`, no `<!--`)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def group_key(claim: InventoryClaim, count: int) -> str:
    """A claim row's key for ticks and notes: file:line:hash alone, `same:hash` when grouped."""
    if count == 1:
        return claim_key(claim)
    digest = hashlib.sha256(claim.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"same:{digest}"


@dataclass
class _Group:
    """Identical claim sentences across the site: the first one's reading, every location."""

    first: InventoryClaim
    locations: list[tuple[str, int]] = field(default_factory=list)
    rules: dict[str, None] = field(default_factory=dict)

    def row(self) -> list[Any]:
        c = self.first
        return [
            group_key(c, len(self.locations)),
            c.text,
            c.strength,
            list(c.cues),
            list(dict.fromkeys(c.attributions)),
            list(dict.fromkeys(c.sources)),
            list(c.figures),
            list(c.registry),
            c.registry_reference,
            list(self.rules),
            [list(loc) for loc in self.locations],
        ]


@dataclass
class _Tally:
    """Totals, per-rule and per-file counts, and claim groups, as the files go by."""

    files: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    rule_levels: dict[str, Counter[str]] = field(default_factory=dict)
    rule_files: Counter[str] = field(default_factory=Counter)
    file_rows: list[list[Any]] = field(default_factory=list)
    groups: dict[str, _Group] = field(default_factory=dict)
    claims: int = 0
    claims_with_findings: int = 0
    claims_unsourced: int = 0
    strengths: Counter[str] = field(default_factory=Counter)
    folders: Counter[str] = field(default_factory=Counter)

    def add(self, one: FileAudit, findings_chunk: int) -> None:
        self.files += 1
        counts = Counter(str(f.level) for f in one.findings)
        self.levels.update(counts)
        for rule in {f.rule for f in one.findings}:
            self.rule_files[rule] += 1
        for f in one.findings:
            self.rule_levels.setdefault(f.rule, Counter())[str(f.level)] += 1
        folder = posixpath.dirname(one.path)
        while folder not in ("", "/", "."):
            self.folders[folder] += 1
            folder = posixpath.dirname(folder)
        score = sum(LEVEL_WEIGHT[f.level] for f in one.findings)
        if one.findings:
            row = [one.path, score, *(counts[lv] for lv in LEVELS_DOWN), len(one.claims)]
            self.file_rows.append([*row, findings_chunk])
        for claim in one.claims:
            self.claims += 1
            self.claims_with_findings += bool(claim.rules)
            self.claims_unsourced += not claim.sources
            self.strengths[claim.strength] += 1
            group = self.groups.get(claim.text)
            if group is None:
                group = self.groups[claim.text] = _Group(claim)
            group.locations.append((claim.path, claim.line))
            group.rules.update(dict.fromkeys(claim.rules))

    def folder_list(self) -> list[str]:
        folders = sorted(self.folders)
        if len(folders) > MAX_FOLDERS:
            folders = [f for f in folders if f.count("/") <= 1][:MAX_FOLDERS]
        return folders


class _Chunks:
    """Data chunks: held to be embedded in the page, until they pass the inline limit."""

    def __init__(self, name: str, inline_bytes: int) -> None:
        self.base = f"{name}.data/"
        self.limit = inline_bytes
        self.held: list[tuple[str, int, str]] = []
        self.size = 0
        self.beside = False
        self.counts: Counter[str] = Counter()

    def add(self, kind: str, rows: object) -> Iterator[tuple[str, str]]:
        index = self.counts[kind]
        self.counts[kind] += 1
        text = script_json(rows)
        if not self.beside:
            self.held.append((kind, index, text))
            self.size += len(text)
            if self.size <= self.limit:
                return
            self.beside = True
            for held in self.held:
                yield self._file(*held)
            self.held = []
            return
        yield self._file(kind, index, text)

    def _file(self, kind: str, index: int, text: str) -> tuple[str, str]:
        return (
            f"{self.base}{kind}-{index:04}.js",
            f'healthlintChunk("{kind}",{index},{text});\n',
        )

    def inline(self) -> str:
        return "".join(
            f'<script type="application/json" id="hl-{kind}-{index}">{text}</script>'
            for kind, index, text in self.held
        )


def _finding_row(f: Finding) -> list[Any]:
    return [f.line, f.column, str(f.level), f.rule, f.message, f.suggestion or "", f.text]


def html_parts(
    files: Iterable[FileAudit],
    run: AuditRun,
    *,
    name: str = "report",
    inline_bytes: int = INLINE_BYTES,
) -> Iterator[tuple[str, str]]:
    """Data chunks (beside the page, when big), then the page itself under the name ""."""
    chunks = _Chunks(name, inline_bytes)
    tally = _Tally()
    batch: dict[str, list[list[Any]]] = {}
    batch_size = 0
    for one in files:
        tally.add(one, chunks.counts["findings"])
        if one.findings:
            rows = [_finding_row(f) for f in one.findings]
            batch[one.path] = rows
            batch_size += sum(len(str(r)) for r in rows)
            if batch_size >= FINDINGS_CHUNK_BYTES:
                yield from chunks.add("findings", batch)
                batch, batch_size = {}, 0
    if batch:
        yield from chunks.add("findings", batch)
    strength_rank = {s: i for i, s in enumerate(reversed(STRENGTHS))}
    file_rows = sorted(tally.file_rows, key=lambda r: (-r[1], -r[2], r[0]))
    for start in range(0, len(file_rows), CHUNK_ROWS):
        yield from chunks.add("files", file_rows[start : start + CHUNK_ROWS])
    claim_rows = [g.row() for g in tally.groups.values()]
    tally.groups = {}
    for start in range(0, len(claim_rows), CHUNK_ROWS):
        yield from chunks.add("claims", claim_rows[start : start + CHUNK_ROWS])
    manifest = {
        "base": chunks.base,
        "chunkRows": CHUNK_ROWS,
        "pageRows": PAGE_ROWS,
        "claims": {"rows": len(claim_rows), "chunks": chunks.counts["claims"]},
        "files": {"rows": len(file_rows), "chunks": chunks.counts["files"]},
        "strengthRank": strength_rank,
        "folders": tally.folder_list(),
        "link": run.link_template,
        "fileBase": run.file_base,
        "registry": _registry(run.registry),
    }
    if chunks.beside:  # the first page of each table in the page: shown with no file to read
        manifest["first"] = {"claims": claim_rows[:PAGE_ROWS], "files": file_rows[:PAGE_ROWS]}
    yield "", _page(run, tally, manifest, chunks.inline())


def render_html(result: AuditResult, link_template: str | None = None) -> str:
    """The whole report as one self-contained page (every chunk inline)."""
    run = result.run(link_template)
    parts = list(html_parts(result.per_file(), run, inline_bytes=2**62))
    return parts[-1][1]


# Registry sources: links only to what a reader can follow (a URL, a DOI, a PubMed id).
def source_link(source: Mapping[str, Any]) -> str | None:
    url = str(source.get("url") or "")
    if url.startswith(("https://", "http://")):
        return url
    if source.get("doi"):
        return f"https://doi.org/{source['doi']}"
    if source.get("pmid"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{source['pmid']}/"
    return None


def source_label(source: Mapping[str, Any]) -> str:
    who = source.get("first_author") or source.get("institution") or ""
    where = source.get("journal") or source.get("title") or ""
    label = ", ".join(str(p) for p in (who, where, source.get("year")) if p)
    return label or str(source.get("url") or source.get("doi") or "source")


def _registry(entries: Mapping[str, Any]) -> dict[str, Any]:
    return {
        entry_id: [
            str(getattr(entry, "statement", "")),
            [[source_label(s), source_link(s)] for s in getattr(entry, "sources", ())],
        ]
        for entry_id, entry in sorted(entries.items())
    }


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
            for kind, n, label in cards
        )
        + "</div>"
    )


def _bar(counts: Mapping[str, int], most: int) -> str:
    parts = "".join(
        f'<span class="{level}" style="width:{100 * counts[level] / most:.2f}%" '
        f'title="{counts[level]} {level}"></span>'
        for level in LEVELS_DOWN
        if counts[level]
    )
    return f'<div class="bar">{parts}</div>'


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
            f'<div class="muted">{e(describe(rule))}</div></td>'
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


def _page(run: AuditRun, tally: _Tally, manifest: Mapping[str, Any], inline: str) -> str:
    errors = ""
    if run.errors or run.warnings:
        errors = (
            '<h2 id="errors">Files that could not be read, and warnings</h2><ul class="errors">'
            + "".join(f"<li>{e(x)}</li>" for x in run.errors)
            + "</ul><ul>"
            + "".join(f"<li>{e(w)}</li>" for w in run.warnings)
            + "</ul>"
        )
    rules = sorted(tally.rule_levels)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>healthlint audit: {_plural(tally.files, 'file')}</title>"
        f"<style>{CSS}</style></head><body><main><header><h1>healthlint audit</h1>"
        f"{_header(run, tally)}<nav>"
        '<a href="#rules">Findings by rule</a><a href="#files">Files</a>'
        '<a href="#inventory">Claim inventory</a>'
        + ('<a href="#errors">Errors</a>' if errors else "")
        + f"</nav></header>{_cards(tally, run)}"
        f'<h2 id="rules">Findings by rule</h2>{_rules(tally, run)}'
        f'<h2 id="files">Files, worst first</h2>{_files(tally, manifest)}'
        '<h2 id="inventory">Claim inventory</h2><p class="muted">Every sentence that links an '
        "exposure to an outcome, gives a figure or names a source; a sentence found on several "
        "pages is one row. Tick a claim once it is checked and add a note: this browser "
        "remembers both (by file, line and sentence), and the CSV export takes them away.</p>"
        f"{_inventory(tally, manifest, rules)}{errors}</main>"
        f'<script type="application/json" id="hl-manifest">{script_json(manifest)}</script>'
        f"{inline}<script>{JS}</script></body></html>\n"
    )
