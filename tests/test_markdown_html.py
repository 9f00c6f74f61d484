"""A Markdown file's raw HTML blocks: their prose is read as HTML, at the file's offsets."""

from __future__ import annotations

from exact_offsets import read_exact, texts, where

from linter.documents import Document, parse_text
from linter.documents.model import Attachment
from linter.engine import Engine


def read(source: str, name: str = "post.md") -> Document:
    return read_exact(name, source)


IMPORTED = """---
title: Tea and colds
---
# Tea and colds

<p>Studies show that 40% of adults drink tea.</p>

<div class="entry">
<h2>What we found</h2>
<p>Green tea <strong>cures</strong> colds, as
<a href="https://example.org/trial">a trial</a> reported.</p>
<ul><li>First item.</li><li>Second item.</li></ul>
</div>

Plain Markdown after it.
"""


def test_paragraphs_headings_and_list_items_of_html_blocks_are_prose() -> None:
    document = read(IMPORTED)
    assert texts(document) == [
        "Tea and colds",
        "Studies show that 40% of adults drink tea.",
        "What we found",
        "Green tea cures colds, as a trial reported.",
        "First item.",
        "Second item.",
        "Plain Markdown after it.",
    ]
    kinds = [block.kind for block in document.blocks]
    assert kinds == ["heading", "paragraph", "heading", "paragraph", "list_item", "list_item",
                     "paragraph"]  # fmt: skip
    items = document.blocks[4:6]
    assert items[0].list_id == items[1].list_id is not None


def test_html_block_prose_sits_at_its_line_and_column_in_the_file() -> None:
    document = read(IMPORTED)
    assert where(document, "40%") == (6, 22)
    assert where(document, "cures") == (10, 22)
    assert where(document, "reported") == (11, 49)


def test_a_link_in_an_html_block_sources_its_sentence() -> None:
    block = read(IMPORTED).blocks[3]
    start = block.text.index("a trial")
    assert block.attachments == (
        Attachment(start, start + len("a trial"), "link", "https://example.org/trial"),
    )


def test_what_a_reader_does_not_see_is_not_read() -> None:
    source = (
        "Intro.\n\n"
        "<!-- Studies show tea cures colds. -->\n\n"
        "<script>var claim = 'tea cures colds';</script>\n\n"
        "<style>p { color: red }</style>\n\n"
        "<template>\n<p>Tea cures colds.</p>\n</template>\n\n"
        '<p hidden>Hidden: tea cures colds.</p>\n\n'
        "<nav><a href='/'>Home</a></nav>\n\n"
        '<div class="sidebar"><p>Related: tea cures colds.</p></div>\n\n'
        "<footer><p>Copyright tea.</p></footer>\n\n"
        "Outro.\n"
    )  # fmt: skip
    assert texts(read(source)) == ["Intro.", "Outro."]


def test_furniture_opened_in_one_html_block_holds_the_next() -> None:
    source = "<aside>\n\n<p>Related: tea cures colds.</p>\n\n</aside>\n\n<p>Body text.</p>\n"
    assert texts(read(source)) == ["Body text."]


def test_markdown_inside_an_html_block_is_not_parsed() -> None:
    # CommonMark: the HTML block runs to the blank line; *tea* and [x](y) stay as written.
    source = "<div>\n*Tea* cures [colds](https://example.org).\n</div>\n\n*Tea* is a drink.\n"
    document = read(source)
    assert texts(document)[1] == "Tea is a drink."
    assert texts(document)[0].startswith("*Tea* cures [colds](")
    assert all(a.kind == "url" for a in document.blocks[0].attachments)


def test_an_html_block_in_a_quote_or_list_keeps_its_columns() -> None:
    source = "> <p>Quoted tea cures colds.</p>\n\n- <p>Listed tea\n  cures colds.</p>\n"
    document = read(source)
    assert [" ".join(t.split()) for t in texts(document)] == [
        "Quoted tea cures colds.",
        "Listed tea cures colds.",
    ]
    assert where(document, "Quoted") == (1, 6)
    assert where(document, "Listed") == (3, 6)
    listed = document.blocks[1]
    assert document.position(listed.offsets[listed.text.index("cures")]) == (4, 3)


def test_line_breaks_of_every_kind_keep_offsets_exact() -> None:
    for newline in ("\r\n", "\r", "\n"):
        source = newline.join(["Text.", "", "<p>Tea", "cures colds.</p>", ""])
        document = read(source)
        assert [" ".join(t.split()) for t in texts(document)] == ["Text.", "Tea cures colds."]
        block = document.blocks[1]
        assert source[block.offsets[block.text.index("cures")] :].startswith("cures colds")


def test_character_references_in_an_html_block_map_to_the_reference() -> None:
    document = read("Text.\n\n<p>Tea &amp; honey cure&nbsp;colds.</p>\n")
    assert texts(document)[1] == "Tea & honey cure\u00a0colds."
    assert where(document, "&") == (3, 8)
    assert where(document, "honey") == (3, 14)


def test_a_finding_in_an_html_block_points_at_its_line_and_column(engine: Engine) -> None:
    source = "# Tea\n\nIntro.\n\n<div>\n  <p>Tea is good.\n  About 40% of adults drink tea daily.</p>\n</div>\n"
    found = [
        f for f in engine.lint(parse_text("post.md", source)) if f.rule == "unsourced-statistic"
    ]
    assert [(f.line, f.column, f.text) for f in found] == [(7, 3, "About 40%")]
    sourced = source.replace("About 40%", '<a href="https://example.org/survey">About 40%</a>')
    statistics = engine.lint(parse_text("post.md", sourced))
    assert "unsourced-statistic" not in {f.rule for f in statistics}


def test_an_element_styled_out_of_view_is_not_read() -> None:
    source = (
        '<div style="display: none"><p>Tea cures colds.</p></div>\n\n'
        '<p style="color: red; visibility:hidden">Tea cures flu.</p>\n\n'
        '<p style="display: block">Shown.</p>\n'
    )
    assert texts(read(source)) == ["Shown."]


def test_an_inline_anchor_left_open_hides_nothing_after_its_block() -> None:
    source = (
        '<span id="sign-up-for-medicare">\n\n#### Should I sign up?\n\n'
        "<p>Tea cures colds.</p>\n\n"
        '<div class="sidebar">\n\n<p>Related: tea.</p>\n\n</div>\n\n<p>After.</p>\n'
    )
    assert texts(read(source)) == ["Should I sign up?", "Tea cures colds.", "After."]
