"""Hugo's TOML front matter (`+++`) is settings, as YAML front matter is: never prose."""

from __future__ import annotations

from pathlib import Path

from cli_findings import findings
from click.testing import CliRunner
from exact_offsets import assert_offsets_exact

from linter.cli import main
from linter.documents import read_document

PAGE = """\
+++
title = "Garlic and blood pressure"
date = 2026-08-01
notes = "Research shows we need a better photo"
images = ["/img/miracle-cure-garlic.jpg"]
[healthlint]
disable = ["unsourced-statistic"]
+++

Experts say garlic lowers blood pressure in 40% of adults.
"""


def test_its_settings_are_not_checked_and_the_body_is_where_the_file_has_it(
    tmp_path: Path,
) -> None:
    assert findings(tmp_path, "garlic.md", PAGE) == [
        (10, 1, "vague-attribution", "Experts say")  # not the notes; the statistic is disabled
    ]
    document = read_document("garlic.md", PAGE.encode("utf-8"))
    assert document.title == "Garlic and blood pressure"
    assert [b.text for b in document.blocks] == [PAGE.splitlines()[9]]
    assert_offsets_exact(document)


def test_toml_that_does_not_parse_is_left_out_with_a_warning_at_its_line(tmp_path: Path) -> None:
    page = '+++\ntitle = "Garlic\n+++\n\nExperts say garlic helps.\n'
    assert findings(tmp_path, "a.md", page) == [(5, 1, "vague-attribution", "Experts say")]
    result = CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path / "a.md")])
    assert "a.md: front matter is not valid TOML: " in result.stderr
    assert "(at line 2, column" in result.stderr  # the file's line, not the block's


def test_plus_signs_that_open_no_block_are_text(tmp_path: Path) -> None:
    page = "+++\nExperts say garlic helps.\n"  # never closed: no front matter
    assert findings(tmp_path, "a.md", page) == [(2, 1, "vague-attribution", "Experts say")]


def test_tables_and_inline_tables_are_read_as_toml_not_as_shortcodes_or_mdx(
    tmp_path: Path,
) -> None:
    # "[author_info]" has a WordPress shortcode's form and "{...}" an MDX expression's: both
    # are TOML here, so the table parses and its [healthlint] disable holds.
    page = (
        '+++\nname = "Garlic"\nauthor = {name = "Ann", role = "editor"}\n[author_info]\n'
        'name = "Ann"\n[healthlint]\ndisable = ["vague-attribution"]\n+++\n\n'
        "Experts say garlic helps.\n"
    )
    for name in ("a.md", "a.mdx"):
        assert findings(tmp_path, name, page) == []
        document = read_document(name, page.encode("utf-8"))
        assert document.warnings == [] and document.front_matter is not None
        assert document.front_matter["author_info"] == {"name": "Ann"}


def test_toml_nested_too_deeply_is_a_warning_and_the_run_goes_on(tmp_path: Path) -> None:
    deep = "+++\na = " + "[" * 50_000 + "]" * 50_000 + "\n+++\n\nExperts say garlic helps.\n"
    (tmp_path / "deep.md").write_text(deep, encoding="utf-8")
    (tmp_path / "b.md").write_text("Experts say garlic helps.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "concise", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "deep.md: front matter is not valid TOML: nested too deeply to read" in result.stderr
    assert result.stdout.count("vague-attribution") == 2


JSON_PAGE = """\
{
  "title": "Garlic and blood pressure",
  "notes": "Research shows we need a better photo {of garlic}",
  "healthlint": {"disable": ["unsourced-statistic"]}
}

Experts say garlic lowers blood pressure in 40% of adults.
"""


def test_hugos_json_front_matter_is_settings_too(tmp_path: Path) -> None:
    assert findings(tmp_path, "garlic.md", JSON_PAGE) == [
        (7, 1, "vague-attribution", "Experts say")
    ]
    document = read_document("garlic.md", JSON_PAGE.encode("utf-8"))
    assert document.title == "Garlic and blood pressure"
    assert [b.text for b in document.blocks] == [JSON_PAGE.splitlines()[6]]
    assert_offsets_exact(document)


def test_braces_that_open_no_json_object_are_text(tmp_path: Path) -> None:
    for page in ('{"title": "x"} Experts say garlic helps.\n', "{ Experts say garlic helps. }\n"):
        assert [f[2] for f in findings(tmp_path, "a.md", page)] == ["vague-attribution"]
