"""A folder named on the command line with no file to check says so on stderr (a CI job pointed
at the wrong folder, or at templates only, would otherwise pass on "0 files" without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def warnings(*args: str) -> list[str]:
    result = CliRunner().invoke(main, [*args])
    assert result.exit_code == 0, result.output
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def test_a_folder_with_no_file_to_check_is_a_warning(here: Path) -> None:
    (here / "site" / "_data").mkdir(parents=True)
    (here / "site" / "_data" / "site.json").write_text("{}")
    (here / "site" / "index.njk").write_text("<p>Hello</p>")
    expected = [
        "warning: site: no file to check: none of its files ends in "
        ".md, .markdown, .mdx, .html, .htm, .txt (hidden, build output and tooling folders are "
        "not walked)"
    ]
    assert warnings("check", "--no-cache", "site") == expected
    assert warnings("audit", "--no-cache", "-o", "r.json", "site") == expected


def test_files_only_in_skipped_folders_are_no_file_to_check(here: Path) -> None:
    # A theme's folder with its packages installed: every .md is in node_modules, not walked.
    (here / "theme" / "node_modules" / "pkg").mkdir(parents=True)
    (here / "theme" / "node_modules" / "pkg" / "README.md").write_text("Tea cures colds.\n")
    [line] = warnings("check", "--no-cache", "theme")
    assert line.startswith("warning: theme: no file to check: ")
    assert line.endswith("(hidden, build output and tooling folders are not walked)")


def test_one_the_config_leaves_out_says_so(here: Path) -> None:
    (here / "drafts").mkdir()
    (here / "drafts" / "a.md").write_text("Tea cures colds.\n")
    (here / ".healthlint.yaml").write_text('exclude: ["drafts/**"]\n')
    assert warnings("check", "--no-cache", "drafts") == [
        "warning: drafts: no file to check: the config's include/exclude leave out its 1 file"
    ]


def test_a_folder_with_a_file_to_check_says_nothing(here: Path) -> None:
    (here / "docs").mkdir()
    (here / "docs" / "a.md").write_text("The clinic opens at nine.\n")
    assert warnings("check", "--no-cache", "docs") == []
