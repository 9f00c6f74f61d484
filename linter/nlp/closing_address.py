"""The address that closes a pasted excerpt: a news round-up's item sourced by its last line.

A newsletter or link round-up pastes an article's excerpt and closes the item with the
article's address, shown as the link's text or written out ("...the exact conditions for
the flu season.  \\nhttps://outlet.example/2007/12/05/health/flu.html"). The address is not
part of any sentence: it stands after the last sentence's end, or on the item's last line, and
nothing but closing punctuation follows it. Like a footnote closing a bullet (nlp/whole_unit.py), it
sources the whole item: every sentence is the excerpt of the page it points to (GUIDELINE.md:
a hyperlink to the study or page is a source).

A paragraph is such an excerpt only when it opens with its headline: a short line with no
stop, then a line break ("Small school shuts for flu\nAbout 30% of pupils ..."). A paragraph
of the writer's own prose that ends on a link holds claims the linked page may not make: the
link sources its last sentence only, as a footnote closing a paragraph does. A list item is one
point, the excerpt or not, as for a closing footnote.

Near misses, by construction: an address inside the last sentence ("Vaping is safer (see
https://...)") sources only that sentence; an address that is no evidence (a home page, a
shop, a social post: documents/links.py) or a site-relative one (the site's own page, not the
quoted article) sources nothing; a picture's address (a file of an image type: the item's
image, not its article) closes no excerpt and sources only its own sentence; a link whose
text is words ("Read more") is not an address the reader dropped, and stays its own
sentence's source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from linter.documents.links import SourcePolicy
from linter.documents.model import Attachment

# What may stand between the last sentence and the address: the sentence's end (a stop, with
# closing quotes or brackets), or a line break. "Â" glued after the stop is what is left of a
# no-break space whose UTF-8 bytes were read as Windows-1252 ("Â" then U+00A0), "A" the same
# once a scraper folded the text to ASCII: not a word. Whether or not the reader repairs the
# sequence first, the stop is found (a repaired no-break space is blank, stripped before it).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]{0,3}[AÂ]?$")
_CLOSING_PUNCTUATION = " \t\n.,;:)]}>\"'”’"
# A headline: one line, no longer than this, that does not end as a sentence or a lead-in does.
_HEADLINE_WORDS = 20
_HEADLINE_END = ".,;:"
# The file extensions of the IANA image media types that web pages serve (image/png, jpeg,
# gif, webp, svg+xml, avif, bmp, tiff, x-icon, heic).
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?|ico|heic)$", re.IGNORECASE)


def closing_address(
    text: str, attachments: Iterable[Attachment], policy: SourcePolicy, kind: str
) -> str | None:
    """The target of the address that closes the block (see the module docstring), or None;
    `kind`: the block's ("paragraph", "list_item")."""
    if kind == "paragraph" and not _opens_with_headline(text):
        return None
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
        if policy.counts(target) and not _IMAGE_FILE.search(urlsplit(target).path):
            return target
    return None


def _opens_with_headline(text: str) -> bool:
    """Whether the block's first line is a headline over the lines below it."""
    first, newline, rest = text.lstrip().partition("\n")
    first = first.strip()
    return bool(
        newline
        and rest.strip()
        and first
        and first[-1] not in _HEADLINE_END
        and len(first.split()) <= _HEADLINE_WORDS
    )
