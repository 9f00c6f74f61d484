"""The Markdown reader: prose blocks, attached sources, directives and exact offsets."""

from __future__ import annotations

import random

import pytest
from exact_offsets import read_exact, texts, where

from linter.documents import Document, parse_text, read_document
from linter.documents import markdown as markdown_reader
from linter.documents.model import Attachment, Directive


def read(source: str) -> Document:
    return read_exact("article.md", source)


def test_headings_and_paragraphs() -> None:
    document = read("# Vitamin D\n\nIt may help bones.\n\nSetext title\n------------\n")
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Vitamin D"),
        ("paragraph", "It may help bones."),
        ("heading", "Setext title"),
    ]
    assert document.title == "Vitamin D"
    assert where(document, "bones") == (3, 13)


def test_atx_heading_with_closing_hashes_and_repeated_words() -> None:
    document = read("## ## Sleep ## ##\n")
    assert texts(document) == ["## Sleep ##"]
    assert where(document, "Sleep") == (1, 7)


def test_emphasis_markers_are_not_prose() -> None:
    document = read("Exercise *may* **reduce** ~~cure~~ __risk__ of a_b_c.\n")
    assert texts(document) == ["Exercise may reduce cure risk of a_b_c."]
    assert where(document, "reduce") == (1, 18)


def test_link_text_is_prose_and_target_is_attached() -> None:
    document = read('A [2019 trial](https://example.org/t "Title") found it.\n')
    block = document.blocks[0]
    assert block.text == "A 2019 trial found it."
    assert block.attachments == (Attachment(2, 12, "link", "https://example.org/t"),)


def test_reference_link_uses_the_definition() -> None:
    document = read("See [the review][r] now.\n\n[r]: https://example.org/review\n")
    assert document.blocks[0].attachments == (
        Attachment(4, 14, "link", "https://example.org/review"),
    )


def test_autolinks_and_raw_urls_are_dropped_but_attached() -> None:
    document = read("Data: <https://example.org/a> and https://example.org/b.\n")
    block = document.blocks[0]
    assert block.text == "Data:  and ."
    assert [(a.kind, a.target, a.start) for a in block.attachments] == [
        ("url", "https://example.org/a", 6),
        ("url", "https://example.org/b", 11),
    ]


def test_footnote_reference_and_definition() -> None:
    document = read("Fasting cures it.[^smith]\n\n[^smith]: Smith, *J Diet*, 2020.\n")
    first, note = document.blocks
    assert first.text == "Fasting cures it."
    assert first.attachments == (Attachment(17, 17, "footnote", "smith"),)
    assert (note.kind, note.text) == ("footnote", "Smith, J Diet, 2020.")
    assert where(document, "J Diet") == (3, 19)


def test_text_reference_markers_stay_in_the_text() -> None:
    # The NLP layer finds them there (tests/test_claims.py); the reader attaches none.
    block = read("Risk fell 20% [1] and 30% [2,3], [1-4] or^5, not 10^6.\n").blocks[0]
    assert block.text == "Risk fell 20% [1] and 30% [2,3], [1-4] or^5, not 10^6."
    assert block.attachments == ()


def test_sup_numbers_are_markers_not_prose() -> None:
    source = 'Risk fell 20%<sup>3</sup> or <sup><a href="#ref4">4</a></sup>; E=mc<sup>2x</sup>.\n'
    block = read(source).blocks[0]
    assert block.text == "Risk fell 20% or ; E=mc2x."
    assert block.attachments == (
        Attachment(13, 13, "marker", "3"),
        Attachment(17, 17, "marker", "#ref4"),
    )


def test_code_is_not_prose() -> None:
    source = "Take `10 mg` daily.\n\n```python\ncure = True\n```\n\n    indented code\n\n~~~\nopen"
    assert texts(read(source)) == ["Take  daily."]


def test_html_blocks_are_read_as_html_and_comments_and_images_are_not_prose() -> None:
    source = '<div class="x">\nShown\n</div>\n\nText <b>bold</b><!-- note --> ![alt](i.png) end.\n'
    assert texts(read(source)) == ["Shown", "Text bold  end."]


def test_link_around_an_image_is_still_attached() -> None:
    block = read("Source: [![logo](l.png)](https://example.org/s)\n").blocks[0]
    assert block.text == "Source:"
    assert block.attachments == (Attachment(7, 7, "link", "https://example.org/s"),)


def test_front_matter_title_and_data() -> None:
    document = read("---\ntitle: Keto and epilepsy\ntags: [diet]\n---\n# Heading\n\nBody.\n")
    assert document.title == "Keto and epilepsy"
    assert document.front_matter == {"title": "Keto and epilepsy", "tags": ["diet"]}
    # The front matter's title is prose too (readers see it first: issue 17); tags are not.
    assert texts(document) == ["Keto and epilepsy", "Heading", "Body."]


def test_bad_front_matter_is_a_warning() -> None:
    document = read("---\ntitle: [unclosed\n---\nBody.\n")
    assert document.front_matter is None
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("front matter is not valid YAML")
    assert texts(document) == ["Body."]


def test_an_unclosed_quote_is_placed_where_it_opens_too() -> None:
    """YAML gives up lines after an unclosed quote: the warning names both lines."""
    document = read('---\ntitle: "Keto\ndate: 2026-01-01\nslug: keto\n---\nBody.\n')
    assert document.warnings == [
        "front matter is not valid YAML (line 4): found unexpected end of stream, "
        "while scanning a quoted scalar that starts on line 2"
    ]


def test_directives_in_block_and_inline_comments() -> None:
    source = (
        "<!-- healthlint-disable-next-line overstatement vague-attribution -->\n"
        "It cures everything.\n\n"
        "<!-- an ordinary comment -->\n"
        "Text <!-- healthlint-disable-line unsourced-statistic --> 40%.\n"
        "> <!-- healthlint-enable -->\n"
    )
    document = read(source)
    assert document.directives == [
        Directive(1, "disable-next-line", ("overstatement", "vague-attribution")),
        Directive(5, "disable-line", ("unsourced-statistic",)),
        Directive(6, "enable", ()),
    ]
    assert texts(document) == ["It cures everything.", "Text  40%."]


def test_table_cells() -> None:
    source = "| Drug | Effect |\n|---|:---:|\n| A \\| B | cuts risk 30% |\n|x|x|\n"
    document = read(source)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("table_cell", "Drug"),
        ("table_cell", "Effect"),
        ("table_cell", "A | B"),
        ("table_cell", "cuts risk 30%"),
        ("table_cell", "x"),
        ("table_cell", "x"),
    ]
    assert [document.position(b.offsets[0]) for b in document.blocks[-2:]] == [(4, 2), (4, 4)]


def test_blockquotes_and_nested_lists() -> None:
    source = "> Quoted *claim*\n> goes on.\n\n- one\n  - two\n    lazy\n> - in quote\n>   more\n"
    document = read(source)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("blockquote", "Quoted claim goes on."),
        ("list_item", "one"),
        ("list_item", "two lazy"),
        ("list_item", "in quote more"),
    ]
    assert where(document, "goes") == (2, 3)
    assert where(document, "more") == (8, 5)


def test_crlf_line_endings() -> None:
    source = "# Title\r\n\r\nFirst line\r\nsecond *line*  \r\nthird\\\r\nfourth.\r\n"
    document = read(source)
    block = document.blocks[1]
    assert block.text == "First line second line\nthird\nfourth."
    assert source[block.offsets[10]] == "\n"  # the soft break maps to its newline
    assert where(document, "second") == (4, 1)
    assert where(document, "fourth") == (6, 1)


def test_tabs_entities_escapes_and_non_ascii() -> None:
    source = "-\tÉtude: caf\u00e9 &amp; th\u00e9 \\*not emphasis\\* &#169; 😀 ok\n"
    document = read(source)
    block = document.blocks[0]
    assert block.text == "Étude: café & thé *not emphasis* © 😀 ok"
    assert source[block.offsets[block.text.index("&")]] == "&"
    assert source[block.offsets[block.text.index("*")] - 1] == "\\"
    assert where(document, "ok") == (1, 51)


def test_bom_is_stripped_and_columns_count_characters() -> None:
    document = read_document("a.md", "\ufeff# Título\n\nÀ bientôt.\n".encode())
    assert texts(document) == ["Título", "À bientôt."]
    assert document.position(document.blocks[1].offsets[2]) == (3, 3)


def test_parser_failure_falls_back_to_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def parse(self, source: str) -> list:
            raise RecursionError("too deep")

    monkeypatch.setattr(markdown_reader, "_parser", lambda: Broken())
    document = parse_text("a.md", "Some *text*.\n")
    assert texts(document) == ["Some *text*."]
    assert document.warnings == ["Markdown parser failed (RecursionError); read as text"]


@pytest.mark.parametrize(
    "source",
    [
        "- " * 10_000 + "deep\n",
        ">" * 10_000 + " deep\n",
        "".join("  " * i + "- x\n" for i in range(1_000)),
        "[" * 50_000 + "x" + "](y)" * 1000,
        "*a " * 50_000,
        "```\n" + "unclosed\n" * 1000,
    ],
)
def test_hostile_input_does_not_crash(source: str) -> None:
    read(source)


MARKDOWN_BITS = [
    "word", " ", "\n", "\r\n", "\t", "*", "**", "_", "`", "[", "]", "(", ")", "> ", "- ", "1. ",
    "#", "|", "\\", "&amp;", "&#35;", "<", ">", "!", "é", "😀", "[^1]", "<!--", "-->", "---",
    "    ", "https://x.org/a", "[1]", "<sup>", "</sup>", ":", "~~", "[^1]: ", "|-|", "<br>",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(300))
def test_offsets_are_exact_on_generated_markdown(seed: int) -> None:
    rng = random.Random(seed)
    read("".join(rng.choices(MARKDOWN_BITS, k=rng.randrange(60))))
