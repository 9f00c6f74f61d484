"""A Markdown page whose body is HTML indented four spaces or more after blank lines is read as
HTML; a real indented code listing stays code, and silent (issue 14, documents/indented_html.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import parse_text

FRONT = '---\ntitle: "Gut notes"\n---\n\n'

INDENTED_PAGE = (
    FRONT + '<div class="wrap">\n\n'
    '    <section class="intro">\n'
    "        <p>Studies show that this fibre blend relieves bloating within days.</p>\n"
    "    </section>\n\n"
    '    <section class="more">\n'
    "        <h2>How we choose</h2>\n"
    "        <p>Our team tries every blend for a month before we write about it.</p>\n"
    "    </section>\n\n"
    "</div>\n"
)


def _texts(name: str, page: str) -> list[str]:
    return [block.text for block in parse_text(name, page).blocks]


def test_an_indented_html_body_is_read_as_html(tmp_path: Path) -> None:
    texts = _texts("p.md", INDENTED_PAGE)
    assert "Studies show that this fibre blend relieves bloating within days." in texts
    assert "How we choose" in texts
    assert not any("<p>" in text or "section" in text for text in texts)
    found = findings(tmp_path, "p.md", INDENTED_PAGE)
    assert [(line, rule, text) for line, _, rule, text in found] == [
        (8, "vague-attribution", "Studies show")
    ]


def test_an_indented_block_after_a_blank_line_alone_is_read_as_html() -> None:
    page = FRONT + "    <p>Experts agree that the tea clears toxins from the gut.</p>\n"
    assert _texts("a.md", page)[-1:] == ["Experts agree that the tea clears toxins from the gut."]


SHELL = "    $ pip install sleep-diary\n    $ sleep-diary --week 3 --export notes.csv\n"
JSON = (
    '    {\n      "dose": "10 mg",\n      "note": "Studies show it works for most people."\n    }\n'
)
PYTHON = (
    "    def dose(weight):\n"
    '        """Studies show this dose cures insomnia in every adult."""\n'
    "        return weight * 2\n"
)


@pytest.mark.parametrize("listing", [SHELL, JSON, PYTHON])
def test_a_real_code_listing_stays_code_and_silent(tmp_path: Path, listing: str) -> None:
    page = "# My sleep log\n\nI keep my diary with a small tool.\n\n" + listing
    assert _texts("c.md", page) == ["My sleep log", "I keep my diary with a small tool."]
    assert findings(tmp_path, "c.md", page) == []


@pytest.mark.parametrize(
    "code",
    [
        "```html\n<p>Example</p>\n```\n",  # fenced code on the page
        "Paste the `<div>` below into your theme.\n",  # an inline code span
        "    npm run build\n",  # another indented block that is a listing
        "<pre>make serve</pre>\n",  # a preformatted element
    ],
)
def test_indented_html_on_a_page_that_shows_code_stays_code(code: str) -> None:
    page = (
        "# Embedding our widget\n\n" + code + '\n    <div class="widget">\n'
        "      <p>Studies show that this fibre blend relieves bloating within days.</p>\n"
        "    </div>\n"
    )
    assert not any("fibre blend" in text for text in _texts("w.md", page))


@pytest.mark.parametrize(
    "block",
    [
        '    <span class="x">Studies show that this fibre blend relieves bloating.</span>\n',
        '    <div class="grid" data-columns="3">\n      <img src="a.png">\n    </div>\n',
        "    <p>Fibre blend</p>\n",
    ],
)
def test_an_indented_block_that_opens_inline_or_holds_no_prose_stays_code(block: str) -> None:
    # A phrasing tag opens no HTML block (CommonMark condition 6 names block tags only), and
    # markup with no sentence in its text nodes is a layout, not the page's prose.
    page = "# Notes\n\nA short page.\n\n" + block
    assert _texts("s.md", page) == ["Notes", "A short page."]


def test_the_indented_html_findings_point_at_the_file(tmp_path: Path) -> None:
    page = FRONT + "\n".join(
        [
            "<div>",
            "",
            "    <main>",
            "        <p>Doctors agree that cold baths cure colds.</p>",
            "    </main>",
            "",
            "</div>",
            "",
        ]
    )
    found = findings(tmp_path, "f.md", page)
    assert found and all(line == 8 for line, _, _, _ in found)
    assert any(text == "Doctors agree" for _, _, _, text in found)


EMBED = (
    "# Share our helpline box\n\n"
    "Copy the markup below into your own site to show our helpline box to your readers.\n\n"
    '    <div class="helpline-box">\n'
    "      <p>Doctors agree that talking to a volunteer cures anxiety within a week.</p>\n"
    "    </div>\n"
)
QUOTED = (
    "# Reader mail\n\n> > A reader wrote to us last week about the new clinic.\n>\n"
    '>     <div class="letter">\n'
    ">       <p>Experts agree that cold showers boost immunity for good.</p>\n>     </div>\n"
)


@pytest.mark.parametrize("page", [EMBED, QUOTED])
def test_indented_html_after_markdown_prose_outside_the_pages_html_stays_code(
    tmp_path: Path, page: str
) -> None:
    # An embed snippet a paragraph introduces, or a block in a quote, is a listing the page
    # shows as code (no element of the page's own HTML is open around it): silent.
    assert findings(tmp_path, "e.md", page) == []


def test_indented_html_inside_the_pages_open_wrapper_after_a_heading_is_read() -> None:
    page = (
        '# Gut notes\n\n<div class="post">\n\n'
        "    <p>Experts agree that the tea clears toxins from the gut.</p>\n\n</div>\n"
    )
    assert "Experts agree that the tea clears toxins from the gut." in _texts("o.md", page)
