"""Markup at the edges of the static-site readers, each a surprise a real repository gave: a
kramdown table of contents, kramdown markers in an HTML block, braces of numbers in prose, a
`:::` line in code inside a box, and boxes nested past the parser's limit
(linter/documents/attributes.py, fenced_divs.py, markdown_html.py). Pages written for these
tests."""

from __future__ import annotations

from exact_offsets import read_exact, texts

from linter.documents import parse_text


def test_braces_outside_pandocs_attribute_grammar_stay_prose() -> None:
    source = "Take {.5} mg, then {5} doses, {#1} or {5=6}; {-} and {x=y .note #a} are markup.\n"
    assert texts(read_exact("b.md", source)) == [
        "Take {.5} mg, then {5} doses, {#1} or {5=6};  and  are markup."
    ]


def test_a_list_kramdown_replaces_by_its_table_of_contents_shows_nothing() -> None:
    source = (
        "# Zinc\n\n* TOC\n{:toc}\n\n1. Contents\n{: toc}\n\n* Kept\n{:.no_toc}\n\nZinc helps.\n"
    )
    assert texts(read_exact("toc.md", source)) == ["Zinc", "Kept", "Zinc helps."]


def test_a_list_that_ends_before_a_link_definition_is_no_table_of_contents() -> None:
    # kramdown applies {:toc} to the block right above it: here a blank line and a link
    # definition stand between, so the list is the page's own and its words stay.
    source = "* Zinc helps colds.\n* Iron helps too.\n\n[nih]: https://example.org\n{:toc}\n"
    assert texts(read_exact("toc.md", source)) == ["Zinc helps colds.", "Iron helps too."]


def test_kramdown_raw_markers_inside_an_html_block_show_nothing() -> None:
    source = (
        '<div class="note">\n{::nomarkdown}\n<p>Zinc helps.</p>\n{:/nomarkdown}\n'
        "<p>{::nomarkdown}<b>Iron</b> too.{:/}</p>\n</div>\n\nAfter.\n"
    )
    assert texts(read_exact("raw.md", source)) == ["Zinc helps.", "Iron too.", "After."]


def test_a_colon_line_in_code_or_html_inside_a_box_does_not_close_it() -> None:
    code = ":::note\nInside.\n\n    code\n    :::\n\nStill inside.\n:::\n\nAfter.\n"
    assert texts(read_exact("code.md", code)) == ["Inside.", "Still inside.", "After."]
    fenced = ":::note\n~~~\n:::\n~~~\nStill inside.\n:::\nAfter.\n"
    assert texts(read_exact("fenced.md", fenced)) == ["Still inside.", "After."]
    # An HTML block that ends at its own end tag holds its colons; the box goes on after it.
    pre = ":::note\nInside.\n\n<pre>\n:::\n</pre>\n\nStill inside.\n:::\n\nAfter.\n"
    assert texts(read_exact("pre.md", pre)) == ["Inside.", "Still inside.", "After."]
    comment = ":::note\n<!-- a\n:::\n-->\nStill inside.\n:::\nAfter.\n"
    assert texts(read_exact("comment.md", comment)) == ["Still inside.", "After."]
    # MDX has no indented code: there an indented fence closes the box, as Docusaurus reads it.
    mdx = ":::note\nInside.\n\n    :::\n\nAfter.\n:::\n"
    assert texts(read_exact("code.md", mdx)) == ["Inside.", "After."]
    assert texts(read_exact("code.mdx", mdx)) == ["Inside.", "After. :::"]


def test_a_colon_line_right_after_an_html_line_closes_the_box() -> None:
    # VitePress, Docusaurus and Pandoc close a box there, though CommonMark would read the
    # line as the HTML block's (it runs to a blank line): no stray ':::', no box to the end.
    for html in ('<img src="zinc.png">', "</details>", "<br>"):
        source = f"::: tip\nZinc helps.\n{html}\n:::\n\nAfter the box.\n\n::: warning\nIron.\n:::\n"
        assert texts(read_exact("box.md", source)) == ["Zinc helps.", "After the box.", "Iron."]


def test_words_nested_past_the_parsers_limit_are_still_read() -> None:
    boxes = "".join(f":::note\nLevel {i}.\n\n" for i in range(25)) + "Final words.\n"
    quotes = ">" * 30 + " Deep.\n\nAfter the quote.\n"
    lists = "".join("  " * i + f"- item {i}\n" for i in range(30)) + "\nAfter the list.\n"
    for source, last in ((boxes, "Final words."), (quotes, "After the quote."),
                         (lists, "After the list.")):  # fmt: skip
        document = read_exact("deep.md", source)
        assert texts(document)[-1] == last
        assert document.warnings == []


def test_a_page_nested_past_a_hundred_levels_is_read_as_text_with_a_warning() -> None:
    source = "# Zinc\n\n" + ":::note\nZinc helps.\n\n" * 120 + "Final words.\n"
    document = parse_text("deep.md", source)
    assert [block.text for block in document.blocks][-1] == "Final words."
    assert document.warnings == [
        "Markdown parser failed (line 301 is nested more than 100 levels deep); read as text"
    ]
