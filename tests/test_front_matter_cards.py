"""Cards kept in front matter beside a body are read where the file has them (issue 14).

A CMS list widget (Decap/Netlify CMS, Forestry, TinaCMS, Sanity's arrays) keeps what the
reader sees as a list of mappings each holding a body of HTML or Markdown, while the file's
body may hold something else, such as the page's source list. Only card bodies are read:
image items, menu and link items, keyword lists and a card the description repeats are not
read as page prose, or not twice.
"""

from __future__ import annotations

from pathlib import Path

from cli_findings import findings
from exact_offsets import assert_offsets_exact

from linter.documents import read_document

CARDS_PAGE = """\
---
title: Coffee and focus
type: quick_reads
cards:
  - order: 0
    useCheckmark: false
    body: >-
      <div><h2>Coffee and focus</h2><p>A new study finds the best time
      for a cup.</p></div>
    _key: card-1-aaa
  - order: 1
    body: >-
      <div><h2>Why it matters</h2><ul><li>Researchers say 40% of adults
      sleep too little.</li></ul></div>
    _key: card-2-bbb
---
* **A coffee study, the news story** [https://example.org/coffee](https://example.org/coffee)
* **A sleep survey** [https://example.org/sleep](https://example.org/sleep)
"""


def test_html_card_bodies_beside_a_source_list_are_read_at_their_places(
    tmp_path: Path,
) -> None:
    found = findings(tmp_path, "coffee.md", CARDS_PAGE)
    assert found == [
        (8, 40, "vague-attribution", "A new study finds"),
        (13, 43, "vague-attribution", "Researchers say"),
        (13, 59, "unsourced-statistic", "40%"),
    ]
    document = read_document("coffee.md", CARDS_PAGE.encode("utf-8"))
    assert_offsets_exact(document, ordered=False)


MARKDOWN_CARDS = """\
---
title: Tea for colds
sections:
  - heading: What helps
    content: |
      Studies show warm tea eases a sore throat.

      Drink it slowly.
  - heading: How much
    content: Most people drink two cups a day, experts say.
---

A short guide.
"""


def test_markdown_card_contents_are_read_and_their_headings_left(tmp_path: Path) -> None:
    found = findings(tmp_path, "tea.md", MARKDOWN_CARDS)
    assert [(line, rule) for line, _, rule, _ in found] == [
        (6, "vague-attribution"),
        (10, "vague-attribution"),
    ]
    document = read_document("tea.md", MARKDOWN_CARDS.encode("utf-8"))
    assert [b.text for b in document.blocks][1:] == [
        "Studies show warm tea eases a sore throat.",
        "Drink it slowly.",
        "Most people drink two cups a day, experts say.",
        "A short guide.",
    ]
    assert_offsets_exact(document, ordered=False)


def test_benefit_items_are_cards_and_testimonials_stay_furniture(tmp_path: Path) -> None:
    # Customer testimonials are a furniture class (rules/lexicon/page.yaml, issue 9).
    page = (
        "---\n"
        "benefits:\n"
        "  - icon: leaf\n"
        "    title: Calm\n"
        "    description: Clinically proven to cure anxiety in a week.\n"
        "testimonials:\n"
        "  - text: Doctors agree this tea works for everyone.\n"
        "    author: A buyer\n"
        "    img: https://example.org/a.png\n"
        "---\n\n"
        "A shop page.\n"
    )
    lines = {line for line, *_ in findings(tmp_path, "shop.md", page)}
    assert lines == {5}


NEAR_MISSES = """\
---
title: Sleep better
description: Research shows a dark room helps 60% of sleepers.
keywords:
  - studies show sleep
  - experts say dark rooms
gallery:
  - image: /img/room.jpg
    alt: Studies show this dark room helps 80% of sleepers.
    description: A bedroom at night, shown with the blinds drawn down.
menu:
  - name: Research shows
    url: /research/
  - label: Experts say more
    link: /experts/
cards:
  - body: Research shows a dark room helps 60% of sleepers.
---

A plain guide for light sleepers.
"""


def test_image_menu_and_keyword_items_are_not_read_and_a_repeat_is_read_once(
    tmp_path: Path,
) -> None:
    document = read_document("sleep.md", NEAR_MISSES.encode("utf-8"))
    assert [b.text for b in document.blocks] == [
        "Sleep better",
        "Research shows a dark room helps 60% of sleepers.",
        "A plain guide for light sleepers.",
    ]
    found = findings(tmp_path, "sleep.md", NEAR_MISSES)
    assert {line for line, *_ in found} == {17}


def test_a_list_with_an_item_that_has_no_body_is_not_cards() -> None:
    # A links list whose one item has a blurb: a menu, not cards.
    page = (
        "---\n"
        "links:\n"
        "  - name: Our research\n"
        "    url: /research/\n"
        "  - name: Our team\n"
        "    url: /team/\n"
        "    description: Experts say our team helps 90% of clients.\n"
        "---\n\n"
        "A plain page.\n"
    )
    assert [b.text for b in read_document("p.md", page.encode("utf-8")).blocks] == ["A plain page."]


def test_cards_repeated_by_aliases_are_read_once() -> None:
    page = (
        "---\n"
        "one: &card\n"
        "  body: Experts say warm tea eases a sore throat.\n"
        "cards: [" + ", ".join(["*card"] * 5000) + "]\n"
        "---\n\n"
        "A plain page.\n"
    )
    texts = [b.text for b in read_document("p.md", page.encode("utf-8")).blocks]
    assert texts == ["Experts say warm tea eases a sore throat.", "A plain page."]


# A page builder's sections, each with its own list of cards or FAQ items, beside a body
# (readX): written for this test.
SECTIONS_PAGE = """\
---
title: Ginger chews
sections:
  - type: features-grid
    title: Why our chews
    items:
      - title: Calm stomach
        description: Experts say ginger settles a queasy stomach within the hour.
        icon: leaf
      - title: Easy dose
        description: One chew after meals fits easily into your day.
  - type: faq-accordion
    items:
      - question: Can ginger chews cure travel sickness?
        answer: Studies show that ginger cuts the risk of nausea by 40% on long trips.
  - type: link-row
    items:
      - title: Shop
        url: /shop
      - title: Contact
        url: /contact
---
Our ginger chews are made in small batches from dried root and cane sugar.
"""


def test_section_lists_beside_a_body_are_read(tmp_path: Path) -> None:
    found = findings(tmp_path, "ginger.md", SECTIONS_PAGE)
    assert found == [
        (8, 22, "vague-attribution", "Experts say"),
        (15, 17, "vague-attribution", "Studies show"),
        (15, 69, "unsourced-statistic", "40%"),
    ]
    document = read_document("ginger.md", SECTIONS_PAGE.encode("utf-8"))
    texts = [block.text for block in document.blocks]
    assert "Can ginger chews cure travel sickness?" in texts  # asked: no finding
    assert not any(text in ("Shop", "Contact", "/shop", "Why our chews") for text in texts)
    assert_offsets_exact(document, ordered=False)


def test_lists_nested_deeper_than_sections_are_not_read(tmp_path: Path) -> None:
    # Only a section's own list is read: a list inside a card is a setting's or a menu's.
    page = (
        "---\ntitle: Ginger\nsections:\n  - type: grid\n    items:\n      - title: A\n"
        "        variants:\n          - description: Experts say ginger cures nausea fast.\n"
        "---\nOur chews are made in small batches.\n"
    )
    assert findings(tmp_path, "deep.md", page) == []


def test_a_sections_list_of_link_cards_is_not_read(tmp_path: Path) -> None:
    # A section listing other pages, each a link with its teaser, as a widget listing posts.
    page = (
        "---\ntitle: Ginger\nmajorlinks:\n  - heading: More\n    links:\n"
        "      - url: /nausea/\n        title: Nausea\n"
        "        description: Experts say ginger is believed to cure nausea in a day.\n"
        "---\nOur chews are made in small batches.\n"
    )
    assert findings(tmp_path, "links.md", page) == []
