"""A Markdown source's lines, for the reader to match tokens' content back to the file."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

# The line breaks markdown-it itself recognises (not \v, \f or U+2028).
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


class SourceLines:
    """The source's lines (without their line breaks) and where each starts and ends.

    Offsets are arrays (8 bytes a line, not a Python int and a pointer) and a line's text is
    cut from the source when asked for: on a big file the lines as strings and lists were
    held through the whole read, some 60 MB at 19 MB of Markdown, in the read's peak.
    """

    def __init__(self, source: str) -> None:
        self.starts = array("q", [0])
        self.newlines = array("q")
        ends = array("q")
        for match in _NEWLINE_RE.finditer(source):
            ends.append(match.start())
            self.newlines.append(match.end() - 1)
            self.starts.append(match.end())
        ends.append(len(source))
        self.newlines.append(len(source))
        # The parser sees U+FFFD where the source has NUL; so must the line matching.
        text = source.replace("\0", "\ufffd") if "\0" in source else source
        self.texts = LineTexts(text, self.starts, ends)


class LineTexts(Sequence[str]):
    """Line `i` of a text, cut from it when asked for: nothing held but the offsets and the
    last line cut (a table row's cells each ask for their row: one long row must not be cut
    once a cell, which would make the read quadratic in it)."""

    def __init__(self, text: str, starts: array[int], ends: array[int]) -> None:
        self._text, self._starts, self._ends = text, starts, ends
        self._last: tuple[int, str] = (-1, "")

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        text = self._text
        return (text[start:end] for start, end in zip(self._starts, self._ends, strict=False))

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._ends)
        if not 0 <= index < len(self._ends):
            raise IndexError("line index out of range")
        if self._last[0] != index:
            self._last = (index, self._text[self._starts[index] : self._ends[index]])
        return self._last[1]
