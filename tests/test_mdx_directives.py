"""MDX 2 and later refuse an HTML comment (`<!--` is a syntax error there): a healthlint
directive in MDX is written as a JavaScript comment in braces, `{/* ... */}`, and is read as the
HTML one is; the editor's quick fix writes that form in an .mdx file. Docusaurus 3 reads `.md`
files as MDX too, so there the same comment is a directive (and not prose)."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.engine import Engine
from linter.findings import Finding, Level
from linter.lsp.actions import disable_next_line_edit

PAGE = """import Note from './Note'

{/* healthlint-disable-next-line unsourced-statistic */}
About 30% of adults take a fish oil supplement.

About 25% of adults take vitamin D.
"""


def test_a_directive_in_an_mdx_comment_suppresses_the_next_line(engine: Engine) -> None:
    document = parse_text("post.mdx", PAGE)
    found = [(f.line, f.rule) for f in engine.lint(document)]
    assert found == [(6, "unsourced-statistic")]
    assert document.notes == []  # used, so not reported as suppressing nothing


@pytest.mark.parametrize(
    "text",
    [
        # in a code span its braces are code, not a comment
        "Write `{/* healthlint-disable-next-line unsourced-statistic */}` above it.\n"
        "About 30% of adults take a fish oil supplement.\n",
        # escaped: a literal brace
        "\\{/* healthlint-disable-next-line unsourced-statistic */}\n"
        "About 30% of adults take a fish oil supplement.\n",
    ],
)
def test_a_comment_that_mdx_does_not_read_as_one_is_no_directive(engine: Engine, text: str) -> None:
    found = [f.rule for f in engine.lint(parse_text("post.mdx", text))]
    assert "unsourced-statistic" in found


def test_an_unused_mdx_directive_is_reported_as_an_html_one_is(engine: Engine) -> None:
    text = "{/* healthlint-disable-next-line overstatement */}\nTake it with food.\n"
    document = parse_text("post.mdx", text)
    engine.lint(document)
    assert [line for line, _ in document.notes] == [1]


def _finding(line: int) -> Finding:
    return Finding("post.mdx", line, 1, "unsourced-statistic", Level.WARNING, "m", line, 5, "x")


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        (
            "Intro.\n\nAbout 30% of adults.\n",
            3,
            "Intro.\n\n{/* healthlint-disable-next-line unsourced-statistic */}\n"
            "About 30% of adults.\n",
        ),
        (
            "Intro and\nabout 30% of adults.\n",
            2,
            "Intro and {/* healthlint-disable-next-line unsourced-statistic */}\n"
            "about 30% of adults.\n",
        ),
        (
            "{/* healthlint-disable-next-line overstatement */}\nAbout 30% of adults.\n",
            2,
            "{/* healthlint-disable-next-line overstatement, unsourced-statistic */}\n"
            "About 30% of adults.\n",
        ),
    ],
)
def test_the_quick_fix_writes_the_mdx_comment_in_an_mdx_file(
    text: str, line: int, expected: str
) -> None:
    edit = disable_next_line_edit(text, "post.mdx", _finding(line))
    assert text[: edit.start] + edit.text + text[edit.end :] == expected


def test_the_quick_fix_in_mdx_silences_exactly_that_finding(engine: Engine) -> None:
    text = "Intro.\n\nAbout 30% of adults take fish oil.\n\nAbout 25% of adults take vitamin D.\n"
    findings = engine.lint(parse_text("post.mdx", text))
    edit = disable_next_line_edit(text, "post.mdx", findings[0])
    edited = text[: edit.start] + edit.text + text[edit.end :]
    assert "<!--" not in edited
    document = parse_text("post.mdx", edited)
    after = [f for f in engine.lint(document) if f.rule == findings[0].rule]
    assert len(after) == len([f for f in findings if f.rule == findings[0].rule]) - 1
    assert document.notes == []


def test_a_docusaurus_md_page_may_write_its_directive_as_mdx_does(engine: Engine) -> None:
    # Docusaurus 3 parses .md as MDX by default: `<!-- -->` breaks the site's build.
    text = PAGE.replace("import Note from './Note'\n\n", "")
    document = parse_text("docs/vitamins.md", text)
    assert [(f.line, f.rule) for f in engine.lint(document)] == [(4, "unsourced-statistic")]
    assert document.notes == []
    assert not any("healthlint" in block.text for block in document.blocks)


def test_the_quick_fix_in_a_docusaurus_md_page_follows_its_mdx_directives() -> None:
    # A .md page is MDX to Docusaurus 3 but plain Markdown elsewhere: its own directives tell.
    text = "{/* healthlint-disable overstatement */}\nIntro.\n\nAbout 30% of adults.\n"
    edit = disable_next_line_edit(text, "docs/a.md", _finding(4))
    assert edit.text == "{/* healthlint-disable-next-line unsourced-statistic */}\n"
    plain = disable_next_line_edit("Intro.\n\nAbout 30% of adults.\n", "docs/a.md", _finding(3))
    assert plain.text == "<!-- healthlint-disable-next-line unsourced-statistic -->\n"


def test_in_markdown_only_a_directive_comment_is_markup(engine: Engine) -> None:
    text = "Write {/* a note */} here; experts say it works.\n"
    blocks = [b.text for b in parse_text("a.md", text).blocks]
    assert blocks == ["Write {/* a note */} here; experts say it works."]
    fenced = "```\n{/* healthlint-disable-next-line unsourced-statistic */}\n```\n"
    assert parse_text("a.md", fenced).directives == []
