"""Start a sentence after a short title line with no stop (linter/documents/title_lines.py).

The readers keep the line break under such a line (Markdown's soft break, plain text) and
HTML's <br> and Markdown's hard break are kept already; the sentencizer ends sentences only
at punctuation, so the title would run into the sentence under it ("Information about Flu" /
"Most experts believe ...": set K's census).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from linter.documents.title_lines import title_break


@Language.component("healthlint_line_titles")
def split_line_titles(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word after a line break that ends a title line."""
    text = doc.text
    if "\n" not in text:
        return doc
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_sent_start or not (before.is_space and "\n" in before.text):
            continue
        line_start = text.rfind("\n", 0, before.idx) + 1
        line_end = text.find("\n", token.idx)
        after = text[token.idx : line_end if line_end >= 0 else len(text)]
        previous = (
            text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1] if line_start else None
        )
        if title_break(text[line_start : before.idx], after, previous=previous):
            token.is_sent_start = True
    return doc
