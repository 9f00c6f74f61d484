"""Citation components: a page component whose attribute holds a reference, wrapping the claim.

MDX, Svelte (mdsvex), Vue and Astro pages cite with components of their own that render the
reference as a tooltip, a sidenote or a numbered note beside the text they wrap:
`<Cite id="smith-2019" tooltip="Smith J, et al. Title. Journal. 2019;12(3):45-67.">claim</Cite>`,
`<Ref source="doi:10.1000/xyz">claim</Ref>`, `<Citation data="..." />`. The reader of the page
sees a reference attached to the wrapped words, as GUIDELINE.md counts a footnote marker after
them, so the closing tag (or a self-closing tag after words) is a reference marker where it
stands.

What makes a component a citation is read by construction, not by its name (a site names its
components as it likes, and a `<Cite>` may hold only a key or a CSS class): one of its
attribute values is a reference by form, the marks of a reference-list entry that
documents/citations.py reads for reference lists (an author list with a year, a volume or a
locator, or two of year, volume, locator and "et al."), or a DOI or a PMID, which name one work.

Only a component that opens and closes inside one paragraph wraps a claim: markdown-it gives a
tag inside a paragraph as inline HTML, and one alone on its line (a component around a whole
section) as an HTML block, whose content stays unsourced.
"""

from __future__ import annotations

import re

from linter.documents.citations import SOURCE_PATTERNS, reads_as_reference

# An opening or self-closing tag, and its name. A JSX attribute may be an expression in braces,
# which holds no reference written out.
_OPEN = re.compile(r"<([A-Za-z][\w.:-]{0,60})(\s[^<>]*)?>\Z")
_CLOSE = re.compile(r"</([A-Za-z][\w.:-]{0,60})\s*>\Z")
# A quoted attribute value. Each quote pairs with the next of its kind and the scan goes on after
# it, so a tag is read once, in linear time (only an unpaired quote runs to the tag's end).
_VALUE = re.compile(r""""([^"]*)"|'([^']*)'""")
# A reference is short: a longer value is data (a serialised prop), not an entry.
_LONGEST_REFERENCE = 1000
# Inline tags nest a few deep; the open ones kept are bounded, so that a paragraph of tags
# that never close costs each closing tag the same.
_DEEPEST = 16
MARKER_TARGET = "citation component"


def _holds_reference(attributes: str) -> bool:
    """Whether one of the attribute values is a reference by form, or a DOI or a PMID."""
    for match in _VALUE.finditer(attributes):
        value = match.group(1) if match.group(1) is not None else match.group(2)
        if len(value) > _LONGEST_REFERENCE:
            continue
        if reads_as_reference(value) or any(
            SOURCE_PATTERNS[kind].search(value) for kind in ("doi", "pmid")
        ):
            return True
    return False


class CitationComponents:
    """The citation components open in one paragraph's inline HTML, read tag by tag."""

    def __init__(self) -> None:
        self._open: list[tuple[str, bool]] = []  # (name, holds a reference) of each open tag

    def closes_citation(self, html: str) -> bool:
        """Whether the tag `html` ends a citation component: its closing tag, or a
        self-closing tag that holds a reference (a marker where it stands)."""
        closing = _CLOSE.match(html)
        if closing:
            name = closing.group(1)
            # The nearest open tag of that name; tags opened inside it and left open go.
            for k in range(len(self._open) - 1, -1, -1):
                if self._open[k][0] == name:
                    cited = self._open[k][1]
                    del self._open[k:]
                    return cited
            return False
        opening = _OPEN.match(html)
        if opening is None:
            return False
        # A link is read as a link (its target decides whether it is evidence), not here.
        link = opening.group(1).lower() == "a"
        cited = not link and bool(opening.group(2)) and _holds_reference(opening.group(2))
        if html.endswith("/>"):
            return cited
        self._open.append((opening.group(1), cited))
        if len(self._open) > _DEEPEST:
            del self._open[0]
        return False
