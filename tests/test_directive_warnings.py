"""Directives that suppress nothing are reported; typos in rule ids get a suggestion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main


def check(path: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args, str(path)])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_used_directive_is_not_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path, "<!-- healthlint-disable-next-line overstatement -->\nThe pill cures gout.\n"
    )
    result = check(path)
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout)["findings"] == []


def test_a_directive_followed_by_a_blank_line_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path, "<!-- healthlint-disable-next-line overstatement -->\n\nThe pill cures gout.\n"
    )
    result = check(path)
    assert result.exit_code == 1  # the finding is not suppressed, and now the writer knows why
    assert [f["line"] for f in json.loads(result.stdout)["findings"]] == [3]
    assert result.stderr == (
        f"warning: {path}:1: healthlint-disable-next-line overstatement suppresses nothing: "
        "the line after it is blank (it covers the next line only; put it right above the "
        "flagged line)\n"
    )


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        (
            "<!-- healthlint-disable-next-line overstatement -->\nThe pill helps gout.\n",
            1,
            "healthlint-disable-next-line overstatement suppresses nothing: no overstatement finding on the next line",
        ),
        (
            "The pill helps gout. <!-- healthlint-disable-line overstatement -->\n",
            1,
            "healthlint-disable-line overstatement suppresses nothing: no overstatement finding on this line",
        ),
        (
            "Intro.\n\n<!-- healthlint-disable -->\n\nThe pill helps gout.\n\n<!-- healthlint-enable -->\n\nThe pill cures gout.\n",
            3,
            "healthlint-disable suppresses nothing: no finding in the lines it covers",
        ),
    ],
)
def test_a_directive_that_suppresses_nothing_is_a_warning(
    tmp_path: Path, text: str, line: int, why: str
) -> None:
    path = write(tmp_path, text)
    result = check(path)
    assert f"warning: {path}:{line}: {why}\n" in result.stderr


def test_only_the_unused_rule_of_a_directive_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "<!-- healthlint-disable-next-line overstatement, unsourced-statistic -->\n"
        "The pill cures gout.\n",
    )
    result = check(path)
    assert result.stderr.count("suppresses nothing") == 1
    assert "disable-next-line unsourced-statistic suppresses nothing" in result.stderr


def test_a_rule_that_did_not_run_is_not_judged(tmp_path: Path) -> None:
    path = write(
        tmp_path, "<!-- healthlint-disable-next-line overstatement -->\nThe pill helps gout.\n"
    )
    assert "suppresses nothing" not in check(path, "--select", "vague-attribution").stderr


def test_disable_line_is_honoured(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "The pill cures gout. <!-- healthlint-disable-line overstatement -->\nThe pill cures colds.\n",
    )
    result = check(path)
    assert [f["line"] for f in json.loads(result.stdout)["findings"]] == [2]
    assert "suppresses nothing" not in result.stderr


def test_an_unknown_rule_id_in_a_directive_suggests_the_closest(tmp_path: Path) -> None:
    path = write(
        tmp_path, "<!-- healthlint-disable-next-line overstatment -->\nThe pill cures gout.\n"
    )
    result = check(path)
    assert result.exit_code == 2
    assert (
        f"{path}:1: unknown rule id 'overstatment' in a healthlint directive "
        "(did you mean 'overstatement'?)\n"
    ) in result.stderr
