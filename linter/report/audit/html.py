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

What is held in memory while files stream: counts, the findings of at most `inline_bytes`
worth of files, and the data chunks held to be embedded (up to `inline_bytes`). The rows of the
"Files, worst first" table (one per file with findings) and of the claim inventory (one per
distinct claim sentence, with every place it is: identical sentences across pages are one row
with a count, so they must be grouped before a chunk of them is written) wait in a temporary
database on disk (html_tally.py), which sorts the files and groups the sentences there; a
file's findings are not kept once chunked.

The page renders only the summary tables and the first page of each paged table on load; the
rest of the data is parsed (or loaded) when a page, a sort or a filter needs it. Every value
from an article reaches the page as JSON (with `<` escaped, so no text can end a script
element) or escaped HTML, and is put into the page by the script as text, never as markup.
Links are made only to http(s) URLs, a DOI or PubMed id, or the audited file.

`html_stream` is the same, the page given as its pieces in order (for a writer: no copy of the
page and its inline data is made). `render_html(result)` is the one-string form for an
AuditResult: everything inline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter.report.audit.html_sections import _page_parts
from linter.report.audit.html_tally import _Chunks, _finding_row, _Tally
from linter.report.audit.html_tally import script_json as script_json
from linter.report.audit.model import AuditRun, FileAudit
from linter.report.audit.summary import STRENGTHS

if TYPE_CHECKING:
    from linter.run.audit import AuditResult

INLINE_BYTES = 3_000_000  # data past this is written beside the page, in chunk files
CHUNK_ROWS = 1000  # claim groups (or files) per chunk
FINDINGS_CHUNK_BYTES = 250_000  # findings of several files per chunk, up to about this size
PAGE_ROWS = 100  # rows a table shows at once


def html_parts(
    files: Iterable[FileAudit],
    run: AuditRun,
    *,
    name: str = "report",
    inline_bytes: int = INLINE_BYTES,
) -> Iterator[tuple[str, str]]:
    """Data chunks (beside the page, when big), then the page itself under the name ""."""
    for part, text in html_stream(files, run, name=name, inline_bytes=inline_bytes):
        yield part, text if isinstance(text, str) else "".join(text)


def html_stream(
    files: Iterable[FileAudit],
    run: AuditRun,
    *,
    name: str = "report",
    inline_bytes: int = INLINE_BYTES,
) -> Iterator[tuple[str, str | Iterator[str]]]:
    """html_parts, the page given as its pieces (an iterator of strings, to be written in
    order): a page with up to `inline_bytes` of data embedded is then never one string."""
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
    file_count = len(tally.file_rows)
    first_files: list[list[Any]] = []
    for file_rows in tally.file_rows.worst_first(CHUNK_ROWS):
        first_files = first_files or file_rows[:PAGE_ROWS]
        yield from chunks.add("files", file_rows)
    claim_count = len(tally.groups)
    first_claims: list[list[Any]] = []
    for claim_rows in tally.groups.rows(CHUNK_ROWS):
        first_claims = first_claims or claim_rows[:PAGE_ROWS]
        yield from chunks.add("claims", claim_rows)
    manifest = {
        "base": chunks.base,
        "chunkRows": CHUNK_ROWS,
        "pageRows": PAGE_ROWS,
        "claims": {"rows": claim_count, "chunks": chunks.counts["claims"]},
        "files": {"rows": file_count, "chunks": chunks.counts["files"]},
        "strengthRank": strength_rank,
        "folders": tally.folder_list(),
        "link": run.link_template,
        "fileBase": run.file_base,
        "registry": _registry(run.registry),
    }
    if chunks.beside:  # the first page of each table in the page: shown with no file to read
        manifest["first"] = {"claims": first_claims, "files": first_files}
    yield "", _page_parts(run, tally, manifest, chunks.inline())


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
