"""The HTML reader: prose blocks, attached sources, directives and exact offsets."""

from __future__ import annotations

import random

import pytest
from exact_offsets import assert_offsets_exact

from linter.documents import Document, parse_text, read_document
from linter.documents.model import Attachment, Directive


def read(source: str) -> Document:
    document = parse_text("page.html", source)
    assert_offsets_exact(document)
    return document


def kinds_and_texts(document: Document) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in document.blocks]


PAGE = """<!DOCTYPE html>
<html><head><title>Statins &amp; the heart</title>
<style>p { color: red }</style><script>var cure = 1;</script></head>
<body>
<h1>Statins</h1>
<p>Statins <em>may</em> lower
   risk.</p>
<ul><li>First <b>point</b></li><li><p>Second point</p></li></ul>
<blockquote><p>Quoted claim.</p></blockquote>
<table><tr><th>Drug</th><td>cuts risk 30%</td></tr></table>
<dl><dt>Term</dt><dd>Definition</dd></dl>
<figure><img src="x.png" alt="chart"><figcaption>Figure 1</figcaption></figure>
<div>Loose text in a div</div>
<pre>code block</pre><noscript>enable js</noscript><template>t</template>
<svg><text>svg text</text></svg>
<p>Use <code>dose()</code> daily.</p>
</body></html>
"""


def test_block_kinds_and_skipped_elements() -> None:
    document = read(PAGE)
    assert kinds_and_texts(document) == [
        ("heading", "Statins & the heart"),  # the <title>: readers see it first (issue 17)
        ("heading", "Statins"),
        ("paragraph", "Statins may lower\n   risk.".replace("\n", " ")),
        ("list_item", "First point"),
        ("list_item", "Second point"),
        ("blockquote", "Quoted claim."),
        ("table_cell", "Drug"),
        ("table_cell", "cuts risk 30%"),
        ("paragraph", "Term"),
        ("paragraph", "Definition"),
        # the figcaption is furniture (an image caption), not prose
        ("paragraph", "Loose text in a div"),
        ("paragraph", "Use  daily."),
    ]
    assert document.title == "Statins & the heart"


def test_title_falls_back_to_first_heading() -> None:
    assert read("<h2>Sleep and memory</h2><p>Text.</p>").title == "Sleep and memory"


def test_implied_end_tags() -> None:
    document = read("<p>One<p>Two<ul><li>a<li>b</ul><table><tr><td>c<td>d</table>")
    assert [b.text for b in document.blocks] == ["One", "Two", "a", "b", "c", "d"]


def test_links_are_attached() -> None:
    block = read('<p>A <a href="https://example.org/t">2019 trial</a> found it.</p>').blocks[0]
    assert block.text == "A 2019 trial found it."
    assert block.attachments == (Attachment(2, 12, "link", "https://example.org/t"),)


def test_anchor_without_href_is_not_a_source() -> None:
    assert read('<p><a name="x">Named</a> anchor.</p>').blocks[0].attachments == ()


def test_sup_markers() -> None:
    source = (
        '<p>Risk fell 20%<sup>3</sup> and 10%<sup><a href="#fn4">[4]</a></sup>;'
        " E=mc<sup>2x</sup> [5].</p>"
    )
    block = read(source).blocks[0]
    assert block.text == "Risk fell 20% and 10%; E=mc2x [5]."
    assert block.attachments == (
        Attachment(13, 13, "marker", "3"),
        Attachment(21, 21, "marker", "#fn4"),
    )  # "[5]" stays in the prose: the NLP layer finds markers written in the text


def test_raw_urls_are_dropped_but_attached() -> None:
    block = read("<p>See https://example.org/study.</p>").blocks[0]
    assert block.text == "See ."
    assert block.attachments == (Attachment(4, 4, "url", "https://example.org/study"),)


def test_entities_map_to_their_ampersand() -> None:
    source = "<p>Caf&eacute; &amp; t&#233;a &#x2014; &unknown; &amp b</p>"
    document = read(source)
    block = document.blocks[0]
    assert block.text == "Café & téa — &unknown; & b"
    assert source[block.offsets[block.text.index("é")]] == "&"
    assert source[block.offsets[block.text.index("a —") + 2] :].startswith("&#x2014;")
    assert source[block.offsets[block.text.index("&unknown;")] :].startswith("&unknown;")


def test_directives_from_comments() -> None:
    source = (
        "<p>Intro.</p>\n<!-- healthlint-disable-next-line overstatement -->\n"
        "<p>It cures <!-- healthlint-disable-line unsourced-statistic,overstatement --> all.</p>"
        "<!-- plain comment -->"
    )
    document = read(source)
    assert document.directives == [
        Directive(2, "disable-next-line", ("overstatement",)),
        Directive(3, "disable-line", ("unsourced-statistic", "overstatement")),
    ]
    assert [b.text for b in document.blocks] == ["Intro.", "It cures  all."]


def test_crlf_and_line_breaks() -> None:
    source = "<p>First line\r\nsecond line<br>third</p>\r\n<p>Ünïcödé 😀 text</p>\r\n"
    document = read(source)
    first, second = document.blocks
    assert first.text == "First line  second line\nthird"
    assert document.position(first.offsets[first.text.index("second")]) == (2, 1)
    assert document.position(second.offsets[second.text.index("text")]) == (3, 14)


def test_malformed_html_does_not_crash() -> None:
    for source in ["<p><b>unclosed <i>tags", "</p></div>stray</li>", "<a href='x'", "<!-- open"]:
        read(source)


@pytest.mark.parametrize(
    "source",
    ["<div>" * 20_000 + "deep", "<ul><li>a" * 5_000, "<p>" + "&amp;" * 20_000 + "</p>"],
)
def test_hostile_input_does_not_hang(source: str) -> None:
    read(source)


def test_decoded_with_bom_and_windows_1252() -> None:
    document = read_document("page.htm", b"<p>Na\xefve \x93quote\x94</p>")
    assert document.blocks[0].text == "Na\u00efve \u201cquote\u201d"
    assert document.warnings == ["not valid UTF-8 (byte 5); decoded as cp1252"]


HTML_BITS = [
    "word", " ", "\n", "\r\n", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<a href='#f'>", "</a>",
    "<sup>", "</sup>", "1", "&amp;", "&#35;", "&bogus;", "<br>", "<script>", "</script>",
    "<!--", "-->", "<code>", "</code>", "<td>", "<tr>", "<h2>", "</h2>", "é", "😀", "<", ">",
    "https://x.org/a", "[1]", "<title>", "</title>", "<div>", "</div>", "&", ";",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(200))
def test_offsets_are_exact_on_generated_html(seed: int) -> None:
    rng = random.Random(seed)
    read("".join(rng.choices(HTML_BITS, k=rng.randrange(60))))


def test_a_head_left_open_ends_at_the_first_body_element() -> None:
    # A PHP page whose included header file holds </head> and <body>: HTML's "in head" mode
    # ends the head at the first element that cannot be in it, so the page reads as it would
    # with the head closed (before, the whole page was head and nothing was read).
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Clinic</title>\n'
        "<?php include 'header.php';?>\n"
        "<section><p>Strips are safe for most people.</p></section>\n"
    )
    closed = page.replace("<?php include 'header.php';?>", "</head><body>")
    assert kinds_and_texts(read(page)) == kinds_and_texts(read(closed))
    assert ("paragraph", "Strips are safe for most people.") in kinds_and_texts(read(page))


def test_what_a_head_holds_stays_out_of_the_prose() -> None:
    page = "<html><head><title>T</title><style>p{}</style><script>x=1</script>\n<p>Body.</p>"
    assert kinds_and_texts(read(page)) == [("heading", "T"), ("paragraph", "Body.")]
