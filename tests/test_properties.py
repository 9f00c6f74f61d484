"""Property tests: any Markdown, HTML or text goes through without an exception, and every
finding points at exactly the text it quotes."""

from __future__ import annotations

import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from linter import lint_text  # noqa: E402
from linter.run.fixes import apply  # noqa: E402

# CI runs a modest number; HEALTHLINT_HYPOTHESIS_EXAMPLES raises it for a longer local run.
EXAMPLES = int(os.environ.get("HEALTHLINT_HYPOTHESIS_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

WORDS = [
    "cures", "miracle", "Research shows", "a study published in The Lancet found", "80%",
    "HSCT", "lupus", "survival rate of over 95% after five years", "not", "may", "[1]",
    "(Smith et al., 2020)", "doi:10.1000/x", "é", "—", "“", "”", "\t", "\r\n", "\n", "\n\n",
]  # fmt: skip
MARKUP = ["*", "_", "**", "`", "```", "#", "> ", "- ", "1. ", "|", "[", "]", "(", ")", "<", ">",
          "&amp;", "&#x", "\\", "![", "<!-- ", " -->", "<sup>1</sup>", "---", "<br>", "^1", "[^1]"]  # fmt: skip
TAGS = ["<p>", "</p>", "<li>", "<ul>", "</ul>", "<script>", "</script>", "<a href='x'>", "</a>",
        "<h1>", "</h1>", "<td>", "<table>", "&nbsp;", "&lt;", "<!--", "-->", "<pre>", "</pre>"]  # fmt: skip

text_pieces = st.one_of(st.sampled_from(WORDS), st.text(max_size=8))
markdown = st.lists(st.one_of(text_pieces, st.sampled_from(MARKUP)), max_size=60).map(" ".join)
html = st.lists(st.one_of(text_pieces, st.sampled_from(TAGS)), max_size=60).map("".join)
plain = st.lists(text_pieces, max_size=60).map(" ".join)


def check_positions(source: str, path: str) -> None:
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    for f in lint_text(source, path):
        assert 1 <= f.line <= len(starts) and f.column >= 1
        start = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column - 1
        assert start <= end <= len(source)
        assert source[start:end] == f.text, f


@SETTINGS
@given(markdown)
def test_markdown(source: str) -> None:
    check_positions(source, "doc.md")


@SETTINGS
@given(html)
def test_html(source: str) -> None:
    check_positions(source, "doc.html")


@SETTINGS
@given(plain)
def test_text(source: str) -> None:
    check_positions(source, "doc.txt")


FIXABLE = [
    "A phase 1 study in The Lancet Rheumatology found that MSCs helped lupus.",
    "MSC therapy for lupus gave 84% survival after 5 years.",
    "Autologous HSCT for lupus gave 84% overall survival after five years.",
]


@SETTINGS
@given(
    st.lists(st.one_of(st.sampled_from(FIXABLE), plain), min_size=1, max_size=6),
    st.sampled_from(["md", "html", "txt"]),
)
def test_a_second_fix_changes_nothing(paragraphs: list[str], ext: str) -> None:
    source = "\n\n".join(paragraphs) + "\n"
    path = f"doc.{ext}"
    fixed, _ = apply(source, (f.fix for f in lint_text(source, path) if f.fix))
    again, applied = apply(fixed, (f.fix for f in lint_text(fixed, path) if f.fix))
    assert applied == 0 and again == fixed
