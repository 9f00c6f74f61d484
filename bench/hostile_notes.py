"""CPU seconds to read 1 MB (and 0.5 MB) of hostile notes-site Markdown: unclosed wikilinks,
pipes, embeds, callout markers, Pandoc citation openers, admonitions, `:::` boxes, attribute
lists and kramdown comments (linter/documents/wikilinks.py, callouts.py, pandoc_citations.py,
admonitions.py, fenced_divs.py, attributes.py). Linear scans take about twice as long on twice the text.

    python bench/hostile_notes.py

Prints one line a shape: the Markdown read of 0.5 MB and 1 MB, and the Pandoc citation scan of
the same text, in CPU seconds (time.process_time), and the 1 MB / 0.5 MB ratio of each.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SHAPES = {
    "unclosed wikilinks": "[[a|",
    "open brackets": "[[",
    "embeds": "![[x",
    "long targets": "[[" + "a" * 250 + "|",
    "pipes without end": "[[a|b|c|",
    "callout markers": "> [!a\n",
    "callouts": "> [!note] t\n> [!tip]\n",
    "citation openers": "[@a ",
    "citation prefixes": "[" + "x " * 40 + "@",
    "citation keys": "[@" + "a:" * 60,
    "admonitions": '!!! a "t"\n    b\n',
    "boxes left open": ":::a\n",
    "attribute lists": "w{: .a}",
    "spans": "[a]{.b}",
    "comments left open": "{::comment}",
}


def _cpu(function: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def main() -> None:
    from linter.documents.markdown import read_markdown
    from linter.documents.pandoc_citations import PANDOC_CITATION_RE

    def read(text: str) -> object:
        return read_markdown("hostile.md", text)

    def scan(text: str) -> object:
        return list(PANDOC_CITATION_RE.finditer(text))

    for name, piece in SHAPES.items():
        half = piece * (500_000 // len(piece))
        full = half + half
        cells = []
        for function in (read, scan):
            small, big = _cpu(function, half), _cpu(function, full)
            cells.append(f"{small:6.2f} {big:6.2f} x{big / max(small, 1e-3):4.1f}")
        print(f"{name:20} read {cells[0]}   cite-scan {cells[1]}")


if __name__ == "__main__":
    main()
