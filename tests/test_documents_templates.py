"""Template-engine tags (Liquid, Hugo shortcodes, Blade directives) are markup, not prose."""

from __future__ import annotations

from exact_offsets import assert_offsets_exact

from linter.api import lint_text
from linter.documents import Document, parse_text
from linter.documents.prose import BlockBuilder
from linter.documents.templates import blank_templates


def read(name: str, source: str) -> Document:
    document = parse_text(name, source)
    assert_offsets_exact(document, ordered=False)
    return document


def prose(document: Document) -> str:
    return " | ".join(block.text for block in document.blocks)


def test_liquid_and_hugo_tag_arguments_are_not_read() -> None:
    source = (
        '{% include card.html title="Studies show 40% benefit" %}\n\n'
        "Walking helps. {{ site.data.share }} of adults walk.\n\n"
        '{{< figure src="a.jpg" alt="Research shows 30% fewer colds" >}}\n'
    )
    text = prose(read("post.md", source))
    assert "Studies show" not in text and "Research shows" not in text
    assert "Walking helps." in text and "of adults walk." in text


def test_text_between_paired_shortcodes_and_after_a_leading_tag_is_still_prose() -> None:
    source = (
        "Intro.\n\n{% include note.html %} Research shows that walking helps.\n\n"
        "{{< tip >}}Studies show sleep matters.{{< /tip >}}\n"
    )
    document = read("post.md", source)
    text = prose(document)
    assert "Research shows that walking helps." in text
    assert "Studies show sleep matters." in text
    assert all(block.kind != "code" for block in document.blocks)


def test_a_liquid_comment_block_is_markup_to_its_end() -> None:
    source = "Kept.\n\n{% comment %}\nResearch shows nothing.\n{% endcomment %}\n"
    assert prose(read("post.md", source)) == "Kept."


def test_blade_directive_lines_go_and_a_mention_in_a_sentence_stays() -> None:
    source = (
        "@extends('app')\n@section('content')\n<p>Ask @drsmith about it.</p>\n"
        "@include('partial.queryForm')\n@endsection\n"
    )
    text = prose(read("page.html", source))
    assert "extends" not in text and "partial" not in text and "endsection" not in text
    assert "Ask @drsmith about it." in text


def test_offsets_are_kept_and_plain_text_is_untouched() -> None:
    source = "a {{ x }} b\n{% if y %}\nc\n"
    blanked = blank_templates(source)
    assert len(blanked) == len(source) and blanked.count("\n") == source.count("\n")
    assert blanked.startswith("a ") and blanked.rstrip().endswith("c")
    plain = "No templates here, only {braces} and a heading {#id}.\n"
    assert blank_templates(plain) == plain


def test_an_unclosed_brace_pair_does_not_swallow_the_next_paragraph() -> None:
    source = "Use {{ braces wrongly.\n\nResearch shows walking helps. }}\n"
    assert "Research shows walking helps." in prose(read("post.md", source))


def test_a_citation_tag_after_words_is_a_reference_marker_and_other_tags_are_not() -> None:
    source = (
        "Research shows walking helps {% cite smith2020 %}.\n\n"
        'Studies show sleep matters {{< cite "walker2017" >}}.\n\n'
        'Research shows naps help {{< ref "naps.md" >}}.\n\n'
        "{% reference smith2020 %}\n"
    )
    blocks = read("post.md", source).blocks
    markers = [[a.kind for a in block.attachments] for block in blocks]
    assert markers == [["marker"], ["marker"], []]
    html = read("page.html", "<p>Research shows walking helps {% cite smith2020 %}.</p>\n")
    assert [a.kind for a in html.blocks[0].attachments] == ["marker"]


def test_a_citation_tag_that_opens_a_wrapped_line_of_an_html_paragraph_is_a_marker() -> None:
    source = (
        "<p>Research shows walking helps memory\n{% cite smith2020 %}.</p>\n"
        "<p>\n{% cite x %}\n</p>\n"  # no words before it in its block: no marker
    )
    blocks = read("page.html", source).blocks
    assert [[a.kind for a in block.attachments] for block in blocks] == [["marker"]]


def test_a_citation_tag_in_a_markdown_files_html_block_is_a_marker_too() -> None:
    source = (
        "<p>Research shows walking helps {% cite smith2020 %}.</p>\n\nStudies show naps help.\n"
    )
    blocks = read("post.md", source).blocks
    assert [[a.kind for a in block.attachments] for block in blocks] == [["marker"], []]


def test_an_authors_own_comment_is_no_citation() -> None:
    blocks = read("post.md", "Research shows walking helps <!-- cite: find one -->.\n").blocks
    assert blocks[0].attachments == ()


def test_a_cited_sentence_is_not_flagged_and_a_page_link_shortcode_is() -> None:
    cited = lint_text("Research shows that walking helps memory {% cite smith2020 %}.\n", "a.md")
    linked = lint_text('Research shows that walking helps memory {{< ref "walk.md" >}}.\n', "a.md")
    assert not cited and [f.rule for f in linked] == ["vague-attribution"]


def test_the_shortest_citation_tag_holds_the_marked_comment_at_its_own_length() -> None:
    for source in ("Walking helps {%cite%}.", "Walking helps {{<cite>}}."):
        blank = blank_templates(source)
        assert len(blank) == len(source) and blank.startswith("Walking helps <!--\ue000")


def test_an_unclosed_tag_stops_at_a_blank_line_in_a_crlf_file_too() -> None:
    for newline in ("\n", "\r\n"):
        source = f"Tea {{{{ a{newline}{newline}Research shows naps help. }}}} end{newline}"
        assert "Research shows naps help." in blank_templates(source, markdown=True)


def test_a_tag_that_opens_a_line_inside_a_paragraph_leaves_no_stand_in_in_the_prose() -> None:
    # The engine replaces the tag before the page is read: nothing of it is prose, and every
    # prose character still maps to the file's own character at its place.
    source = (
        "Walking helps memory, a trial found\n"
        "{% include note.html %} and 40% of adults walk daily.\n\n"
        'Tea helps sleep\n{{< figure src="a.jpg" >}} in most adults.\n'
    )
    for name in ("post.md", "page.html"):
        text = source if name == "post.md" else "<p>" + source.replace("\n\n", "</p>\n<p>")
        document = read(name, text)
        assert all("\u00a0" not in block.text for block in document.blocks)
        assert "Walking helps memory, a trial found" in prose(document)
    findings = lint_text(source, "post.md")
    statistic = next(f for f in findings if f.rule == "unsourced-statistic")
    assert (statistic.line, statistic.column, statistic.text) == (2, 29, "40%")


def test_a_citation_tag_that_opens_a_wrapped_line_of_a_markdown_paragraph_is_a_marker() -> None:
    source = (
        "Research shows walking helps memory\n{% cite smith2020 %}.\n\n"
        "Studies show naps help\n"
        '{{< cite "walker2017" >}} and tea helps.\n\n'
        "Research shows sleep helps\n{% cite smith2020 %}\n\n"
        "{% cite x %}\n\nResearch shows tea helps.\n"  # no words before it: no marker
    )
    blocks = read("post.md", source).blocks
    assert [[a.kind for a in block.attachments] for block in blocks] == [
        ["marker"],
        ["marker"],
        ["marker"],
        [],
    ]
    assert [f.line for f in lint_text(source, "post.md")] == [12]


def test_a_tag_after_a_quote_or_list_marker_keeps_its_sentence_whole() -> None:
    source = (
        "> {% cite smith2020 %} Research shows walking\n> helps memory.\n\n"
        '- {{< cite "walker2017" >}} Studies show naps\n  help adults.\n\n'
        "1. {% include x.html %} Tea helps\n   sleep.\n"
    )
    document = read("post.md", source)
    assert [block.text for block in document.blocks] == [
        "Research shows walking helps memory.",
        "Studies show naps help adults.",
        "Tea helps sleep.",
    ]


def test_words_are_seen_again_after_a_reference_number_is_cut_from_the_prose() -> None:
    # has_words reads each part once (a paragraph of citation tags and no words asks once a
    # tag); a cut of a reference number joins the parts, so the reading starts over.
    builder = BlockBuilder()
    builder.add(" ", [0])
    builder.add(" ", [1])
    assert not builder.has_words()
    builder.open_sup()
    builder.add("1", [2])
    builder.close_sup()  # "1" in <sup> is a reference marker: cut from the prose
    assert not builder.has_words()
    builder.add("Tea", [3, 4, 5])
    assert builder.has_words()
