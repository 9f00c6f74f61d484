"""Every match of a pattern holds one of the strings `required` reads from it, in the text as
`fold` spells it: a pattern run on its own is skipped only where it cannot match."""

from __future__ import annotations

import re

import pytest

from linter.config.multi_match import MultiMatcher, fold
from linter.config.required_literals import required
from linter.nlp import evidence
from linter.nlp.components.sources import SOURCE_PATTERNS

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PATTERNS = [
    re.compile(r"(?i)\bkids? (?:who|that) (?:ate|eat)\b"),
    re.compile(r"[\w-]+ (?:drinkers|users)(?![\w])"),
    re.compile(r"\[\d{1,3}\]|(?<=\S)[¹²³]+|\^\d"),
    re.compile(r"(?:[A-Z][a-z]+ )+et al\.?,? (?:19|20)\d\d"),
    re.compile(r"(?i:sk(?:y|ies))+ (?:is|are)"),
    re.compile(r"(?:ab|cd)?ef|gh+"),
    re.compile(r"Kiss|İt|ſun", re.IGNORECASE),
    re.compile(r"\d+(?:\.\d+)? ?(?:mg|µg)\b"),
    re.compile(r"(?>x+y)z|(?:q|r){2,}"),
]
WORDS = [
    "kid", "kids", "KIDS", "who", "WHO", "that", "ate", "eat", "tea", "drinkers", "users",
    "user", "[1]", "[12", "¹²", "^3", "Smith", "Jones", "et", "al.", "al", "2019", "1999,",
    "sky", "SKIES", "sKy", "is", "are", "ab", "cd", "ef", "EF", "gh", "ghhh", "kiss", "KISS",
    "\u212aiss", "ıt", "İT", "it", "ſun", "SUN", "5", "2.5", "mg", "µg", "µG", "xxy", "z", "qr",
    "", "-", ",", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=20),
    st.lists(st.sampled_from([" ", "", "-", "\n", ", "]), min_size=20, max_size=20),
)
def test_every_match_holds_a_required_string(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    low = fold(text)
    for pattern in PATTERNS:
        needs = required(pattern)
        assert needs is not None, pattern.pattern  # each of these has something to read
        if pattern.search(text):
            assert any(s in low for s in needs), (pattern.pattern, text, needs)


def test_what_is_read() -> None:
    assert required(re.compile(r"[\w-]+ (?:drinkers|users)")) == {"drinkers", "users"}
    assert required(re.compile(r"(?i)Kids? who")) == {" who"}  # the longer of "kid", " who"
    assert required(re.compile(r"a?b?")) is None  # may match the empty string
    assert required(re.compile(r"\w+\d")) is None  # classes of many characters
    assert required(re.compile(r"x|\w+")) is None  # a branch that requires nothing
    assert required(re.compile(r"É+t")) == {"t"}  # a cased non-ASCII letter requires nothing


def test_plain_patterns_are_skipped_only_where_they_cannot_match() -> None:
    """The sources' and evidence cues' patterns with no literal prefix, run with and without
    their tests, over texts with and without what they need."""
    patterns = {**SOURCE_PATTERNS, **evidence._patterns()}
    texts = [
        "Smoking raises the risk [3]. People who smoked had more.¹ See (Smith et al., 2019).",
        "Coffee drinkers lived longer^2 in one study (Jones and Lee 2020).",
        "Nothing here at all: no marker, no year, no group.",
    ]
    guarded = MultiMatcher(patterns, build_after=0)
    unguarded = MultiMatcher(patterns, build_after=0)
    unguarded.build()
    unguarded._guards = dict.fromkeys(unguarded.plain)  # type: ignore[assignment]
    assert guarded.matches(texts[0]) and guarded.plain  # built by the first text
    for text in texts:
        assert guarded.scan(text) == unguarded.scan(text)
    low = fold(texts[2])
    assert not all(guarded.may_match(name, low) for name in guarded.plain)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=20),
    st.lists(st.sampled_from([" ", "", "-", "\n", ", "]), min_size=20, max_size=20),
)
def test_the_plain_patterns_one_test_fails_only_where_none_of_them_matches(
    words: list[str], gaps: list[str]
) -> None:
    """`plain_guard`: one search for the strings of every pattern run on its own; where it
    finds nothing, no pattern it covers matches (and each one's own test says so too)."""
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    matcher = MultiMatcher({str(i): p for i, p in enumerate(PATTERNS)}, build_after=0)
    matcher.build()
    test, covered = matcher.plain_guard()
    assert test is not None and covered == set(matcher.plain)  # every one has its strings
    assert covered  # some patterns have no literal prefix and are run on their own
    low = fold(text)
    if test.search(low) is None:
        for name in covered:
            assert not matcher.may_match(name, low)
            assert matcher.patterns[name].search(text) is None, (name, text)
    else:
        assert any(matcher.may_match(name, low) for name in covered)


def test_the_plain_patterns_one_test_leaves_out_those_with_no_strings() -> None:
    # Neither has a literal prefix: both are run on their own.
    matcher = MultiMatcher({"needs": PATTERNS[1], "none": re.compile(r"\w+\d")}, build_after=0)
    assert matcher.plain_guard() == (None, frozenset())  # not read yet
    matcher.build()
    test, covered = matcher.plain_guard()
    assert set(matcher.plain) == {"needs", "none"}
    assert covered == {"needs"} and test is not None and test.search("tea drinkers") is not None
