"""The words around a form: a sign-up, booking or search box's pitch is furniture.

The form itself is never read (rules/lexicon/page.yaml, furniture_elements), but its heading
and pitch sit beside it in the same box ("Free consultation. 9 out of 10 of our patients
avoid surgery." over a name and phone form), with no class that names it. The box is the
nearest element around a form that asks the reader to type (a text, email, phone or search
field, or a text area: not an add-to-cart form of buttons and a quantity) that holds text of
its own; when that text is short, it is the form's call to action, not the article. An
article, a main element and the page itself are never such a box.
"""

from __future__ import annotations

from collections.abc import Sequence

from linter.documents.model import Block

# At most this many words of text around a form make its box a call to action: sign-up,
# booking and search boxes say a heading and a sentence or two; an article says more.
MAX_WORDS = 50

# <input> types the reader types words or numbers into (WHATWG HTML, the input element);
# an <input> without a type is a text field.
_TYPED_INPUTS = frozenset({"", "text", "email", "tel", "search"})


class FormBoxes:
    """Follows the open elements of a page and says which blocks a form's box holds."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # how many blocks there were when each open element began
        self.form_at: int | None = None  # stack position of the open form
        self.typed = False  # the open form asks the reader to type
        self.pending: int | None = None  # a closed typed form's position, until its box is found

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

        The index of the first block of a form's box, when this element is that box and its
        text is short (the blocks from there on are the call to action), else None. `never`
        says the element cannot be a box (an article, main, the page).
        """
        start = self.starts.pop() if self.starts else len(blocks)
        if depth == self.form_at:
            self.pending, self.form_at = (depth if self.typed else None), None
            return None
        if self.pending is None or depth >= self.pending or start >= len(blocks):
            return None
        self.pending = None
        words = sum(len(block.text.split()) for block in blocks[start:])
        return start if words <= MAX_WORDS and not never else None
