"""MDX: what of an .mdx file is Markdown prose, kept at the same offsets as the file.

MDX (mdxjs.com) is Markdown with JSX and ECMAScript modules. Three of its rules decide what is
prose here:
- a line (or run of lines) that holds only JSX tags (`<Callout type="warning">`, `</Callout>`,
  `<Chart data={rows} />`) is markup: its props are not prose, and the Markdown between an
  opening and a closing tag is (MDX reads it as the component's children);
- `import` and `export` at the start of a line begin an ES module block that runs to the next
  blank line (micromark-extension-mdxjs-esm): code, not prose;
- MDX has no indented code blocks (its docs, "Markdown" > "indented code" is turned off), so
  text indented inside a component is still a paragraph (the reader's MDX parser disables
  CommonMark's indented code).
Markup is replaced by spaces (line breaks kept), so every offset of the result is the file's.
"""

from __future__ import annotations

import re

_TAG_START = re.compile(r"[ \t]*<(?:/?[A-Za-z][\w.:-]*|/?>)")
_ESM = re.compile(r"(?:import|export)\b")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def blank_jsx(source: str) -> str:
    """`source` with MDX markup (JSX tag lines, import/export blocks) turned into spaces."""
    chars = list(source)
    i, n = 0, len(source)
    fence: str | None = None
    in_esm = False
    while i < n:
        end = source.find("\n", i)
        end = n if end == -1 else end
        line = source[i:end]
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            i = end + 1
            continue
        opened = _FENCE.match(line)
        if opened:
            fence = opened.group(1)
            i = end + 1
            continue
        if in_esm or _ESM.match(line):
            in_esm = bool(line.strip())
            _blank(chars, i, end)
            i = end + 1
            continue
        if _TAG_START.match(line):
            stop = _tags_end(source, i)
            if stop is not None:
                _blank(chars, i, stop)
                i = stop
                continue
        i = end + 1
    return "".join(chars)


def _tags_end(source: str, start: int) -> int | None:
    """The end of the line after one or more whole JSX tags from `start`, or None.

    None when text follows the tags on their last line (`<Note>Drink water.`): CommonMark
    reads such a line as a paragraph with inline HTML, whose text is prose already.
    """
    i, n = start, len(source)
    tags = 0
    while True:
        while i < n and source[i] in " \t":
            i += 1
        if i >= n or source[i] == "\n":
            return i if tags else None
        if source[i] != "<":
            return None
        close = _tag_close(source, i)
        if close is None:
            return None
        i, tags = close, tags + 1


def _tag_close(source: str, start: int) -> int | None:
    """Just past the `>` that closes the tag at `start` (quotes and {…} skipped), or None."""
    depth, quote = 0, ""
    for j in range(start + 1, min(len(source), start + 20_000)):
        char = source[j]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and depth == 0:
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return j + 1
        elif char == "<" and depth == 0:
            return None
    return None


def _blank(chars: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        if chars[k] not in "\r\n":
            chars[k] = " "
