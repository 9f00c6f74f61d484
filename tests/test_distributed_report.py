"""The pieces a streamed audit report is written from give exactly the text of the whole-result
renderers: JSON pieces equal json.dumps of the whole payload (also with by_file as an iterator),
and the claim groups kept on disk give the rows the page had when they were held in memory."""

from __future__ import annotations

import json
from typing import Any

import pytest

from linter.report.audit.html_tally import _FileRows, _Groups
from linter.report.audit.inventory import InventoryClaim
from linter.report.audit.json import item, json_parts


def dumped(
    summary: dict[str, Any], findings: list[Any], claims: list[Any], errors: list[Any]
) -> str:
    payload = {"summary": summary, "findings": findings, "claims": claims, "errors": errors}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


SUMMARY = {
    "files": 2,
    "findings_by_level": {"error": 0, "warning": 1, "info": 0},
    "by_rule": [{"rule": "vague-attribution", "total": 1}],
    "by_file": [{"path": "a/é.md", "score": 3}, {"path": "b.md", "score": 1}],
    "sources": [],
    "baseline": "",
}


@pytest.mark.parametrize(
    ("findings", "claims", "errors", "by_file"),
    [
        ([], [], [], []),
        ([{"path": "a.md", "line": 1, "text": 'cures "all"\nthings'}], [], [], SUMMARY["by_file"]),
        ([{"a": 1}, {"b": [1, {"c": None}]}], [{"text": "x < y"}], [{"path": None}], []),
    ],
)
def test_json_parts_are_json_dumps_of_the_whole(
    findings: list[Any], claims: list[Any], errors: list[Any], by_file: list[Any]
) -> None:
    summary = {**SUMMARY, "by_file": by_file}
    want = dumped(summary, findings, claims, errors)
    whole = "".join(json_parts(summary, map(item, findings), map(item, claims), errors))
    assert whole == want
    # by_file written a row at a time, and a file's items joined as a streamed report joins them
    lazy = {**summary, "by_file": iter(by_file)}
    joined = [",\n    ".join(map(item, findings))] if findings else []
    streamed = "".join(json_parts(lazy, joined, map(item, claims), errors))
    assert streamed == want


def claim(path: str, line: int, text: str, rules: tuple[str, ...] = ()) -> InventoryClaim:
    return InventoryClaim(
        path, line, 1, text, "direct", ("direct:cures",), ("vague: experts", "vague: experts"),
        (), ("40%",), (), None, rules,
    )  # fmt: skip


def test_claim_groups_on_disk_keep_order_places_and_rules() -> None:
    groups = _Groups()
    for c in (
        claim("a.md", 1, "Garlic cures colds.", ("overstatement",)),
        claim("a.md", 3, "Tea helps 40% of sleepers."),
        claim("b.md", 2, "Garlic cures colds.", ("vague-attribution", "overstatement")),
        claim("c.md", 5, "Garlic cures colds."),
        claim("c.md", 7, "Odd \udcff byte."),
    ):
        groups.add(c)
    rows = [row for batch in groups.rows(2) for row in batch]
    assert len(groups) == 3 and [r[1] for r in rows] == [
        "Garlic cures colds.", "Tea helps 40% of sleepers.", "Odd \udcff byte.",
    ]  # fmt: skip
    garlic, tea, odd = rows
    assert garlic[0].startswith("same:") and tea[0].startswith("a.md:3:")
    assert garlic[9] == ["overstatement", "vague-attribution"]
    assert garlic[10] == [["a.md", 1], ["b.md", 2], ["c.md", 5]]
    assert tea[4] == ["vague: experts"] and tea[10] == [["a.md", 3]]
    assert odd[0].startswith("c.md:7:")
    assert [len(batch) for batch in _fresh_batches()] == []


def _fresh_batches() -> list[list[Any]]:
    return list(_Groups().rows(2))  # no claims: no rows, and no temporary file


def test_file_rows_sorted_on_disk_as_python_sorts_them() -> None:
    """The "Files, worst first" rows come back in the order sorted() gave when they were held
    in memory: score, then errors, down; then the path as Python orders strings (non-ASCII,
    astral and undecodable-byte paths included)."""
    paths = ["b.md", "B.md", "é.md", "z/é.md", "e\u0301.md", "\U0001f600.md", "x\udcff.md", "a"]
    rows = [
        [path, score, errors, 0, 0, 1, 0]
        for path in paths
        for score, errors in ((3, 0), (3, 1), (10, 1))
        if (paths.index(path) + score + errors) % 2 == 0 or path == "a"
    ]
    rows = [[f"{r[0]}#{n}", *r[1:]] for n, r in enumerate(rows)]  # one row a path
    store = _FileRows()
    for row in rows:
        store.append(row)
    got = [row for batch in store.worst_first(4) for row in batch]
    assert len(store) == len(rows) and [len(b) for b in _FileRows().worst_first(4)] == []
    assert got == sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))
