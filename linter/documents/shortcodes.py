"""WordPress shortcodes in a page's source: which are markup, and which are footnotes.

A page exported from WordPress (to Jekyll, Hugo or static HTML) keeps the shortcodes of its
editor and plugins, which WordPress replaces when it renders the page (the Shortcode API,
developer.wordpress.org/plugins/shortcodes/: `[name attr="value"]`, and an enclosing pair
`[name]content[/name]`). Only the forms no prose takes are read as shortcodes: a closing tag,
an opening tag with attributes, and the opening tag of a pair closed later in the paragraph; a
bare "[sic]", "[citation needed]" or a Markdown link's text (`[ref](...)`, `[ref][1]`, `[ref]:
...`, and a shortcut reference `[ref]` whose label the page defines) is left alone. WordPress
renders only registered names and shows any other "[name]" as written, so a bare name with an
underscore (page builders' `[vc_empty_space]`, `[et_pb_divider]`) is a shortcode only on a page
whose other tags show it is a WordPress page (a closing tag or attributes): a Markdown writer's
"[sleep_study]" is text. The content between a pair's tags is the page's text, except in the
footnote shortcodes of the common footnote plugins, whose content is rendered as a numbered
note: Easy Footnotes `[efn_note]`, Modern Footnotes `[mfn]`, Simple Footnotes `[ref]`, and
`[footnote]`. Such a pair is a reference marker where it stands (templates.py writes it as one).
"""

from __future__ import annotations

import bisect
import re

_NAME = r"[A-Za-z][\w-]{0,40}"
# An attribute's value never holds a square bracket (the Shortcode API's rule), so a tag read
# from one "[" stops at the next: hostile "[a b=[a b=..." is read in linear time.
_ATTRS = r"(?:[ \t]+[\w-]{1,40}[ \t]*=[ \t]*(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|[^\s\[\]\"']+))+"
# Not a Markdown link's text: "[text](url)", "[text]: url", "[text][label]" (a label, not the
# next shortcode: "[vc_row][vc_column]").
_NOT_LINK = rf"(?![(:]|\[(?!/?{_NAME}[ \t\]/]))"
_TAG = re.compile(rf"\[(?P<close>/)?(?P<name>{_NAME})(?P<attrs>{_ATTRS})?[ \t]*/?\]{_NOT_LINK}")
_PARAGRAPH_END = re.compile(r"\n(?=[ \t]*\r?\n)")  # each blank line's, overlapping ones too
# A link reference definition's label (CommonMark 4.7): "[label]: url" opening a line.
_DEFINITION = re.compile(r"^[ ]{0,3}\[([^\[\]\n]{1,999})\]:", re.MULTILINE)
FOOTNOTES = frozenset({"efn_note", "mfn", "ref", "footnote"})


def shortcode_spans(source: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a footnote) of every shortcode tag, or footnote pair, in `source`.

    A tag inside a footnote pair is listed too: its characters are the footnote's, which
    the caller has made markup before it comes to the tag."""
    if "[" not in source or ("]" not in source):
        return []
    spans: list[tuple[int, int, bool]] = []
    opened: dict[str, list[re.Match[str]]] = {}
    paragraph_ends: list[int] | None = None  # found once, when a closing tag asks
    # A shortcut reference link wins: its label is defined (compared case-folded, as CommonMark
    # compares labels).
    defined = {m[1].casefold() for m in _DEFINITION.finditer(source)} if "]:" in source else set()
    wordpress = False  # a tag in a form no prose takes
    for tag in _TAG.finditer(source):
        name = tag["name"].lower()
        wordpress = wordpress or bool(tag["close"] or tag["attrs"])
        if not tag["close"]:
            if tag["attrs"] or tag["name"].casefold() not in defined:
                opened.setdefault(name, []).append(tag)
            continue
        if paragraph_ends is None:
            paragraph_ends = [m.start() for m in _PARAGRAPH_END.finditer(source)]
        start = _pair_start(paragraph_ends, opened.get(name, []), tag.start())
        if start is None:
            spans.append((tag.start(), tag.end(), False))
        elif name in FOOTNOTES:
            spans.append((start.start(), tag.end(), True))
        else:
            spans += [(start.start(), start.end(), False), (tag.start(), tag.end(), False)]
    for tags in opened.values():  # opening tags no closing tag took
        spans += [
            (t.start(), t.end(), False)
            for t in tags
            if t["attrs"] or (wordpress and "_" in t["name"])
        ]
    return spans


def _pair_start(
    paragraph_ends: list[int], tags: list[re.Match[str]], close: int
) -> re.Match[str] | None:
    """The nearest opening tag still open before `close` in the same paragraph, taken off
    `tags`, or None. `paragraph_ends`: where each blank line's line break is, in order."""
    while tags:
        tag = tags.pop()
        after = bisect.bisect_left(paragraph_ends, tag.end())
        if after == len(paragraph_ends) or paragraph_ends[after] >= close:
            return tag
    return None
