"""A page builder's page text in its front matter is read where the file has it (issues 9/14).

Netlify-CMS/Gatsby-style pages keep their sections in front-matter keys holding HTML or
Markdown and leave the body empty; a page with a body keeps settings and notes there instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import read_document
from linter.documents.front_matter_prose import is_prose

PAGE = """\
---
templateKey: service-page
title: Tea clinic
hero:
  display: true
  image: /img/hero-tea.jpg
  title: Give your body the care it deserves!
heading:
  classname: section-intro
  content: >
    <p class="intro">Our tea is gentle.
    Research shows it cures colds in 90% of patients.</p>
sections:
  - img: /img/a.png
    section: >
      <div><h2>At home</h2>
          <ul><li>Experts say a cup a day works.</li></ul>
      </div>
  - img: /img/b.png
    section: "<ul><li>A second list of plain words here.</li></ul>"
oldSection:
  display: false
  text: Studies show this hidden tea cures flu in 80% of cases.
footer:
  note: Studies show this footer tea cures flu in 70% of cases.
faq:
  - question: Is it safe?
    answer: "Doctors agree it helps 60% of people sleep."
---
"""


def test_page_builder_text_is_checked_at_its_line_and_column(tmp_path: Path) -> None:
    found = findings(tmp_path, "tea.md", PAGE)
    assert (12, 5, "vague-attribution", "Research shows") in found
    assert (12, 23, "overstatement", "cures") in found
    assert (12, 38, "unsourced-statistic", "90%") in found
    assert (17, 19, "vague-attribution", "Experts say") in found
    assert (28, 14, "vague-attribution", "Doctors agree") in found
    # A section switched off and the footer are not on the page.
    assert all(line not in (23, 25) for line, *_ in found)


def test_each_block_maps_back_to_the_characters_it_came_from() -> None:
    document = read_document("tea.md", PAGE.encode("utf-8"))
    read = [(b.kind, b.text) for b in document.blocks]
    assert read == [
        ("heading", "Tea clinic"),
        ("heading", "Give your body the care it deserves!"),
        ("paragraph", "Our tea is gentle. Research shows it cures colds in 90% of patients."),
        ("heading", "At home"),
        ("list_item", "Experts say a cup a day works."),
        ("list_item", "A second list of plain words here."),
        ("paragraph", "Doctors agree it helps 60% of people sleep."),
    ]
    for block in document.blocks:
        for i, char in enumerate(block.text):
            if not char.isspace():
                assert PAGE[block.offsets[i]] == char
    items = [b for b in document.blocks if b.kind == "list_item"]
    assert items[0].list_id != items[1].list_id  # two values: two lists


def test_a_page_with_a_body_keeps_settings_and_notes_in_its_front_matter(tmp_path: Path) -> None:
    page = (
        "---\n"
        "title: Caring for a relative\n"
        "notes: Research shows editors liked it; 90% of readers finished it.\n"
        "excerpt: Studies show this tea cures colds in 90% of patients.\n"
        "---\n\n"
        "A plain guide for carers.\n"
    )
    assert findings(tmp_path, "guide.md", page) == []


@pytest.mark.parametrize(
    "value",
    [
        "/img/hero-tea.jpg",
        "https://example.org/a/b?c=d",
        "service-page",
        "2021-04-05",
        "#ff00aa",
        "Tea clinic",
        "tea, colds, flu, remedies, herbs",
        "section-reasons bebas-title dv-pb-40 text-center",
    ],
)
def test_settings_are_not_prose(value: str) -> None:
    assert not is_prose(value)


@pytest.mark.parametrize(
    "value",
    [
        "Research shows the tea works for colds.",
        "Give your body the care it deserves!",
        '<p class="x">Plain words in a paragraph</p>',
        "See [the trial](https://example.org) for the figures",
    ],
)
def test_sentences_and_marked_up_text_are_prose(value: str) -> None:
    assert is_prose(value)


def test_aliases_are_read_once_whatever_they_expand_to() -> None:
    lines = ["---", 'a: &a ["Research shows tea cures colds in 90% of people.", x]']
    previous = "a"
    for i in range(1, 40):  # 4**39 strings once expanded
        lines.append(f"b{i}: &b{i} [*{previous}, *{previous}, *{previous}, *{previous}]")
        previous = f"b{i}"
    text = "\n".join([*lines, "---", ""])
    document = read_document("laughs.md", text.encode("utf-8"))
    assert [b.text for b in document.blocks] == ["Research shows tea cures colds in 90% of people."]


def test_a_body_of_html_holds_the_page() -> None:
    text = (
        "---\nintro: Studies show this tea cures colds in 90% of patients.\n---\n"
        '<div class="page">\n<p>Tea for colds.</p>\n</div>\n'
    )
    assert [b.text for b in read_document("tea.md", text.encode("utf-8")).blocks] == [
        "Tea for colds."
    ]
    empty = text.split("<div")[0] + "<!-- sections come from the front matter -->\n"
    assert [b.text for b in read_document("tea.md", empty.encode("utf-8")).blocks] == [
        "Studies show this tea cures colds in 90% of patients."
    ]


# A page builder (Stackbit) that writes each section as one double-quoted string with escapes.
ESCAPED = (
    "---\ntitle: Home\nsections:\n  - type: section_content\n"
    '    content: "Our tea is gentle.\\nResearch shows it cures colds in 90%\\_of \\\n'
    '      patients, caf\\u00e9 owners say."\n---\n'
)


def test_double_quoted_escapes_are_read_at_their_places(tmp_path: Path) -> None:
    found = findings(tmp_path, "home.md", ESCAPED)
    assert (5, 35, "vague-attribution", "Research shows") in found
    assert (5, 68, "unsourced-statistic", "90%") in found
    document = read_document("home.md", ESCAPED.encode("utf-8"))
    body = [b for b in document.blocks if b.kind != "heading"]
    assert [b.text for b in body] == [
        "Our tea is gentle. Research shows it cures colds in 90%\xa0of patients, café owners say."
    ]
    for i, char in enumerate(body[0].text):
        if char == "é" or char == "\xa0":
            assert ESCAPED[body[0].offsets[i]] == "\\"  # an escape sits at its backslash
        elif not char.isspace():
            assert ESCAPED[body[0].offsets[i]] == char


# A Statamic entry: the whole page is a Bard document in `content:`, and `snippet:` holds the
# teaser that listing pages show (issue 14); the teaser is furniture, the page text is not.
BARD = """\
---
title: 'Tea and colds'
snippet: 'Does tea help? According to the Tea Institute, it cures colds in 90% of cases.'
content:
  -
    type: paragraph
    content:
      -
        type: text
        text: 'According to the Herbal Board, tea eases colds in most adults.'
---
"""


def test_a_listing_snippet_key_is_furniture_and_the_bard_text_is_read(tmp_path: Path) -> None:
    found = findings(tmp_path, "tea.md", BARD)
    assert all(line != 3 for line, *_ in found), found
    assert any(line == 10 and rule == "unsourced-citation" for line, _, rule, _ in found), found
