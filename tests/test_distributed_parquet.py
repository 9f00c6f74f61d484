"""Parquet shards (issue 19): a shard's records read back from Parquet are the records JSON Lines
holds, and the reports streamed from Parquet shards, from JSON Lines shards and from a folder
holding both are the same bytes. The shards are made in this process, as a worker makes them
(WorkerSide.check); tests/test_distributed.py runs the same on a real LocalCluster."""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import repeat
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fsspec")
pytest.importorskip("pyarrow")

from linter.distributed import parquet
from linter.distributed.audit import Run
from linter.distributed.report import write_streamed
from linter.distributed.shards import build_result
from linter.distributed.store import JSONL, PARQUET, Folder
from linter.distributed.tasks import new_counts
from linter.distributed.worker_side import WorkerSide
from linter.errors import InputError
from linter.run.session import Session
from linter.run.settings import Overrides

NO_CACHE = Overrides(use_cache=False)
# Our own sentences; the last line is on every page, so the report collapses it as boilerplate.
PAGE = (
    "# {topic}\n\n"
    "Research shows that {topic} cures migraines in {n}% of people who try it.\n\n"
    "Dr. Reyes says {topic} is a miracle and has no side effects ([notes](https://example.org/{n})).\n\n"
    "Our tonic is guaranteed to melt fat overnight.\n"
)
TOPICS = ["ginger", "garlic", "kale", "lentils", "walnuts", "oat bran", "sauna"]
FINDING = ["a.md", 3, 1, "overstatement", 3, "says cures", 3, 9, "cures", "may ease", None]
CLAIM = ["a.md", 3, 1, "Ginger cures.", "direct", ["direct:cures"], ["vague: experts"], [], []]
RECORDS: list[dict[str, Any]] = [
    {
        "path": "a.md", "digest": "ab12", "cached": True, "fail_on": "warning",
        "boilerplate": [5, "once"],
        "result": {
            "findings": [
                [*FINDING, [10, 15, "may ease"], "5e7c", "Ginger cures"],
                [*FINDING[:9], None, "reg-1", None, None, None],
            ],
            "warnings": ["a warning"], "errors": [], "ok": True,
            "claims": [[*CLAIM, ["reg-1"], "reg-1", ["overstatement"]], [*CLAIM, [], None, []]],
        },
    },
    {"path": "b.md", "digest": None, "listing": {
        "skipped": True, "type": "Skipped", "path": "b.md", "message": "too big", "line": None}},
    {
        "path": "c.md", "digest": None, "cached": False, "fail_on": None, "boilerplate": None,
        "result": {
            "findings": [], "warnings": [], "ok": False, "claims": None,
            "errors": [{"type": "InputError", "path": "c.md", "message": "not checked", "line": 2}],
        },
    },
]  # fmt: skip


def without_nulls(record: dict[str, Any]) -> dict[str, Any]:
    """A record as its readers see it (`record.get(key)`): a null key is an absent key."""
    return {k: v for k, v in record.items() if v is not None or k == "digest"}


def test_parquet_gives_back_the_json_lines_records(tmp_path: Path) -> None:
    folder = Folder(str(tmp_path))
    folder.reset()
    assert folder.write_shard(0, RECORDS, PARQUET) == PARQUET
    assert folder.write_shard(1, RECORDS, JSONL) == JSONL
    assert sorted(p.name for p in (tmp_path / "shards").iterdir()) == [
        "000000.parquet", "000001.jsonl",
    ]  # fmt: skip
    from_parquet, from_lines = list(folder.read_shard(0)), list(folder.read_shard(1))
    assert from_parquet == [without_nulls(r) for r in RECORDS]
    assert [without_nulls(r) for r in from_lines] == from_parquet
    # A column per field: the table reads without healthlint (here, as DuckDB or pandas would).
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "shards" / "000000.parquet")
    assert table.column("path").to_pylist() == ["a.md", "b.md", "c.md"]
    levels = table.column("result").combine_chunks().field("findings").flatten().field("level")
    assert levels.to_pylist() == ["error", "error"]


def test_text_parquet_cannot_hold_goes_to_json_lines(tmp_path: Path) -> None:
    """A path with an undecodable byte (a surrogate in Python) is not UTF-8: that shard, and
    only it, is written as JSON Lines, and reads back the same."""
    odd = {**RECORDS[0], "path": "caf\udce9.md"}
    folder = Folder(str(tmp_path))
    folder.reset()
    assert parquet.encode([odd]) is None
    assert folder.write_shard(0, [odd], PARQUET) == JSONL
    assert list(folder.read_shard(0)) == [odd]


def test_without_pyarrow_shards_are_json_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Folder(str(tmp_path))
    folder.reset()
    folder.write_shard(0, RECORDS, PARQUET)  # written where pyarrow is (another worker)
    folder.write_shard(1, RECORDS, PARQUET)
    folder.write_shard(1, RECORDS, JSONL)  # a part written twice, in both formats
    monkeypatch.setattr(parquet, "available", lambda: False)
    assert folder.write_shard(2, RECORDS, PARQUET) == JSONL
    assert list(folder.read_shard(1)) == list(folder.read_shard(2)) == RECORDS
    with pytest.raises(InputError, match="needs pyarrow"):
        list(folder.read_shard(0))


def make_shards(site: Path, url: str, kinds: Iterator[str], chunk: int = 3) -> int:
    """The site's shards, as the tasks write them (one format a part, from `kinds`): parts."""
    side = WorkerSide(NO_CACHE, None)
    folder = Folder(url)
    folder.reset()
    parts, _ = side.list([str(site)], url, chunk, 0)
    for index in range(parts):
        records = [
            {"path": row["path"], "digest": None, "listing": row["error"]}
            if row["error"] is not None
            else side.check(row["path"])
            for row in folder.read_lines(folder.manifest(index))
        ]
        folder.write_shard(index, records, next(kinds))
    return parts


def write_site(root: Path) -> None:
    for i, topic in enumerate(TOPICS):
        folder = root / ("more" if i % 3 == 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        page = PAGE.format(topic=topic.capitalize(), n=20 + i)
        (folder / f"{topic.replace(' ', '-')}.md").write_text(page, encoding="utf-8")
    (root / "binary.md").write_bytes(b"\x00\x01 not text")
    odd = os.fsencode(root / "more") + b"/caf\xe9.md"  # a name that is not UTF-8
    with open(odd, "wb") as handle:
        handle.write(PAGE.format(topic="Coffee", n=99).encode())


def test_reports_from_parquet_json_lines_and_both_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_site(Path("site"))
    session = Session(NO_CACHE)
    reports: dict[str, dict[str, bytes]] = {}
    results = {}
    for name, kinds in (
        ("parquet", repeat(PARQUET)),
        ("jsonl", repeat(JSONL)),
        ("both", iter([PARQUET, JSONL, PARQUET, JSONL, PARQUET])),
    ):
        parts = make_shards(Path("site"), f"{name}.results", kinds)
        written = {p.suffix for p in Path(f"{name}.results/shards").iterdir()}
        run = Run(Folder(f"{name}.results"), parts, session, new_counts(), "2026-01-02T03:04:05Z")
        results[name] = build_result(run.folder, parts, session, **run.about())
        reports[name] = {}
        for suffix in (".json", ".md", ".html"):
            out = Path(name) / f"report{suffix}"  # the same name: an HTML page names its chunks
            out.parent.mkdir(exist_ok=True)
            write_streamed(out, run, file_base="")
            reports[name][suffix] = out.read_bytes()
        # Parquet where asked, but the shard with the undecodable name is JSON Lines.
        assert written == {".jsonl"} if name == "jsonl" else written == {".parquet", ".jsonl"}
    assert parts == 3
    assert reports["parquet"] == reports["jsonl"] == reports["both"]
    assert (
        b"boilerplate" in reports["parquet"][".md"] and rb"caf\\xe9.md" in reports["jsonl"][".md"]
    )
    one = results["parquet"]
    assert one.findings and one.claims and one.errors
    for other in (results["jsonl"], results["both"]):
        assert other.findings == one.findings and other.claims == one.claims
        assert [f.fix for f in other.findings] == [f.fix for f in one.findings]
        assert [str(e) for e in other.errors] == [str(e) for e in one.errors]
        assert other.paths == one.paths and other.registry.keys() == one.registry.keys()
