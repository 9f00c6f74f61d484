"""Which reader text of no known name needs: HTML when it begins as an HTML document does.

Text on standard input has no file name to choose a reader by. The test follows the WHATWG
MIME Sniffing Standard (section 7.1, "rules for identifying an unknown MIME type"), which
reads a resource as HTML when, after leading whitespace, it begins with one of a list of tags,
case-insensitively, followed by a space or `>`. Of that list only the tags that begin a whole
document are kept (`<!DOCTYPE HTML`, `<HTML`, `<HEAD`, `<BODY`; a byte order mark, an XML
declaration and comments may come first): a Markdown article may open with `<p
align="center">`, `<div>`, `<a>` or a `<!-- healthlint-... -->` directive, and is still
Markdown. A fragment of HTML that opens otherwise needs `--stdin-filename page.html`.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"(?:\s+|<\?xml[^>]*\?>|<!--.*?-->)*", re.S)
_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)(?=[\s>])", re.I)
_SNIFF_CHARS = 4096


def sniff_html(text: str) -> str | None:
    """The opening that shows `text` is an HTML document (`<!DOCTYPE html`), or None."""
    head = text[:_SNIFF_CHARS].lstrip("\ufeff")
    start = _LEADING.match(head)
    found = _DOCUMENT.match(head, start.end() if start else 0)
    return found.group(0) if found else None
