"""A subtitle kept in front matter beside a body is read as the title is, as a heading.

A theme's layout shows a `subtitle` (Pandoc's and Quarto's variable; a Hugo or Jekyll theme's
`subheading`) under the title, so its claims are the page's; a one-line sentence in a mapping
so named (`subheadings: {blurb}`) is read too. Teasers, SEO keys, other pages' cards and
caption files under `subtitles` are not page text (documents/front_matter.py).
"""

from __future__ import annotations

from exact_offsets import assert_offsets_exact, read_exact

PAGE = """\
---
title: Hand therapy
subtitle: "Gentle exercises for stiff fingers."
sub_heading: >-
  A second line that folds
  over two lines of the file.
subheadings:
    image: /img/hands.jpg
    colour: "#ffffff"
    blurb: 'Our team''s answer to painful joints!'
subtitles:
  en: captions/hands-en.vtt
teaser: Our gloves cure arthritis in a week.
seo:
  subtitle: Experts say these gloves cure arthritis.
related:
  - title: Wrist care
    subtitle: Studies show wrist splints cure every sprain.
---

Book your first visit by phone.
"""


def test_subtitles_are_read_as_headings_at_their_places() -> None:
    document = read_exact("hands.md", PAGE)
    assert [(b.kind, b.text) for b in document.blocks] == [
        ("heading", "Hand therapy"),
        ("heading", "Gentle exercises for stiff fingers."),
        ("heading", "A second line that folds over two lines of the file."),
        ("heading", "Our team's answer to painful joints!"),
        ("paragraph", "Book your first visit by phone."),
    ]
    assert_offsets_exact(document)


def test_teasers_seo_cards_captions_and_group_settings_are_left_out() -> None:
    texts = " ".join(b.text for b in read_exact("hands.md", PAGE).blocks)
    for unread in ("captions", "#ffffff", "hands.jpg", "gloves", "splints"):
        assert unread not in texts


def test_a_page_builder_reads_its_subtitle_once() -> None:
    source = """\
---
title: Sleep clinic
subtitle: "Quiet rooms for overnight sleep studies."
sections:
  - body: "<p>Our nurses stay with you through the night and explain each step.</p>"
---
"""
    texts = [b.text for b in read_exact("sleep.md", source).blocks]
    assert texts.count("Quiet rooms for overnight sleep studies.") == 1
    assert any("Our nurses stay with you" in t for t in texts)


def test_a_subtitle_with_a_line_break_is_not_read() -> None:
    source = (
        "---\ntitle: Knee care\nsubtitle: |\n  First line.\n  Second line here.\n---\n\nText.\n"
    )
    texts = [b.text for b in read_exact("knee.md", source).blocks]
    assert texts == ["Knee care", "Text."]


def test_a_page_builder_reads_a_list_under_a_subtitle_key_once() -> None:
    # review31z: a list is the content readers' (front_matter_prose.py), not front_matter.py's,
    # so a subtitle-named list of sentences is read on a page builder as before readZ.
    source = """\
---
title: Sleep clinic
subheadings:
  - "Our nurses stay with you through the night and explain each step."
  - "Rooms are quiet and dark."
---
"""
    texts = [b.text for b in read_exact("sleep.md", source).blocks]
    said = " ".join(texts)
    assert said.count("Our nurses stay with you through the night") == 1
