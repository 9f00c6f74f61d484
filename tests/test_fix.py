"""`--fix` and `--diff`: safe edits only, atomic writes, nothing else in the file changes."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from widget_registry import LINK, REGISTRY, SENTENCE

from linter.cli import main
from linter.errors import InputError
from linter.run.fixes import apply, digest, write_fixed


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def check(registry: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(
        main, ["check", "--no-builtin-claims", "--claims", str(registry), *args]
    )


def test_fix_inserts_the_registry_link_and_keeps_crlf_and_bom(
    tmp_path: Path, registry: Path
) -> None:
    article = tmp_path / "a.md"
    original = codecs.BOM_UTF8 + f"# Title\r\n\r\n{SENTENCE}\r\n\r\nLast line é.\r\n".encode()
    article.write_bytes(original)
    os.chmod(article, 0o640)
    result = check(registry, "--fix", str(article))
    assert "fixed 1 finding in 1 file" in result.stderr
    assert "unsourced-statistic" not in result.stdout
    expected = original.replace(b"5 years.", f"5 years {LINK}.".encode())
    assert article.read_bytes() == expected
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    # A second run changes nothing.
    check(registry, "--fix", str(article))
    assert article.read_bytes() == expected


def test_html_gets_an_anchor(tmp_path: Path, registry: Path) -> None:
    article = tmp_path / "a.html"
    article.write_text(f"<p>{SENTENCE}</p>\n", encoding="utf-8")
    check(registry, "--fix", str(article))
    assert (
        '(<a href="https://doi.org/10.1000/widget.1">Doe et al., Journal of Widgets 2010</a>).</p>'
        in article.read_text()
    )


def test_no_fix_goes_where_the_file_keeps_a_value_or_a_heading(
    tmp_path: Path, registry: Path
) -> None:
    """A link in a front-matter value or a <meta> attribute would break the YAML or the tag
    (its quotes), in a <title> it shows as text, in a heading it moves the heading's anchor;
    the body's sentence is fixed, and every one of them is still reported. A <meta>
    description is read only on a page with no body prose (readH): `stub.html`."""
    bare = SENTENCE.rstrip(".")
    body = f"{bare} in one series."  # not the description's words: each is checked
    page = tmp_path / "a.md"
    page.write_text(
        f'---\ntitle: {bare}\ndescription: "{SENTENCE}"\n---\n\n## {bare}, in one series\n\n'
        f"{body}\n",
        encoding="utf-8",
    )
    html = tmp_path / "a.html"
    html.write_text(
        f'<html><head><title>{bare}</title>\n<meta name="description" content="{SENTENCE}">'
        f"</head>\n<body><h2>{bare}, in one series</h2>\n<p>{body}</p></body></html>\n",
        encoding="utf-8",
    )
    stub = tmp_path / "stub.html"
    stub.write_text(
        f'<html><head><title>{bare}</title>\n<meta name="description" content="{SENTENCE}">'
        "</head>\n<body></body></html>\n",
        encoding="utf-8",
    )
    paths = (str(page), str(html), str(stub))
    reported = check(registry, "--format", "concise", *paths).stdout
    assert reported.count("unsourced-statistic") == 9, reported  # each is still a finding
    assert reported.count("stub.html") == 2, reported
    diff = check(registry, "--diff", *paths).stdout
    added = [line for line in diff.splitlines() if line.startswith("+") and "++" not in line]
    assert sorted(added) == [
        f'+<p>{bare} in one series (<a href="https://doi.org/10.1000/widget.1">Doe et al., '
        "Journal of Widgets 2010</a>).</p></body></html>",
        f"+{bare} in one series {LINK}.",
    ], diff


def test_no_fix_goes_into_page_text_that_front_matter_keeps(tmp_path: Path, registry: Path) -> None:
    """An FAQ answer beside a body, and a page builder's section with no body, are read as
    the page's text, but they are YAML values: a link there would be Markdown in YAML."""
    faq = tmp_path / "faq.md"
    faq.write_text(
        f"---\nfaqs:\n  - question: Does it work?\n    answer: {SENTENCE}\n---\n\n"
        "# Widgets\n\nA page about widgets and how they are made.\n",
        encoding="utf-8",
    )
    builder = tmp_path / "builder.md"
    builder.write_text(
        f"---\nheading:\n  content: >\n    <p>{SENTENCE}</p>\n---\n", encoding="utf-8"
    )
    reported = check(registry, "--format", "concise", str(faq), str(builder)).stdout
    assert reported.count("unsourced-statistic") == 2, reported  # each is still a finding
    assert check(registry, "--diff", str(faq), str(builder)).stdout == ""


def test_diff_shows_and_changes_nothing(tmp_path: Path, registry: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    before = article.read_bytes()
    result = check(registry, "--diff", str(article))
    assert result.exit_code == 1
    assert (
        f"+Widget therapy for glarb syndrome gave 70% survival after 5 years {LINK}."
        in result.stdout
    )
    assert article.read_bytes() == before
    assert "no fix to show" not in result.stderr


def test_an_empty_diff_says_why_and_keeps_the_reading_warnings(
    tmp_path: Path, registry: Path
) -> None:
    # An empty diff on a page full of findings read as a clean page; and --diff dropped the
    # warning lines that a check without it prints (text read as cp1252, here).
    article = tmp_path / "a.md"
    article.write_bytes("Research shows caf\xe9 cures colds.\n".encode("cp1252"))
    result = check(registry, "--diff", str(article))
    assert result.exit_code == 0 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert "no fix to show: 2 findings, none with a safe fix (a registry source link)" in lines
    assert any(line.startswith(f"warning: {article}: not valid UTF-8") for line in lines)
    clean = tmp_path / "b.md"
    clean.write_text("The clinic opens at nine.\n", encoding="utf-8")
    result = check(registry, "--diff", str(clean))
    assert "no fix to show: no findings, so no safe fix (a registry source link)" in result.stderr


def test_a_read_only_file_is_reported_and_unchanged(tmp_path: Path, registry: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    article.chmod(0o444)
    before = article.read_bytes()
    result = check(registry, "--fix", str(article))
    assert result.exit_code == 2
    assert f"{article}: read-only; not fixed" in result.stderr
    assert article.read_bytes() == before


def test_a_file_changed_since_it_was_read_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("new text\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed since it was checked"):
        write_fixed(str(article), digest(b"old text\n"), [])
    assert article.read_text() == "new text\n"


def test_overlapping_fixes_apply_once() -> None:
    # (1, 3) overlaps (2, 4), which is applied first (fixes go from the end backwards).
    assert apply("abcdef", [(1, 3, "X"), (2, 4, "Y"), (5, 5, "!")]) == ("abYe!f", 2)
