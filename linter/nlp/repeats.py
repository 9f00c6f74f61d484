"""A block whose words were read before in the same file is not read again (issue 20).

Each block is read on its own (the passages do not depend on the blocks around them, which is
also what lets a big file be read in two processes), from its text, its attachments and its
kind alone: a block that repeats an earlier one (a heading such as "Side effects", a "Read
more" line, a pasted disclaimer) gives an equal Passage. On the 1.2 MB benchmark file 38% of
the blocks are such repeats, on the real pages 10 to 13%: short ones, whose reading is mostly
each component's fixed cost per block.

The repeat is given a copy, not the earlier Passage itself: the checks index passages, claims
and evidence cues by `id()` (causal-overreach, the discourse), as each block read anew gave
them distinct objects with equal values.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from linter.claim import Claim, Passage, StrengthReading
from linter.documents.model import Attachment, Block

Key = tuple[str, str, tuple[Attachment, ...]]
# claims.passage_of gives every sentence without a cue or hedge one shared reading: kept so.
_NOTHING = StrengthReading()


def key_of(block: Block) -> Key:
    """Everything the reading of a block depends on."""
    return block.text, block.kind, block.attachments


class Repeats:
    """Which blocks of a run repeat an earlier one, and the first reading of each, kept only
    while a later repeat still needs it."""

    def __init__(self, blocks: list[Block]) -> None:
        self.keys = [key_of(block) for block in blocks]
        self._left = Counter(self.keys)  # readings still to give out, by key
        self._read: dict[Key, Passage] = {}

    def fresh(self, blocks: list[Block]) -> list[Block]:
        """The blocks to read: the first of each key."""
        seen: set[Key] = set()
        kept = []
        for block, key in zip(blocks, self.keys, strict=True):
            if key not in seen:
                seen.add(key)
                kept.append(block)
        return kept

    def known(self, index: int) -> Passage | None:
        """A copy of the earlier reading of block `index`, or None where it is the first."""
        key = self.keys[index]
        passage = self._read.get(key)
        if passage is None:
            return None
        self._given(key)
        return _copy(passage)

    def keep(self, index: int, passage: Passage) -> Passage:
        """The first reading of block `index`, kept for the repeats that follow."""
        key = self.keys[index]
        if self._left[key] > 1:
            self._read[key] = passage
        self._given(key)
        return passage

    def _given(self, key: Key) -> None:
        self._left[key] -= 1
        if not self._left[key]:
            self._read.pop(key, None)


def _copy(passage: Passage) -> Passage:
    """An equal Passage of new objects (the frozen records inside it too)."""
    return Passage(
        text=passage.text,
        kind=passage.kind,
        format=passage.format,
        claims=tuple(_claim_copy(claim) for claim in passage.claims),
    )


def _claim_copy(claim: Claim) -> Claim:
    strength = claim.strength
    return replace(
        claim,
        sources=tuple(replace(s) for s in claim.sources),
        attributions=tuple(replace(a) for a in claim.attributions),
        figures=tuple(replace(f) for f in claim.figures),
        modifiers=tuple(replace(m) for m in claim.modifiers),
        evidence=tuple(replace(e) for e in claim.evidence),
        strength=strength if strength == _NOTHING else replace(strength),
    )
