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
  CommonMark's indented code);
- braces in text are a JavaScript expression (`{props.dose}`, `{/* a comment */}`; MDX docs,
  "What is MDX?" > "Expressions"; a literal brace has a backslash before it): code, not
  prose. Code spans and fenced code keep theirs, and the YAML front matter is not MDX.
Markup is replaced by spaces (line breaks kept), so every offset of the result is the file's.

An HTML comment is a syntax error in MDX 2 and later, whose comments are `{/* ... */}`: a
healthlint directive is read from such a comment as from `<!-- ... -->` (`directive_comments`),
in `.md` files too, which Docusaurus 3 reads as MDX.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from linter.documents.model import Directive
from linter.documents.prose import parse_directive

_TAG_START = re.compile(r"[ \t]*<(?:/?[A-Za-z][\w.:-]*|/?>)")
_ESM = re.compile(r"(?:import|export)\b")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)")
# A paragraph ends at a blank line or where a fenced code block interrupts it (CommonMark).
_PARAGRAPH_END = re.compile(r"\n(?:[ \t]*\r?\n| {0,3}(?:`{3,}|~{3,}))")
_BACKTICKS = re.compile(r"`+")
_INLINE_TAG = re.compile(r"</?[A-Za-z]")  # a JSX or HTML tag, not "a < b"


def blank_jsx(source: str) -> str:
    """`source` with MDX markup (JSX tag lines, import/export blocks) turned into spaces."""
    chars = list(source)
    front_matter = _FRONT_MATTER.match(source)
    i, n = (front_matter.end() if front_matter else 0), len(source)
    fence: str | None = None
    in_esm = False
    paragraph = [-1]  # where the paragraph being read ends, found once for all its lines
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
        i = max(end + 1, _blank_expressions(chars, source, i, end, paragraph))
    return "".join(chars)


def directive_comments(
    source: str, mdx: bool, position: Callable[[int], tuple[int, int]]
) -> tuple[str, list[Directive]]:
    """The healthlint directives in `{/* ... */}` comments, each at the line `position` gives
    its comment (as an HTML comment's), and the source to read on: an MDX file's with its markup
    blanked (blank_jsx); a Markdown file's with only those comments blanked, as Docusaurus 3
    reads `.md` as MDX too, where an HTML comment is a syntax error."""
    blanked = blank_jsx(source)
    chars = None if mdx else list(source)
    directives = []
    for start, end, comment in expression_comments(source, blanked):
        found = parse_directive(comment, position(start)[0])
        if found is not None:
            directives.append(found)
            if chars is not None:
                _blank(chars, start, end)
    return blanked if chars is None else "".join(chars), directives


def expression_comments(source: str, blanked: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, content) of each `{/* ... */}` that `blank_jsx` blanked (`blanked` is its
    result), the content between `/*` and `*/`: one in code or an escaped brace is left."""
    start = source.find("{/*")
    while start >= 0:
        close = source.find("*/", start + 3)
        if close < 0:
            return
        brace = close + 2
        while brace < len(source) and source[brace] in " \t":
            brace += 1
        if brace < len(source) and source[brace] == "}" and blanked[start] != "{":
            yield start, brace + 1, source[start + 3 : close]
        start = source.find("{/*", close + 2)


def _blank_expressions(
    chars: list[str], source: str, start: int, end: int, paragraph: list[int]
) -> int:
    """Blank the `{...}` expressions that open on the line [start, end), outside code spans;
    return where the last one ends (an expression may run over lines, never past its
    paragraph: a blank line or a code fence), or `start`; after a brace that never closes, the
    end of its paragraph, so that a fence after it is still read as one."""
    if "{" not in source[start:end]:
        return start
    if paragraph[0] < start:
        paragraph_end = _PARAGRAPH_END.search(source, start)
        paragraph[0] = paragraph_end.start() + 1 if paragraph_end else len(source)
    stop = min(paragraph[0], start + 20_000)
    j, last = start, start
    while j < end:
        char = source[j]
        if char == "`":
            run = _BACKTICKS.match(source, j).end() - j  # type: ignore[union-attr]
            span_end = source.find("`" * run, j + run, end)
            j = span_end + run if span_end != -1 else j + run
        elif char == "<" and _INLINE_TAG.match(source, j):
            # A tag in the text (`<Dose value={5} unit="mg" />`): its props are the tag's,
            # and blanked they would leave `value=   unit=` that no parser reads as a tag.
            tag_end = _inline_tag_end(source, j, end, stop)
            j = tag_end if tag_end is not None else j + 1
        elif char == "{" and (j == 0 or source[j - 1] != "\\"):
            close = _brace_close(source, j, stop)
            if close is None:  # no MDX compiles so: leave the paragraph, read it only once
                return paragraph[0]
            _blank(chars, j, close)
            j = last = close
            if close > end:
                return last
        else:
            j += 1
    return last


def _inline_tag_end(source: str, start: int, end: int, stop: int) -> int | None:
    """Just past the `>` that ends the tag at `start` on its line (quoted values and `{...}`
    props skipped), or None: no `>` before the line's end or another `<`."""
    j = start + 1
    while j < end:
        char = source[j]
        if char == ">":
            return j + 1
        if char == "<":
            return None
        if char in "\"'":
            closing = source.find(char, j + 1, end)
            if closing == -1:
                return None
            j = closing
        elif char == "{":
            prop_end = _brace_close(source, j, min(stop, end))
            if prop_end is None:
                return None
            j = prop_end - 1
        j += 1
    return None


def _brace_close(source: str, start: int, stop: int) -> int | None:
    """Just past the `}` that closes the `{` at `start` (strings, comments and nesting
    skipped), or None if none comes before `stop`."""
    depth, quote, j = 0, "", start
    while j < stop:
        char = source[j]
        if quote:
            quote = "" if char == quote and source[j - 1] != "\\" else quote
        elif source.startswith("/*", j):  # a comment's apostrophes open no string
            j = source.find("*/", j + 2, stop)
            if j == -1:
                return None
            j += 1
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return None


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
        if i >= n or source[i] in "\r\n":  # a CR LF page's lines end at the CR
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
