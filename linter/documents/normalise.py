"""Prose as the rules should see it: no invisible characters, no look-alike letters in a word.

A soft hyphen (which content systems insert, `&shy;`), a zero-width space or joiner inside
"mir&shy;acle", or a Cyrillic "а" in "mirаcle", looks the same to a reader and hides the word
from every rule. Each block's text is normalised for matching: invisible characters are
dropped, and in a word that mixes Latin letters with Cyrillic or Greek look-alikes, those are
read as the Latin letters they imitate (a whole Cyrillic or Greek word is left alone). The map
from each remaining character back to the source is kept, so a finding still points at, and
quotes, exactly what the file holds.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import replace

from linter.documents.model import Attachment, Block

# Default-ignorable characters that render as nothing inside a word (Unicode's
# DerivedCoreProperties.txt, Default_Ignorable_Code_Point): soft hyphen, combining grapheme
# joiner, Mongolian vowel separator, zero-width space, non-joiner and joiner, word joiner, the
# invisible operators, and the zero-width no-break space (BOM).
INVISIBLE = frozenset("\u00ad\u034f\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")

# Cyrillic and Greek letters that Unicode's confusables table (UTS #39, confusables.txt)
# maps to a single Latin letter: the homoglyphs a spoofed word is made of.
CONFUSABLE = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "і": "i", "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y", "ɡ": "g",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "α": "a", "ο": "o", "ν": "v", "ι": "i", "ρ": "p", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip

_SUSPECT = re.compile("[" + "".join(sorted(INVISIBLE | set(CONFUSABLE))) + "]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def normalise_text(text: str) -> tuple[str, list[int] | None]:
    """The text for matching, and for each of its characters the index in `text` it comes
    from (None when the text is unchanged)."""
    if not _SUSPECT.search(text):
        return text, None
    kept = [i for i, char in enumerate(text) if char not in INVISIBLE]
    chars = [text[i] for i in kept]
    start = 0
    while start < len(chars):  # each word: a run of letters
        if not chars[start].isalpha():
            start += 1
            continue
        end = start
        while end < len(chars) and chars[end].isalpha():
            end += 1
        word = "".join(chars[start:end])
        if _LATIN.search(word) and any(c in CONFUSABLE for c in word):
            for i in range(start, end):
                chars[i] = CONFUSABLE.get(chars[i], chars[i])
        start = end
    new = "".join(chars)
    return (text, None) if new == text else (new, kept)


def normalise_block(block: Block) -> Block:
    text, kept = normalise_text(block.text)
    if kept is None:
        return block
    offsets = array("i", (block.offsets[i] for i in kept))
    offsets.append(block.offsets[len(block.text)])
    position = [0] * (len(block.text) + 1)  # old index -> new index (dropped: the next kept)
    j = 0
    for i in range(len(block.text) + 1):
        while j < len(kept) and kept[j] < i:
            j += 1
        position[i] = j
    attachments = tuple(
        Attachment(position[a.start], position[a.end], a.kind, a.target) for a in block.attachments
    )
    return replace(block, text=text, offsets=offsets, attachments=attachments)


def normalise_blocks(blocks: list[Block]) -> list[Block]:
    return [normalise_block(b) for b in blocks]
