"""Hashed word and character n-grams of many sentences at once, with a fixed hash, in numpy."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# A polynomial hash over bytes, modulo 2**64 (numpy's uint64 arithmetic wraps), so any
# substring's hash comes from two prefix sums and the whole batch is hashed without a Python
# loop. Fixed constants, not Python's hash(): that one is salted per process.
_BASE = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2**64
_BASE_INVERSE = pow(_BASE, -1, 2**64)
_MIX = np.uint64(0xBF58476D1CE4E5B9)  # multiply-shift: the high bits of the product are uniform
_SPACE, _BREAK = 32, 10
# One salt per kind of n-gram, so that the word "the" and the characters "the" differ.
SALTS = {"word": 0x1F3D5B79, "bigram": 0x2E4C6A88, 3: 0x3A5C7E91, 4: 0x4B6D8FA2, 5: 0x5C7E9FB3}

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Lower-case tokens joined by single spaces, digits as 0, between start and end marks.

    The marks make "^ further" (a sentence that opens with "further") a bigram of its own.
    """
    tokens = _TOKEN.findall(_DIGITS.sub("0", text.lower()))
    return " ".join(["^", *tokens, "$"])


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


def hashed_ngrams(
    texts: Sequence[str], bits: int, chars: Sequence[int] = (3, 4, 5)
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The n-grams of each text, hashed into 2**bits buckets per kind.

    Returns (row, column, kind, scale): the text each n-gram comes from, its bucket, 0 for word
    uni- and bigrams and 1 for character n-grams (each kind has a table of its own), and its
    value. Each kind's values in a text are 1/sqrt(its n-gram count), so that a long sentence
    weighs as much as a short one.
    """
    pieces = [normalise(t).encode("utf-8") for t in texts]
    data = np.frombuffer(b"\n".join(pieces), np.uint8)
    if not len(pieces):
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, np.zeros(0, np.float32)
    # Region ids: text i is 2i, the line break after it 2i+1; an n-gram inside one region
    # starts and ends in it.
    lengths = np.empty(2 * len(pieces) - 1, np.int64)
    lengths[0::2] = [len(p) for p in pieces]
    lengths[1::2] = 1
    region = np.repeat(np.arange(len(lengths)), lengths)
    up, down = _POWERS.upto(len(data) + 1)
    codes = data.astype(np.uint64) + np.uint64(1)
    prefix = np.zeros(len(data) + 1, np.uint64)
    np.cumsum(codes * down[: len(data)], out=prefix[1:])

    def substring(start: np.ndarray, end: np.ndarray) -> np.ndarray:
        # sum of codes[j] * BASE**(end-1-j) for start <= j < end
        return (prefix[end] - prefix[start]) * up[end - 1]

    rows, columns, kinds = [], [], []
    spaces = np.flatnonzero(data == _SPACE)
    # Text i is "^ w1 w2 ... $": its words lie between the line break or the space before and
    # the space or the line break after.
    bounds = np.concatenate([[-1], np.flatnonzero(data == _BREAK), [len(data)]])
    starts = np.sort(np.concatenate([spaces, bounds[:-1]])) + 1
    ends = np.sort(np.concatenate([spaces, bounds[1:]]))
    for span, salt in ((1, "word"), (2, "bigram")):
        first, last = starts[: len(starts) - span + 1], ends[span - 1 :]
        inside = region[first] == region[last - 1]
        first, last = first[inside], last[inside]
        rows.append(region[first] // 2)
        columns.append(_buckets(substring(first, last), SALTS[salt], bits))
        kinds.append(np.zeros(len(first), np.int64))
    for n in chars:
        first = np.arange(len(data) - n + 1)
        first = first[region[first] == region[first + n - 1]]
        first = first[region[first] % 2 == 0]
        rows.append(region[first] // 2)
        columns.append(_buckets(substring(first, first + n), SALTS[n], bits))
        kinds.append(np.ones(len(first), np.int64))
    row, column, kind = np.concatenate(rows), np.concatenate(columns), np.concatenate(kinds)
    counts = np.bincount(row * 2 + kind, minlength=2 * len(pieces)).astype(np.float32)
    scale = 1.0 / np.sqrt(np.maximum(counts, 1.0))
    return row, column, kind, scale[row * 2 + kind]
