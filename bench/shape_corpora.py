"""Real markup to compose pages from, read at run time from ../shared/data (never copied here).

The CommonMark specification's 655 examples (markup/commonmark-spec-0.31.2.txt: every odd
Markdown construct, one at a time) and the blocks of the four wild health sites (wild/: Jekyll
pages with inline HTML, leaflets, Shopify exports, scraped pages), cut at blank lines.
"""

from __future__ import annotations

import functools
import random

from common import shared_data

FENCE = "`" * 32
WILD = ("healthline", "mskcc-patient-ed", "va-health", "vpa-supplement-blog")


@functools.cache
def spec_examples() -> tuple[str, ...]:
    """The Markdown input of every example of the CommonMark spec, tabs as tabs."""
    path = shared_data() / "markup" / "commonmark-spec-0.31.2.txt"
    examples, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith(FENCE + " example"):
            current = []
        elif current is not None and line.rstrip("\n") == ".":
            examples.append("".join(current).replace("\u2192", "\t"))
            current = None
        elif current is not None:
            current.append(line)
    return tuple(examples)


@functools.cache
def wild_blocks() -> tuple[str, ...]:
    """The blank-line-separated blocks of every wild page, front matter left out."""
    blocks: list[str] = []
    for corpus in WILD:
        for path in sorted((shared_data() / "wild" / corpus).rglob("*.md")):
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.startswith("---\n"):
                end = text.find("\n---", 4)
                text = text[end + 4 :] if end > 0 else text
            blocks += [b for b in text.split("\n\n") if b.strip()]
    return tuple(blocks)


def real_pieces(rng: random.Random, count: int) -> list[str]:
    """`count` pieces of real markup, spec examples and wild blocks mixed."""
    spec, wild = spec_examples(), wild_blocks()
    return [rng.choice(spec) if rng.random() < 0.5 else rng.choice(wild) for _ in range(count)]
