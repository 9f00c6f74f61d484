"""The learned-veto measurement (bench/veto_data.py, veto_features.py, veto_score.py, issue 14): a
finding is described by what the engine held when it made it, a labelled unit is scored once
however many findings it holds, and the kill criterion is the one the model card states."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from census import HELD_OUT  # noqa: E402
from veto_data import JUDGED, LABELLED, ROOT, Source, described, rows_of  # noqa: E402
from veto_score import choose, passes, unit_counts  # noqa: E402


def _row(unit: int, right: bool, source: str = "A", label: str = "VAGUE") -> dict:
    return {"set": source, "file": "101-x.md", "unit": unit, "label": label, "right": right}


def test_a_labelled_unit_counts_once_and_stays_found_while_one_finding_survives() -> None:
    rows = [_row(1, True), _row(1, True), _row(2, False), _row(2, False)]
    counts = unit_counts(rows, np.array([True, False, False, False]))
    assert counts["VAGUE"]["tp"] == 1 and counts["VAGUE"]["tp_kept"] == 1
    assert counts["VAGUE"]["fp"] == 1 and counts["VAGUE"]["fp_kept"] == 0
    assert counts["CORE"]["tp_gold"] == 1  # a labelled set: in the recall base


def test_a_judged_finding_is_not_in_the_recall_of_the_labelled_units() -> None:
    counts = unit_counts([_row(412, True, source="P")], np.array([True]))
    assert counts["CORE"]["tp"] == 1
    assert counts["CORE"]["tp_gold"] == 0


def test_the_kill_criterion_wants_a_quarter_removed_and_one_lost_per_four() -> None:
    assert passes(Counter(fp=16, fp_kept=12, tp=100, tp_kept=99))
    assert not passes(Counter(fp=16, fp_kept=12, tp=100, tp_kept=98))  # 2 lost for 4 removed
    assert not passes(Counter(fp=12, fp_kept=9, tp=100, tp_kept=99))  # 1 lost for 3 removed
    assert not passes(Counter(fp=16, fp_kept=13, tp=100, tp_kept=100))  # 3 of 16 removed
    assert not passes(Counter(fp=0, fp_kept=0, tp=10, tp_kept=10))  # nothing to remove


def test_the_inner_threshold_removes_most_within_the_bound_else_none() -> None:
    rows = [_row(i, right) for i, right in enumerate([False] * 4 + [True] * 6)]
    # Four wrong at 0.15; one right at 0.25, four at 0.45: 0.2 and 0.3 keep the bound.
    probs = np.array([0.15] * 4 + [0.25] + [0.45] * 4 + [0.9])
    assert choose(rows, probs) == 0.2
    assert choose(rows, np.array([0.05] * 4 + [0.05] * 2 + [0.9] * 4)) == 0.0


def test_a_finding_is_described_by_its_rule_block_and_what_its_claim_holds(
    tmp_path: Path,
) -> None:
    page = tmp_path / "101-x.md"
    page.write_text(
        "---\ntitle: t\n---\n# Green tea cures cancer\n\n"
        "Experts say green tea melts fat. About 40% of adults drink it daily.\n",
        encoding="utf-8",
    )
    table = {(line, rule): names for (_, line, _, rule), names in described([page]).items()}
    heading = table[(4, "overstatement")]
    assert heading["block:heading"] == 1.0 and heading["strength:kind:absolute"] == 1.0
    vague = table[(6, "vague-attribution")]
    assert vague["attr:at:vague"] == 1.0 and vague["block:paragraph"] == 1.0
    assert table[(6, "unsourced-statistic")]["fig:at:percent"] == 1.0
    assert not any(name.startswith("attr:at:") for name in table[(6, "unsourced-statistic")])
    assert all(names["rule:" + rule] == 1.0 for (_, rule), names in table.items())


def test_the_held_out_sets_are_never_a_source_and_refused_before_any_read() -> None:
    assert not HELD_OUT & {*LABELLED, *JUDGED}  # the sets sources() reads
    for name in sorted(HELD_OUT):  # refused by name: not a file of the set is opened
        with pytest.raises(SystemExit, match="held-out"):
            rows_of(Source(name, ROOT / name, judged=False), "tune")
        with pytest.raises(SystemExit, match="held-out"):
            rows_of(Source("copy", Path("/nonexistent") / name, judged=True), "tune")
