"""The tokenizer's suffix search, tried only with the suffixes that can end the text.

spaCy splits every new chunk of text (a word with its punctuation) by searching it with one
regex of all its suffix rules, each followed by `$` (`spacy.util.compile_suffix_regex`: 82
rules for English). `_sre` tries every rule at every position of the chunk, and most rules open
with a lookbehind, which no literal lets it skip: the prose blocks of the wild 1.2 MB file make
47,797 such searches, 0.13 CPU s of the tokenizer's 0.5 (0.44 of 1.8 s for the 4.8 MB one).

Each rule is followed by `$`, so a rule's match ends at the chunk's end (or just before a
newline that ends it). In a chunk that does not end with a newline, then, the rule's last
consumed item takes the chunk's last character: a rule whose last item cannot take that
character matches nowhere in the chunk. `SuffixSearch` reads, from the parsed rules, the
characters each can end with, and searches a chunk with only the rules (in their order) that
can end with its last character: one compiled pattern per set of such rules (34 for English),
most of them one to four rules. The rules are read after the first 2,000 chunks (14 ms), so
that a short article is spared it.

Why the match has the same span as the whole pattern's `search`: that match starts at the
leftmost position where one of the rules matches, and among the rules that match there the
first wins; the rules left out match nowhere in the chunk, so the leftmost position and the
first rule matching there are the same. A chunk ending with a newline (where `$` may stand
before it) or an empty one is searched with the whole pattern; a rule that may consume
nothing, whose last item reads a wide class or case-folded letters, whose `$` ends only its
last branch ("a|b"), or that `re`'s private parser cannot read (another Python's), is kept for
every character; rules with a group reference are all kept (their groups are numbered across
the whole pattern). spaCy reads only the match's start and end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from linter.nlp.tokenizer_rules import LazyRulesTokenizer

_parser: Any = getattr(re, "_parser", None) or getattr(re, "sre_parse", None)
_constants: Any = getattr(re, "_constants", None) or getattr(re, "sre_constants", None)
# Chunks searched with the whole pattern before the rules are read (about 12 ms of searching).
PLAIN_CALLS = 2_000
# A class of more characters than this is read as "any character".
MAX_CLASS = 5000
# A chunk longer than this is searched by the rules that can end it from its first search on.
LONG_CHUNK = 256
# A suffix rule that may match more characters than this is searched over the whole chunk.
MAX_WIDTH = 64
# A group reference ("\1", "(?P=name)", "(?(1)...)"): in the whole pattern it counts the
# groups of the rules before it, in a pattern of fewer rules other ones, so a rule set with one
# is searched whole (a false hit, an escaped backslash before a digit, only costs the speed).
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
# The characters a rule's match may end with; None: any.
Ends = frozenset[str] | None
# The pattern of the rules that can end with a character, and the longest match one can make.
Reach = tuple[re.Pattern[str], int | None] | None


def _union(a: Ends, b: Ends) -> Ends:
    return None if a is None or b is None else a | b


def _last_item(item: Any) -> tuple[Ends, bool]:
    """The characters the item's match may end with, and whether it may consume nothing."""
    op, av = item
    c = _constants
    if op is c.LITERAL:
        return frozenset({chr(av)}), False
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is c.RANGE and sub_av[1] - sub_av[0] <= MAX_CLASS:
                chars.update(map(chr, range(sub_av[0], sub_av[1] + 1)))
            else:  # a negated class, a category (\w, \d), a very wide range
                return None, False
        return frozenset(chars), False
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            return None, False  # letters of the other case (and ı, ſ, K) would match too
        return _last_sequence(body)
    if op is c.BRANCH:
        ends: Ends = frozenset()
        empty = False
        for branch in av[1]:
            branch_ends, branch_empty = _last_sequence(branch)
            ends, empty = _union(ends, branch_ends), empty or branch_empty
        return ends, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        low, _high, body = av
        ends, empty = _last_sequence(body)
        return ends, empty or low == 0
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return frozenset(), True  # zero-width: the item before ends the match
    return None, False  # anything else (a backreference, "."): any character


def _last_sequence(items: Any) -> tuple[Ends, bool]:
    """What `_last_item` reads, of items matched one after another: the last item's ends, and
    while an item may consume nothing, the ends of the one before it too."""
    ends: Ends = frozenset()
    for item in reversed(list(items)):
        item_ends, empty = _last_item(item)
        ends = _union(ends, item_ends)
        if ends is None:
            return None, False
        if not empty:
            return ends, False
    return ends, True


def rule_ends(rule: str, flags: int) -> Ends:
    """The characters a match of `rule + "$"` may end with (None: any, or not readable)."""
    if _parser is None or _constants is None:
        return None
    c = _constants
    try:
        parsed = _parser.parse(rule + "$", flags)
        items = list(parsed.data)
        if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or items[-1:] != [(c.AT, c.AT_END)]:
            return None  # case-folded, or "$" not the whole rule's end ("a|b" + "$")
        ends, empty = _last_sequence(items[:-1])
    except Exception:
        # `_parser` is private and another Python may change it, and this runs inside the
        # tokenizer, at a check's 2,001st chunk: any error (an IndexError or KeyError from a
        # changed parser as much as a re.error) means "kept for every character", never a
        # traceback in the middle of a file.
        return None
    return None if empty else ends


def rule_width(rule: str, flags: int) -> int | None:
    """The most characters a match of `rule + "$"` can take, where every match of it ends at
    the text's end (None: unbounded, "$" not the whole rule's end, or not readable)."""
    if _parser is None or _constants is None:
        return None
    c = _constants
    try:
        parsed = _parser.parse(rule + "$", flags)
        if parsed.state.flags & re.MULTILINE or list(parsed.data)[-1:] != [(c.AT, c.AT_END)]:
            return None  # "$" before any newline, or ending only the last branch ("a|b")
        longest = int(parsed.getwidth()[1])
    except Exception:  # as in rule_ends: a changed private parser keeps the whole search
        return None
    return longest if longest <= MAX_WIDTH else None


class SuffixSearch:
    """`compile_suffix_regex(rules).search`, searching a chunk only with the rules that can
    end with its last character (see the module's docstring for why the spans are the same)."""

    def __init__(self, rules: Sequence[str], plain_calls: int = PLAIN_CALLS) -> None:
        self.rules = [rule for rule in rules if rule.strip()]  # as compile_suffix_regex reads
        self.whole = compile_suffix_regex(self.rules)
        # The characters each rule can end with, read after the first `plain_calls` searches.
        self._ends: list[Ends] | None = None
        self._calls, self._plain_calls = 0, plain_calls
        # Last character -> the pattern of the rules that can end with it and the longest match
        # any of them can make (None: unbounded); None: no rule can.
        self._by_last: dict[str, Reach] = {}
        self._by_rules: dict[tuple[int, ...], Reach] = {}

    # spaCy's serializers read the pattern of a search through the bound method's `__self__`.
    @property
    def __self__(self) -> re.Pattern[str]:
        return self.whole

    def __reduce__(self) -> tuple[type[SuffixSearch], tuple[list[str]]]:
        return SuffixSearch, (self.rules,)

    def __call__(self, text: str) -> re.Match[str] | None:
        last = text[-1:]
        if self._ends is None:
            self._calls += 1
            # A long chunk (a run of punctuation, peeled one suffix at a time) has the rules
            # read at once: searched whole, each of its first searches read all of it.
            if self._calls <= self._plain_calls and len(text) <= LONG_CHUNK:
                return self.whole.search(text)
            self._ends = [rule_ends(rule, self.whole.flags) for rule in self.rules]
            if any(_GROUP_REFERENCE.search(rule) for rule in self.rules):
                self._ends = [None] * len(self.rules)
        if last in ("", "\n"):
            return self.whole.search(text)
        try:
            reach = self._by_last[last]
        except KeyError:
            reach = self._by_last[last] = self._search_ending_with(last)
        if reach is None:
            return None
        pattern, longest = reach
        if longest is None:
            return pattern.search(text)
        # Every match ends at the chunk's end and is at most `longest` long, so it starts in
        # the chunk's last `longest` characters: searching from there finds the same one (a
        # lookbehind still sees the character before), and spaCy peeling a long run of
        # punctuation one suffix at a time no longer searches the whole run each time.
        return pattern.search(text, max(0, len(text) - longest))

    def _search_ending_with(self, char: str) -> Reach:
        assert self._ends is not None
        kept = tuple(i for i, ends in enumerate(self._ends) if ends is None or char in ends)
        if kept not in self._by_rules:
            joined = "|".join(self.rules[i] + "$" for i in kept)
            widths = [rule_width(self.rules[i], self.whole.flags) for i in kept]
            bounded = [width for width in widths if width is not None]
            longest = max(bounded, default=0) if len(bounded) == len(widths) else None
            pattern = re.compile(joined, self.whole.flags)
            self._by_rules[kept] = (pattern, longest) if kept else None
        return self._by_rules[kept]


# The name HealthEnglish's config builds its tokenizer with (linter/nlp/pipeline.py).
TOKENIZER = "healthlint.Tokenizer.v1"


@registry.tokenizers(TOKENIZER)  # type: ignore[untyped-decorator]
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's own tokenizer ("spacy.Tokenizer.v1", spacy/language.py, built from the language's
    defaults in the same way), with the suffix search above and the special cases loaded as a
    text needs them (tokenizer_rules.py). Built with it rather than set after: setting a built
    tokenizer's search reloads every special case (60 ms a start)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return LazyRulesTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=SuffixSearch(cast(Sequence[str], suffixes)) if suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer if infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory
