"""The command line as a user drives it: exit codes, formats, stdin, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

BAD = "A study published in The Lancet found that the pill cures arthritis.\n"
GOOD = "Lupus is a chronic autoimmune disease.\n"


@pytest.fixture
def run():  # type: ignore[no-untyped-def]
    def invoke(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)

    return invoke


def test_findings_exit_1_with_one_line_each(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    result = run("check", "--format", "concise", str(tmp_path / "a.md"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    path = tmp_path / "a.md"
    assert lines == [
        f"{path}:1:3: warning unsourced-citation The Lancet is named as the source of this "
        "finding, but no link, DOI or reference is attached",
        f"{path}:1:53: error overstatement 'cures' overstates what any treatment or study "
        "can promise",
        "Found 2 problems (1 error, 1 warning) in 1 of 1 file.",
    ]


def test_text_shows_the_words_and_the_suggestion_under_each_finding(run, tmp_path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    lines = run("check", str(tmp_path / "a.md")).stdout.splitlines()
    path = tmp_path / "a.md"
    assert lines[0].startswith(f"{path}:1:3: warning unsourced-citation The Lancet is named")
    assert lines[1] == '  flagged: "study published in The Lancet"'
    assert lines[2] == (
        "  suggestion: Link the study itself (its DOI or journal page) or add a numbered reference"
    )
    assert lines[3].startswith(f"{path}:1:53: error overstatement")
    assert lines[4] == '  flagged: "cures"'


def test_clean_file_exits_0(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == "No problems found in 1 file.\n"


def test_fail_on_error_ignores_warnings(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Research shows that tea helps.\n", encoding="utf-8")
    assert run("check", "--fail-on", "error", str(tmp_path)).exit_code == 0
    assert run("check", "--fail-on", "warning", str(tmp_path)).exit_code == 1


def test_json_format_has_the_documented_keys(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Title\n\nIt is a *miracle* cure.\n", encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path / "a.md"))
    payload = json.loads(result.stdout)
    [finding] = payload["findings"]
    assert finding == {
        "rule": "overstatement",
        "level": "error",
        "message": "'miracle cure' overstates what any treatment or study can promise",
        "path": str(tmp_path / "a.md"),
        "line": 3,
        "column": 10,
        "end_line": 3,
        "end_column": 23,
        "text": "miracle* cure",
        "suggestion": finding["suggestion"],
        "registry_id": None,
    }
    assert finding["suggestion"]


def test_select_and_ignore(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    selected = run("check", "--format", "json", "--select", "overstatement", str(tmp_path))
    assert {f["rule"] for f in json.loads(selected.stdout)["findings"]} == {"overstatement"}
    ignored = run("check", "--format", "json", "--ignore", "overstatement", str(tmp_path))
    assert {f["rule"] for f in json.loads(ignored.stdout)["findings"]} == {"unsourced-citation"}


def test_unknown_rule_id_is_a_usage_error(run, tmp_path: Path) -> None:
    result = run("check", "--select", "no-such-rule", str(tmp_path))
    assert result.exit_code == 2
    assert "unknown rule id 'no-such-rule'" in result.stderr
    assert "Traceback" not in result.output


def test_stdin_with_a_filename(run) -> None:
    result = run("check", "-", "--stdin-filename", "draft.md", stdin=BAD.encode())
    assert result.exit_code == 1
    assert result.stdout.startswith("draft.md:1:")


def test_bad_file_exits_2_and_others_are_still_checked(run, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\x00\x01\x02binary")
    result = run("check", str(tmp_path), str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'b.md'}: binary file" in result.stderr
    assert f"{tmp_path / 'missing.md'}: no such file or directory" in result.stderr
    assert "a.md:1:" in result.stdout


def test_directory_walk_picks_prose_files_only(run, tmp_path: Path) -> None:
    for name in ("a.md", "b.html", "c.txt", "d.py", ".hidden/e.md"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(BAD if not name.endswith(".html") else f"<p>{BAD}</p>", encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path))
    paths = {Path(f["path"]).name for f in json.loads(result.stdout)["findings"]}
    assert paths == {"a.md", "b.html", "c.txt"}


def test_rules_list_and_explain(run) -> None:
    listed = run("rules", "list").stdout
    for rule_id in (
        "unsourced-citation",
        "vague-attribution",
        "unsourced-statistic",
        "overstatement",
    ):
        assert rule_id in listed
    explained = run("rules", "explain", "overstatement")
    assert explained.exit_code == 0
    assert "Why it matters" in explained.stdout
    assert run("rules", "explain", "nope").exit_code == 2


def test_version_does_not_need_spacy(run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert "healthlint" in result.stdout


def test_cli_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, linter.cli; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
