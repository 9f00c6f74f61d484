"""Page content kept in front matter next to a body: FAQs, takeaways, a summary (issues 9/14).

Content models keep some of what a page shows in front-matter keys even when the body holds
the article, and the site's templates render them around it:

- FAQ question/answer pairs: schema.org's FAQPage is a list of `Question`s, each a `name`
  and an `acceptedAnswer` whose `text` is the answer (https://schema.org/FAQPage), and
  Google shows such markup only for questions and answers visible on the page
  (https://developers.google.com/search/docs/appearance/structured-data/faqpage). Hugo,
  Decap and Astro content models write them as a list of mappings (`faqs: [{question,
  answer}]`, Decap's `list` widget with `fields`, Astro's `z.array(z.object(...))`). Read by
  shape: a list of mappings whose items hold a question (a string ending in "?") and prose.
- Lists of sentences (`keyTakeaways`, `highlights`, `keyPoints`): a list of strings, each a
  sentence (Decap's `list` widget, Hugo's and Jekyll's list params, Astro's
  `z.array(z.string())`). Read by shape: every item is prose ending a sentence. A list of
  titles (a book's table of contents, tags) does not end its items so.
- Cards: a list of mappings each holding a body of prose (`cards: [{body: "<h2>..."}]`,
  `sections: [{heading, content}]`, `benefits: [{icon, title, description}]`; customers'
  testimonials stay furniture, rules/lexicon/page.yaml): Decap/Netlify CMS's `list` widget
  with `fields` (https://decapcms.org/docs/widgets/#list), Forestry's and TinaCMS's object
  lists and blocks (https://tina.io/docs/reference/types/object/, `list: true`), and Sanity's
  arrays of objects, exported with a `_key` per item (https://www.sanity.io/docs/array-type),
  issue 14, set B's news cards beside a source list. Read by shape:
  every item is a mapping with a body key (_BODY_KEYS) and the bodies are prose; only the
  bodies are read (an item's title, icon, author and order are its furniture). Not cards:
  items with no body (menus and links, `{name, url}`; images, `{src, alt, caption}`: Hugo's
  page resources, https://gohugo.io/content-management/page-resources/), and an image item's
  `description`, which describes the image, as a caption does.
- Sections that hold those lists: a page builder's `sections: [{type, title, items: [...]}]`
  (Decap's and TinaCMS's blocks: a list of typed objects, each with its own list field), read
  one level down as the lists above are; a list deeper in a card is a setting's or a menu's,
  and a section's list of link cards (`{url, title, description}`) lists other pages.
- A summary: Hugo's `summary` front-matter field (https://gohugo.io/content-management/
  front-matter/#summary), Pandoc's and Quarto's `abstract` (rendered under the title,
  https://quarto.org/docs/authoring/front-matter.html#abstract), and `tldr`. A plain string
  can't be told from a setting by its shape, so only these names are read, and only beside
  an FAQ or a list of sentences: a front matter that holds page content so is a content
  model's, while a summary alone may be an editor's note on the page (a 2012 hospital
  content audit kept "Describes the role of a hospice." so, on 76 leaflets).

Never read: reference lists (a list of sentences with an entry's marks: authors and a year,
volume or DOI), settings and furniture (documents/front_matter_prose.py), SEO and social-card keys
(`seo`, `metaDescription`, `og...`: search engines show them, front_matter.py reads the one
`description` every generator shares), and listing-card teasers (`excerpt`, Jekyll's
https://jekyllrb.com/docs/posts/#post-excerpts, `short_description`, `summaryShort`), which
the project's judging conventions count as furniture (bench/judgements/README.md). A value
whose words the body already says (a summary copied from the first paragraph, an FAQ the
body repeats) is checked once, where the body says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import yaml
from markdown_it.token import Token

from linter.documents.citations import reads_as_reference
from linter.documents.front_matter import (
    PROSE_KEYS,
    as_values,
    is_string,
    mapping_node,
    scalar_offsets,
    subtitle_key,
)
from linter.documents.front_matter_prose import (
    ProseValue,
    is_prose,
    markup_of,
    page_builder_blocks,
    page_strings,
    setting_key,
    switched_off,
    value_blocks,
)
from linter.documents.model import Block, Document
from linter.documents.vocabulary import tokens

# Hugo's `summary`, Pandoc's and Quarto's `abstract`, and the "too long; didn't read" box.
_SUMMARY_KEYS = frozenset({"summary", "abstract", "tldr"})
# A lead paragraph kept in front matter: the journalist's "lead"/"lede" and "standfirst" (the
# paragraph under a headline) and the theme field `intro`, which Hugo (`.Params`), Jekyll
# (`page.<key>`, https://jekyllrb.com/docs/front-matter/#custom-variables) and Eleventy
# (https://www.11ty.dev/docs/data-frontmatter/) hand to the layout, which shows it above the
# body. Read alone, unlike a summary, when its shape is the page's own prose: at least
# _LEAD_SENTENCES sentences (an editor's note is one line), recall round O.
_LEAD_KEYS = frozenset({"intro", "introduction", "lead", "lede", "standfirst"})
_LEAD_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z])|[.!?][\"'”’)]*\s*$")
# Key words of listing-card teasers and structured data; search-engine and social-card
# settings are setting_key's (front_matter_prose.py, rules/lexicon/page.yaml seo_key_words).
_NOT_PAGE_WORDS = frozenset({"excerpt", "short", "teaser", "card", "preview", "snippet",
                             "schema", "jsonld", "structured"})  # fmt: skip
# The keys a card keeps its text under, in the CMS content models named above.
_BODY_KEYS = ("body", "content", "text", "description")
# Keys of an image item: its `description` is the image's, not page prose (see above).
_IMAGE_KEYS = frozenset({"src", "image", "img", "photo", "picture", "thumbnail"})
_SENTENCE_ENDED = re.compile(r"[.!?][\"'”’)\]]*$")
_WORDS = re.compile(r"[^\W_]+")
# A value is the body's when this share of its word runs (four words) is in the body.
_SHARED = 0.8
_RUN = 4


def content_blocks(
    front: Token,
    line_starts: Sequence[int],
    read_markdown: Callable[[str, str], list[Block]],
    document: Document,
) -> list[Block]:
    """The front matter's page content on a page with a body, less what the body (the
    document's blocks so far) says."""
    data = document.front_matter
    if not data or not any(_may_list(v) or _lead(k, v) for k, v in data.items()):
        return []  # most pages: no list to read, and no YAML to compose again
    composed = mapping_node(front)
    if composed is None:
        return []
    root, first = composed
    said = _runs(" ".join(b.text for b in document.blocks))
    found = list(_content_nodes(root))
    if all(summary for summary, _, _ in found):
        return []  # a summary alone may be an editor's note on the page (see above)
    values = []
    for _, heading, node in found:
        value = str(node.value)
        places = scalar_offsets(node, value, line_starts, first)
        if places is None or _repeated(value, said):
            continue
        places.append(places[-1] + 1 if places else 0)
        values.append(ProseValue(value, places, markup_of(value), heading))
    return value_blocks(values, document.path, read_markdown)


def page_text_blocks(
    front: Token,
    source: str,
    line_starts: Sequence[int],
    read_markdown: Callable[[str, str], list[Block]],
    document: Document,
) -> list[Block]:
    """The document's blocks with the page text its front matter holds: a page builder's whole
    page when the body has no prose block (documents/front_matter_prose.py), else the content
    the templates show around the body. Also when the builder's keys give nothing for a body
    of words but no prose block, such as an iframe's "Loading..." (recall round O)."""
    if not document.blocks:
        built = page_builder_blocks(front, source, line_starts, document.path, read_markdown)
        if built:
            return as_values(built)
    found = as_values(content_blocks(front, line_starts, read_markdown, document))
    return found + document.blocks


def _content_nodes(root: yaml.MappingNode) -> Iterator[tuple[bool, bool, yaml.ScalarNode]]:
    """(is a summary, is a heading, string node) for each content value, in the file's order."""
    for key_node, node in root.value:
        key = str(key_node.value)
        if key in PROSE_KEYS or not _page_key(key):
            continue  # the title and description: front_matter.py
        if subtitle_key(key) and isinstance(node, yaml.ScalarNode):
            continue  # a subtitle line, read by front_matter.py; its lists are read here
        if isinstance(node, yaml.ScalarNode):
            if key.lower() in _SUMMARY_KEYS and is_string(node) and is_prose(str(node.value)):
                yield True, False, node
            elif is_string(node) and _lead(key, node.value):
                yield False, False, node
        elif isinstance(node, yaml.SequenceNode):
            yield from ((False, h, n) for h, n in _list_nodes(node))
        elif isinstance(node, yaml.MappingNode) and not switched_off(node):
            for _, child in node.value:  # a group of sections: `faq: {items: [...]}`
                if isinstance(child, yaml.SequenceNode):
                    yield from ((False, h, n) for h, n in _list_nodes(child))


def _list_nodes(
    node: yaml.SequenceNode, nested: bool = False
) -> Iterator[tuple[bool, yaml.ScalarNode]]:
    items = node.value
    if items and all(is_string(i) and _sentence(str(i.value)) for i in items):
        if any(reads_as_reference(str(i.value)) for i in items):
            return  # a reference list: sources, not claims (as the body's, furniture.py)
        for item in items:
            yield False, item
        return
    pairs = [i for i in items if isinstance(i, yaml.MappingNode) and not switched_off(i)]
    if not items or len(pairs) != len(items):
        return
    if not all(_faq_item(i) for i in pairs):  # an FAQ reads its questions too; else cards
        if not nested and not any(_card_body(i) is not None for i in pairs):
            for pair in pairs:  # a list of sections, each with its own list (`sections[].items`)
                for _, child in pair.value:
                    listed = isinstance(child, yaml.SequenceNode)
                    if listed and not any(_links(item) for item in child.value):  # link cards
                        yield from _list_nodes(child, nested=True)
        elif all(_card_body(i) is not None for i in pairs):
            read: set[int] = set()  # an alias repeats an item's node: it is read once
            for item in pairs:
                body = _card_body(item)
                if body is not None and id(body) not in read:
                    read.add(id(body))
                    yield False, body
        return
    for item in pairs:
        for _, string in page_strings(item, set()):
            text = str(string.value).strip()
            if text.endswith("?") and "\n" not in text:
                yield True, string
            elif is_prose(text):
                yield False, string


def _links(item: yaml.Node) -> bool:
    """A list item that links to another page (`{url, title, description}`): a list of them
    in a section is a list of links to other pages, as a widget listing posts is."""
    keys = item.value if isinstance(item, yaml.MappingNode) else ()
    return any(str(key.value).lower() in _LINK_KEYS for key, _ in keys)


_LINK_KEYS = frozenset({"url", "href", "link", "permalink"})


def _card_body(item: yaml.MappingNode) -> yaml.ScalarNode | None:
    """A card's body: the string under its body key (_BODY_KEYS), when it is page prose
    (sentences or markup, and not a reference entry); None for an item with no such body."""
    keys = {str(k.value).lower(): v for k, v in item.value}
    for key in _BODY_KEYS:
        node = keys.get(key)
        if key == "description" and _IMAGE_KEYS & keys.keys():
            continue  # an image's description is its caption
        if node is None or not is_string(node):
            continue
        text = str(node.value).strip()
        shaped = _sentence(text) or markup_of(text) == "html" or "\n\n" in text
        if shaped and is_prose(text) and not reads_as_reference(text):
            return node
    return None


def _may_list(value: object) -> bool:
    """Whether a parsed value is, or groups, a list of mappings or of sentences."""
    if isinstance(value, dict):
        return any(isinstance(v, list) and _may_list(v) for v in value.values())
    return isinstance(value, list) and any(
        isinstance(i, dict) or (isinstance(i, str) and _SENTENCE_ENDED.search(i.strip()))
        for i in value
    )


def _lead(key: object, value: object) -> bool:
    """Whether a top-level value is a lead paragraph the layout shows (_LEAD_KEYS above)."""
    if str(key).lower() not in _LEAD_KEYS or not isinstance(value, str) or not is_prose(value):
        return False
    return len(_SENTENCE_END.findall(value.strip())) >= _LEAD_SENTENCES


def _faq_item(item: yaml.MappingNode) -> bool:
    """Whether a mapping is a question and its answer: a question string and a prose one."""
    texts = [str(s.value).strip() for _, s in page_strings(item, set())]
    return any(t.endswith("?") for t in texts) and any(
        is_prose(t) and not t.endswith("?") for t in texts
    )


def _page_key(key: str) -> bool:
    words = {w.lower() for w in tokens(key)}
    return not setting_key(key) and not words & _NOT_PAGE_WORDS


def _sentence(text: str) -> bool:
    return is_prose(text) and bool(_SENTENCE_ENDED.search(text.strip()))


def _runs(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORDS.findall(text)]
    return {tuple(words[i : i + _RUN]) for i in range(max(1, len(words) - _RUN + 1))}


def _repeated(value: str, said: set[tuple[str, ...]]) -> bool:
    """Whether the body already says the value's words (punctuation and case aside)."""
    own = _runs(re.sub(r"<[^>]*>", " ", value))
    return bool(own) and len(own & said) >= _SHARED * len(own)
