"""Which element starts page furniture, and the <aside> that is a column of the page instead.

An element is furniture by its name (<nav>, <aside>, <form>, <footer>; a page's <header>), by
being hidden, by a WAI-ARIA role of furniture, or by a class or id that names furniture
(rules/lexicon/page.yaml, documents/vocabulary.py).

An <aside> is furniture on most sites: a sidebar of links, teasers, a sign-up form, widgets.
WHATWG HTML defines it as "content that is tangentially related to the content around it",
which a sidebar is; but a page built by hand may use it as its second column, holding what a
main column holds: a heading and paragraphs of sentences ("Benefits of ..." with the
paragraphs and the list that give them). Such an aside is read when it closes and its blocks
have that shape (`content_column`), and only when nothing else says it is furniture: no role
(an ARIA role of "complementary" or any other says what it is), no furniture class or id, not
hidden, not inside other furniture, and, on a page that marks its main content, inside it or a
sibling of it (the second column beside <main>, not a box elsewhere in the page's chrome).
Nor is an aside a column when its first heading heads an author box ("About the author":
rules/lexicon/page.yaml `author_box_words`) or when it holds a form the reader types into (a
sign-up, booking or search box, html_boxes.py; a payment form of buttons and choices is no such
box). Only what the HTML reader read in such an aside is left out when it is no column: a Markdown
file's own paragraphs between its `<aside>` and `</aside>` lines are the Markdown reader's, and
stay read as they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from linter.documents.furniture import link_only, teaser, word_count, words
from linter.documents.html_tags import _DEPTH, _HIDDEN_STYLE, _SCOPES
from linter.documents.model import Block
from linter.documents.vocabulary import PageVocabulary, vocabulary

# A column's paragraph: a sentence or more of the writer's words (not a caption, a label or a
# link), ending as sentences and lead-ins end.
MIN_PARAGRAPH_WORDS = 8
# A column holds at least this many such paragraphs under its headings, and this many words in
# all: a widget's blurb under its title ("My free guide. Flush out toxins ...") has one.
MIN_PARAGRAPHS = 2
MIN_WORDS = 60
# At most this share of a column's words are link text (a list of links is a sidebar).
MAX_LINKED = 1 / 3
_SENTENCE_ENDS = (".", "!", "?", ":", "”", '"', ")")


def furniture_of(
    words: PageVocabulary,
    tag: str,
    attributes: dict[str, str | None],
    stack: Sequence[str],
    by_class: bool,
) -> tuple[bool, bool]:
    """(furniture, by class or id only) for an element that starts here, inside `stack`."""
    if tag in words.furniture_elements or tag in words.always_furniture_elements:
        return True, False
    if tag in words.page_scoped_elements and not _SCOPES & set(stack[-_DEPTH:]):
        return True, False
    if "hidden" in attributes or _HIDDEN_STYLE.search(attributes.get("style") or ""):
        return True, False
    role = (attributes.get("role") or "").lower().split()
    if role and role[0] in words.furniture_roles:
        return True, False
    if not by_class or tag in ("html", "body") or tag in words.main_elements:
        return False, False
    named = " ".join(v for k, v in attributes.items() if k in words.naming_attributes and v)
    return (bool(named) and words.furniture_class(named)), True


def post_marker(tag: str, furniture: Sequence[tuple[int, bool]], main_only: bool) -> bool:
    """Whether microformats or microdata here may mark the post (vocabulary.names_post), with
    the open furniture's (stack position, by class only).

    Never inside furniture by element or role, nor on <html> or <body>. On a page that marks
    its main content, only outside all furniture (a post class on a related teaser marks no
    post); on a page that does not, also inside furniture named by class only (Blogger's
    post inside its "widget Blog")."""
    if tag in ("html", "body") or any(not by_class for _, by_class in furniture):
        return False
    return not (main_only and furniture)


def column_candidate(
    words: PageVocabulary,
    tag: str,
    attributes: dict[str, str | None],
    furniture: Sequence[tuple[int, bool]],
    placed: bool,
) -> bool:
    """Whether an element is furniture by its name <aside> alone: no role, not hidden, no
    class or id that names furniture, no furniture open around it, and `placed` where a column
    may be (on a page that marks its main content: inside it, or where a main element began)."""
    if tag != "aside" or furniture or not placed:
        return False
    if attributes.get("role") or "hidden" in attributes:
        return False
    if _HIDDEN_STYLE.search(attributes.get("style") or ""):
        return False
    named = " ".join(v for k, v in attributes.items() if k in words.naming_attributes and v)
    return not (named and words.furniture_class(named))


def content_column(blocks: Sequence[Block]) -> bool:
    """Whether an aside's blocks are what a main column holds: a heading, paragraphs of
    sentences after it, enough words, and few of them link text; no teaser among them."""
    first = next((i for i, block in enumerate(blocks) if block.kind == "heading"), None)
    if first is None or _author_box(blocks[first].text):
        return False
    paragraphs = [block for block in blocks[first + 1 :] if _sentences(block)]
    if len(paragraphs) < MIN_PARAGRAPHS or any(teaser(b) for b in blocks):
        return False
    total = sum(word_count(b.text) for b in blocks)
    linked = sum(
        word_count(b.text[a.start : a.end])
        for b in blocks
        for a in b.attachments
        if a.kind == "link" and a.end > a.start
    )
    return total >= MIN_WORDS and linked <= MAX_LINKED * total


def _author_box(heading: str) -> bool:
    """A heading about the page's writer ("About the author"): a card about a person."""
    author = vocabulary().author_box_words
    return any(word.lower() in author for word in words(heading))


def _sentences(block: Block) -> bool:
    return (
        block.kind in ("paragraph", "blockquote")
        and word_count(block.text) >= MIN_PARAGRAPH_WORDS
        and block.text.rstrip().endswith(_SENTENCE_ENDS)
        and not link_only(block)
    )
