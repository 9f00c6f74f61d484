"""Cap a sentence's length: an over-long "sentence" is cut into pieces of bounded length.

A real sentence of health writing is rarely over a hundred words; a run of thousands of words
with no full stop is a scraped table, a list without punctuation or hostile input. Much of
the reading looks at the sentence around each cue, so one 200,000-word "sentence" made the
cost grow with the square of its length (minutes for a 2 MB line). Cutting it every
MAX_SENTENCE_TOKENS tokens (some 200 words, beyond any sentence of prose) keeps every later
step linear in the file's size, and changes no sentence of ordinary prose.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 250


@Language.component("healthlint_sentence_cap")
def cap_sentences(doc: Doc) -> Doc:
    """Start a new sentence every MAX_SENTENCE_TOKENS tokens of a longer one."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    cuts = [
        sentence.start + offset
        for sentence in doc.sents
        if len(sentence) > MAX_SENTENCE_TOKENS
        for offset in range(MAX_SENTENCE_TOKENS, len(sentence), MAX_SENTENCE_TOKENS)
    ]
    for index in cuts:
        doc[index].is_sent_start = True
    return doc
