"""The issue-14 measurement scripts (bench/learned_data.py, bench/learned_cv.py): extra folders
in the articles format are read whole, and the precision bar can sit on the model's additions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

pytest.importorskip("sklearn")  # the `train` extra

from learned_cv import threshold_for  # noqa: E402
from learned_data import load_rows  # noqa: E402


def _folder(root: Path, name: str, passages: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir()
    gold = []
    for file, text in passages.items():
        (folder / file).write_text(f"---\ntitle: t\n---\n{text}\n", encoding="utf-8")
        gold.append({"file": file, "n": 0, "text": text, "labels": ["VAGUE"]})
    lines = "\n".join(json.dumps(g) for g in gold)
    (folder / "gold.jsonl").write_text(lines + "\n", encoding="utf-8")
    return folder


def test_an_extra_folder_is_read_by_half_under_its_own_name(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "X",
        {
            "301-odd.md": "Experts say green tea melts fat.",
            "302-even.md": "Some doctors believe ginger cures colds.",
        },
    )
    rows = load_rows(sets=(), folders=(folder,))
    assert {r.group for r in rows} == {"301-odd.md"}  # the tune half by default
    assert {r.group for r in load_rows(sets=(), folders=(folder,), half="check")} == {"302-even.md"}
    every = load_rows(sets=(), folders=(folder,), half="all")
    assert {r.group for r in every} == {"301-odd.md", "302-even.md"}
    assert {r.source for r in every} == {"X"}
    assert all(r.gold == {"VAGUE"} for r in every)
    assert [r.site for r in every] == [r.group for r in every]  # one passage, one site


def test_a_row_knows_where_it_stands_and_what_the_rules_found_around_it(
    tmp_path: Path,
) -> None:
    text = "Experts say green tea melts fat. It is a drink. Studies show it helps."
    folder = _folder(tmp_path, "X", {"301-a.md": text})
    rows = load_rows(sets=(), folders=(folder,))
    first = rows[0].at_file  # the front matter's title may be the file's first sentence
    assert [r.at_file - first for r in rows] == [0, 1, 2]
    assert [r.at_sentence for r in rows] == [0, 1, 2]
    middle = rows[1]
    assert "VAGUE" not in middle.rules
    assert "VAGUE" in middle.before and "VAGUE" in middle.after
    assert "VAGUE" in middle.in_passage
    assert dict(middle.in_file)["VAGUE"] == 2
    assert "VAGUE" not in rows[0].before  # nothing before the first sentence


def test_a_file_name_in_two_sets_is_refused(tmp_path: Path) -> None:
    one = _folder(tmp_path, "X", {"301-a.md": "Experts say green tea melts fat."})
    two = _folder(tmp_path, "Y", {"301-a.md": "Experts say green tea melts fat."})
    with pytest.raises(ValueError, match="repeats"):
        load_rows(sets=(), folders=(one, two))


def test_the_bar_on_additions_ignores_how_far_the_rules_are_from_it() -> None:
    # Rules: 2 right, 2 wrong (0.5). The model's best unruled row is right, its next wrong.
    y = np.array([True, True, False, False, True, False])
    ruled = np.array([True, True, True, True, False, False])
    p = np.array([0.0, 0.0, 0.0, 0.0, 0.8, 0.6])
    assert threshold_for(p, y, ruled, 0.9) == 2.0  # rules OR model never reaches 0.9
    assert threshold_for(p, y, ruled, 0.9, added_only=True) == 0.8
    assert threshold_for(p, y, ruled, 0.5, added_only=True) == 0.6


def test_ranked_additions_leave_out_what_the_rules_flag_and_need_five_units(
    tmp_path: Path,
) -> None:
    from learned_scores import ranked_additions

    texts = ["Experts say green tea melts fat."] * 3 + ["Green tea is a drink."] * 6
    folder = _folder(tmp_path, "X", {f"{301 + 2 * i}-a.md": t for i, t in enumerate(texts)})
    rows = load_rows(sets=(), folders=(folder,))
    ruled = np.array(["VAGUE" in r.rules for r in rows])
    assert ruled.tolist() == [True] * 3 + [False] * 6
    p = np.linspace(0.9, 0.1, 9)
    # The three the rules flag are no additions; the six left are all gold VAGUE here.
    ranked = ranked_additions(rows, "VAGUE", p, ruled)
    assert ranked.startswith("additions ranked: top 5: 5 right;")
    assert ranked.endswith("1.00 at the top 6 (p >= 0.10)")
    # Rows the guard decides (a sourced sentence, a question) are left out of the ranking too.
    guard = ruled | np.array([False] * 3 + [True] * 2 + [False] * 4)
    assert ranked_additions(rows, "VAGUE", p, guard) == "additions ranked: 4 units only"
