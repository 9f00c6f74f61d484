"""A row of the claim inventory: one sentence that claims something, where it is in the site."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from linter.claim import Passage
from linter.documents.model import Block, Document
from linter.registry.match import Matches


@dataclass(frozen=True)
class InventoryClaim:
    """One sentence that links an exposure to an outcome, gives a figure, or cites a source."""

    path: str
    line: int
    column: int
    text: str  # the sentence, exactly as in the file
    strength: str
    cues: tuple[str, ...]
    attributions: tuple[str, ...]  # "journal: The Lancet", "vague: research shows"
    sources: tuple[str, ...]  # "link: https://...", "marker: [1]"
    figures: tuple[str, ...]
    registry: tuple[str, ...]  # ids of matched registry entries
    registry_reference: str | None  # the entry the sentence is checked against
    rules: tuple[str, ...] = ()  # rule ids of findings in the sentence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def inventory_rows(
    passage: Passage, block: Block, document: Document, matches: Matches
) -> list[tuple[int, int, InventoryClaim]]:
    """The passage's claims, each with its source offsets [start, end) for attaching findings.

    A sentence is listed when it has a strength, an attribution or a figure.
    """
    rows = []
    for claim in passage.claims:
        reading = claim.strength
        attributions = tuple(f"{a.kind}: {a.name.strip()}" for a in claim.attributions)
        if reading.level == 0 and not attributions and not claim.figures:
            continue
        found = matches.of(claim)
        start, end = block.source_span(claim.start, claim.end)
        line, column = document.position(start)
        reference = found.reference if found else None
        row = InventoryClaim(
            path=document.path,
            line=line,
            column=column,
            text=document.source[start:end],
            strength=str(reading.level),
            cues=reading.cues,
            attributions=tuple(dict.fromkeys(attributions)),
            sources=tuple(s.describe() for s in claim.sources),
            figures=tuple(f.text for f in claim.figures),
            registry=tuple(e.id for e in found.entries) if found else (),
            registry_reference=reference.id if reference else None,
        )
        rows.append((start, end, row))
    return rows
