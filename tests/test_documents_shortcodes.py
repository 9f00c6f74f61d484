"""WordPress shortcodes: markup where no prose takes their form; footnote pairs are sources."""

from __future__ import annotations

from exact_offsets import assert_offsets_exact

from linter.api import lint_text
from linter.documents import parse_text
from linter.documents.shortcodes import shortcode_spans


def rules(text: str, name: str = "post.md") -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in lint_text(text, name)]


def test_page_builder_tags_go_and_their_content_stays_prose() -> None:
    source = "[vc_row][vc_column_text]Studies show that naps help.[/vc_column_text][/vc_row]\n"
    document = parse_text("post.md", source)
    assert_offsets_exact(document, ordered=False)
    assert [block.text.strip() for block in document.blocks] == ["Studies show that naps help."]


def test_a_footnote_pair_sources_its_sentence_and_its_note_is_not_read() -> None:
    cited = "A study in The Lancet found that tea helps sleep.[efn_note]Doe J.[/efn_note]\n"
    assert rules(cited) == []
    assert rules(cited.replace("[efn_note]", " (").replace("[/efn_note]", ")")) == [
        (1, "unsourced-citation")
    ]
    over_lines = "Studies show naps help.[ref]Doe J.\nSleep 2020.[/ref]\n"
    assert rules(over_lines) == [] and rules(over_lines, "page.html") == []
    # A line wholly inside the note does not become a blank line that ends the paragraph
    # (and the note's comment with it, its "<!--" left as the sentence's last word).
    three_lines = "Studies show naps help.[ref]Doe J, Roe K.\nSleep\n2020.[/ref]\n"
    for name in ("post.md", "page.html"):
        assert rules(three_lines, name) == []
        assert [b.text for b in parse_text(name, three_lines).blocks] == ["Studies show naps help."]


def test_bracketed_prose_and_markdown_links_are_not_shortcodes() -> None:
    source = (
        "Tea helps [sic] sleep [citation needed]. See [ref](https://a.org/x), [ref][1],\n"
        "[the review][2] and [note]. Link text may hold an underscore: [sleep_study](b.html),\n"
        "[sleep_study][2] and [sleep_study][].\n\n[sleep_study]: https://a.org/s\n"
        "[1]: https://a.org/1\n[2]: https://a.org/2\n"
    )
    assert shortcode_spans(source) == []


def test_an_opening_tag_with_attributes_goes_and_a_pair_across_paragraphs_is_no_pair() -> None:
    caption = '[caption id="a1" width="300"]Tea in a cup[/caption]'
    assert [span[2] for span in shortcode_spans(caption)] == [False, False]
    apart = "[ref]Studies show naps help.\n\nMore text.[/ref]\n"
    assert shortcode_spans(apart) == [(len(apart) - 7, len(apart) - 1, False)]
    assert rules(apart) == [(1, "vague-attribution")]


def test_an_opening_tag_left_open_goes_only_with_attributes_or_an_underscore() -> None:
    source = 'Tea [gallery ids="1,2"] helps [vc_row] sleep [note] and [aside] more.'
    starts = [span[0] for span in shortcode_spans(source)]
    assert sorted(source[start : start + 4] for start in starts) == ["[gal", "[vc_"]


def test_a_defined_link_reference_is_never_a_shortcode() -> None:
    # CommonMark's shortcut reference link: "[label]" with a "[label]: url" definition.
    source = (
        "Research shows [sleep_study] that naps help.\n\n"
        "[Sleep_Study]: https://a.org/s\n"
        "[vc_row]: https://a.org/v\n\n"
        "[vc_row][vc_column]Tea helps.[/vc_column][/vc_row]\n"
    )
    starts = sorted(source[span[0] : span[1]] for span in shortcode_spans(source))
    assert starts == ["[/vc_column]", "[/vc_row]", "[vc_column]"]
    document = parse_text("post.md", source)
    assert document.blocks[0].text == "Research shows sleep_study that naps help."
    assert [a.kind for a in document.blocks[0].attachments] == ["link"]
    assert rules(source) == []


def test_an_unregistered_bare_name_is_text_unless_the_page_is_a_wordpress_one() -> None:
    # The Shortcode API renders only registered names; any other "[name]" is shown as written.
    # A page whose other tags take forms no prose takes (a closing tag, attributes) is one.
    alone = "Research shows [sleep_study] found naps help.\n"
    assert shortcode_spans(alone) == []
    assert rules(alone) == [(1, "vague-attribution")]
    builder = '[vc_row css=".x"]Tea helps.[/vc_row]\n\n[vc_empty_space]\n'
    assert "[vc_empty_space]" in [builder[s:e] for s, e, _ in shortcode_spans(builder)]
