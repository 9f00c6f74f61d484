"""Folding text for matching (case, hyphens, British spelling), keeping a map back to the text."""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

# Spelling variants folded before matching: both the terms and the sentence are folded.
_FOLDS = (
    (re.compile(r"haem"), "hem"),
    (re.compile(r"paed"), "ped"),
    (re.compile(r"oe(?=[a-z])"), "e"),
    (re.compile(r"isation"), "ization"),
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing)\b"), r"iz\1"),
    (re.compile(r"(?<=\w{2})our\b"), "or"),
    (re.compile(r"[-‐‑/]"), " "),
    (re.compile(r"[’']s\b"), ""),
)


@lru_cache(maxsize=8192)  # registry terms and outcomes are folded again for every sentence
def fold(text: str) -> str:
    """Lower case, hyphens as spaces, British spellings as American."""
    text = text.lower()
    for pattern, replacement in _FOLDS:
        text = pattern.sub(replacement, text)
    return text


def norm_term(term: str) -> str:
    """A term as the indexes keep it: folded, one space between words."""
    return " ".join(fold(term).split())


# One fold that changed the text's length: for each replacement, its [start, end) in the text
# after the fold and the [start, end) it replaced in the text before.
_Edits = tuple[tuple[int, ...], tuple[tuple[int, int, int, int], ...]]


def _back(edits: _Edits, at: int, last: bool) -> int:
    """Where folded character `at` came from in the text before one fold: a character of a
    replacement comes from the first (`last`: the last) character it replaced."""
    starts, spans = edits
    index = bisect.bisect_right(starts, at) - 1
    if index < 0:
        return at
    _, new_end, old_start, old_end = spans[index]
    if at < new_end:
        return old_end - 1 if last else old_start
    return at - new_end + old_end


@dataclass(frozen=True)
class Folded:
    """A text folded as `fold` does, with where each folded character came from.

    The map is kept as the replacements of each fold that changed the text's length, and
    worked out only for the characters asked about: a table of two offsets per character
    cost more than all the matching on a whole document.
    """

    text: str  # the original
    folded: str
    # Per fold that changed lengths, in order; or, for a text whose lower case is longer
    # ("İ"), the whole table of (starts, ends) per folded character.
    edits: tuple[_Edits, ...] = ()
    table: tuple[tuple[int, ...], tuple[int, ...]] | None = None

    def _start(self, at: int) -> int:
        if self.table is not None:
            return self.table[0][at]
        for edits in reversed(self.edits):
            at = _back(edits, at, last=False)
        return at

    def _end(self, at: int) -> int:
        if self.table is not None:
            return self.table[1][at]
        for edits in reversed(self.edits):
            at = _back(edits, at, last=True)
        return at + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded characters [start, end)."""
        if start >= end:
            return (
                (self._start(start), self._start(start))
                if start < len(self.folded)
                else (
                    len(self.text),
                    len(self.text),
                )
            )
        return self._start(start), self._end(end - 1)


def _fold_pass(
    pattern: re.Pattern[str], replacement: str, current: str
) -> tuple[list[re.Match[str]], list[str]]:
    """One fold's matches in `current`, and their replacements only when some change a length
    (the offsets then need mapping); an empty list of pieces when they all keep theirs."""
    matches = list(pattern.finditer(current))
    pieces = [m.expand(replacement) for m in matches]
    if all(len(p) == m.end() - m.start() for p, m in zip(pieces, matches, strict=True)):
        return matches, []
    return matches, pieces


# A long text is folded in pieces of about this many characters, each cut just after a space:
# no fold matches a space, and each fold's context (a word boundary, the letters before or
# after a match, the final sigma of lower case) stops at one, so the pieces fold as the whole.
_PIECE = 1 << 16


def _cuts(text: str) -> list[int]:
    """Where the pieces of `text` start, and its end."""
    cuts = [0]
    while len(text) - cuts[-1] > _PIECE:
        at = text.find(" ", cuts[-1] + _PIECE)
        if at < 0 or at + 1 >= len(text):
            break
        cuts.append(at + 1)
    return [*cuts, len(text)]


def _fold_one(
    pattern: re.Pattern[str], replacement: str, current: str, noted: array[int], at: tuple[int, int]
) -> tuple[str, bool]:
    """One fold of a piece by the pattern's own substitution, and whether a replacement changed
    a length. Each replacement is noted in `noted` as four integers (its start and end after
    the fold, then before it, moved by `at`: where the piece starts after and before) while the
    new text is made: lists of matches, pieces and slices of a whole page held several copies
    of its text at once (most of the registry topic's peak memory, issue 20)."""
    after, before = at
    shift = 0  # how far the text after the last replacement has moved
    moved = False

    def replaced(m: re.Match[str]) -> str:
        nonlocal shift, moved
        piece = m.expand(replacement)
        start, end = m.span()
        noted.extend((after + start + shift, after + start + shift + len(piece)))
        noted.extend((before + start, before + end))
        if len(piece) != end - start:
            moved = True
            shift += len(piece) - (end - start)
        return piece

    return pattern.sub(replaced, current), moved


def _edits(noted: array[int]) -> _Edits:
    spans = tuple(
        (noted[i], noted[i + 1], noted[i + 2], noted[i + 3]) for i in range(0, len(noted), 4)
    )
    return tuple(noted[::4]), spans


def folded(text: str) -> Folded:
    """Fold `text` and keep the map from folded characters back to the original ones; a long
    text piece by piece (`_PIECE`), with the same result."""
    noted = [array("q") for _ in _FOLDS]  # every replacement of each fold, in order
    moved = [False] * len(_FOLDS)
    sizes = [0] * len(_FOLDS)  # the length of the pieces so far after each fold
    out: list[str] = []
    cuts = _cuts(text)
    for first, end in pairwise(cuts):
        current = text[first:end].lower()
        if len(current) != end - first:  # a character whose lower case is longer ("İ")
            return _folded_table(text)
        before = first  # where the piece starts in the text the fold is made of
        for index, (pattern, replacement) in enumerate(_FOLDS):
            at = (sizes[index], before)
            current, changed = _fold_one(pattern, replacement, current, noted[index], at)
            moved[index] = moved[index] or changed
            before = sizes[index]
            sizes[index] += len(current)
        out.append(current)
    passes = tuple(_edits(n) for n, m in zip(noted, moved, strict=True) if m)
    return Folded(text, out[0] if len(out) == 1 else "".join(out), passes)


def _folded_table(text: str) -> Folded:
    """`folded` with a table of offsets per character, for a text whose lower case is longer."""
    starts: list[int] = []
    ends: list[int] = []
    chars: list[str] = []
    for i, char in enumerate(text):
        lower = char.lower()
        chars.append(lower)
        starts += [i] * len(lower)
        ends += [i + 1] * len(lower)
    current = "".join(chars)
    for pattern, replacement in _FOLDS:
        matches, pieces = _fold_pass(pattern, replacement, current)
        if not pieces:  # nothing folded, or nothing that moves a character: the map stands
            current = pattern.sub(replacement, current) if matches else current
            continue
        out: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        last = 0
        for m, piece in zip(matches, pieces, strict=True):
            out.append(current[last : m.start()])
            new_starts += starts[last : m.start()]
            new_ends += ends[last : m.start()]
            out.append(piece)
            if piece:
                new_starts += [starts[m.start()]] * len(piece)
                new_ends += [ends[m.end() - 1]] * len(piece)
            last = m.end()
        out.append(current[last:])
        new_starts += starts[last:]
        new_ends += ends[last:]
        current, starts, ends = "".join(out), new_starts, new_ends
    return Folded(text, current, table=(tuple(starts), tuple(ends)))


_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")


def word_before(text: str, start: int) -> str | None:
    """The word just before `start` in the same clause, hyphenated compounds whole ("HPV-related",
    "non-small-cell"), or None (punctuation, or nothing)."""
    head = text[max(0, start - 80) : start]  # a word is shorter: keeps the search linear
    if head[-1:] in ("-", "‐", "‑") and head[-2:-1].isalnum():
        m = re.search(r"[^\W_]+(?:[-‐‑][^\W_]+)*[-‐‑]$", head)
        return m.group(0) if m else None  # "post-cancer": the term is part of a compound
    head = head.rstrip(" ")
    if not head or not (head[-1].isalnum()):
        return None
    m = re.search(r"[^\W_]+(?:[-‐‑][^\W_]+)*$", head)
    return m.group(0) if m else None


_SPACES_WORD = re.compile(r" *([^\W_]+)")


def word_after(text: str, end: int) -> str | None:
    """The word just after `end` in the same clause, or None."""
    if text[end : end + 1] not in (" ", ""):
        return None
    # Matched in place: a slice of the rest would copy a whole document for every mention.
    m = _SPACES_WORD.match(text, end)
    return m.group(1) if m else None


def standalone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as words of its own: not inside a hyphenated or longer
    word ("double" in "double-blind")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in "-‐‑" and start > 1 and text[start - 2].isalnum():
        return False
    return not (after in "-‐‑" and end + 1 < len(text) and text[end + 1].isalnum())


def words(text: str) -> list[str]:
    return _WORD.findall(text)
