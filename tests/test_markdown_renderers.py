"""Markdown read as the renderers that publish it read it, where the markup decides (issue 14).

A pipe table ends at a blank line or at another block's start (GFM spec 0.29, "Tables
(extension)", example 202; markdownlint's MD055 notes the same): a line right after the
last row is one more row of the table on GitHub, in remark-gfm (Gatsby, Nuxt Content) and in
markdown-it (Eleventy), so it is read as a table cell, and each of its lines as a cell of
its own row. A line indented four spaces or a tab after a blank line is a code block in
CommonMark and in kramdown (Jekyll) alike: its words stay out.
"""

from __future__ import annotations

from exact_offsets import assert_offsets_exact

from linter.documents import parse_text

TABLE = "| Drug | Use |\n|---|---|\n| tea | colds |\n"


def _blocks(source: str) -> list[tuple[str, str, int | None]]:
    document = parse_text("page.md", source)
    assert_offsets_exact(document, ordered=False)
    return [(b.kind, b.text, b.row) for b in document.blocks]


def test_a_line_right_after_a_table_is_one_more_row() -> None:
    read = _blocks(TABLE + "Studies show tea cures colds.\nIn 90% of people.\n")
    assert read[-2:] == [
        ("table_cell", "Studies show tea cures colds.", 3),
        ("table_cell", "In 90% of people.", 4),
    ]


def test_a_blank_line_ends_the_table() -> None:
    read = _blocks(TABLE + "\nStudies show tea cures colds.\nIn 90% of people.\n")
    assert read[-1] == ("paragraph", "Studies show tea cures colds. In 90% of people.", None)


def test_another_block_ends_the_table() -> None:
    read = _blocks(TABLE + "> Studies show tea cures colds.\n")
    assert read[-1] == ("blockquote", "Studies show tea cures colds.", None)


def test_an_indented_paragraph_after_a_blank_line_is_code_as_kramdown_renders_it() -> None:
    read = _blocks("Tips\n\n\tAsk your doctor whether tea cures colds.\n")
    assert read == [("paragraph", "Tips", None)]


def test_an_indented_line_inside_a_paragraph_or_a_list_item_is_prose() -> None:
    read = _blocks("Tips\n    Ask your doctor.\n\n- Tea\n\n    Ask your doctor too.\n")
    # "Tips" is a title line with no stop above a sentence: its break is kept (title_lines.py).
    assert [text for _, text, _ in read] == [
        "Tips\nAsk your doctor.",
        "Tea",
        "Ask your doctor too.",
    ]
