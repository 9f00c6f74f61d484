"""The blind written passages (bench/data/written, issue 14) and `bench/articles.py --folder`:
the gold must place every sentence in its file, so the shared scorer counts it, and the odd/even
split must give two halves of the same size and mix."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from articles import gold_folder, half_of, parse_args  # noqa: E402
from goldscore import ALL_LABELS, gold_ranges, load_gold  # noqa: E402

WRITTEN = CHECKOUT / "bench" / "data" / "written"


def test_folder_option_picks_the_folder_and_needs_a_gold_file(tmp_path: Path) -> None:
    assert gold_folder(parse_args(["--folder", str(WRITTEN)])) == WRITTEN
    with pytest.raises(SystemExit, match=r"no gold\.jsonl"):
        gold_folder(parse_args(["--folder", str(tmp_path)]))


def test_every_gold_sentence_is_found_in_order_after_the_front_matter() -> None:
    gold = load_gold(WRITTEN)
    for name, spans in gold_ranges(WRITTEN, gold).items():
        source = (WRITTEN / name).read_text(encoding="utf-8")
        front = re.match(r"---\n.*?\n---\n", source, re.S)
        assert front, name
        starts = [start for start, _, _ in spans]
        assert min(starts) >= front.end(), name
        assert starts == sorted(starts), name
        assert [n for _, _, n in spans] == list(range(len(spans))), name


def test_every_passage_has_gold_and_every_label_is_a_guideline_label() -> None:
    gold = load_gold(WRITTEN)
    passages = {p.name for p in WRITTEN.glob("*.md") if p.name != "README.md"}
    assert {g["file"] for g in gold} == passages
    for g in gold:
        assert set(g["labels"]) <= set(ALL_LABELS), g
        assert len(g["labels"]) == len(set(g["labels"])), g


def test_the_halves_have_similar_size_and_mix() -> None:
    gold = load_gold(WRITTEN)
    halves = {"tune": [g for g in gold if half_of(g["file"]) == "tune"]}
    halves["check"] = [g for g in gold if half_of(g["file"]) == "check"]
    sizes = [len(rows) for rows in halves.values()]
    assert max(sizes) <= 1.1 * min(sizes)
    tune, check = (Counter(lab for g in rows for lab in g["labels"]) for rows in halves.values())
    for label in ALL_LABELS:
        assert tune[label] and check[label], label
        assert abs(tune[label] - check[label]) <= max(4, 0.25 * (tune[label] + check[label]))


def test_gold_lines_are_plain_json_objects_one_per_sentence() -> None:
    lines = (WRITTEN / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    keys = {"file", "n", "text", "labels", "note"}
    for line in lines:
        row = json.loads(line)
        assert set(row) <= keys and {"file", "n", "text", "labels"} <= set(row), line
