"""The page's title and description as read beside its body: each claim checked once.

A title that a heading of the page repeats (alone, or followed by a separator and the site's
name: "Kale and memory | Example Health"), or a description that a paragraph of the page holds
(an excerpt), is checked once, where the body says it: one claim, one finding.

A colon after the heading's words is not a site-name separator but a subtitle's mark
("Turmeric capsules: what the trials found", the style manuals' title and subtitle), and the
title separators that SEO plugins offer for a page's <title> (Yoast SEO's and Rank Math's
choices) are dashes, bars, dots and bullets, never a colon. So the subtitle, which says more
than the heading, is read as a heading of its own and the heading's words are left to the body
(review32h: of the 64 <title>s of the 18 rebuilt development sets, the three with a colon all
carry a subtitle after it, none a site name; readH's question).
"""

from __future__ import annotations

from dataclasses import replace

from linter.documents.model import Block

# A description this long or longer may be found across paragraphs; a shorter one could be
# found by chance where one paragraph ends and the next begins.
_SPAN_MIN = 40
# What a title template puts between the page's heading and the site's name.
_SEPARATORS = ("|", "-", "–", "—", "·", "•")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def without_repeats(summary: list[Block], body: list[Block]) -> list[Block]:
    """The title and description blocks, or the parts of them, that the body does not say.

    A description may run over several paragraphs: CMSs that write it from the post's opening
    (Stack Exchange, Discourse, SEO plugins' fallback) take its first sentences whatever the
    paragraphs.
    """
    texts = [_key(b.text) for b in body]
    joined: str | None = None
    kept = []
    for block in summary:
        own = _key(block.text)
        if block.kind == "heading":
            subtitle = _subtitle(block, texts)
            if subtitle is not None:
                block, own = subtitle, _key(subtitle.text)
            repeated = any(
                own == t or (own.startswith(t) and _separated(own[len(t) :])) for t in texts
            )
        else:
            repeated = any(own in t for t in texts)
            if not repeated and len(own) >= _SPAN_MIN:
                joined = " ".join(texts) if joined is None else joined
                repeated = own in joined
        if not repeated:
            kept.append(replace(block, fixable=False))  # a value, not markup: see Block
    return kept


def _subtitle(block: Block, texts: list[str]) -> Block | None:
    """The part of a title after a colon whose words before it a heading of the page says."""
    colon = block.text.find(":")
    if colon < 0 or _key(block.text[:colon]) not in texts:
        return None
    start = colon + 1
    while start < len(block.text) and block.text[start].isspace():
        start += 1
    if start == len(block.text):
        return None
    return replace(block, text=block.text[start:], offsets=block.offsets[start:])


def _separated(rest: str) -> bool:
    """Whether what follows a heading in a title is a separator and a site's name."""
    return rest[:2].strip()[:1] in _SEPARATORS and len(rest) <= 60
