"""Text from a repository made safe to print: no line can be forged, every output stays valid.

A file name can hold a newline (`a\n::error file=SPOOF.md::...` forges a GitHub Actions
command in a CI log), a terminal escape sequence, or bytes that are not UTF-8 (Python holds them
as lone surrogates, which no UTF-8 output can encode). Every path and message a formatter or
the command line prints goes through `printable`; the JSON-based formats, which escape control
characters themselves, need only `unicode_path`.
"""

from __future__ import annotations

import re

# C0 controls but the tab, DEL and C1 controls, the Unicode line and paragraph separators,
# and lone surrogates (the undecodable bytes of a file name).
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character and undecodable byte written as `\\xNN`."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def unicode_path(path: str) -> str:
    """A path whose undecodable bytes are written as `\\xNN`, so that it encodes as UTF-8."""
    return _SURROGATE.sub(_escape, path) if _SURROGATE.search(path) else path
