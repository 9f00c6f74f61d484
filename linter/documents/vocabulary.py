"""The page-structure word classes of rules/lexicon/page.yaml, as sets the readers look up.

Each list says in the YAML where it comes from (WAI-ARIA roles, HTML elements, Readability's
class names, WordPress and design-system classes, Dublin Core and schema.org keys ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from linter.config.lexicon import default_lexicon

# Where a class or id value is cut into tokens: separators, and the hump of camelCase.
_SEPARATORS = re.compile(r"[\s\-_:.\/]+|(?<=[a-z0-9])(?=[A-Z])")
# The first token of a state or layout class ("has-sidebar", "show-comments", "no-sidebar"):
# WordPress body and block classes say what a page has, not what an element is.
_STATE_PREFIXES = frozenset({"has", "show", "showing", "enable", "enabled", "disable", "no", "is",
                             "with", "without", "hide", "hidden", "toggle", "js"})  # fmt: skip
# A layout wrapper that holds the article and the furniture side by side names both
# ("content-sidebar-wrap", "main-sidebar-container"): it is neither.
_LAYOUT_TOKENS = frozenset({"wrap", "wrapper", "container", "layout", "grid", "row", "inner",
                            "outer", "holder"})  # fmt: skip
# What a page builder calls any block (see builder_prefixes in rules/lexicon/page.yaml).
_BUILDER_BLOCK = frozenset({"widget", "widgets"})
_CONTENT_TOKENS = frozenset({"content", "main", "article", "entry", "primary", "story"})


def tokens(name: str) -> tuple[str, ...]:
    """A class name cut into lower-case tokens: "jp-relatedPosts" -> (jp, related, posts)."""
    return tuple(t.lower() for t in _SEPARATORS.split(name) if t)


def _phrases(key: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.lower().split()) for p in default_lexicon().get(f"page.{key}"))


def _words(key: str) -> frozenset[str]:
    return frozenset(p.lower() for p in default_lexicon().get(f"page.{key}"))


@dataclass(frozen=True)
class PageVocabulary:
    """The word classes of rules/lexicon/page.yaml."""

    furniture_elements: frozenset[str]
    page_scoped_elements: frozenset[str]
    always_furniture_elements: frozenset[str]
    furniture_roles: frozenset[str]
    main_roles: frozenset[str]
    main_elements: frozenset[str]
    main_classes: frozenset[tuple[str, ...]]
    builder_prefixes: frozenset[str]
    main_itemprops: frozenset[str]
    main_itemtypes: frozenset[str]
    naming_attributes: frozenset[str]
    furniture_classes: frozenset[tuple[str, ...]]
    article_classes: frozenset[tuple[str, ...]]
    metadata_keys: frozenset[str]
    seo_key_words: frozenset[str]  # front-matter keys of the page's head (readH)
    metadata_headings: frozenset[str]
    heading_words: frozenset[str]
    heading_function_words: frozenset[str]
    author_box_words: frozenset[str]
    byline_verbs: tuple[str, ...]
    cta_verbs: tuple[str, ...]
    cta_markers: tuple[str, ...]

    def furniture_class(self, value: str) -> bool:
        """Whether a class or id attribute names furniture (and not the article's header)."""
        return _furniture_value(
            value, self.furniture_classes, self.article_classes, self.builder_prefixes
        )

    def names_post(self, attributes: dict[str, str | None]) -> bool:
        """Whether microformat classes or schema.org microdata name a post or its body."""
        if _names_post_class(attributes.get("class") or "", self.main_classes):
            return True
        props = (attributes.get("itemprop") or "").lower().split()
        if any(prop in self.main_itemprops for prop in props):
            return True
        types = (attributes.get("itemtype") or "").split()
        return any(t.rstrip("/").rsplit("/", 1)[-1].lower() in self.main_itemtypes for t in types)


# Cached by value: a page repeats its class names on element after element, and a site on
# page after page (the frozensets' hashes are computed once).
@lru_cache(maxsize=8192)
def _furniture_value(
    value: str,
    furniture_classes: frozenset[tuple[str, ...]],
    article_classes: frozenset[tuple[str, ...]],
    builder_prefixes: frozenset[str],
) -> bool:
    furniture = False
    for name in value.split():
        found = tokens(name)
        if not found or found[0] in _STATE_PREFIXES:
            continue
        if found[0] in builder_prefixes:
            found = tuple(t for t in found if t not in _BUILDER_BLOCK)
        if _LAYOUT_TOKENS & set(found) and _CONTENT_TOKENS & set(found):
            continue
        if _holds(found, article_classes):
            return False
        furniture = furniture or _holds(found, furniture_classes)
    return furniture


@lru_cache(maxsize=4096)
def _names_post_class(value: str, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether a class value holds a post class; cached, as a page repeats its classes."""
    return any(_holds(tokens(name), phrases) for name in value.split())


def _holds(found: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether some phrase is a run of whole tokens of `found`."""
    for size in _sizes(phrases):
        for at in range(len(found) - size + 1):
            if found[at : at + size] in phrases:
                return True
    return False


@lru_cache(maxsize=16)
def _sizes(phrases: frozenset[tuple[str, ...]]) -> frozenset[int]:
    """The lengths of the phrases, in tokens."""
    return frozenset(len(p) for p in phrases)


@cache
def vocabulary() -> PageVocabulary:
    """The bundled page vocabulary, loaded once per process."""
    lexicon = default_lexicon()
    return PageVocabulary(
        furniture_elements=_words("furniture_elements"),
        page_scoped_elements=_words("page_scoped_elements"),
        always_furniture_elements=_words("always_furniture_elements"),
        furniture_roles=_words("furniture_roles"),
        main_roles=_words("main_roles"),
        main_elements=_words("main_elements"),
        main_classes=_phrases("main_classes"),
        builder_prefixes=_words("builder_prefixes"),
        main_itemprops=_words("main_itemprops"),
        main_itemtypes=_words("main_itemtypes"),
        naming_attributes=_words("naming_attributes"),
        furniture_classes=_phrases("furniture_classes"),
        article_classes=_phrases("article_classes"),
        metadata_keys=_words("metadata_keys"),
        seo_key_words=_words("seo_key_words"),
        metadata_headings=_words("metadata_headings"),
        heading_words=_words("furniture_heading_words"),
        heading_function_words=_words("heading_function_words"),
        author_box_words=_words("author_box_words"),
        byline_verbs=tuple(lexicon.get("page.byline_verbs")),
        cta_verbs=tuple(lexicon.get("page.cta_verbs")),
        cta_markers=tuple(lexicon.get("page.cta_markers")),
    )
