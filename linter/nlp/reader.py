"""The one door between healthlint and spaCy: prose blocks in, Passages of Claims out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from linter.claim import Passage
from linter.documents.model import Block
from linter.nlp.claims import passage_of
from linter.nlp.components.extensions import TEXT_KEY
from linter.nlp.pipeline import build_nlp

PIPE_BATCH = 64


class ClaimReader:
    """The spaCy pipeline, built once per process for each model, reading blocks as claims."""

    def __init__(self, model: str | None = None) -> None:
        self.nlp = build_nlp(model)

    def passages(self, blocks: list[Block], fmt: str) -> Iterator[Passage]:
        """Each block as a Passage, in order; made one at a time, so a huge file never holds
        all its Docs at once."""

        def made() -> Iterator[Doc]:
            for block in blocks:
                doc = self.nlp.make_doc(block.text)
                doc.user_data[TEXT_KEY] = block.text  # what doc.text would join from tokens
                doc._.attachments = block.attachments
                yield doc

        docs = self.nlp.pipe(made(), batch_size=PIPE_BATCH)
        for block, doc in zip(blocks, docs, strict=True):
            yield passage_of(doc, block.kind, fmt)
