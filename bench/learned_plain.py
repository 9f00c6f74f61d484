"""Features of the learned sentence model that owe nothing to the project's lexicons (issue 14).

The first two rounds fed the model the rules' own findings and the lexicons' word classes, and
it learnt what the rules find. These blocks leave both out of the sentence itself:
- `surface`: the passage's kind and marks any reader sees (question, exclamation, quotes,
  digits, a percent sign, you/we, capitalised words, length);
- `position`: where the sentence stands (first of its passage or file, its share of the way
  through the file, the passage's number);
- `context`: what the rules found in the sentences around it (the one before, the one after,
  the rest of its passage, the rest of the file), never in the sentence itself;
- `words`, `chars`: hashed word uni- and bigrams and character 3-5-grams of its own text
  (linter/nlp/text_hash.py: a fixed polynomial hash, the same in any process);
- `minilm`: the MiniLM sentence embedding (bench/strength_unlabelled.py, the `distil` extra),
  a diagnostic only: it needs the encoder at run time, which the issue rules out, so it asks
  whether any reading of the sentence, not only a shippable one, finds what the rules miss.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from learned_data import Row
from learned_features import text_shape
from scipy import sparse

from linter.nlp.text_hash import Batch, hashed_ngrams

LABELS = ("CITE", "VAGUE", "STAT", "OVER", "CAUSAL")
KINDS = ("heading", "list_item", "paragraph")


def text_of(row: Row) -> str:
    return row.passage.text[row.claim.start : row.claim.end]


def surface_names() -> tuple[str, ...]:
    marks = ("words", "question", "exclamation", "quote", "digit", "percent", "you", "we")
    return (*(f"kind:{k}" for k in (*KINDS, "other")), *(f"surface:{m}" for m in marks), "caps")


def _surface(row: Row) -> list[float]:
    text = text_of(row)
    return [
        *(float(row.kind == k) for k in KINDS),
        float(row.kind not in KINDS),
        *text_shape(text),
    ]


def position_names() -> tuple[str, ...]:
    return (
        "position:first_in_passage",
        "position:second_in_passage",
        "position:first_in_file",
        "position:share_of_file",
        "position:passage_number",
        "position:alone_in_passage",
    )


def _position(row: Row) -> list[float]:
    alone = len(row.passage.claims) == 1
    return [
        float(row.at_sentence == 0),
        float(row.at_sentence == 1),
        float(row.at_file == 0),
        row.at_file / max(row.file_sentences - 1, 1),
        min(math.log1p(row.block) / 4, 1.0),
        float(alone),
    ]


def context_names() -> tuple[str, ...]:
    places = ("before", "after", "passage", "file")
    return tuple(f"context:{place}:{label}" for place in places for label in LABELS)


def _context(row: Row) -> list[float]:
    in_file = dict(row.in_file)
    values = [float(label in row.before) for label in LABELS]
    values += [float(label in row.after) for label in LABELS]
    values += [float(label in row.in_passage) for label in LABELS]
    values += [min(math.log1p(in_file.get(label, 0)) / 3, 1.0) for label in LABELS]
    return values


DENSE = {
    "surface": (surface_names, _surface),
    "position": (position_names, _position),
    "context": (context_names, _context),
}


def dense_block(rows: Sequence[Row], name: str) -> np.ndarray:
    """(len(rows), width) float32 of one dense block: surface, position or context."""
    names, values = DENSE[name]
    if not rows:
        return np.zeros((0, len(names())), np.float32)
    return np.array([values(row) for row in rows], np.float32)


def ngram_block(rows: Sequence[Row], name: str, bits: int) -> sparse.csr_matrix:
    """Hashed word uni- and bigrams (`words`) or character 3-5-grams (`chars`), 2**bits wide."""
    chars = (3, 4, 5) if name == "chars" else ()
    row, column, kind, value = hashed_ngrams(Batch([text_of(r) for r in rows]), bits, chars)
    keep = kind == (1 if chars else 0)
    return sparse.csr_matrix(
        (value[keep], (row[keep], column[keep])), shape=(len(rows), 1 << bits), dtype=np.float32
    )


def embedding_block(rows: Sequence[Row]) -> np.ndarray:
    """(len(rows), 384) MiniLM embeddings of the sentences (a diagnostic, never shipped)."""
    from strength_unlabelled import embed  # torch and the encoder: the `distil` extra

    return embed([text_of(r).strip() for r in rows])
