"""The report of a distributed audit (HTML, Markdown or JSON), written from its shards in
streaming passes, so the client holds counts and the per-rule table, never the site's findings
and claims, nor a row per file.

  pass 0  shards.boilerplate: the sentences to collapse (a hash each, with two numbers)
  pass 1  every file's outcome once: the header (errors, warnings, rules, registry), the
          tally (totals, the per-rule table) and whether the run fails; for Markdown and JSON,
          each file's rendered findings and claims go to a temporary file, and their place in
          it (offset, length), with the file's row of the "Files, worst first" table, to a
          temporary SQLite database (on_disk.py), which sorts them
  pass 2  HTML only: the outcomes again, one FileAudit at a time into html_parts (which
          keeps its own rows on disk)

Markdown and JSON are then written from the tally and the temporary file, in the single-process
report's order (findings and claims by path, files worst first), by the same functions that
render an AuditResult: the report is the one `audit` writes without --scheduler for the same
files. Each file is as the single-process audit has it: findings sorted, claims by position,
a --baseline's findings left out, paths made displayable.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from linter.distributed.audit import Run
from linter.distributed.shards import Decided, FileOutcome, Header, boilerplate, outcomes
from linter.errors import HealthlintError, InputError
from linter.findings import Finding
from linter.report.audit.inventory import InventoryClaim
from linter.report.audit.json import error_dicts, item, json_parts
from linter.report.audit.markdown import claim_line, file_section, markdown_parts
from linter.report.audit.model import AuditRun, FileAudit
from linter.report.audit.on_disk import SortedOnDisk
from linter.report.audit.summary import LEVELS_DOWN, FileRow, Tally, summary_line_of, summary_of
from linter.report.fingerprint import fingerprints
from linter.report.safe_text import unicode_path
from linter.run.audit import AuditResult, apply_baseline, write_html, write_report
from linter.run.session import LintResult
from linter.version import __version__

Where = tuple[int, int]  # offset and length in the spill file


@dataclass
class Written:
    """What the command line says after the report: its totals, errors, warnings, exit."""

    totals: dict[str, Any]
    errors: list[HealthlintError]
    warnings: list[str]
    failing: bool

    def summary_line(self, output: str) -> str:
        return summary_line_of(self.totals, output)


@dataclass(frozen=True)
class Baseline:
    """--baseline: its fingerprints and its name (as given)."""

    known: Counter[str]
    name: str


def write_streamed(
    output: Path,
    run: Run,
    *,
    baseline: Baseline | None = None,
    link_template: str | None = None,
    file_base: str | None = None,
) -> Written:
    """Write the report `output` (its extension picks the format) from the run's shards."""
    suffix = output.suffix.lower()
    decided = boilerplate(run.folder, run.parts)
    header = Header(run.session)
    html = suffix in (".html", ".htm")
    tally = Tally(keep_rows=False)  # the rows wait on disk (the HTML page sorts its own)
    failing = False
    spill = _Spill() if suffix in (".md", ".json") else None
    # On disk, sorted there: the files with findings, worst first, with where their Markdown
    # section is; and where each file's findings, and claims, are, by raw path.
    file_rows = SortedOnDisk((True, True, False))
    findings_at = SortedOnDisk((False,))
    claims_at = SortedOnDisk((False,))
    try:
        for one, shown in _files(run, decided, baseline):
            header.add(one)
            if shown is None:
                continue
            failing = failing or _fails(one.fail_on, shown.findings)
            row = tally.add(shown.path, shown.findings, shown.claims)
            if spill is None:
                continue
            if suffix == ".json":
                if shown.findings:
                    text = ",\n    ".join(item(f.to_dict()) for f in shown.findings)
                    findings_at.append((one.path,), spill.put(text))
                if shown.claims:
                    text = ",\n    ".join(item(c.to_dict()) for c in shown.claims)
                    claims_at.append((one.path,), spill.put(text))
            else:
                if shown.claims:
                    text = "\n".join(claim_line(c) for c in shown.claims)
                    claims_at.append((one.path,), spill.put(text))
            if row is not None:  # Markdown: the file's "Findings by file" part, in the spill
                where = None
                if suffix == ".md":
                    where = spill.put("\n".join(file_section(shown.path, shown.findings)))
                file_rows.append((row.score, row.counts["error"], row.path), [*_cells(row), where])
        about = AuditRun(
            version=__version__,
            date=run.date,
            sources=run.sources,
            config=run.config,
            baseline=baseline.name if baseline is not None else "",
            rules=run.session.rules(),
            registry=header.registry,
            errors=tuple(header.errors),
            warnings=tuple(header.warnings),
            link_template=link_template,
            file_base=file_base,
        )
        totals = tally.totals(len(header.errors))
        if html:
            files = (shown for _, shown in _files(run, decided, baseline) if shown is not None)
            write_html(output, files, about)
        elif spill is not None:
            texts = spill
            if suffix == ".json":
                parts = json_parts(
                    summary_of(
                        tally,
                        about.rules,
                        len(header.errors),
                        about,
                        lazy=True,
                        file_rows=(_row(cells) for cells in _each(file_rows)),
                    ),
                    (texts.get(where) for where in _each(findings_at)),
                    (texts.get(where) for where in _each(claims_at)),
                    error_dicts(header.errors),
                )
            else:
                parts = markdown_parts(
                    about,
                    totals,
                    tally.by_rule(about.rules),
                    (_row(cells) for cells in _each(file_rows)),
                    ([texts.get(cells[-1])] for cells in _each(file_rows)),
                    (texts.get(where) for where in _each(claims_at)),
                )
            write_report(output, parts)
        else:
            raise InputError(str(output), "no report format for this extension")
    finally:
        if spill is not None:
            spill.close()
        for store in (file_rows, findings_at, claims_at):
            store.close()
    return Written(totals, header.errors, header.warnings, failing)


def _each(store: SortedOnDisk) -> Iterator[Any]:
    for batch in store.sorted():
        yield from batch


def _cells(row: FileRow) -> list[Any]:
    return [row.path, row.score, *(row.counts[name] for name in LEVELS_DOWN), row.claims]


def _row(cells: list[Any]) -> FileRow:
    """A file's row of the "Files, worst first" table, from its cells on disk."""
    path, score, *counts, claims = cells[: 3 + len(LEVELS_DOWN)]
    return FileRow(path, dict(zip(LEVELS_DOWN, counts, strict=True)), score, claims)


def _files(
    run: Run, decided: Decided, baseline: Baseline | None
) -> Iterator[tuple[FileOutcome, FileAudit | None]]:
    """Every listed file's outcome, and for an audited one what the report shows of it."""
    for one in outcomes(run.folder, run.parts, decided):
        if not one.audited:
            yield one, None
            continue
        findings = sorted(one.result.findings)
        claims = sorted(one.result.claims or [], key=lambda c: (c.path, c.line, c.column))
        if baseline is not None and findings:
            findings, claims = _without_baseline(findings, claims, baseline)
        yield one, FileAudit(unicode_path(one.path), _shown(findings), _shown(claims))


def _without_baseline(
    findings: list[Finding], claims: list[InventoryClaim], baseline: Baseline
) -> tuple[list[Finding], list[InventoryClaim]]:
    """apply_baseline on one file: its fingerprints name its path, so no other file's
    findings can use up the baseline's entries for it."""
    known = baseline.known
    mine = Counter({fp: known[fp] for fp in fingerprints(findings) if fp in known})
    alone = AuditResult(findings=findings, claims=claims)
    apply_baseline(alone, mine, baseline.name)
    return alone.findings, alone.claims


def _shown(values: list[Any]) -> tuple[Any, ...]:
    """cli.audit.displayable_audit for one file: undecodable bytes of a path as \\xNN."""
    from dataclasses import replace

    return tuple(
        v if unicode_path(v.path) == v.path else replace(v, path=unicode_path(v.path))
        for v in values
    )


def _fails(fail_on: str | None, findings: Sequence[Finding]) -> bool:
    """LintResult.failing for one file (its findings less the baseline's)."""
    return LintResult(findings=list(findings)).failing(fail_on or "warning")


class _Spill:
    """An unnamed temporary file of texts, each read back by its offset and length."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close)
        self.end = 0

    def put(self, text: str) -> Where:
        data = text.encode("utf-8", "surrogatepass")
        self.file.seek(self.end)
        self.file.write(data)
        where = (self.end, len(data))
        self.end += len(data)
        return where

    def get(self, where: Where) -> str:
        self.file.seek(where[0])
        return self.file.read(where[1]).decode("utf-8", "surrogatepass")

    def close(self) -> None:
        self.file.close()
