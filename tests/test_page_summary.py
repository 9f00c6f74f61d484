"""What readers see first is checked: front-matter title/description, HTML <title> (and the
meta description of a page with no body prose: beside a body it is the head's, readH), at
exact positions; MDX component text is prose and JSX props are not (issue 17
item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import read_document
from linter.documents.mdx import blank_jsx


def blocks(name: str, text: str) -> list[tuple[str, str, str]]:
    """(kind, prose, the file's text under the block's offsets) of each block."""
    document = read_document(name, text.encode("utf-8"))
    return [(b.kind, b.text, text[b.offsets[0] : b.offsets[-1]]) for b in document.blocks]


def test_front_matter_title_and_description_are_checked_where_they_are(tmp_path: Path) -> None:
    article = (
        "---\n"
        "layout: post\n"
        "title: This tea is a miracle cure for colds\n"
        "description: >-\n"
        "  Research shows the tea\n"
        "  works for everyone.\n"
        "tags: [miracle cure]\n"
        "---\n\n"
        "Some plain words about tea.\n"
    )
    found = findings(tmp_path, "a.md", article)
    assert (3, 22, "overstatement", "miracle cure") in found
    assert (5, 3, "vague-attribution", "Research shows") in found
    assert all(line not in (2, 7) for line, *_ in found)  # other keys are settings


def test_front_matter_with_crlf_and_quotes_keeps_exact_offsets() -> None:
    text = "---\r\ntitle: \"Tea: the miracle cure\"\r\ndescription: 'One line'\r\n---\r\nBody.\r\n"
    assert blocks("a.md", text)[:2] == [
        ("heading", "Tea: the miracle cure", "Tea: the miracle cure"),
        ("paragraph", "One line", "One line"),
    ]


def test_a_front_matter_title_the_first_heading_repeats_is_checked_once() -> None:
    text = "---\ntitle: Tea and colds\n---\n\n# Tea and colds\n\nBody.\n"
    assert [b[1] for b in blocks("a.md", text)] == ["Tea and colds", "Body."]


HTML = """\
<!DOCTYPE html>
<html><head>
<title>Green tea is a miracle cure &amp; more | Example Health</title>
<meta name="description"
      content="Research shows green tea works for everyone.">
<meta name="keywords" content="miracle cure, tea">
</head>
<body><main><h1>Green tea</h1><p>Plain words about tea.</p></main></body></html>
"""


def test_html_title_is_checked_and_the_head_description_beside_a_body_is_not(
    tmp_path: Path,
) -> None:
    found = findings(tmp_path, "page.html", HTML)
    assert (3, 23, "overstatement", "miracle cure") in found
    # The meta description is the search result's text, not the page's (documents/html.py).
    assert all(line != 5 for line, *_ in found), found
    assert all(line != 6 for line, *_ in found)  # keywords are not prose


def test_a_page_with_no_body_prose_has_its_meta_description_checked_in_place(
    tmp_path: Path,
) -> None:
    bodiless = HTML.replace("<h1>Green tea</h1><p>Plain words about tea.</p>", "")
    found = findings(tmp_path, "page.html", bodiless)
    assert (3, 23, "overstatement", "miracle cure") in found
    assert (5, 16, "vague-attribution", "Research shows") in found


SOCIAL = """\
<html><head><title>Heel clinic</title>
<meta property="og:description" content="Research shows our laser cures heel pain for good.">
<meta name="twitter:description" content="Studies show our laser is a miracle cure.">
</head><body></body></html>
"""


def test_social_card_descriptions_are_never_read() -> None:
    # Open Graph and X card text is a setting of the shared link, even on an empty page.
    assert [b[1] for b in blocks("page.html", SOCIAL)] == ["Heel clinic"]


def test_an_html_title_that_repeats_the_h1_with_the_site_name_is_checked_once() -> None:
    text = HTML.replace("<h1>Green tea</h1>", "<h1>Green tea is a miracle cure &amp; more</h1>")
    kinds = [(kind, prose) for kind, prose, _ in blocks("page.html", text)]
    assert kinds.count(("heading", "Green tea is a miracle cure & more")) == 1
    assert ("heading", "Green tea is a miracle cure & more | Example Health") not in kinds


COLON = """\
<html><head><title>Hyperbaric oxygen: a guaranteed cure for long Covid</title></head>
<body><h1>Hyperbaric oxygen</h1><p>Each session lasts an hour.</p></body></html>
"""


def test_an_html_titles_subtitle_after_a_colon_is_read_at_its_place() -> None:
    # A colon marks a subtitle, not a site's name (documents/summary_repeats.py, review32h):
    # the subtitle is read from its own first word, the h1's words once, in the body.
    found = blocks("page.html", COLON)
    assert found[0] == (
        "heading",
        "a guaranteed cure for long Covid",
        "a guaranteed cure for long Covid",
    )
    assert [prose for _, prose, _ in found].count("Hyperbaric oxygen") == 1


MDX = """\
import Chart from "../components/Chart"
export const meta = {
  title: "not prose",
}

# Tea

<Callout type="warning" title="This tea is a miracle cure">
  Research shows this tea works for everyone.
</Callout>

<Chart data={[1, 2]} caption="a miracle cure" />
"""


def test_mdx_component_children_are_prose_and_props_and_modules_are_not(tmp_path: Path) -> None:
    found = findings(tmp_path, "a.mdx", MDX)
    assert (9, 3, "vague-attribution", "Research shows") in found
    assert all(line in (9,) for line, *_ in found), found  # no prop, import or export line


def test_mdx_blanking_keeps_every_offset_and_line_break() -> None:
    blanked = blank_jsx(MDX)
    assert len(blanked) == len(MDX)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == [
        i for i, c in enumerate(MDX) if c == "\n"
    ]
    assert "Research shows this tea works for everyone." in blanked
    assert "Callout" not in blanked and "Chart" not in blanked and "import" not in blanked


@pytest.mark.parametrize("name", ["a.md", "a.markdown"])
def test_plain_markdown_reads_its_html_blocks_as_html(name: str) -> None:
    text = '<div class="note">\n*This* is inside an HTML block.\n</div>\n\nBody.\n'
    assert [b[1] for b in blocks(name, text)] == ["*This* is inside an HTML block.", "Body."]
