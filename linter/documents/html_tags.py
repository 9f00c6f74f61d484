"""The HTML vocabulary of the page reader: which elements are blocks, breaks, skipped, void or
implied closed, the depth limit and the patterns for tags, main content and meta content,
and where an unclosed tail of the page begins. Separate from html.py, whose reader walks a
page with these tables.
"""

from __future__ import annotations

import re

_KINDS = {
    "p": "paragraph",
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table_cell",
    "th": "table_cell",
    "dd": "paragraph",
    "dt": "paragraph",
    "caption": "paragraph",
    **{f"h{level}": "heading" for level in range(1, 7)},
}


# fmt: off
# Elements whose start or end ends the prose before them (text directly inside is a block).
_BREAKS = frozenset({
    "address", "article", "aside", "body", "center", "details", "dialog", "div", "dl",
    "fieldset", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main", "menu",
    "nav", "ol", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})


_SKIP = frozenset({
    "code", "head", "iframe", "kbd", "math", "noscript", "object", "pre", "samp", "script",
    "select", "style", "svg", "template", "textarea",
})


# What HTML's "in head" insertion mode keeps in <head>: any other start tag ends a head left open
# (WHATWG HTML 13.2.6.4.4), as on PHP pages whose included header file holds the </head> and <body>.
HEAD_CONTENT = frozenset({
    "base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style",
    "template", "title",
})


_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})


# fmt: on
# An open element that a new start tag closes implicitly, unless a scope element intervenes.
_IMPLIED = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "dd": ({"dd", "dt"}, {"dl"}),
    "dt": ({"dd", "dt"}, {"dl"}),
}


# An inline style that keeps an element from being shown (CSS 2.1 "display: none",
# "visibility: hidden"): like the `hidden` attribute, nothing a reader sees.
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


# How far up the open elements an end tag is matched; deeper is hostile, not prose.
_DEPTH = 256


_TAG_START_RE = re.compile(r"<[A-Za-z!/?]")


# Whether a page marks its main content (read before parsing, to know what to leave out).
_MAIN_RE = re.compile(r"<(?:main|article)[\s>]|\srole\s*=\s*[\"']?\s*main\b", re.IGNORECASE)


# Elements inside which a <header> is the article's or a section's, not the page's banner.
_SCOPES = frozenset({"article", "main", "section", "aside", "nav"})


_WHITESPACE = str.maketrans("\r\n\t\f", "    ")


# The value of a start tag's content attribute, double-quoted, single-quoted or bare.
_CONTENT_RE = re.compile(r"""\scontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def _parse_end(source: str) -> int:
    """Where an unclosed comment or tag begins that runs to the end of the file, if any.

    html.parser rescans such a tail to the end of the input at every "<" (quadratic time);
    browsers do not show it either, so it is not read.
    """
    end = len(source)
    last_close = source.rfind("-->")
    unclosed = source.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if unclosed >= 0:
        end = unclosed
    tag = _TAG_START_RE.search(source, source.rfind(">") + 1)
    return min(end, tag.start()) if tag else end
