"""bench/realstore.py: a real-site set's pages written byte for byte from read_file records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from realstore import store  # noqa: E402


def _records(folder: Path, *records: dict) -> None:
    raw = folder / "_tools" / "raw"
    raw.mkdir(parents=True)
    lines = "\n".join(json.dumps(r) for r in records) + "\n"
    (raw / "site.jsonl").write_text(lines, encoding="utf-8")


def _record(path: str, text: str, total: int, crlf: bool = False) -> dict:
    record = {"site": "clinic", "repo": "o/r", "path": path, "commit": "c0", "text": text}
    return record | {"total_chars": total} | ({"crlf": True} if crlf else {})


def test_line_ends_are_restored_server_pages_read_as_html_and_short_pages_counted(
    tmp_path: Path,
) -> None:
    _records(
        tmp_path,
        _record("docs/lead.aspx", "Lead\nin water.\n", 17, crlf=True),
        _record("index.md", "Walking helps.\n", 15),
        _record("cut.md", "Walking", 12),
    )
    assert store(tmp_path) == (3, 1)
    assert (
        tmp_path / "clinic" / "docs" / "lead.aspx.html"
    ).read_bytes() == b"Lead\r\nin water.\r\n"
    assert (tmp_path / "clinic" / "index.md").read_bytes() == b"Walking helps.\n"
    manifest = (tmp_path / "_tools" / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[-1] for line in manifest] == ["ok", "ok", "MISMATCH 7"]


def test_a_path_that_leaves_its_site_is_refused(tmp_path: Path) -> None:
    _records(tmp_path, _record("../../elsewhere.md", "Walking helps.\n", 15))
    with pytest.raises(ValueError, match="inside its site"):
        store(tmp_path)
    assert not (tmp_path.parent / "elsewhere.md").exists()
