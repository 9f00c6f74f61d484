"""A page body of HTML indented four spaces or more: markup to read, not a code listing.

CommonMark ends an HTML block at a blank line (spec 0.31, "HTML blocks", condition 6), and a
line indented four or more spaces after a blank line opens an indented code block ("Indented
code blocks"). A page whose whole body is nested, indented HTML with blank lines between its
sections (a site builder's or an AI writer's export into a Hugo or Astro post) is so read as
one long code listing, and none of its prose as prose; a browser shows the site's template
rendering it as Markdown would, as literal tags. A health page is no code listing: an indented
block is read as HTML when, by construction,

- it opens (after comments) with a tag CommonMark lists as starting a block-level HTML block
  (condition 6's names, markdown-it-py's `block_names`), or a closing one;
- it stands where the page's HTML is: inside an element the file's own HTML opened and left
  open (the body's wrapper `<div>`, `<main>`, `<article>`), or before any Markdown paragraph,
  heading or item. An indented block after Markdown prose, outside the page's HTML, is what
  CommonMark says it is: a listing the prose introduces ("paste this box into your site:", an
  embed or a form's markup, a block in a quote or a list item), shown as code, silent;
- it holds prose text nodes: a run of text outside tags with four words or more and sentence
  punctuation (documents/front_matter_prose.py's `is_prose`), not attribute values or ids;
- the page holds no programming content: no fenced code, no inline code span, no `<pre>` or
  `<code>` element, and no other indented block that does not open so (a shell command, a
  JSON snippet, a Python listing). A page that shows code keeps every indented block a
  listing, silent; the check needs the whole page's tokens, so a file parsed in pieces (over
  markdown.PIECE_LINES lines) keeps its indented blocks as code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser

from markdown_it.common.html_blocks import block_names
from markdown_it.token import Token

from linter.documents.front_matter_prose import is_prose

_LEADING_COMMENTS = re.compile(r"\s*(?:<!--.*?-->\s*)*", re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(block_names, key=len, reverse=True)) + r")(?:[\s/>]|$)", re.I
)
_CODE_ELEMENT = re.compile(r"<(?:pre|code)[\s>]", re.I)


def opens_with_block_tag(content: str) -> bool:
    """Whether an indented block's text opens, after any comments, with a block-level tag."""
    rest = content[_LEADING_COMMENTS.match(content).end() :]  # type: ignore[union-attr]
    return _BLOCK_TAG.match(rest) is not None


class _TextNodes(HTMLParser):
    """The text between tags, outside scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.texts.append(data)


def holds_prose(content: str) -> bool:
    """Whether some text node of the markup reads as prose (four words, a sentence's end)."""
    nodes = _TextNodes()
    try:
        nodes.feed(content)
        nodes.close()
    except Exception:  # the stdlib parser still asserts on a few malformed inputs
        return False
    return any(is_prose(" ".join(text.split())) for text in nodes.texts)


def in_page_html(open_elements: Sequence[str], prose_before: bool) -> bool:
    """Whether an indented block stands inside the page's own open HTML, or before any Markdown
    prose (see above)."""
    return bool(open_elements) or not prose_before


def html_bodied(token: Token) -> bool:
    """Whether an indented code block reads as the page's HTML (see above)."""
    return opens_with_block_tag(token.content) and holds_prose(token.content)


def shows_code(tokens: list[Token]) -> bool:
    """Whether a page's tokens hold programming content: fenced code, an inline code span, a
    `<pre>` or `<code>` element, or an indented block that does not open with a block tag."""
    for token in tokens:
        if token.type == "fence":
            return True
        if token.type == "code_block" and not opens_with_block_tag(token.content):
            return True
        if token.type in ("html_block", "code_block") and _CODE_ELEMENT.search(token.content):
            return True
        if token.type == "inline" and any(_shows_code(child) for child in token.children or ()):
            return True
    return False


def _shows_code(child: Token) -> bool:
    """Whether an inline token is code: a code span, or a `<code>` tag written inline."""
    return child.type == "code_inline" or (
        child.type == "html_inline" and _CODE_ELEMENT.match(child.content) is not None
    )
