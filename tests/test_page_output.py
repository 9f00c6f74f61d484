"""What a walk reads, and what a finding shows: the words it is about, in plain text."""

from __future__ import annotations

from pathlib import Path

from linter.api import lint_paths
from linter.documents import parse_text
from linter.engine import Engine
from linter.run.files import SKIPPED_FOLDERS, walk
from linter.run.settings import Overrides


def test_a_walk_enters_underscore_folders_but_not_build_output(tmp_path: Path) -> None:
    for folder in ("_posts", "_drafts", "_site", "_includes", "node_modules", ".git", "docs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text("Tea cures colds.\n", encoding="utf-8")
    walked = {Path(path).parent.name for path, error in walk(str(tmp_path)) if error is None}
    assert walked == {"_posts", "_drafts", "docs"}
    assert {"_site", "_includes", "node_modules"} <= set(SKIPPED_FOLDERS)
    result = lint_paths([tmp_path], Overrides())
    assert {Path(f.path).parent.name for f in result.findings} == {"_posts", "_drafts", "docs"}


def test_a_walk_of_a_wordpress_site_leaves_wordpress_and_its_plugins_out(tmp_path: Path) -> None:
    # A plugin's readme.txt ("the best SEO plugin, trusted by experts") is not the site's post.
    for folder in ("wp-content/plugins/seo", "wp-content/uploads/2024", "wp-includes/js"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "readme.txt").write_text("Experts say it cures colds.\n")
    (tmp_path / "2024" / "03" / "tea").mkdir(parents=True)
    (tmp_path / "2024/03/tea/index.html").write_text("<p>Experts say tea cures colds.</p>\n")
    walked = [Path(path).relative_to(tmp_path).as_posix() for path, _ in walk(str(tmp_path))]
    assert walked == ["2024/03/tea/index.html"]


def test_a_span_ending_in_a_character_reference_takes_all_of_it(engine: Engine) -> None:
    source = "<p>Studies show that 40&percnt; of adults sleep badly.</p>"
    findings = engine.lint(parse_text("page.html", source))
    figure = next(f for f in findings if f.rule == "unsourced-statistic")
    assert figure.text == "40&percnt;"
    assert "40%" in figure.message and "&" not in figure.message


def test_a_span_leaves_table_borders_out(engine: Engine) -> None:
    source = "+------+\n|Experts say 40% of adults get migraines |\n+------+\n"
    findings = engine.lint(parse_text("page.md", source))
    assert {f.text for f in findings} == {"Experts say", "40%"}
    assert all("|" not in f.text and "|" not in f.message for f in findings)


def test_messages_are_plain_text(engine: Engine) -> None:
    source = "<p>A study in <em>The&nbsp;Lancet</em> found that garlic cures colds.</p>"
    findings = engine.lint(parse_text("page.html", source))
    assert findings
    for finding in findings:
        assert "&nbsp;" not in finding.message and "<" not in finding.message


def test_a_file_reached_through_a_symlink_too_is_named_by_its_own_path(tmp_path: Path) -> None:
    # "again" sorts before "my articles": walked in name order, the link's path came first
    # and was the one reported (a path a repository's web view cannot open as a file).
    (tmp_path / "my articles").mkdir()
    (tmp_path / "my articles" / "sleep.md").write_text("Tea cures colds.\n")
    (tmp_path / "again").symlink_to("my articles")
    (tmp_path / "b.md").write_text("Tea cures colds.\n")
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "elsewhere" / "deep").mkdir(parents=True)
    (tmp_path / "elsewhere" / "deep" / "note.md").write_text("Tea cures colds.\n")
    (tmp_path / "0-latest").symlink_to("elsewhere/deep")
    (tmp_path / "elsewhere" / "loop").symlink_to("..")
    result = lint_paths([tmp_path], Overrides())
    named = sorted({Path(f.path).relative_to(tmp_path).as_posix() for f in result.findings})
    assert named == ["b.md", "elsewhere/deep/note.md", "my articles/sleep.md"]
    assert result.files == 3
