"""Standard output written a finding at a time: the same bytes as the report held whole."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from test_report_formats import FINDINGS

from linter.checks.rules import load_rules
from linter.cli import output
from linter.cli.check_output import Output, render_pieces
from linter.findings import Finding
from linter.report import CHUNKED, RunInfo
from linter.report.github import _COMMAND, _escape_data, _escape_property
from linter.report.rdjsonl import _diagnostic, _problem
from linter.report.run_info import INPUT_ERROR, Problem
from linter.report.text import details, headline, summary

PROBLEM = Problem("docs/broken.md", "cannot decode the file", 3)


def _held(fmt: str, findings: list[Finding], run: RunInfo) -> str:
    """Each format as it was written before it came in pieces: every line gathered, then one
    string (the reference the pieces must equal)."""
    lines: list[str] = []
    if fmt == "text":
        for f in findings:
            lines += [headline(f, run.color), *details(f, run)]
    elif fmt == "concise":
        lines = [headline(f, run.color) for f in findings]
    elif fmt == "github":
        for f in findings:
            props = (
                f"file={_escape_property(f.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.rule)}"
            )
            lines.append(f"::{_COMMAND[f.level]} {props}::{_escape_data(f.message)}")
        for p in run.problems:
            where = f"file={_escape_property(p.path or '')},line={p.line},title={INPUT_ERROR}"
            lines.append(f"::error {where}::{_escape_data(p.message)}")
    elif fmt == "rdjsonl":
        rows = [_diagnostic(f) for f in findings] + [_problem(p) for p in run.problems]
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows)
    elif fmt == "json":
        errors = [{"path": p.path, "line": p.line, "message": p.message} for p in run.problems]
        payload = {"findings": [f.to_dict() for f in findings], "files": run.files}
        return json.dumps({**payload, "errors": errors}, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("text", "concise") and not run.quiet:
        lines.append(summary(findings, run.files, len(run.problems)))
    return "\n".join(lines) + ("\n" if lines else "")


RUNS = {
    "plain": RunInfo(files=3, rules=load_rules(), version="0.1.0"),
    "colour": RunInfo(files=3, color=True, links={"hsct-lupus": "https://example.org/x"}),
    "quiet": RunInfo(files=1, quiet=True),
    "problems": RunInfo(files=2, problems=(PROBLEM,)),
}


@pytest.mark.parametrize("fmt", sorted(CHUNKED))
@pytest.mark.parametrize("run_name", sorted(RUNS))
@pytest.mark.parametrize("count", [0, 1, len(FINDINGS)])
def test_pieces_join_to_the_held_report(fmt: str, run_name: str, count: int) -> None:
    findings = FINDINGS[:count]
    run = RUNS[run_name]
    pieces = list(CHUNKED[fmt](findings, run))
    assert "".join(pieces) == _held(fmt, findings, run)


@pytest.mark.parametrize("fmt", sorted(CHUNKED))
def test_a_piece_holds_at_most_one_finding(fmt: str) -> None:
    """Streamed, not held: the report comes in one piece per finding (and a head or tail)."""
    run = RUNS["plain"]
    many = [replace(FINDINGS[0], line=n) for n in range(1, 201)]
    pieces = list(CHUNKED[fmt](many, run))
    assert len(many) <= len(pieces) <= len(many) + 2
    assert max(len(p) for p in pieces) < 1000


def test_standard_output_is_written_before_the_last_finding_is_formatted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(output.sys, "stdout", stream)
    written_when_asked: list[int] = []

    def pieces() -> Iterator[str]:
        for _ in range(4):
            written_when_asked.append(len(stream.getvalue()))
            yield "x" * 40_000

    output.emit_pieces(pieces())
    assert stream.getvalue() == "x" * 160_000
    assert written_when_asked[0] == 0
    assert written_when_asked[-1] > 0  # the first pieces were out before the last was made


def test_reports_to_files_and_statistics_stay_whole() -> None:
    """A report file is written atomically, whole; --statistics are counts, not findings."""
    run = RUNS["plain"]
    to_file = list(render_pieces(Output("json", "out.json"), FINDINGS, run, False))
    counts = list(render_pieces(Output("text"), FINDINGS, run, True))
    assert len(to_file) == 1 and json.loads(to_file[0])["files"] == 3
    assert len(counts) == 1 and counts[0].startswith(f"{3:>1}  overstatement")
    sarif = list(render_pieces(Output("sarif"), FINDINGS, run, False))
    assert len(sarif) == 1 and json.loads(sarif[0])["version"] == "2.1.0"


def test_emit_pieces_writes_nothing_for_no_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(output.sys, "stdout", stream)
    output.emit_pieces(iter(()))
    assert stream.getvalue() == ""
    output.emit_pieces(["a", "", "b\n"])
    assert stream.getvalue() == "ab\n"
