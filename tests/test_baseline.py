"""Baselines: adopt healthlint on a site with old findings and see only the new ones."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main

ARTICLE = """\
# Stem cells and lupus

Research shows that stem cells reset the immune system.

A study published in The Lancet found a survival rate of over 80% after five years.

It could be a game changer.
"""


def check(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)["findings"], result.stderr


def test_baseline_reports_only_the_new_finding(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    code, findings, _ = check("--write-baseline", str(baseline), str(article))
    assert code == 0 and findings == []
    assert len(json.loads(baseline.read_text())["findings"]) >= 4
    assert check("--baseline", str(baseline), str(article))[:2] == (0, [])
    # A paragraph inserted at the top shifts every line; it adds one new overstatement.
    article.write_text("This is a miracle diet.\n\n" + ARTICLE, encoding="utf-8")
    code, findings, _ = check("--baseline", str(baseline), str(article))
    assert code == 1
    assert [(f["rule"], f["line"], f["text"]) for f in findings] == [
        ("overstatement", 1, "miracle")
    ]


def test_a_second_identical_finding_is_new(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text("It is a miracle.\n", encoding="utf-8")
    check("--write-baseline", str(baseline), str(article))
    article.write_text("It is a miracle.\n\nIt is a miracle.\n", encoding="utf-8")
    _, findings, _ = check("--baseline", str(baseline), str(article))
    assert len(findings) == 1


def test_a_broken_baseline_is_an_error(tmp_path: Path) -> None:
    article, baseline = tmp_path / "a.md", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    baseline.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--baseline", str(baseline), str(article)])
    assert result.exit_code == 2
    assert f"{baseline}: not a healthlint baseline" in result.stderr
