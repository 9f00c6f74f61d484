"""A block whose words were read before is not read again (issue 20).

Each block is read on its own (the passages do not depend on the blocks around them, which is
also what lets a big file be read in two processes), from its text, its attachments, its kind
and the file's format alone: a block that repeats an earlier one (a heading such as "Side
effects", a "Read more" line, a pasted disclaimer) gives an equal Passage. On the 1.2 MB
benchmark file 38% of the blocks repeat one of the same file, on 300 files of the benchmark site
39% one of an earlier file and on 400 real pages 13%: nearly all under 100 characters, whose
reading is mostly each component's fixed cost per block. So a run's repeats are read once, and
the short blocks that earlier files had too are remembered (`Remembered`, a bounded LRU).

The repeat is given a copy, not the earlier Passage itself: the checks index passages, claims
and evidence cues by `id()` (causal-overreach, the discourse), as each block read anew gave
them distinct objects with equal values.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import replace

from linter.claim import Claim, Passage, StrengthReading
from linter.documents.model import Attachment, Block

Key = tuple[str, str, str, tuple[Attachment, ...]]
# Blocks remembered between runs (files): the short ones, which are what repeats, and at most
# so many of them (a few MB: such a passage holds a sentence or two).
REMEMBER_CHARS = 200
REMEMBER_BLOCKS = 4096
# How many short blocks of earlier runs are known by their hash (a set of ints, forgotten
# together when full), so that only the words that come up again are remembered.
SEEN_BLOCKS = 32_768
# claims.passage_of gives every sentence without a cue or hedge one shared reading: kept so.
_NOTHING = StrengthReading()


def key_of(block: Block, fmt: str) -> Key:
    """Everything the reading of a block depends on (the source policy is the reader's)."""
    return block.text, block.kind, fmt, block.attachments


class Remembered:
    """The readings of short blocks of earlier runs, the least recently used forgotten first.

    A reading is kept only where its block's words came up in an earlier run too (a heading
    or a line that every page of a site has), not every short block of every run: one file,
    however big, keeps none (its own repeats are `Repeats`'), and a site keeps what recurs.
    """

    def __init__(self, limit: int = REMEMBER_BLOCKS, seen_limit: int = SEEN_BLOCKS) -> None:
        self.limit = limit
        self.seen_limit = seen_limit
        self._readings: OrderedDict[Key, Passage] = OrderedDict()
        self._seen: set[int] = set()  # hashes of the short blocks of earlier runs

    def get(self, key: Key) -> Passage | None:
        passage = self._readings.get(key)
        if passage is not None:
            self._readings.move_to_end(key)
        return passage

    def admit(self, keys: Iterable[Key]) -> set[Key]:
        """The short blocks of a run that an earlier run had too: worth remembering once read.
        The run's short blocks then count as seen."""
        hashed = {key: hash(key) for key in keys if len(key[0]) <= REMEMBER_CHARS}
        admitted = {key for key, value in hashed.items() if value in self._seen}
        if len(self._seen) + len(hashed) > self.seen_limit:
            self._seen.clear()
        self._seen.update(hashed.values())
        return admitted

    def add(self, key: Key, passage: Passage) -> None:
        if key in self._readings:
            return
        self._readings[key] = passage
        if len(self._readings) > self.limit:
            self._readings.popitem(last=False)

    def __len__(self) -> int:
        return len(self._readings)


class Repeats:
    """Which blocks of a run repeat an earlier one (of the run, or one `remembered`), and the
    reading of each, kept only while a later repeat still needs it."""

    def __init__(self, blocks: list[Block], fmt: str, remembered: Remembered | None = None) -> None:
        self.keys = [key_of(block, fmt) for block in blocks]
        self._left = Counter(self.keys)  # readings still to give out, by key
        self._read: dict[Key, Passage] = {}
        self._remembered = remembered
        self._admitted: set[Key] = set()  # readings to remember once read
        if remembered is not None:  # taken now: the LRU may forget them during the run
            for key in self._left:
                passage = remembered.get(key)
                if passage is not None:
                    self._read[key] = passage
            self._admitted = remembered.admit(k for k in self._left if k not in self._read)

    def fresh(self, blocks: list[Block]) -> list[Block]:
        """The blocks to read: the first of each key not already read."""
        seen = set(self._read)
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
        if self._remembered is not None and key in self._admitted:
            self._remembered.add(key, passage)
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
