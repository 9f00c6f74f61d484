"""The page text a "page builder" keeps in its front matter, found where the file has it.

Netlify CMS, Decap, Forestry/TinaCMS and Gatsby or Hugo starters built on them often keep a
whole page in front-matter keys (`heading.content`, `sections[].body`, `faq[].answer`, ...),
as HTML or Markdown, and leave the file's body empty: the site's templates render those keys,
so they are what its readers read. A site whose body holds the page keeps settings and audit
notes in its front matter instead (a theme's `short_description` for a listing card, an
editor's `notes:`), which no reader of the page sees. So the keys are read only for a page
whose body has no prose of its own (the caller decides that); title and description at the
top level are read for every page (documents/front_matter.py).

A value is prose when it is a string of at least four words with sentence punctuation or
markup (an HTML tag, a Markdown link or emphasis): slugs, paths, URLs, dates, ids, colours,
layout and template names, image references and keyword lists are not. Left out as the site
leaves them out: a section switched off by the page-builder toggle beside it
(`display: false`, `enabled: false`, `hidden: true` ...), and keys that name page furniture as
a class name would (`footer`, `relatedLinks`, `social`: the class vocabulary of
rules/lexicon/page.yaml) or settings (`alt`, `keywords`, `style` ...), and the settings of
the page's head: search-engine and social-card keys (`seo: {description}`, `metaDescription`,
`og_description`: the class `seo_key_words` of rules/lexicon/page.yaml), which the site writes
into `<meta>` tags no reader sees, even on a page whose body is empty (issue 14, readH).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import yaml
from markdown_it.token import Token

from linter.documents.front_matter import (
    PROSE_KEYS,
    is_string,
    mapping_node,
    scalar_offsets,
    subtitle_key,
)
from linter.documents.front_matter_rich import RichReader, rich_document
from linter.documents.html import read_html
from linter.documents.model import Block
from linter.documents.vocabulary import tokens, vocabulary

# A page builder's switch for a section: the section is not rendered when it is off.
_OFF_WHEN_FALSE = frozenset({"display", "enabled", "enable", "visible", "show", "active"})
_OFF_WHEN_TRUE = frozenset({"hidden", "hide", "disabled", "draft"})
# Keys whose strings are settings or text no reader reads as the page (an image's alt text is
# read out only in place of the image; keywords and tags are index terms).
_SETTING_KEYS = frozenset({"alt", "keywords", "keyword", "tags", "tag", "categories", "category",
                           "style", "class", "classname", "layout", "template", "templatekey",
                           "permalink", "slug", "url", "href", "src", "image", "img", "icon",
                           "redirects", "redirect", "lang", "language", "id", "date", "notes",
                           "note", "comment", "comments"})  # fmt: skip
# Keys whose plain value is a heading on the page.
_HEADING_KEYS = frozenset({"title", "heading", "subtitle", "headline", "subheading"})
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_MARKDOWN = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|\*\*\S|__\S|(?:^|\n)\s*(?:[-*+]|#{1,6})\s")
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)")
_WORD = re.compile(r"\S*[^\W\d_]{2}\S*")
MIN_WORDS = 4
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<[^<>]*>", re.S)
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class ProseValue:
    """One front-matter string that is page text: its value and where each character is."""

    text: str
    offsets: list[int]  # len(text) + 1 file offsets: the last is just past the value
    markup: str  # "html" | "markdown" | "rich" (plain text is Markdown without markup)
    heading: bool  # a plain value under a title-like key
    # markup "rich": the blocks of a ProseMirror document, read already at their file offsets
    # (`offsets` is then only where the first starts, which orders the values)
    blocks: tuple[Block, ...] = ()


def prose_values(token: Token, line_starts: Sequence[int]) -> list[ProseValue]:
    """The front matter's prose values beyond the top-level title and description."""
    composed = mapping_node(token)
    if composed is None:
        return []
    root, first = composed
    return _values(root, True, line_starts, first, set())


def _values(
    root: yaml.Node, top: bool, line_starts: Sequence[int], first: int, seen: set[int]
) -> list[ProseValue]:
    """The prose values under `root`; a ProseMirror document's blocks among them in the file's
    order (`seen` is shared, so an alias back into a document is not read again)."""
    docs: list[yaml.Node] = []
    found = []
    for key, node in page_strings(root, seen, top=top, docs=docs):
        value = str(node.value)
        markup = markup_of(value)
        if not is_prose(value):
            continue
        places = scalar_offsets(node, value, line_starts, first)
        if places is None:
            continue
        places.append(places[-1] + 1 if places else 0)
        heading = markup == "markdown" and key in _HEADING_KEYS and "\n" not in value.strip()
        found.append(ProseValue(value, places, markup, heading))
    for doc in docs:
        found.extend(_rich_values(doc, line_starts, first, seen))
    if docs:
        found.sort(key=lambda value: value.offsets[0])
    return found


def _rich_values(
    doc: yaml.Node, line_starts: Sequence[int], first: int, seen: set[int]
) -> list[ProseValue]:
    """A ProseMirror document's blocks (documents/front_matter_rich.py), and the strings of
    the nodes it does not know (a Bard set's fields) read as any other value."""
    reader = RichReader(line_starts, first, seen)
    reader.read(rich_document(doc) or [])
    found: list[ProseValue] = []
    run: list[Block] = []
    for part in [*reader.parts, None]:
        if isinstance(part, Block):
            run.append(part)
            continue
        if run:
            text = "\n".join(block.text for block in run)
            found.append(ProseValue(text, [run[0].offsets[0]], "rich", False, tuple(run)))
            run = []
        if part is not None:
            found.extend(_values(part, False, line_starts, first, seen))
    return found


def page_builder_blocks(
    front: Token,
    source: str,
    line_starts: Sequence[int],
    path: str,
    read_markdown: Callable[[str, str], list[Block]],
) -> list[Block]:
    """The front matter's page text, for a page whose body holds no prose blocks.

    A body with words outside tags and comments (code, or HTML blocks whose words are all
    furniture or hidden) holds its page's text itself: nothing is read from the front matter.
    """
    if not front.map:
        return []
    end = front.map[1]
    if end < len(line_starts) and not wordless(source[line_starts[end] :]):
        return []
    return value_blocks(prose_values(front, line_starts), path, read_markdown)


def value_blocks(
    values: list[ProseValue], path: str, read_markdown: Callable[[str, str], list[Block]]
) -> list[Block]:
    """Each value read as what it holds (HTML through the HTML reader), at its file offsets.

    Every value is read on its own, so a block never runs from one value into the next; lists
    and table rows are numbered on from one value to the next, as the page shows them apart.
    """
    blocks: list[Block] = []
    lists = rows = 0
    for value in values:
        if value.markup == "rich":
            read = list(value.blocks)
        elif value.markup == "html":
            read = read_html(path, value.text).blocks
        else:
            read = read_markdown(path, value.text)
        places = value.offsets
        most_list = most_row = 0
        for block in read:
            kind = "heading" if value.heading and block.kind == "paragraph" else block.kind
            most_list = max(most_list, block.list_id or 0)
            most_row = max(most_row, block.row or 0)
            blocks.append(
                replace(
                    block,
                    offsets=block.offsets
                    if value.markup == "rich"
                    else array("i", [places[o] for o in block.offsets]),
                    kind=kind,
                    list_id=None if block.list_id is None else block.list_id + lists,
                    row=None if block.row is None else block.row + rows,
                )
            )
        lists, rows = lists + most_list, rows + most_row
    return blocks


def wordless(body: str) -> bool:
    """Whether a page's body holds no word outside tags and comments: its text is elsewhere.

    A body of HTML blocks holds its page's text (documents/markdown_html.py reads it);
    templates were blanked to spaces before.
    """
    return _LETTER.search(_MARKUP.sub(" ", body)) is None


def is_prose(value: str) -> bool:
    """Whether a string reads as page text: four words or more, with punctuation or markup."""
    has_tags = bool(_TAG.search(value))
    text = _TAG.sub(" ", value) if has_tags else value
    if len(_WORD.findall(text)) < MIN_WORDS:
        return False
    return has_tags or bool(_SENTENCE_END.search(text.strip()) or _MARKDOWN.search(value))


def page_strings(
    node: yaml.Node, seen: set[int], top: bool = False, docs: list[yaml.Node] | None = None
) -> Iterator[tuple[str, yaml.ScalarNode]]:
    """(key, string node) pairs under `node`, leaving out what the page does not show.

    An alias is the node it names: each node is walked once (`seen`), so a chain of aliases
    (the "billion laughs") costs one walk of the nodes, not of their expansion. With `docs`,
    a ProseMirror document is put there, not walked (its text nodes split its sentences).
    """
    if id(node) in seen:
        return
    seen.add(id(node))
    if docs is not None and not top and rich_document(node) is not None:
        docs.append(node)
        return
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _children("", item, seen, docs)
        return
    if not isinstance(node, yaml.MappingNode):
        return
    if not top and switched_off(node):
        return
    for key_node, value in node.value:
        key = str(key_node.value)
        if top and key in PROSE_KEYS:
            continue  # read for every page by front_matter_blocks
        if top and subtitle_key(key) and not isinstance(value, yaml.SequenceNode):
            continue  # a subtitle line or group: front_matter_blocks; its lists are read here
        if setting_key(key):
            continue
        yield from _children("".join(tokens(key)[-1:]), value, seen, docs)


def setting_key(key: str) -> bool:
    """Whether a key names a setting or page furniture (`alt`, `footer`, `relatedLinks`), or a
    search-engine or social-card setting (`seo`, `metaDescription`, `og_description`)."""
    words = tokens(key)
    # An image's alternative text under a compound key (`image_alt`, `imageAlt`, `alt_text`).
    return (
        key.lower() in _SETTING_KEYS
        or "alt" in words
        or not vocabulary().seo_key_words.isdisjoint(words)
        or vocabulary().furniture_class(key)
    )


def markup_of(value: str) -> str:
    """How a value is read: "html" when it holds a tag, else "markdown"."""
    return "html" if _TAG.search(value) else "markdown"


def _children(
    key: str, node: yaml.Node, seen: set[int], docs: list[yaml.Node] | None = None
) -> Iterator[tuple[str, yaml.ScalarNode]]:
    if isinstance(node, yaml.ScalarNode):
        if is_string(node) and id(node) not in seen:
            seen.add(id(node))
            yield key, node
    else:
        yield from page_strings(node, seen, docs=docs)


def switched_off(node: yaml.MappingNode) -> bool:
    for key_node, value in node.value:
        key = str(key_node.value).lower()
        if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:bool":
            on = str(value.value).lower() in ("true", "yes", "on")
            if (key in _OFF_WHEN_FALSE and not on) or (key in _OFF_WHEN_TRUE and on):
                return True
    return False
