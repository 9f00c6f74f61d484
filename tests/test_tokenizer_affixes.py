"""SuffixSearch: the same suffix spans as spaCy's one regex of all suffix rules."""

from __future__ import annotations

import pickle
import re
from types import SimpleNamespace

import pytest
from spacy.lang.en import English
from spacy.util import compile_suffix_regex

from linter.nlp import tokenizer_affixes
from linter.nlp.pipeline import HealthEnglish
from linter.nlp.tokenizer_affixes import SuffixSearch, rule_ends

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

RULES = list(English.Defaults.suffixes)
# Characters the English suffix rules are made of and around: units, quotes, stops, digits.
PIECES = [
    "a", "s", "S", "k", "m", "km", "kg", "mg", "°", "C", "F", "%", "$", "€", "1", "10", "2",
    "'", "’", "'s", "’s", "n't", "\"", "”", ")", "]", "}", ".", "..", "...", "…", ",", ";", ":",
    "!", "?", "-", "—", "+", "²", "×", "/", "\n", "é", "ß", "İ", "ı", "😀", "#", "_",
]  # fmt: skip


def spans(search: object, text: str) -> tuple[int, int] | None:
    found = search(text)  # type: ignore[operator]
    return None if found is None else found.span()


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_same_spans_as_the_whole_pattern(text: str) -> None:
    whole = compile_suffix_regex(RULES)
    assert spans(SuffixSearch(RULES, plain_calls=0), text) == spans(whole.search, text)


def test_rules_that_cannot_be_read_are_kept_for_every_character() -> None:
    assert rule_ends(r"(?<=[0-9])(?:km|m)", 0) == {"m"}
    assert rule_ends(r"\.\.+", 0) == {"."}
    assert rule_ends("a|b", 0) is None  # "$" ends only the second branch: "a" ends anywhere
    assert rule_ends("(?i:x)", 0) is None  # "X" ends it too
    assert rule_ends("x?", 0) is None  # may consume nothing
    assert rule_ends("[^a]", 0) is None
    assert rule_ends("[^ab]", 0) is None  # a negated class ("[^a]" alone parses as NOT_LITERAL)
    assert rule_ends(r"[\w.]", 0) is None  # a category in a class
    assert rule_ends("(?:x|)", 0) is None  # one branch may consume nothing: any end
    assert rule_ends("x", re.IGNORECASE) is None  # case-folded as a whole: "X" too
    assert rule_ends("x", re.MULTILINE) is None  # "$" before any newline
    assert rule_ends(r"a(?!b)\b", 0) == {"a"}  # zero-width items end nothing
    odd = ["a|b", "x", r"\.\.+"]
    whole = compile_suffix_regex(odd)
    for text in ("ab", "ba", "cab", "xa", "a.", "a...", "b\n", "", "bx"):
        assert spans(SuffixSearch(odd, plain_calls=0), text) == spans(whole.search, text)


def test_the_tokenizer_splits_as_spacys_own() -> None:
    fast = HealthEnglish()
    assert isinstance(fast.tokenizer.suffix_search, SuffixSearch)
    stock = HealthEnglish()
    stock.tokenizer.suffix_search = compile_suffix_regex(stock.Defaults.suffixes).search
    text = (
        'Doses of 10mg... (see Fig. 2), 37°C; 5km/h!! "It\'s 20%" — they’re fine.[3] '
        "U.S. adults' risk fell 15%.\n\nE.g. the 1990s’ data: 3×/day, 2²...."
    )
    assert [(t.idx, t.text) for t in fast.make_doc(text)] == [
        (t.idx, t.text) for t in stock.make_doc(text)
    ]


def test_the_rules_are_read_only_after_the_first_searches() -> None:
    search = SuffixSearch(RULES, plain_calls=2)
    assert [spans(search, t) for t in ("a.", "b)", "c!")] == [(1, 2), (1, 2), (1, 2)]
    assert search._ends is not None and search._by_last.keys() == {"!"}


def test_pickles_and_reads_as_a_pattern() -> None:
    search = SuffixSearch(RULES, plain_calls=0)
    again = pickle.loads(pickle.dumps(search))  # read again after its own first searches
    assert spans(again, "word.)") == spans(search, "word.)") == (5, 6)
    assert search.__self__.pattern == compile_suffix_regex(RULES).pattern  # spaCy's serializer


@pytest.mark.parametrize("failure", [None, IndexError, KeyError, RecursionError])
def test_rules_read_by_a_parser_that_is_gone_or_fails_keep_the_same_spans(
    monkeypatch: pytest.MonkeyPatch, failure: type[Exception] | None
) -> None:
    # Another Python may drop or change the private `re._parser`: every rule is then kept for
    # every character, the whole pattern's spans, and nothing escapes the tokenizer.
    if failure is None:
        monkeypatch.setattr(tokenizer_affixes, "_parser", None)
    else:

        def parse(*_: object) -> None:
            raise failure

        monkeypatch.setattr(tokenizer_affixes, "_parser", SimpleNamespace(parse=parse))
    assert rule_ends(r"\.\.+", 0) is None
    search, whole = SuffixSearch(RULES, plain_calls=0), compile_suffix_regex(RULES)
    for text in ("word.)", "10km", "it's", "end…", "x", "é"):
        assert spans(search, text) == spans(whole.search, text)


def test_rules_with_a_group_reference_are_searched_whole() -> None:
    # In the whole pattern "\1", "(?P=x)" and "(?(1)...)" of a later rule are an earlier rule's
    # group, which a match of the later rule leaves unset; in a pattern of the later rule alone
    # "\1" would be its own group and "(?P=x)" an error.
    rules = ["(a)", r"(b)\1", "(?P<x>c)", "d(?P=x)", "(?(1)e|f)"]
    whole = compile_suffix_regex(rules)
    for text in ("bb", "ba", "cc", "dc", "e", "f", "xa"):
        assert spans(SuffixSearch(rules, plain_calls=0), text) == spans(whole.search, text)
