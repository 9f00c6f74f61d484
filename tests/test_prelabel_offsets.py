"""bench/prelabel_offsets.py: a unit noted by its exact text is found where the stored page has
it, in the offsets realjudge.py gives findings (a CR LF line end counts once), and a missing or ambiguous unit is refused rather than guessed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from prelabel_offsets import locate, records  # noqa: E402


def test_a_repeated_unit_needs_its_occurrence() -> None:
    text = "Tea helps. Tea helps. Tea helps."
    with pytest.raises(ValueError, match="more than once"):
        locate(text, "Tea helps.", None)
    assert locate(text, "Tea helps.", 0) == 0
    assert locate(text, "Tea helps.", 2) == 22
    with pytest.raises(ValueError, match="fewer than 4"):
        locate(text, "Tea helps.", 3)
    with pytest.raises(ValueError, match="not in the page"):
        locate(text, "Coffee helps.", None)


def test_offsets_count_a_crlf_line_end_once_as_realjudge_does(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(b"<p>Intro.</p>\r\n<p>Studies show tea helps.</p>")
    units: list[dict[str, object]] = [
        {"path": "page.html", "unit": "Studies show tea helps.", "labels": ["VAGUE"]}
    ]
    (record,) = records(tmp_path, units)
    assert (record["offset"], record["end"]) == (17, 40)
    assert record["labels"] == ["VAGUE"] and record["note"] == ""
