"""Positions: healthlint's 1-based line and character column against LSP's line and code units.

healthlint counts characters (code points) and breaks lines at "\\n" only; LSP counts UTF-16
code units by default (an emoji is two), or UTF-8 bytes or code points when the client and
server agree on it, and breaks lines at "\\r\\n", "\\r" and "\\n". Every conversion goes through
an offset into the text, so both ways agree on every line ending.
"""

from __future__ import annotations

import bisect
import re

UTF16, UTF8, UTF32 = "utf-16", "utf-8", "utf-32"
_LSP_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of `encoding` the text takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    # Characters past the Basic Multilingual Plane take two UTF-16 units (a surrogate pair).
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class LineIndex:
    """One text's line starts, both healthlint's and LSP's, for converting positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self._ours = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
        self._lsp = [0, *(m.end() for m in _LSP_BREAK.finditer(text))]

    def offset_of(self, line: int, column: int) -> int:
        """The offset of healthlint's 1-based (line, column)."""
        line = min(max(line, 1), len(self._ours))
        return min(self._ours[line - 1] + column - 1, len(self.text))

    def position(self, offset: int) -> tuple[int, int]:
        """LSP's 0-based (line, character) of an offset, in the index's code units."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self._lsp, offset) - 1
        start = self._lsp[line]
        return line, units(self.text[start:offset], self.encoding)

    def offset_at(self, line: int, character: int) -> int:
        """The offset of LSP's (line, character); past a line's end means its end."""
        if line >= len(self._lsp):
            return len(self.text)
        start = self._lsp[max(line, 0)]
        end = self._lsp[line + 1] if line + 1 < len(self._lsp) else len(self.text)
        content = self.text[start:end].rstrip("\r\n")
        counted = 0
        for index, ch in enumerate(content):
            if counted >= character:
                return start + index
            counted += units(ch, self.encoding)
        return start + len(content)

    def line_text(self, line: int) -> str:
        """LSP line `line` without its line break."""
        if not 0 <= line < len(self._lsp):
            return ""
        end = self._lsp[line + 1] if line + 1 < len(self._lsp) else len(self.text)
        return self.text[self._lsp[line] : end].rstrip("\r\n")

    @property
    def line_count(self) -> int:
        return len(self._lsp)
