"""A file named on the command line whose extension healthlint does not read (an Eleventy
`.njk` page, a `.liquid` template) is read as plain text, with a warning that says so and how to
read it as HTML: never a silent "No problems found"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.documents import read_document

PAGE = "---\ntitle: Tea\n---\n<p>Research shows that green tea melts away belly fat.</p>\n"


def test_a_named_template_says_it_was_read_as_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tea.njk").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--no-cache", "tea.njk"])
    assert (
        "warning: tea.njk: not a Markdown, HTML or text file by its extension "
        "(.md, .markdown, .mdx, .html, .htm, .txt); read as plain text "
        "(as HTML: healthlint check - --stdin-filename tea.html < tea.njk)"
    ) in result.stderr.splitlines()
    # ... and the command it gives reads it as HTML
    as_html = CliRunner().invoke(
        main, ["check", "--no-cache", "-", "--stdin-filename", "tea.html"], input=PAGE
    )
    assert "vague-attribution" in as_html.stdout


@pytest.mark.parametrize("name", ["a.md", "a.HTML", "a.txt", "a.mdx"])
def test_a_known_extension_reads_without_a_word(name: str) -> None:
    assert read_document(name, PAGE.encode()).warnings == []


def test_a_format_given_by_the_caller_reads_without_a_word() -> None:
    assert read_document("untitled-1", PAGE.encode(), "markdown").warnings == []
