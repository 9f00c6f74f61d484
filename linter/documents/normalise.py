"""Prose as the rules should see it: no invisible characters, no look-alike letters in a word.

A soft hyphen (which content systems insert, `&shy;`), a zero-width space or joiner inside
"mir&shy;acle", or a Cyrillic "а" in "mirаcle", looks the same to a reader and hides the word
from every rule. Each block's text is normalised for matching: invisible characters are
dropped, and in a word that mixes Latin letters with Cyrillic or Greek look-alikes, those are
read as the Latin letters they imitate (a whole Cyrillic or Greek word is left alone). Text
whose UTF-8 was once decoded as Windows-1252 or Latin-1 ("mojibake": "PriorÂ research",
"itâ€™s", "strategiesâ€”and") glues a word to the letters the broken sequence left; each such
sequence is read as the one character it encodes. The table is built from the encodings
themselves (every character of Latin-1's upper half, General Punctuation's dashes, quotes and
ellipsis, the euro and trade marks, encoded as UTF-8 and decoded as cp1252 or Latin-1), as
the ftfy library's `fix_encoding` undoes them (https://ftfy.readthedocs.io/en/latest/fixes.html),
with its `restore_byte_a0`: a broken no-break space whose second byte was later turned into a
plain space ("PriorÂ research"), read so only right after a letter. The map from each
remaining character back to the source is kept, so a finding still points at, and quotes,
exactly what the file holds.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
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


def _mojibake_table() -> dict[str, str]:
    """Each broken sequence and the character it encodes (see above)."""
    targets = [chr(c) for c in range(0xA0, 0x100)] + [chr(c) for c in range(0x2010, 0x2027)]
    table = {}
    for char in [*targets, "\u20ac", "\u2122"]:
        raw = char.encode("utf-8")
        for codec in ("cp1252", "latin-1"):
            try:
                table[raw.decode(codec)] = char
            except UnicodeDecodeError:
                continue  # a byte cp1252 leaves undefined
    return table


def _mojibake_pattern(table: dict[str, str]) -> re.Pattern[str]:
    """The broken sequences, longest first, grouped by all but their last character: a few
    prefixes each with a class of last characters, so a page dense with "Ã" or "â" (hostile
    input, or Portuguese in capitals) costs a few tests a character, not one per sequence
    (2 MB of them: 2.5 s of CPU as one alternation of the 171 sequences, 0.65 s grouped)."""
    ends: dict[str, set[str]] = {}
    for key in table:
        ends.setdefault(key[:-1], set()).add(key[-1])
    prefixes = sorted(ends, key=len, reverse=True)
    groups = [re.escape(p) + "[" + re.escape("".join(sorted(ends[p]))) + "]" for p in prefixes]
    leads = re.escape("".join(sorted({p[0] for p in prefixes})))
    # restore_byte_a0: "PriorÂ research", a broken no-break space after a letter.
    return re.compile(f"(?=[{leads}])(?:{'|'.join(groups)}|(?<=[^\\W\\d_])\u00c2 )")


MOJIBAKE = _mojibake_table()
_MOJIBAKE = _mojibake_pattern(MOJIBAKE)

_SUSPECT = re.compile("[" + "".join(sorted(INVISIBLE | set(CONFUSABLE))) + "]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def normalise_text(text: str) -> tuple[str, list[int] | None]:
    """The text for matching, and for each of its characters the index in `text` it comes
    from (None when the text is unchanged)."""
    repaired, source = _repaired(text)
    new, kept = _visible(repaired)
    if source is None:
        return new, kept
    return new, source if kept is None else [source[i] for i in kept]


def _repaired(text: str) -> tuple[str, list[int] | None]:
    """The text with each mojibake sequence read as its character, and where each comes from."""
    if not _MOJIBAKE.search(text):
        return text, None
    chars: list[str] = []
    source: list[int] = []
    last = 0
    for match in _MOJIBAKE.finditer(text):
        chars.extend(text[last : match.start()])
        source.extend(range(last, match.start()))
        chars.append(MOJIBAKE.get(match.group(), " "))  # "Â ": a broken no-break space
        source.append(match.start())
        last = match.end()
    chars.extend(text[last:])
    source.extend(range(last, len(text)))
    return "".join(chars), source


def _visible(text: str) -> tuple[str, list[int] | None]:
    """The text without invisible characters and look-alike letters (see above)."""
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


# Space as a reader of the page sees it. A browser shows a run of white space in running text
# as one space (CSS Text Module Level 3, 4.1.1, `white-space: normal`: spaces and tabs around a
# collapsed line break are removed, consecutive spaces collapse), so a paragraph wrapped and
# indented in its HTML source reads "studies show"; the readers keep the source's run for the
# offsets, and the tokenizer made a token of it between the two words, which no phrase of the
# lexicon spans. A no-break space (U+00A0, `&nbsp;`; U+202F, narrow) shows as a space that
# does not break the line: between words it is a space to the reader (as the repaired broken
# one above is); between two digits it groups thousands (Unicode CLDR's number symbols), kept.
_SPACING = re.compile(r"[ \t]*\n[ \t]*|[ \t]{2,}")
_SPACE_RUN = re.compile(r"[ \t]{2,}|[ \t]\n|\n[ \t]")
_NO_BREAK = re.compile(r"(?<!\d)[\u00a0\u202f]|[\u00a0\u202f](?!\d)")


def spaced_text(text: str) -> tuple[str, list[int] | None]:
    """The text with white space as the page shows it (see above), and for each character the
    index in `text` it comes from (None when the text is unchanged)."""
    no_break = ("\u00a0" in text or "\u202f" in text) and _NO_BREAK.search(text) is not None
    if not no_break and not _SPACE_RUN.search(text):
        return text, None
    text = _NO_BREAK.sub(" ", text) if no_break else text
    kept: list[int] = []
    pieces: list[str] = []
    last = 0
    for match in _SPACING.finditer(text):  # a run at a time: no loop over the characters
        kept.extend(range(last, match.start()))
        run = match.group()
        at = match.start() + run.index("\n") if "\n" in run else match.start()
        kept.append(at)
        pieces += (text[last : match.start()], text[at])
        last = match.end()
    kept.extend(range(last, len(text)))
    pieces.append(text[last:])
    return "".join(pieces), kept


def normalise_block(block: Block) -> Block:
    text, kept = normalise_text(block.text)
    return block if kept is None else _remapped(block, text, kept)


def spaced_block(block: Block) -> Block:
    """The block with white space as the page shows it, for the rules (documents/prose_blocks.py
    applies it to the blocks that make claims; the readers' blocks keep the source's spacing)."""
    text, kept = spaced_text(block.text)
    return block if kept is None else _remapped(block, text, kept)


def _remapped(block: Block, text: str, kept: list[int]) -> Block:
    """The block as `text`, whose characters are `block.text`'s at the indices `kept`."""
    offsets = array("i", map(block.offsets.__getitem__, kept))
    offsets.append(block.offsets[len(block.text)])

    def position(i: int) -> int:  # old index -> new index (dropped: the next kept)
        return bisect_left(kept, i)  # `kept` ascends; a few look-ups, not a per-character table

    attachments = tuple(
        Attachment(position(a.start), position(a.end), a.kind, a.target) for a in block.attachments
    )
    examined = block.examined and (
        position(block.examined[0]),
        position(block.examined[1]),
        position(block.examined[2]),
    )
    return replace(
        block, text=text, offsets=offsets, attachments=attachments, examined=examined or None
    )


def normalise_blocks(blocks: list[Block]) -> list[Block]:
    return [normalise_block(b) for b in blocks]
