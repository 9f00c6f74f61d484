"""White space as the page shows it (issue 14, documents/normalise.py `spaced_text`): a phrase
wrapped and indented in HTML source, or joined by a no-break space, reads as written with one
space; digits grouped by a no-break space stay one number. And front-matter text as the page
shows it: a single-quoted value with a doubled quote is read, an image's alt text is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_findings import findings

from linter.documents import parse_text
from linter.documents.normalise import spaced_text


def _page(paragraph: str) -> str:
    return f"<html><body><main>\n<p>{paragraph}</p>\n</main></body></html>\n"


@pytest.mark.parametrize(
    ("paragraph", "rule", "quoted"),
    [
        ("Studies\n            show that turmeric eases joint pain.", "vague-attribution",
         "Studies\n            show"),
        ("It is\n      believed that the herb clears toxins.", "vague-attribution",
         "It is\n      believed that"),
        ("Studies&nbsp;show that turmeric eases joint pain.", "vague-attribution",
         "Studies&nbsp;show"),
        ("This balm is clinically&#160;proven to ease eczema.", "overstatement",
         "clinically&#160;proven"),
    ],
)  # fmt: skip
def test_a_phrase_split_by_source_spacing_is_found_and_quoted_as_written(
    tmp_path: Path, paragraph: str, rule: str, quoted: str
) -> None:
    found = findings(tmp_path, "s.html", _page(paragraph))
    assert [(r, text) for _, _, r, text in found] == [(rule, quoted)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our clinic\n        opened a new wing for children this spring.",
        "We&nbsp;show&nbsp;you how to book online.",
        "Studies of the\n      shoulder need a scan first.",
    ],
)
def test_near_misses_across_source_spacing_stay_silent(tmp_path: Path, paragraph: str) -> None:
    assert findings(tmp_path, "n.html", _page(paragraph)) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("a  b", "a b"),
        ("Studies \n   show", "Studies\nshow"),
        ("miracle\u00a0cure", "miracle cure"),
        ("10\u00a0mg", "10 mg"),
        ("12\u00a0000 adults", "12\u00a0000 adults"),  # a thousands group (CLDR), kept
        ("12\u202f000 adults", "12\u202f000 adults"),
    ],
)
def test_spaced_text_maps_every_character_back(text: str, read: str) -> None:
    new, kept = spaced_text(text)
    assert new == read
    if kept is not None:
        assert len(kept) == len(new)
        assert all(new[i] == text[k] or text[k] in "\u00a0\u202f" for i, k in enumerate(kept))


def test_plain_text_is_unchanged() -> None:
    assert spaced_text("One space only.\nA line.") == ("One space only.\nA line.", None)


BUILDER = """\
---
title: Partner page
page:
  intro: We invite local groups to join our work on care for older people.
  image_alt: A nurse holding the hand of a patient who is smiling at her.
  imageAlt: Two doctors reading a chart in a bright hospital corridor today.
  items:
    - 'Community: Strengthen your team''s ties to good health in town.'
    - 'Care: Studies show that our programme cures loneliness in every patient.'
---
"""


def test_a_single_quoted_value_with_a_doubled_quote_is_read() -> None:
    texts = [block.text for block in parse_text("b.md", BUILDER).blocks]
    assert "Community: Strengthen your team's ties to good health in town." in texts


def test_a_finding_after_a_doubled_quote_points_at_the_file(tmp_path: Path) -> None:
    page = BUILDER.replace("'Care: Studies", "'Care''s note: Studies")
    found = findings(tmp_path, "q.md", page)
    line = page.splitlines().index(next(x for x in page.splitlines() if "Care''s" in x)) + 1
    assert ("vague-attribution", "Studies show") in [(r, t) for _, _, r, t in found]
    assert all(ln == line for ln, _, r, _ in found if r == "vague-attribution")


def test_an_images_alt_text_under_a_compound_key_is_not_read() -> None:
    texts = [block.text for block in parse_text("b.md", BUILDER).blocks]
    assert not any("nurse" in text or "corridor" in text for text in texts)
    assert "We invite local groups to join our work on care for older people." in texts


def test_a_link_after_collapsed_spacing_still_covers_its_own_words() -> None:
    # The remapped attachments (normalise._remapped, by bisection) keep a source on its words.
    from linter.documents.prose_blocks import prose_blocks

    page = _page(
        'Sugar   raises\n          the risk,\u00a0a <a href="https://doi.org/10.1000/x">'
        "cohort\n          study</a>\t\tfound."
    )
    blocks = prose_blocks(parse_text("l.html", page).blocks, page)
    block = next(b for b in blocks if "Sugar" in b.text)
    assert block.text == "Sugar raises the risk, a cohort study found."
    assert [block.text[a.start : a.end] for a in block.attachments] == ["cohort study"]
    assert all(page[block.offsets[i]] == c or c == " " for i, c in enumerate(block.text))
