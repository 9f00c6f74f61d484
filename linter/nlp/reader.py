"""The one door between healthlint and spaCy: prose blocks in, Passages of Claims out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from linter.claim import Passage
from linter.documents.links import DEFAULT_POLICY, SourcePolicy
from linter.documents.model import Block
from linter.nlp.claims import passage_of, with_shared
from linter.nlp.components.extensions import TEXT_KEY
from linter.nlp.pipeline import build_nlp

PIPE_BATCH = 64


class ClaimReader:
    """The spaCy pipeline, built once per process for each model, reading blocks as claims."""

    def __init__(self, model: str | None = None, policy: SourcePolicy = DEFAULT_POLICY) -> None:
        self.nlp = build_nlp(model)
        self.policy = policy

    def passages(self, blocks: list[Block], fmt: str) -> Iterator[Passage]:
        """Each block as a Passage, in order; made one at a time, so a huge file never holds
        all its Docs at once.

        A block that shares the sources of others (`Block.inherits`: a list's lead-in, a
        parent item, the other cells of its row) is given them: a block waits for the later
        cells of its row, and only the passages another block shares from are kept.
        """

        def made() -> Iterator[Doc]:
            for block in blocks:
                doc = self.nlp.make_doc(block.text)
                doc.user_data[TEXT_KEY] = block.text  # what doc.text would join from tokens
                doc._.attachments = block.attachments
                yield doc

        shared = {j for block in blocks for j in block.inherits}
        read: dict[int, Passage] = {}  # as read, before sharing
        final: dict[int, Passage] = {}  # with what earlier blocks share (for later ones)
        ready = 0  # the next block to yield
        docs = self.nlp.pipe(made(), batch_size=PIPE_BATCH)
        for index, (block, doc) in enumerate(zip(blocks, docs, strict=True)):
            read[index] = passage_of(doc, block.kind, fmt, self.policy)
            while ready <= index and all(j in read for j in blocks[ready].inherits):
                yield self._shared(ready, blocks, read, final, shared)
                ready += 1
        while ready < len(blocks):
            yield self._shared(ready, blocks, read, final, shared)
            ready += 1

    @staticmethod
    def _shared(
        index: int,
        blocks: list[Block],
        read: dict[int, Passage],
        final: dict[int, Passage],
        shared: set[int],
    ) -> Passage:
        passage = read[index]
        row = blocks[index].row
        for giver in blocks[index].inherits:
            # A lead-in or parent passes on what it was given too (a nested item gets the
            # list's lead-in through its parent); a cell of the same row only what it holds.
            same_row = row is not None and blocks[giver].row == row
            passage = with_shared(passage, read[giver] if same_row else final[giver])
        if index in shared:
            final[index] = passage
        else:
            del read[index]
        return passage
