"""`healthlint strength`: the claim strength of one sentence a line, through the short pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from linter.claim import Strength
from linter.nlp.components.extensions import SPAN_KEYS, TEXT_KEY, doc_text
from linter.nlp.pipeline import build_strength_nlp


def strength_of_lines(
    lines: Iterable[str], batch_size: int = 256, negated: str = "keep"
) -> Iterator[dict[str, Any]]:
    """One result per line, each line taken as one sentence: text, strength name and cues."""
    nlp = build_strength_nlp(negated)

    def one_sentence(text: str) -> Doc:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # what doc.text would join from tokens
        if len(doc) > 1:
            doc[1].is_sent_start = False  # the whole line is one sentence
        return doc

    for doc in nlp.pipe((one_sentence(line) for line in lines), batch_size=batch_size):
        claims = doc.spans[SPAN_KEYS["claims"]] if len(doc) else ()
        info = claims[0]._.info if claims else {"strength": Strength.NONE, "cues": []}
        yield {"text": doc_text(doc), "strength": str(info["strength"]), "cues": info["cues"]}
