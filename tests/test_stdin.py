"""Standard input with no --stdin-filename: an HTML document is read as HTML, and said so once
on stderr; anything else is Markdown, quietly (issue 17 item 2)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.documents.sniff import sniff_html

PAGE = (
    "<!DOCTYPE html>\n<html lang=en><head><title>Tea</title></head>\n"
    "<body><main><p>Research shows this tea is a miracle cure for colds.</p></main></body></html>\n"
)


def check(stdin: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--no-cache", "-", *args], input=stdin)


def test_an_html_page_on_stdin_is_read_as_html_and_the_run_says_so() -> None:
    result = check(PAGE)
    assert result.exit_code == 1
    assert "stdin.html:3:" in result.stdout and "miracle cure" in result.stdout
    assert result.stderr == (
        "healthlint: standard input read as HTML (it begins with <!DOCTYPE html); "
        "--stdin-filename NAME.md reads it as Markdown\n"
    )


def test_stdin_filename_chooses_the_reader_and_nothing_is_said() -> None:
    result = check(PAGE, "--stdin-filename", "page.htm")
    assert result.exit_code == 1 and "page.htm:3:" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    "text",
    [
        "This tea is a miracle cure for colds.\n",
        "<!-- healthlint-disable vague-attribution -->\nResearch shows this tea is a miracle cure for colds.\n",
        '<p align="center">Tea</p>\n\nThis tea is a miracle cure for colds.\n',
    ],
)
def test_markdown_on_stdin_stays_markdown_quietly(text: str) -> None:
    result = check(text)
    assert result.exit_code == 1 and "stdin.md:" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("<!DOCTYPE html>\n<html>", "<!DOCTYPE html"),
        ("\ufeff  <!doctype HTML><p>x", "<!doctype HTML"),
        ('<?xml version="1.0"?>\n<html xmlns="x">', "<html"),
        ("<!-- saved from a browser -->\n<HTML>\n", "<HTML"),
        ("<head><title>x</title></head>", "<head"),
        ("<body>\n<p>x</p>", "<body"),
        ("# A heading\n\n<html>", None),
        ("<htmlish>", None),
        ("<div>Tea</div>", None),
        ("<!-- healthlint-disable -->\nText.", None),
        ("", None),
    ],
)
def test_sniff_html(text: str, opening: str | None) -> None:
    assert sniff_html(text) == opening
