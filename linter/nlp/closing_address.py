"""The address that closes a pasted excerpt: a news round-up's item sourced by its last line.

A newsletter or link round-up pastes an article's excerpt and closes the item with the
article's address, shown as the link's text or written out ("...the exact conditions for
the flu season.  \\nhttps://outlet.example/2007/12/05/health/flu.html"). The address is not
part of any sentence: it stands after the last sentence's end, or on the item's last line, and
nothing but closing punctuation follows it. Like a footnote closing a bullet (claims.py), it
sources the whole item: every sentence is the excerpt of the page it points to (GUIDELINE.md:
a hyperlink to the study or page is a source).

Near misses, by construction: an address inside the last sentence ("Vaping is safer (see
https://...)") sources only that sentence; an address that is no evidence (a home page, a
shop, a social post: documents/links.py) or a site-relative one (the site's own page, not the
quoted article) sources nothing; a link whose text is words ("Read more") is not an address
the reader dropped, and stays its own sentence's source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from linter.documents.links import SourcePolicy
from linter.documents.model import Attachment

# What may stand between the last sentence and the address: the sentence's end (a stop, with
# closing quotes or brackets), or a line break. "A" or "Â" glued after the stop is what is left
# of a no-break space whose UTF-8 bytes were read as Windows-1252 ("Â" then U+00A0) and its
# accent dropped by a scraper: not a word.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]{0,3}[AÂ]?$")
_CLOSING_PUNCTUATION = " \t\n.,;:)]}>\"'”’"


def closing_address(
    text: str, attachments: Iterable[Attachment], policy: SourcePolicy
) -> str | None:
    """The target of the address that closes the block (see the module docstring), or None."""
    end = len(text.rstrip(_CLOSING_PUNCTUATION))  # only closing punctuation after the address
    for attachment in attachments:
        if attachment.kind != "url" or attachment.start != attachment.end:
            continue  # an address the reader dropped from the prose leaves a zero-width "url"
        target = attachment.target.strip()
        if attachment.start < end or not target.lower().startswith(("http", "www.")):
            continue
        words = text[: attachment.start].rstrip()
        # Only the last few characters are looked at: no scan of a long block.
        gap = text[len(words) : attachment.start]
        if "\n" not in gap and not _SENTENCE_END.search(words[-6:]):
            continue
        if policy.counts(target):
            return target
    return None
