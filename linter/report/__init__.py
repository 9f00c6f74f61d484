"""Formatters: pure functions from findings to text, keyed by `--format`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from linter.findings import Finding
from linter.report.github import format_github, github_chunks
from linter.report.gitlab import format_gitlab
from linter.report.json import format_json, json_chunks
from linter.report.junit import format_junit
from linter.report.rdjsonl import format_rdjsonl, rdjsonl_chunks
from linter.report.run_info import RunInfo
from linter.report.sarif import format_sarif
from linter.report.text import concise_chunks, format_concise, format_text, text_chunks

Formatter = Callable[[Sequence[Finding], RunInfo], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "concise": format_concise,
    "json": format_json,
    "github": format_github,
    "sarif": format_sarif,
    "junit": format_junit,
    "gitlab": format_gitlab,
    "rdjsonl": format_rdjsonl,
}

# The formats whose report is a run of pieces, a finding at a time: standard output is written
# piece by piece, so a report of many findings is never held whole in memory. Joined, the
# pieces are exactly the formatter's text (each formatter above is that join).
ChunkedFormatter = Callable[[Sequence[Finding], RunInfo], Iterator[str]]
CHUNKED: dict[str, ChunkedFormatter] = {
    "text": text_chunks,
    "concise": concise_chunks,
    "json": json_chunks,
    "github": github_chunks,
    "rdjsonl": rdjsonl_chunks,
}

__all__ = ["CHUNKED", "FORMATTERS", "ChunkedFormatter", "Formatter", "RunInfo"]
