"""Sentences an export split into paragraphs, joined back (issue 14; set N's Wayback pages).

An HTML-to-Markdown export, or a page builder that puts each link and each bold figure in an
element of its own, breaks one sentence into paragraphs at every link or figure: "According
to the" / "World Health Organization (WHO)" / ", washing hands ...". figure_cards.py joins a
figure alone in its block to the rest of its sentence; this module extends the same join to
any fragment that cannot end a sentence (Quirk et al. 1985, §2.35-2.37: a closed-class word,
an article, a preposition, a conjunction, the complementiser or an auxiliary, ends no sentence
and no title; title_lines.CONTINUING), and to a short fragment whose next block continues it
(it opens on a comma or a semicolon, or in lower case: no sentence or paragraph starts so).

Not joined (so that real paragraphs stay apart): a block that ends on a stop, a colon or a
content word when the next starts with a capital (a heading or a label above its text), a
fragment longer than a title (MAX_TITLE_WORDS) before a lower-case block, and everything
figure_cards.py also refuses (headings, list items, table cells, a thematic break or a list,
table or section boundary between them).
"""

from __future__ import annotations

import re

from linter.documents.title_lines import CONTINUING, MAX_TITLE_WORDS

# The last word of a fragment, letters only ("the", "in", "a"), read in its last characters.
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_TAIL = 40
# A word of letters: a fragment holds one, a figure alone does not.
_WORD = re.compile(r"[^\W\d_]{2,}")
# What ends a sentence, a clause or a label: no fragment ends so.
_ENDED = re.compile(r"[.!?:;…\"”'’]\s*$")
# A continuation's first characters: a comma or a semicolon, or a word in lower case.
_PUNCTUATION_FIRST = re.compile(r"\s*[,;]")
_LOWER_FIRST = re.compile(r"\s*(?-i:[a-z])[a-z'’-]*\b")


def continues_fragment(first: str, second: str) -> bool:
    """Whether the block text `first` is a fragment of a sentence that `second` goes on with."""
    # Only the fragment's end is read: a search anchored at the end of a long block would try
    # every position (the hostile-markup bounds).
    end = first[-_TAIL:]
    if not _WORD.search(first) or not second.strip() or _ENDED.search(end):
        return False  # a number alone ("$29", "01", "2019") is figure_cards.py's to join
    last = _LAST_WORD.search(end)
    if last is not None and last.group(1).lower() in CONTINUING:
        return True
    if _PUNCTUATION_FIRST.match(second):
        return True
    return len(first.split()) <= MAX_TITLE_WORDS and bool(_LOWER_FIRST.match(second))


def glued(second: str) -> bool:
    """Whether the continuation is glued to its fragment with no space (", washing hands")."""
    return bool(_PUNCTUATION_FIRST.match(second))
