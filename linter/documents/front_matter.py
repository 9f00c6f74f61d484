"""The front matter a reader sees first: `title` and `description` as prose, at exact offsets.

A page's title and description are what a search result, a feed and a social card show, and
often all a reader reads: a claim there needs the same care as one in the body. These two
keys are prose on every page (the keys Jekyll, Hugo, Eleventy, Astro and Docusaurus share for
a page's headline and summary), with a subtitle (below); other keys are read only as
documents/front_matter_content.py and front_matter_prose.py say. A value is checked only when
each of its characters can be placed in the file: a one-line plain or quoted scalar (a
double-quoted one's escapes each placed at their backslash), or a folded or multi-line one
whose words are the file's words; anything else is left out.

The `description` key is read although an HTML page's `<meta name="description">` beside a
body is not (documents/html.py): the key is the layout's as well as the head's (Hugo's
`.Description`, Jekyll's `page.description`, Docusaurus's and Astro's page description, which
themes show under the title or on the page's card), and hand-labelled sets marked claims in it
as the page's (issue 14: sets H, J, P and LL's descriptions labelled; readH counted the 54
front-matter descriptions of the 18 rebuilt development sets and 74 of the wild VA pages: none
flagged, none judged furniture). A description the body repeats is checked once, in the body
(documents/summary_repeats.py). Keys written only for the head (`seo: {description}`,
`metaDescription`, `og_description`) are never read (documents/front_matter_prose.py, setting_key).

A subtitle is read as the title is, as a heading: the line a layout shows under the title
(Pandoc's `subtitle` variable, "document subtitle", and Quarto's `subtitle` option; Hugo's
`.Params` and Jekyll's `page.<key>` hand a theme's `subtitle` or `subheading` to its layout the
same way), whether a string under such a key or a one-line sentence under a key of a mapping so
named (`subheadings: {blurb: ...}`, a theme's group of the lines it shows under the title).
The same line under the publishing names for it is read so too: a news or magazine "dek"
(Merriam-Webster: "a subheading of a magazine or newspaper article"), a "strapline"
(Cambridge Dictionary: a secondary headline, a subheading), and schema.org's
`alternativeHeadline` ("a secondary title of the CreativeWork"). A "standfirst" or "lede" is a
lead paragraph, documents/front_matter_content.py's.
"""

from __future__ import annotations

import string
from array import array
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeGuard

import yaml
from markdown_it.token import Token

from linter.documents.model import Block, Document

PROSE_KEYS = {"title": "heading", "description": "paragraph"}
# A subtitle's key, after case, "_" and "-" are taken off and a plural "s" (see above).
_SUBTITLE_WORDS = frozenset({"subtitle", "subheading", "dek", "strapline", "alternativeheadline"})
# Keys of a subtitle group's settings, not its line: an image, a link, a style.
_GROUP_SETTINGS = frozenset({"image", "img", "icon", "url", "link", "href", "src", "alt",
                             "class", "style", "id", "color", "colour"})  # fmt: skip
_MIN_GROUP_WORDS = 4


def subtitle_key(key: str) -> bool:
    """Whether a top-level key names the page's subtitle (`subtitle`, `sub_heading`, ...)."""
    word = key.lower().replace("_", "").replace("-", "")
    return word in _SUBTITLE_WORDS or (word.endswith("s") and word[:-1] in _SUBTITLE_WORDS)


def front_matter_blocks(
    token: Token, line_starts: Sequence[int], data: dict[str, Any] | None
) -> list[Block]:
    """Blocks for the front matter's title, description and subtitles, in the file's order."""
    if not data or not (
        any(isinstance(data.get(k), str) for k in PROSE_KEYS)
        or any(subtitle_key(str(k)) for k in data)
    ):
        return []
    composed = mapping_node(token)
    if composed is None:
        return []
    root, first = composed
    blocks = []
    for _key, node, kind in _shown(root):
        value = str(node.value)
        offsets = scalar_offsets(node, value, line_starts, first)
        text = value.strip()
        if offsets is None or not text:
            continue
        lead = len(value) - len(value.lstrip())
        kept = array("i", offsets[lead : lead + len(text)])
        kept.append(kept[-1] + 1)
        blocks.append(Block(text, kept, kind))
    return blocks


def _shown(root: yaml.MappingNode) -> list[tuple[str, yaml.ScalarNode, str]]:
    """(key, string node, block kind) of the title, description and subtitles, in order."""
    shown = []
    for key_node, node in root.value:
        key = str(key_node.value)
        if key in PROSE_KEYS and is_string(node):
            shown.append((key, node, PROSE_KEYS[key]))
        elif subtitle_key(key) and is_string(node) and "\n" not in str(node.value).strip():
            shown.append((key, node, "heading"))
        elif subtitle_key(key) and isinstance(node, yaml.MappingNode):
            for child_key, child in node.value:
                line = str(child.value).strip() if is_string(child) else ""
                if (
                    line
                    and "\n" not in line
                    and str(child_key.value).lower() not in _GROUP_SETTINGS
                    and len(line.split()) >= _MIN_GROUP_WORDS
                ):
                    shown.append((key, child, "heading"))
    return shown


def mapping_node(token: Token) -> tuple[yaml.MappingNode, int] | None:
    """The front matter's top mapping as YAML nodes (which keep their places in the file), and
    the file line of its first line; None for front matter that is not a mapping or not YAML
    (the reader has warned of that)."""
    if not token.map:
        return None
    try:
        root = yaml.compose(token.content, Loader=yaml.SafeLoader)
    except Exception:  # any error of the YAML parser: warned of where the front matter is read
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    return root, token.map[0] + 1  # the line after the opening ---


def is_string(node: yaml.Node | None) -> TypeGuard[yaml.ScalarNode]:
    """A YAML string: `null`, `true` or `40` unquoted are not the text an editor wrote."""
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"


def scalar_offsets(
    node: yaml.ScalarNode, value: str, line_starts: Sequence[int], first: int
) -> list[int] | None:
    """The file offset of each character of `value`, or None where they cannot be placed."""
    mark = node.start_mark
    raw = str(mark.buffer or "")[mark.pointer : node.end_mark.pointer]
    line, column = mark.line, mark.column
    if node.style in ("'", '"'):
        raw, column = raw[1:-1], column + 1
    elif node.style in ("|", ">"):
        header = raw.find("\n")
        if header < 0:
            return None
        raw, line, column = raw[header + 1 :], line + 1, 0
    places = []  # the file offset of each character of raw
    for char in raw:
        index = first + line
        if index >= len(line_starts):
            return None
        places.append(line_starts[index] + column)
        line, column = (line + 1, 0) if char == "\n" else (line, column + 1)
    if node.style == "'" and "''" in raw:  # the one escape of the style (YAML 1.2, §7.3.2)
        raw, places = _single_quoted(raw, places)
    if node.style == '"' and "\\" in raw:
        decoded = _unescaped(raw, places)
        if decoded is None:
            return None
        raw, places = decoded
    # Walk the value along the raw text: equal characters map one to one; YAML's folding and
    # indentation (whitespace in the file that the value lacks, or has as one space) is skipped.
    result: list[int] = []
    j = 0
    for char in value:
        if char.isspace():
            if j < len(raw) and raw[j].isspace():
                result.append(places[j])
                j += 1
                continue
            if result:
                result.append(result[-1] + 1)  # a space YAML added where the file has none
                continue
            return None
        while j < len(raw) and raw[j] != char and raw[j].isspace():
            j += 1
        if j >= len(raw) or raw[j] != char:
            return None  # an escape or a character the file does not have here
        result.append(places[j])
        j += 1
    return result


def _single_quoted(raw: str, places: list[int]) -> tuple[str, list[int]]:
    """A single-quoted scalar's text with each doubled quote read as one, at the first's place."""
    chars: list[str] = []
    kept: list[int] = []
    i = 0
    while i < len(raw):
        chars.append(raw[i])
        kept.append(places[i])
        i += 2 if raw.startswith("''", i) else 1
    return "".join(chars), kept


# The escapes of a double-quoted YAML scalar (YAML 1.2, §5.7), each one character of the value
# ("\\n" a line break, "\\_" a no-break space, as page builders such as Stackbit write them).
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
            "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
            "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}  # fmt: skip
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


def _unescaped(raw: str, places: list[int]) -> tuple[str, list[int]] | None:
    """A double-quoted scalar's text with its escapes read, each character at its file offset
    (an escape's character at its backslash); None for an escape YAML does not have."""
    chars: list[str] = []
    at: list[int] = []
    i = 0
    while i < len(raw):
        char, after = raw[i], raw[i + 1 : i + 2]
        if char != "\\" or not after:
            chars.append(char)
            at.append(places[i])
            i += 1
        elif after in _ESCAPES:
            chars.append(_ESCAPES[after])
            at.append(places[i])
            i += 2
        elif after in _HEX_DIGITS:
            digits = raw[i + 2 : i + 2 + _HEX_DIGITS[after]]
            if len(digits) != _HEX_DIGITS[after] or any(d not in string.hexdigits for d in digits):
                return None
            chars.append(chr(int(digits, 16)))
            at.append(places[i])
            i += 2 + len(digits)
        elif after == "\n":  # an escaped line break: it and the next line's indent are no text
            i += 2
            while i < len(raw) and raw[i] in " \t":
                i += 1
        else:
            return None
    return "".join(chars), at


def as_values(blocks: list[Block]) -> list[Block]:
    """Blocks read from front-matter values: text, but no place for a fix (see Block)."""
    return [replace(b, fixable=False) for b in blocks]


def read_front_matter(token: Token, document: Document) -> None:
    """Parse a Markdown file's YAML front matter into `document.front_matter`, or warn."""
    try:
        data = yaml.safe_load(token.content)
    except Exception as exc:  # YAMLError, or RecursionError on deep nesting
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        # Where YAML gave up is often lines after the mistake (an unclosed quote): its context
        # says where the construct it was reading began.
        context, began = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and began is not None and mark is not None and began.line != mark.line:
            problem += f", {context} that starts on line {began.line + 2}"
        document.warnings.append(f"front matter is not valid YAML{where}: {problem}")
        return
    if isinstance(data, dict):
        document.front_matter = data
    elif data is not None:
        document.warnings.append("front matter is not a mapping; ignored")
