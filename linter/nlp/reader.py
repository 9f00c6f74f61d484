"""The one door between healthlint and spaCy: prose blocks in, Passages of Claims out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from linter.claim import Passage
from linter.config.multi_match import expect
from linter.documents.links import DEFAULT_POLICY, SourcePolicy
from linter.documents.model import Block
from linter.forked import fork_possible, in_two, middle
from linter.nlp.claims import as_examined, passage_of, with_shared
from linter.nlp.components.extensions import TEXT_KEY
from linter.nlp.pipeline import build_nlp
from linter.nlp.repeats import Remembered, Repeats

PIPE_BATCH = 64
# A file whose prose passes this many characters is read in two processes where that is safe
# (see `_split_at`): a child forked with the pipeline built reads the second half of its blocks
# while this process reads the first. Each block is read on its own, so the passages are the
# same; a small file is not worth a fork.
SPLIT_AFTER_CHARS = 300_000


class ClaimReader:
    """The spaCy pipeline, built once per process for each model, reading blocks as claims."""

    def __init__(self, model: str | None = None, policy: SourcePolicy = DEFAULT_POLICY) -> None:
        self.nlp = build_nlp(model)
        # The default pipeline's components read one Doc at a time, the same alone or in a
        # batch; a named model's (a parser, a tagger) may not be, so it keeps `nlp.pipe`.
        self._one_by_one = model is None
        self.policy = policy
        self.remembered = Remembered()  # short blocks of earlier files (linter/nlp/repeats.py)

    def passages(self, blocks: list[Block], fmt: str, processes: int = 1) -> Iterator[Passage]:
        """Each block as a Passage, in order; made one at a time, so a huge file never holds
        all its Docs at once.

        A block that shares the sources of others (`Block.inherits`: a list's lead-in, a
        parent item, the other cells of its row) is given them: a block waits for the later
        cells of its row, and only the passages another block shares from are kept.
        """

        expect(sum(len(block.text) for block in blocks))
        shared = {j for block in blocks for j in block.inherits}
        read: dict[int, Passage] = {}  # as read, before sharing
        final: dict[int, Passage] = {}  # with what earlier blocks share (for later ones)
        ready = 0  # the next block to yield
        for index, passage in enumerate(self._read(blocks, fmt, processes)):
            read[index] = passage
            while ready <= index and all(j in read for j in blocks[ready].inherits):
                yield self._shared(ready, blocks, read, final, shared)
                ready += 1
        while ready < len(blocks):
            yield self._shared(ready, blocks, read, final, shared)
            ready += 1

    def _read_part(self, blocks: list[Block], fmt: str) -> Iterator[Passage]:
        """Each block as read, before sharing, in order; a repeat of an earlier block (of the
        run, or a short one of an earlier file) is given a copy of its reading."""
        repeats = Repeats(blocks, fmt, self.remembered)
        fresh = repeats.fresh(blocks)

        def made() -> Iterator[Doc]:
            for block in fresh:
                doc = self.nlp.make_doc(block.text)
                doc.user_data[TEXT_KEY] = block.text  # what doc.text would join from tokens
                doc._.attachments = block.attachments
                yield doc

        docs = iter(self._processed(made()))
        for index, block in enumerate(blocks):
            passage = repeats.known(index)
            if passage is None:
                passage = passage_of(next(docs), block.kind, fmt, self.policy)
                repeats.keep(index, passage)
            yield passage

    def _processed(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Each Doc through every component in turn, as `nlp.pipe` gives it.

        For the default pipeline a plain loop: `nlp.pipe` chains a generator per component
        (with its error handler) and batches the sentencizer, which gives each Doc what its
        `__call__` gives; that machinery cost about 15 us a block, a tenth of a short block's
        whole reading, and most blocks of a page are short.
        """
        if not self._one_by_one:
            yield from self.nlp.pipe(docs, batch_size=PIPE_BATCH)
            return
        components = [component for _, component in self.nlp.pipeline]
        for doc in docs:
            for component in components:
                doc = component(doc)
            yield doc

    def _read(self, blocks: list[Block], fmt: str, processes: int = 1) -> Iterator[Passage]:
        """Each block as read, in order; a big file's second half read by a forked child
        when two processes may be used (`--jobs 1` never forks)."""
        cut = _split_at(blocks) if processes > 1 else None
        if cut is None:
            yield from self._read_part(blocks, fmt)
            return
        # The child's failure (or no fork at all) gives None: this process reads that half too.
        first, later = in_two(
            lambda: list(self._read_part(blocks[:cut], fmt)),
            lambda: list(self._read_part(blocks[cut:], fmt)),
        )
        yield from first
        if later is None or len(later) != len(blocks) - cut:
            later = list(self._read_part(blocks[cut:], fmt))
        yield from later

    @staticmethod
    def _shared(
        index: int,
        blocks: list[Block],
        read: dict[int, Passage],
        final: dict[int, Passage],
        shared: set[int],
    ) -> Passage:
        passage = read[index]
        examined = blocks[index].examined
        if examined is not None:  # a claim the next block refutes
            passage = as_examined(passage, *examined)
        row = blocks[index].row
        for giver in blocks[index].inherits:
            # A lead-in or parent passes on what it was given too (a nested item gets the
            # list's lead-in through its parent); a cell of the same row, or a later block (a
            # quote's credit line: documents/quote_credits.py), only what it holds.
            own = giver > index or (row is not None and blocks[giver].row == row)
            passage = with_shared(
                passage, read[giver] if own else final[giver], blocks[index].quotes_source
            )
        if index in shared:
            final[index] = passage
        else:
            del read[index]
        return passage


def _split_at(blocks: list[Block]) -> int | None:
    """Where to cut a big file's blocks in two, or None: a small file, or no safe fork."""
    total = sum(len(b.text) for b in blocks)
    if total <= SPLIT_AFTER_CHARS or len(blocks) < 2 or not _split_possible():
        return None
    return _cut(blocks)


def _split_possible() -> bool:
    """Whether a fork may read part of a file (the same conditions as the engine's split)."""
    return fork_possible()


def _cut(blocks: list[Block]) -> int:
    """The first block of the second half: about half the characters on each side."""
    return middle([len(b.text) for b in blocks])
