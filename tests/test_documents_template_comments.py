"""Template-engine comments are dropped by their engine before anyone reads the page: not prose."""

from __future__ import annotations

import pytest
from exact_offsets import assert_offsets_exact

from linter.api import lint_text
from linter.documents import Document, parse_text
from linter.documents.templates import blank_templates

HIDDEN = "This tonic cures every disease."
SHOWN = "Our clinic offers physiotherapy for back pain."


def read(name: str, source: str) -> Document:
    document = parse_text(name, source)
    assert_offsets_exact(document, ordered=False)
    return document


def prose(document: Document) -> str:
    return " | ".join(block.text for block in document.blocks)


@pytest.mark.parametrize(
    "comment",
    [
        "{{-- <p>{{ $price }} " + HIDDEN + "</p> --}}",  # Blade, holding an echo
        "{{--\n" + HIDDEN + "\n\n" + HIDDEN + "\n--}}",  # Blade over a blank line
        "{{!-- {{title}} " + HIDDEN + " --}}",  # Handlebars
        "{{/* " + HIDDEN + "\n\n" + HIDDEN + " */}}",  # Go templates, Hugo
        "{#\n" + HIDDEN + "\n\n" + HIDDEN + "\n#}",  # Jinja, Twig, Nunjucks
        "<%# " + HIDDEN + " %>",  # ERB, EJS
        "<%-- " + HIDDEN + " --%>",  # JSP
        "@* " + HIDDEN + " *@",  # Razor
        "{* " + HIDDEN + " *}",  # Smarty
        "<#-- " + HIDDEN + " -->",  # FreeMarker
        "#* " + HIDDEN + " *#",  # Velocity
    ],
)
@pytest.mark.parametrize("name", ["page.html", "page.md"])
def test_a_template_comment_is_not_read_and_the_text_after_it_is(comment: str, name: str) -> None:
    source = f"<p>{SHOWN}</p>\n{comment}\n<p>{SHOWN}</p>\n"
    if name.endswith(".md"):
        source = f"{SHOWN}\n\n{comment}\n\n{SHOWN}\n"
    text = prose(read(name, source))
    assert "cures" not in text and "tonic" not in text
    assert text.count(SHOWN) == 2


def test_text_after_a_comment_over_lines_on_its_closing_line_stays_prose() -> None:
    source = "Before.\n\n{{-- a note\n\nmore notes --}} After this, the detox cures cancer.\n"
    document = read("post.md", source)
    assert "After this, the detox cures cancer." in prose(document)
    assert all(block.kind != "code" for block in document.blocks)
    findings = lint_text(source.replace("cures", "will cure") + "\n", "post.md")
    assert [f.text for f in findings if f.rule == "overstatement"]


def test_look_alikes_of_comments_are_left_alone() -> None:
    plain = (
        "## Dosage {#dose}\n\nA style hack .a{*zoom:1} and C#*2 stay, as does a heading id "
        "{#id} before a later note #}.\n"
    )
    assert blank_templates(plain, markdown=True) == plain


def test_a_comment_with_no_end_in_reach_is_left_as_it_is() -> None:
    source = "<p>{{-- an unclosed note " + "word " * 5000 + "</p>\n"
    assert blank_templates(source) == source


@pytest.mark.parametrize(
    "source",
    [
        f"Write `<%#` to start a note.\n\n{SHOWN}\n\nThen end it with `%>`.\n",  # ERB in code spans
        f"Press #* 1 for bookings.\n\n{SHOWN}\n\nDial *#06# to see your code.\n",  # a phone menu
        f"Tweet us @* or mail.\n\n{SHOWN}\n\nRated 5 *@ here.\n",  # Razor's look-alike
    ],
)
def test_an_opener_inside_a_line_ends_on_that_line_or_is_text(source: str) -> None:
    # Read as a comment to a closer paragraphs later, it would drop every word between.
    assert SHOWN in prose(read("post.md", source))


def test_a_comment_over_lines_may_open_after_a_marker_or_a_tag() -> None:
    quoted = f"> {{{{-- a note\n> more notes --}}}} {SHOWN}\n"
    assert "note" not in prose(read("post.md", quoted)) and SHOWN in prose(read("post.md", quoted))
    tagged = f"<div>{{{{-- a note\n\n{HIDDEN} --}}}}</div>\n<p>{SHOWN}</p>\n"
    assert "tonic" not in prose(read("page.html", tagged))
