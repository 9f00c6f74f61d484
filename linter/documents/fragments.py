"""Markdown files that a site renders inside other pages, never as a page of their own: their
text is furniture (a sidebar's teasers, a widget's blurb), as an <aside> is in HTML.

Two documented constructions:
- Hugo's headless bundle (`headless: true`: "a bundle that is never published as a page,
  only used by other pages", Hugo docs, Content management > Page bundles) and its build
  options (`build: {render: never}`, older `_build: {render: false}`: the page is not
  rendered, Hugo docs, Content management > Build options);
- a file with no title of its own in a folder named for a layout region, the folder words of
  the WAI-ARIA complementary landmark and of theme conventions ("sidebars", "widgets": a
  Hugo theme's `content/sidebars/*.md`, Jekyll's `_includes/sidebar`), the same words
  rules/lexicon/page.yaml lists as furniture classes of HTML. A titled file there (a
  widget page of the home page, "title: About") stays a page.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

# The folder names of a layout region beside the article (sidebar and widget areas).
_REGION_FOLDERS = frozenset({"sidebar", "sidebars", "widget", "widgets", "_sidebars", "_widgets"})
_NEVER_RENDERED = frozenset({"never", "false"})
_BUNDLE_INDEXES = frozenset({"index", "_index"})


def rendered_elsewhere(path: str, front_matter: dict[str, Any] | None) -> bool:
    """Whether the Markdown file at `path` is a fragment other pages show, not a page."""
    front = front_matter or {}
    if front.get("headless") is True:
        return True
    for key in ("build", "_build"):
        options = front.get(key)
        if isinstance(options, dict) and str(options.get("render")).lower() in _NEVER_RENDERED:
            return True
    # A bundle's index ("sidebars/index.md", "_index.md") is the page of its folder in Hugo
    # (a leaf or branch bundle, Hugo docs, Content management > Page bundles), not a fragment
    # of other pages, even untitled (review23p).
    file = PurePath(path)
    if file.stem.lower() in _BUNDLE_INDEXES:
        return False
    return file.parent.name.lower() in _REGION_FOLDERS and not str(front.get("title") or "").strip()
