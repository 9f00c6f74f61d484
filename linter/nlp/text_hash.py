"""Hashed word and character n-grams of many sentences at once, with a fixed hash, in numpy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# A polynomial hash over bytes, modulo 2**64 (numpy's uint64 arithmetic wraps), so any
# substring's hash comes from two prefix sums and the whole batch is hashed without a Python
# loop. Fixed constants, not Python's hash(): that one is salted per process.
_BASE = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2**64
_BASE_INVERSE = pow(_BASE, -1, 2**64)
_MIX = np.uint64(0xBF58476D1CE4E5B9)  # multiply-shift: the high bits of the product are uniform
# One salt per kind of n-gram, so that the word "the" and the characters "the" differ.
SALTS = {"word": 0x1F3D5B79, "bigram": 0x2E4C6A88, 3: 0x3A5C7E91, 4: 0x4B6D8FA2, 5: 0x5C7E9FB3}
_SPACE, _BREAK = 32, 0  # a NUL byte between sentences

# How each byte of lower-cased UTF-8 reads: part of a word (letters, ' and -, and every byte of
# a non-ASCII character), a digit (a run of digits becomes one 0), a space, or punctuation
# (a token of its own). Typographic quotes and dashes are made ASCII first.
_WORD, _DIGIT, _BLANK, _PUNCT, _END = 0, 1, 2, 3, 4
_CLASS = np.full(256, _PUNCT, np.uint8)
_CLASS[[ord(c) for c in "abcdefghijklmnopqrstuvwxyz'-"]] = _WORD
_CLASS[128:] = _WORD
_CLASS[[ord(c) for c in "0123456789"]] = _DIGIT
_CLASS[[ord(c) for c in " \t\n\r\x0b\x0c"]] = _BLANK
_CLASS[_BREAK] = _END
_BYTE = np.arange(256, dtype=np.uint8)
_BYTE[_CLASS == _DIGIT] = ord("0")
_BYTE[_CLASS == _BLANK] = _SPACE
_ASCII = (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\xa0", " "))


def normalised_bytes(texts: Sequence[str]) -> np.ndarray:
    """The texts as one byte array, a NUL between two: each "^ w1 w2 ... $", lower-cased, one
    space between tokens, a run of digits as 0.

    The marks make "^ further" (a sentence that opens with "further") a bigram of its own. All
    in numpy over the whole batch: a regular expression per sentence would cost more than the
    model itself.
    """
    batch = "^ " + " $\x00^ ".join(texts) + " $"
    if batch.count("\x00") != len(texts) - 1:  # a NUL inside a text: make it a space
        batch = "^ " + " $\x00^ ".join(t.replace("\x00", " ") for t in texts) + " $"
    batch = batch.lower()
    for typographic, ascii in _ASCII:  # str.replace: str.translate is ten times slower here
        if typographic in batch:
            batch = batch.replace(typographic, ascii)
    # "replace": a lone surrogate (text decoded with surrogateescape) becomes "?".
    data = np.frombuffer(batch.encode("utf-8", "replace"), np.uint8)
    kind = _CLASS[data]
    digit = kind == _DIGIT
    keep = ~(digit & np.concatenate([[False], digit[:-1]]))
    data, kind = _BYTE[data[keep]], kind[keep]
    # Punctuation becomes " p ": three bytes where it was one.
    punct = kind == _PUNCT
    width = 1 + 2 * punct.astype(np.int64)
    out = np.repeat(data, width)
    at = (np.cumsum(width) - width)[punct]
    out[at], out[at + 2] = _SPACE, _SPACE
    # A run of spaces becomes one; none next to a NUL or at either end.
    space, end = out == _SPACE, out == _BREAK
    before = np.concatenate([[True], space[:-1] | end[:-1]])
    after = np.concatenate([end[1:], [True]])
    return out[~(space & (before | after))]


def normalise(text: str) -> str:
    """One text as `normalised_bytes` writes it (for reading and testing)."""
    return normalised_bytes([text]).tobytes().decode("utf-8", "replace")


class _Powers:
    """BASE**k and BASE**-k modulo 2**64 for k < n, grown as longer batches come."""

    def __init__(self) -> None:
        self.up = np.ones(0, np.uint64)
        self.down = np.ones(0, np.uint64)

    def upto(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        if len(self.up) < n:
            size = max(n, 2 * len(self.up), 1 << 16)
            one = np.ones(1, np.uint64)
            up = np.cumprod(np.full(size - 1, _BASE, np.uint64))
            down = np.cumprod(np.full(size - 1, _BASE_INVERSE, np.uint64))
            self.up, self.down = np.concatenate([one, up]), np.concatenate([one, down])
        return self.up, self.down


_POWERS = _Powers()


def _buckets(hashes: np.ndarray, salt: int, bits: int) -> np.ndarray:
    return (((hashes ^ np.uint64(salt)) * _MIX) >> np.uint64(64 - bits)).astype(np.int64)


class Batch:
    """Texts normalised into one byte array, with what every n-gram hash needs computed once."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        data = normalised_bytes(texts) if texts else np.zeros(0, np.uint8)
        self.data = data
        # Region ids: text i is 2i, the NUL after it 2i+1; an n-gram inside one region starts
        # and ends in it.
        end = data == _BREAK
        self.region = np.cumsum(np.concatenate([[0], end[:-1] | end[1:]]))[: len(data)]
        # Where text i starts in the array.
        self.offset = np.concatenate([[0], np.flatnonzero(end) + 1])
        up, down = _POWERS.upto(len(data) + 1)
        self._up = up
        codes = data.astype(np.uint64) + np.uint64(1)
        self._prefix = np.zeros(len(data) + 1, np.uint64)
        np.cumsum(codes * down[: len(data)], out=self._prefix[1:])
        # Text i is "^ w1 w2 ... $": a word starts after a space or a NUL (or at 0) and ends
        # before a space or a NUL (or at the end).
        cut = np.flatnonzero((data == _SPACE) | end)
        self.word_starts = np.concatenate([[0], cut + 1])
        self.word_stops = np.concatenate([cut, [len(data)]])

    def substring(self, start: np.ndarray, stop: np.ndarray) -> np.ndarray:
        """The hash of each data[start:stop]: the same for the same bytes wherever they are."""
        # sum of codes[j] * BASE**(stop-1-j) for start <= j < stop
        return (self._prefix[stop] - self._prefix[start]) * self._up[stop - 1]

    def words(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Start and stop of every run of n words inside one text."""
        first, last = self.word_starts[: len(self.word_starts) - n + 1], self.word_stops[n - 1 :]
        inside = self.region[first] == self.region[last - 1]
        return first[inside], last[inside]


class PhraseTable:
    """Literal phrases in named classes, found among a batch's words by their hashes."""

    def __init__(self, classes: dict[str, list[str]]) -> None:
        phrases = [p for ps in classes.values() for p in ps]
        ids = np.repeat(np.arange(len(classes)), [len(ps) for ps in classes.values()])
        self.longest = max((len(p.split()) for p in phrases), default=0)
        # Each phrase's hash as `Batch.substring` gives its words in a sentence: all of the
        # normalised phrase but its marks "^ " and " $".
        batch = Batch(phrases)
        ends = np.concatenate([batch.offset[1:] - 1, [len(batch.data)]])
        hashes = batch.substring(batch.offset + 2, ends - 2) if phrases else np.zeros(0, np.uint64)
        order = np.argsort(hashes, kind="stable")
        self.keys, self.ids = hashes[order], ids[order]
        # The top 16 bits of each key, marked in a table: most word runs are ruled out by one
        # lookup, and only the rest are searched for (a search for every one costs ten times
        # as much).
        self.marks = np.zeros(1 << 16, bool)
        self.marks[(self.keys >> np.uint64(48)).astype(np.int64)] = True

    def find(self, batch: Batch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every match: the text it is in, its class number and its byte offset in the text's
        normalised form ("^ " counts two)."""
        rows, ids, where = [], [], []
        for n in range(1, self.longest + 1):
            first, last = batch.words(n)
            hashes = batch.substring(first, last)
            maybe = self.marks[(hashes >> np.uint64(48)).astype(np.int64)]
            first, hashes = first[maybe], hashes[maybe]
            at = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
            hit = self.keys[at] == hashes
            row = batch.region[first[hit]] // 2
            rows.append(row)
            ids.append(self.ids[at[hit]])
            where.append(first[hit] - batch.offset[row])
        return np.concatenate(rows), np.concatenate(ids), np.concatenate(where)


def hashed_ngrams(
    batch: Batch, bits: int, chars: Sequence[int] = ()
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The n-grams of each text, hashed into 2**bits buckets per kind.

    Returns (row, column, kind, scale): the text each n-gram comes from, its bucket, 0 for word
    uni- and bigrams and 1 for character n-grams (each kind has a table of its own), and its
    value. Each kind's values in a text are 1/sqrt(its n-gram count), so that a long sentence
    weighs as much as a short one.
    """
    if not batch.size:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, np.zeros(0, np.float32)
    rows, columns, kinds = [], [], []
    for span, salt in ((1, "word"), (2, "bigram")):
        first, last = batch.words(span)
        rows.append(batch.region[first] // 2)
        columns.append(_buckets(batch.substring(first, last), SALTS[salt], bits))
        kinds.append(np.zeros(len(first), np.int64))
    region = batch.region
    for n in chars:
        first = np.arange(len(batch.data) - n + 1)
        first = first[(region[first] == region[first + n - 1]) & (region[first] % 2 == 0)]
        rows.append(region[first] // 2)
        columns.append(_buckets(batch.substring(first, first + n), SALTS[n], bits))
        kinds.append(np.ones(len(first), np.int64))
    row, column, kind = np.concatenate(rows), np.concatenate(columns), np.concatenate(kinds)
    counts = np.bincount(row * 2 + kind, minlength=2 * batch.size).astype(np.float32)
    scale = 1.0 / np.sqrt(np.maximum(counts, 1.0))
    return row, column, kind, scale[row * 2 + kind]
