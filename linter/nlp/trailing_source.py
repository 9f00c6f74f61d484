"""A source set after a sentence's full stop: it sources the sentence before it.

Chat exports and many blogs put the link after the stop: "... is lower. ([Health Service][3])",
"... by 20%. (Source: [NIH](https://...))", "... as shown. (<a href=...>Smith 2021</a>)". The
sentencizer ends the sentence at the stop, so the link falls into the next piece: a "sentence"
that holds only the source, or the start of the next sentence ("lower. ([NHS][3]) Walking also
..."). Either way it is the marker of the sentence before it (GUIDELINE.md: a source "attached
to" the sentence), as the same link before the stop is.

A trailing source unit is, right after a sentence that ends on a stop (".", "!", "?", "…",
closing quotes after it): an opening bracket, at most one label or signal of
citations.source_labels or citations.source_signals ("Source:", "via", "see"), one or more
sources (links that documents/links.py counts, markers, DOIs, ...) joined by commas,
semicolons or "and", and the closing bracket. Without brackets a source note's label (not a
signal: "See [our team](...)" is an imperative) and its sources make a unit only when nothing
else follows them in the piece ("Source: [NIH](...)" closing the paragraph). The unit's
sources are added to the sentence before; when a sentence follows the unit in the same piece,
the unit's sources leave it (they are not that sentence's).

Near misses, by construction: a link that is no source (a shop, a tag page: dropped before this
reads) or a source with words of its own around it ("(read [our guide](...) for more)") is no
unit; a unit in a paragraph of its own sources nothing across the paragraph (each block is read
alone); a bare link after the stop, with neither bracket nor label, is a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from linter.claim import Claim, Source
from linter.config.lexicon import alternation, default_lexicon

# The end of the sentence before: a stop, closing quotes or brackets, and the unit's opening
# bracket, if the sentencizer left it there.
_STOP_END = re.compile(r"[.!?…][\"'”’)\]]*\s*(?P<open>[(\[]?)\s*$")
_OPEN = re.compile(r"\s*[(\[]")
_CLOSE = re.compile(r"\s*[)\]]+")
# Between the label and a source, and between sources: blanks, brackets, commas, semicolons,
# "&" and "and" ("([NHS][1]; [CDC][2])", "([A](...)) ([B](...))").
_JOIN = re.compile(r"(?:[\s,;&()\[\]]|\band\b)*", re.IGNORECASE)
# What may close the unit's piece: a stop or comma after the bracket, an opening bracket the
# sentencizer left before the next piece.
_CLOSING = " \t\n.,;:([\u00a0"
# Looked at no further back than this from the sentence's end.
_TAIL = 8


@cache
def _label(names: str = "citations.source_labels citations.source_signals") -> re.Pattern[str]:
    labels = alternation([p for name in names.split() for p in default_lexicon().get(name)])
    return re.compile(rf"\s*{labels}(?![\w])\s*[:：]?\s*", re.IGNORECASE)


def after_the_stop(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each sentence also sourced by a trailing source unit after its stop (see the
    module docstring)."""
    out = list(claims)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        stop = _STOP_END.search(text, max(prev.start, prev.end - _TAIL), prev.end)
        if stop is None or stop.start() == prev.start:
            continue  # no stop, or a piece that is nothing but one
        found = _unit(text, cur, bool(stop.group("open")))
        if found is None:
            continue
        unit, rest = found
        given = tuple(s for s in unit if s not in prev.sources)
        out[i - 1] = replace(prev, sources=prev.sources + given)
        if rest:  # the unit is not the next sentence's
            out[i] = replace(cur, sources=tuple(s for s in cur.sources if s not in unit))
    return out


def _unit(text: str, cur: Claim, opened: bool) -> tuple[tuple[Source, ...], bool] | None:
    """The sources of a unit opening `cur`, and whether a sentence follows it; None: `cur`
    does not open on a unit. `opened`: the bracket was left on the sentence before."""
    own = sorted((s for s in cur.sources if s.inherited is None), key=lambda s: s.start)
    if not own:
        return None
    at, end = cur.start, cur.end
    if not opened and (m := _OPEN.match(text, at, end)) is not None:
        opened, at = True, m.end()
    # A label before the first source; in the link's own words ("[see the review](...)") it
    # is the source's.
    label = _label().match(text, at, end)
    labelled = label is not None and label.end() <= own[0].start
    # Only a source note's label makes a unit without brackets (not "See [our team](...)").
    noted = labelled and _label("citations.source_labels").match(text, at, end) is not None
    if label is not None and labelled:
        at = label.end()
    unit: list[Source] = []
    for source in own:
        if source.start < at or not _JOIN.fullmatch(text, at, source.start):
            break
        unit.append(source)
        at = source.end
    if not unit:
        return None
    opened = opened or unit[0].text.lstrip().startswith(("(", "["))
    closed = unit[-1].text.rstrip().endswith((")", "]"))
    if (m := _CLOSE.match(text, at, end)) is not None:
        closed, at = True, m.end()
    rest = text[at:end].strip(_CLOSING)
    if not rest:  # the piece is the unit: bracketed, labelled or a marker of its own
        return (tuple(unit), False) if opened or noted else None
    # A sentence follows: only a bracketed unit ends for sure where its bracket closes, and
    # only a capital, a digit or a quote opens a sentence (not "et al. ([2021](...)) found").
    starts = rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘"
    return (tuple(unit), True) if opened and closed and starts else None
