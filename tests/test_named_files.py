"""Which files a run checks: include/exclude apply alike to named and walked files, and a
named file left out is said on stderr, never a silent "0 files" (issue 17 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

CONFIG = 'include: ["content/**/*.md"]\nexclude: ["content/drafts/**"]\n'
CLAIM = "This tea is a miracle cure for colds.\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".healthlint.yaml").write_text(CONFIG, encoding="utf-8")
    for name in ("content/a.md", "content/drafts/draft.md", "CHANGELOG.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CLAIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", *args])


def test_a_named_file_that_exclude_matches_is_not_checked_and_the_run_says_why(site: Path) -> None:
    result = check("content/drafts/draft.md")
    assert result.exit_code == 0
    assert result.stderr == (
        "warning: content/drafts/draft.md: not checked: .healthlint.yaml excludes it "
        "('content/drafts/**'); --no-exclude checks it\n"
    )
    assert "in 0 files" in result.stdout


def test_include_applies_to_named_files_too(site: Path) -> None:
    # A pre-commit hook names every staged file: CHANGELOG.md is not an article.
    result = check("CHANGELOG.md", "content/a.md")
    assert result.exit_code == 1
    assert "content/a.md:1:" in result.stdout and "CHANGELOG.md:" not in result.stdout
    assert result.stderr == (
        "warning: CHANGELOG.md: not checked: .healthlint.yaml includes only "
        "'content/**/*.md'; --no-exclude checks it\n"
    )


def test_no_exclude_checks_a_named_file_the_config_leaves_out(site: Path) -> None:
    result = check("--no-exclude", "content/drafts/draft.md", "CHANGELOG.md")
    assert result.exit_code == 1
    assert "content/drafts/draft.md:1:" in result.stdout and "CHANGELOG.md:1:" in result.stdout
    assert result.stderr == ""


def test_a_walk_leaves_the_same_files_out_without_a_word(site: Path) -> None:
    result = check(".")
    assert result.exit_code == 1
    assert "content/a.md:1:" in result.stdout
    assert "draft.md" not in result.stdout + result.stderr
    assert "CHANGELOG" not in result.stdout + result.stderr


def test_a_named_file_the_config_wants_is_checked_quietly(site: Path) -> None:
    result = check("content/a.md")
    assert result.exit_code == 1 and result.stderr == ""
