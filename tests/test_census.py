"""bench/census.py, the one pooling script of the census: which sets it reads, which it refuses,
and what an error record says (own passages and findings, no healthlint run)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from census import errors_of, parse_args  # noqa: E402


def _set(root: Path, name: str, done: bool) -> Path:
    folder = root / name
    folder.mkdir()
    if done:
        (folder / "DONE").write_text("", encoding="utf-8")
    return folder


def test_ready_takes_finished_sets_and_never_a_held_out_one(tmp_path: Path) -> None:
    _set(tmp_path, "A", done=True)
    _set(tmp_path, "B", done=False)
    _set(tmp_path, "E", done=True)
    args = parse_args(["--ready", "--root", str(tmp_path)])
    assert [f.name for f in args.folders] == ["A"]


def test_a_held_out_set_asked_by_name_or_path_is_refused(tmp_path: Path) -> None:
    held = _set(tmp_path, "I", done=True)
    for asked in (["I", "--root", str(tmp_path)], [str(held)]):
        with pytest.raises(SystemExit):
            parse_args(asked)


def test_errors_are_written_from_the_tune_half_only(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--half", "check", "--out", str(tmp_path / "e.jsonl")])
    assert parse_args(["--half", "both", "--out", str(tmp_path / "e.jsonl")]).out


def test_an_error_names_its_set_site_note_and_the_rules_fired(tmp_path: Path) -> None:
    folder = _set(tmp_path, "A", done=True)
    text = "Studies show that tea cures colds. Tea is a drink."
    (folder / "101-teasite-colds.md").write_text(text, encoding="utf-8")
    gold = [
        {"file": "101-teasite-colds.md", "n": 1, "text": text[:34], "labels": ["VAGUE"]},
        {"file": "101-teasite-colds.md", "n": 2, "text": text[35:], "labels": [], "note": "n"},
    ]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    findings = [
        {
            "path": "101-teasite-colds.md",
            "rule": "overstatement",
            "line": 1,
            "column": 20,
            "text": "cures",
        },
        {
            "path": "101-teasite-colds.md",
            "rule": "vague-attribution",
            "line": 1,
            "column": 36,
            "text": "Tea is",
        },
    ]
    records = errors_of(folder, gold, findings, ["VAGUE", "OVER"])
    by_kind = {(r["kind"], r["label"], r["n"]): r for r in records}
    assert set(by_kind) == {("FN", "VAGUE", 1), ("FP", "OVER", 1), ("FP", "VAGUE", 2)}
    alarm = by_kind[("FP", "VAGUE", 2)]
    assert (alarm["set"], alarm["site"], alarm["note"]) == ("A", "teasite", "n")
    assert alarm["flagged"] == ["vague-attribution: Tea is"]
    assert by_kind[("FN", "VAGUE", 1)]["fired"] == ["OVER overstatement: cures"]
