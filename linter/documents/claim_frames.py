"""A claim stated in order to refute it: the myth-and-fact frame of two labelled blocks.

Myth-busting pages set a belief under a label that puts it up for examination and answer it
under a label of what is so, each label opening its block ("**The claim:** One diet works
for everyone." then "**The reality:** No single diet suits every body."; "Myth: ..." then
"Fact: ..."; the labels are rules/lexicon/page.yaml's claim_labels and answer_labels, with
their sources). The claim block states the belief the writer goes on to reject, as "claims
that X" does in a sentence: the NLP layer reads its words after the label as reported
(nlp/claims.py, `examined`), so no check takes them for the writer's claim.

By construction:
- the claim label opens a kept paragraph, list item or heading, with an optional number
  ("Myth #3:") and a colon, and words after it;
- the answer label opens the next block (nothing between them), or the same block on a new
  line ("Myth: X.\\nFact: Y." in one paragraph): the claim's words end where it starts;
- the answer block is the writer's own and stays fully checked, and so does a claim block
  whose answer never comes (a "Myth:" heading over a page that then asserts the myth).

The same frame spans sections: a heading that opens on a plural noun of claims under dispute
("Common Myths About Silicone", "Controversies on Silicone!"; page.yaml claim_section_labels)
lists beliefs, one a block, and the very next heading opens on an answer label ("Facts About
Silicone!", "The Truth"): the blocks between the two headings are put up to be refuted. A claim
heading whose section runs into any other heading, or into the page's end, stays checked.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from linter.config.lexicon import alternation, default_lexicon
from linter.documents.model import Block

_KINDS = ("paragraph", "list_item", "heading")
# The label's own number ("Myth #3:", "Myth 2:", "Myth no. 4:") before the colon.
_NUMBER = r"(?:\s*(?:no\.|#)?\s*\d{1,2})?"


@cache
def _label(key: str) -> re.Pattern[str]:
    words = alternation(default_lexicon().get(f"page.{key}"))
    return re.compile(rf"[ \t]*{words}{_NUMBER}[ \t]*[:：][ \t]*(?=\S)", re.IGNORECASE)


def _answer_in(text: str, start: int) -> int | None:
    """Where an answer label opens a line of `text` after `start`, or None."""
    for line in re.finditer(r"\n", text[start:]):
        at = start + line.end()
        if _label("answer_labels").match(text, at):
            return at
    return None


def examined_claims(blocks: list[Block], kept: set[int]) -> dict[int, tuple[int, int, int]]:
    """Block index -> (label start, label end, end of the claim's words) for each kept block
    whose claim label the next block, or a later line of its own, answers."""
    found: dict[int, tuple[int, int, int]] = {}
    for i in sorted(kept):
        block = blocks[i]
        if block.kind not in _KINDS:
            continue
        label = _label("claim_labels").match(block.text)
        if label is None:
            continue
        inside = _answer_in(block.text, label.end())
        after = i + 1 < len(blocks) and (i + 1) in kept and not blocks[i + 1].after_break
        if inside is None and not (after and _label("answer_labels").match(blocks[i + 1].text)):
            continue
        end = inside if inside is not None else len(block.text)
        found[i] = (label.start(), label.end(), end)
    sections = examined_sections(blocks, kept)
    return found | {i: span for i, span in sections.items() if i not in found}


@cache
def _section_label(key: str) -> re.Pattern[str]:
    words = alternation(default_lexicon().get(f"page.{key}"))
    # The label, then the heading's end, a colon or a preposition before the topic.
    return re.compile(
        rf"[ \t]*{words}(?:[ \t]*[:：!?.]?[ \t]*$|[ \t]*[:：]|[ \t]+(?:on|about|of|around|"
        r"surrounding|regarding|concerning|behind)\b)",
        re.IGNORECASE,
    )


def examined_sections(blocks: list[Block], kept: set[int]) -> dict[int, tuple[int, int, int]]:
    """Block index -> (0, 0, the block's length) for each kept block of a section whose heading
    opens on a claim section label and whose next heading opens on an answer label."""
    found: dict[int, tuple[int, int, int]] = {}
    headings = [i for i in sorted(kept) if blocks[i].kind == "heading"]
    for this, following in pairwise(headings):
        if not _section_label("claim_section_labels").match(blocks[this].text):
            continue
        if not _section_label("answer_labels").match(blocks[following].text):
            continue
        for i in range(this + 1, following):
            if i in kept:
                found[i] = (0, 0, len(blocks[i].text))
    return found
