"""precU (issue 9, set U): Markdown files a site renders inside other pages are furniture."""

from __future__ import annotations

import pytest

from linter.documents import parse_text
from linter.documents.fragments import rendered_elsewhere

_BODY = "Studies show that acupuncture cures migraines in 80% of patients.\n"


@pytest.mark.parametrize(
    ("path", "front"),
    [
        ("site/content/sidebars/default-primary.md", 'sidebar: "primary"'),
        ("site/content/sidebar/news.md", ""),
        ("site/content/widgets/teasers.md", "weight: 10"),
        ("site/_widgets/research.md", "layout: widget"),
        ("site/content/about/team/index.md", "headless: true"),
        ("site/content/posts/hidden.md", "title: Hidden\nbuild:\n  render: never"),
        ("site/content/posts/old.md", "title: Old\n_build:\n  render: false"),
    ],
)
def test_a_fragment_has_no_prose(path: str, front: str) -> None:
    document = parse_text(path, f"---\n{front}\n---\n{_BODY}")
    assert document.blocks == []


@pytest.mark.parametrize(
    ("path", "front"),
    [
        # Near misses: a titled widget page is a page; the word in a file name or a folder
        # further up, "headless: false", and a page that is rendered stay read.
        ("site/content/widgets/about.md", 'title: "About the clinic"'),
        ("site/content/posts/sidebar-tips.md", "title: Sidebar tips"),
        ("sidebars/site/content/posts/acupuncture.md", "title: Acupuncture"),
        ("site/content/sidebar-stories/one.md", ""),
        ("site/content/posts/shown.md", "headless: false"),
        ("site/content/posts/listed.md", "title: Listed\nbuild:\n  render: always"),
        ("site/content/posts/plain.md", "headless: yes please"),
        # A bundle's index is its folder's page (review23p), titled or not.
        ("site/content/posts/sidebars/index.md", ""),
        ("site/content/widgets/_index.md", ""),
    ],
)
def test_a_page_is_read(path: str, front: str) -> None:
    document = parse_text(path, f"---\n{front}\n---\n{_BODY}")
    assert any("Studies show" in block.text for block in document.blocks)


def test_no_front_matter_outside_a_region_folder() -> None:
    assert not rendered_elsewhere("notes/today.md", None)
    assert rendered_elsewhere("notes/sidebar/today.md", None)
