"""The plain-text reader: blocks of non-blank lines, identity offsets, blanked URLs."""

from __future__ import annotations

from linter.documents import FORMATS, Document, format_for, parse_text, read_document
from linter.documents.model import Attachment, Directive


def read(source: str) -> Document:
    document = parse_text("notes.txt", source)
    for block in document.blocks:
        start = block.offsets[0]
        assert list(block.offsets) == list(range(start, start + len(block.text) + 1))
        for i, char in enumerate(block.text):
            assert char == document.source[start + i] or char == " "
    return document


def test_blocks_are_runs_of_non_blank_lines() -> None:
    document = read("  First line\nsecond line.\n\n \t \nThird\r\nblock.\n")
    assert [b.text for b in document.blocks] == ["First line second line.", "Third  block."]
    assert document.position(document.blocks[1].offsets[0]) == (5, 1)
    assert {b.kind for b in document.blocks} == {"paragraph"}


def test_urls_are_blanked_and_attached() -> None:
    block = read("Data at https://example.org/a (see www.example.org).").blocks[0]
    assert block.text == "Data at                       (see                )."
    assert block.attachments == (
        Attachment(8, 8, "url", "https://example.org/a"),
        Attachment(35, 35, "url", "www.example.org"),
    )


def test_url_at_the_end_of_a_block_is_attached_to_it() -> None:
    document = read("It cuts risk.\nhttps://example.org/s\n\nNext.")
    assert [(b.text, b.attachments) for b in document.blocks] == [
        ("It cuts risk.", (Attachment(13, 13, "url", "https://example.org/s"),)),
        ("Next.", ()),
    ]


def test_reference_markers_stay_in_the_prose() -> None:
    # Markers written in the text are found by the NLP layer (tests/test_claims.py), not here.
    block = read("Risk fell 20% [1] and 30% [2, 3]^4.").blocks[0]
    assert block.text == "Risk fell 20% [1] and 30% [2, 3]^4."
    assert block.attachments == ()


def test_directive_comments_are_read_and_blanked() -> None:
    source = "Intro.\n<!-- healthlint-disable-next-line overstatement -->\nIt cures all.\n"
    document = read(source)
    assert document.directives == [Directive(2, "disable-next-line", ("overstatement",))]
    assert [b.text.split() for b in document.blocks] == [["Intro."], ["It", "cures", "all."]]


def test_non_ascii_columns_count_characters() -> None:
    document = read("Ça va 😀 très bien.\n")
    block = document.blocks[0]
    assert document.position(block.offsets[block.text.index("très")]) == (1, 9)


def test_empty_and_blank_files() -> None:
    assert read("").blocks == []
    assert read("\n \n\t\n").blocks == []


def test_long_single_line() -> None:
    source = "word " * 200_000
    assert read(source).blocks[0].text == source.strip()


def test_format_for_and_dispatch() -> None:
    assert format_for("a/b/Post.MD") == "markdown"
    assert format_for("x.mdx") == "markdown"
    assert format_for("index.htm") == "html"
    assert format_for("notes.txt") == "text"
    assert format_for("data.csv") is None
    assert set(FORMATS.values()) == {"markdown", "html", "text"}
    assert read_document("x.rst", b"*not* markdown").blocks[0].text == "*not* markdown"
    assert read_document("x.txt", b"# Title", fmt="markdown").blocks[0].kind == "heading"
