"""Boxes of a page whose words are furniture although no class names them.

- The words around a form: a sign-up, booking or search box's pitch. The form itself is never
  read (rules/lexicon/page.yaml, furniture_elements), but its heading and pitch sit beside it
  in the same box ("Free consultation. 9 out of 10 of our patients avoid surgery." over a name
  and phone form). The box is the nearest element around a form that asks the reader to type
  (a text, email, phone or search field, or a text area: not an add-to-cart form of buttons
  and a quantity) that holds text of its own; when that text is short, it is the form's call
  to action, not the article.
- A box that opens with a furniture heading ("Read more", "Related stories"): a news site's
  links to other stories set inside the article body. The page pass (documents/page.py) leaves
  out what follows such a heading up to the next heading, which in the middle of an article
  would take the article's next paragraphs with it; the box says where it ends.

An article, a main element and the page itself are never such a box.
"""

from __future__ import annotations

from collections.abc import Sequence

from linter.documents.furniture import furniture_heading, heading_like
from linter.documents.model import Block

# At most this many words of text around a form make its box a call to action: sign-up,
# booking and search boxes say a heading and a sentence or two; an article says more.
MAX_WORDS = 50

# A box headed by a furniture heading holds at most this many blocks: a few links to other
# stories, with their headlines and excerpts.
MAX_BLOCKS = 12

# <input> types the reader types words or numbers into (WHATWG HTML, the input element);
# an <input> without a type is a text field.
_TYPED_INPUTS = frozenset({"", "text", "email", "tel", "search"})


class Boxes:
    """Follows the open elements of a page and says which blocks a form's box holds."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # how many blocks there were when each open element began
        self.form_at: int | None = None  # stack position of the open form
        self.typed = False  # the open form asks the reader to type
        self.pending: int | None = None  # a closed typed form's position, until its box is found
        self.forms = 0  # typed forms closed so far (an aside that holds one is no column)

    def opened(self, blocks: int) -> None:
        """An element starts (after its start tag), with `blocks` blocks read so far."""
        self.starts.append(blocks)

    def form(self, depth: int) -> None:
        if self.form_at is None:
            self.form_at, self.typed = depth, False

    def field(self, tag: str, input_type: str | None) -> None:
        """A form control: a text area or an input of a typed kind marks the form."""
        if self.form_at is not None:
            kind = (input_type or "").strip().lower()
            self.typed = self.typed or tag == "textarea" or kind in _TYPED_INPUTS

    def closed(self, depth: int, blocks: Sequence[Block], never: bool) -> int | None:
        """An element ends at stack position `depth`, with all blocks read so far.

        The index of the first block it holds when it is a box of furniture (the blocks from
        there on are left out), else None. `never` says the element cannot be a box (an
        article, main, the page).
        """
        start = self.starts.pop() if self.starts else len(blocks)
        if depth == self.form_at:
            self.forms += self.typed
            self.pending, self.form_at = (depth if self.typed else None), None
            return None
        if self.pending is not None and depth < self.pending and start >= len(blocks):
            self.pending = depth  # an ancestor with no text of its own: its parent may be the box
            return None
        if start >= len(blocks):
            return None
        if self.pending is not None and depth < self.pending:
            self.pending = None
            words = sum(len(block.text.split()) for block in blocks[start:])
            if words <= MAX_WORDS and not never:
                return start
        return start if not never and _headed_by_furniture(blocks, start) else None


def _headed_by_furniture(blocks: Sequence[Block], start: int) -> bool:
    """The blocks from `start` on are a few under a furniture heading, the heading first."""
    first = blocks[start]
    return (
        2 <= len(blocks) - start <= MAX_BLOCKS
        and (first.kind == "heading" or heading_like(first))
        and furniture_heading(first.text)
    )
