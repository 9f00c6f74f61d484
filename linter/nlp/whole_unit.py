"""What sources a block as a whole, so every sentence of it: a citation line's closing locator,
the footnote or marker closing a bullet, the address closing a pasted excerpt.

Split from nlp/claims.py (which turns a processed Doc into claims) so each stays readable whole;
the rules are the README's "A citation line's closing DOI or PMID sources every piece of it".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from linter.claim import Claim
from linter.documents.links import SourcePolicy
from linter.documents.model import Attachment
from linter.nlp.closing_address import closing_address

# A citation line is one reference however the sentencizer cuts it ("JAMA. Published online
# May 2, 2017. doi:10.1001/..."): the locator closing it sources every piece. A journal line's
# few words come before the locator; a sentence of prose with a DOI after it is not one.
_LOCATOR_KINDS = ("doi", "pmid", "pmcid")
_CITATION_LINE_WORDS = 15
_CLOSING_PUNCTUATION = " \t\n.,;:)]}>\"'”’"
# A footnote or marker closing a bullet sources the whole bullet: a list item is one point.
_CLOSING_KINDS = ("footnote", "marker")
# An address closing an item, or a paragraph that is an excerpt under its headline, sources
# all of it (nlp/closing_address.py).
_EXCERPT_KINDS = ("list_item", "paragraph")


def whole_unit(
    kind: str,
    text: str,
    claims: list[Claim],
    attachments: Iterable[Attachment],
    policy: SourcePolicy,
) -> tuple[Claim, ...]:
    """The claims, each also sourced by what sources the block as a whole (see the docstring);
    a claim with a source of its own keeps only that."""
    if len(claims) < 2:
        return tuple(claims)
    sources = [s for c in claims for s in c.sources]
    given = [
        s
        for s in sources
        if s.kind in _LOCATOR_KINDS
        and not text[s.end :].strip(_CLOSING_PUNCTUATION)
        and len(text[: s.start].split()) <= _CITATION_LINE_WORDS
    ]
    how = "citation line"
    if not given and kind == "list_item":
        end = len(text.rstrip())
        given = [s for s in claims[-1].sources if s.kind in _CLOSING_KINDS and s.end >= end - 1]
        how = "item's closing note"
    if not given and kind in _EXCERPT_KINDS:
        url = closing_address(text, attachments, policy, kind)
        given = [s for s in claims[-1].sources if s.kind == "url" and s.target == url][:1]
        how = "excerpt's closing address"
    if not given:
        return tuple(claims)
    return tuple(
        c
        if c.sources
        else replace(
            c, sources=tuple(replace(s, start=c.start, end=c.start, inherited=how) for s in given)
        )
        for c in claims
    )
