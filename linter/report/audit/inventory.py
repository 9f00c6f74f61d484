"""A row of the claim inventory: one sentence that claims something, where it is in the site."""

from __future__ import annotations

from dataclasses import asdict, dataclass


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

    def to_dict(self) -> dict:
        return asdict(self)
