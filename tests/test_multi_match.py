"""MultiMatcher: patterns scanned together give exactly each pattern's own `finditer` spans."""

from __future__ import annotations

import re
import sys

import pytest

from linter.checks.hype import class_patterns
from linter.checks.hype_words import CLASSES
from linter.config.multi_match import MultiMatcher, expect, fold, prefixes
from linter.config.pattern_prefixes import WHITE_SPACE, spaced

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

B = r"(?<![\w-])"
PATTERNS = {
    "cure": re.compile(B + r"(?:cures?|curing|miracle cure)(?![\w])", re.I),
    "grouped": re.compile(B + r"(?:(?:free (?:of|from)|zero) side[- ]effects?)(?![\w])", re.I),
    "optional": re.compile(B + r"(?:(?:an? )?(?:new|novel) (?:way|cure))(?![\w])", re.I),
    "symbol": re.compile(B + r"(?:#1|no\. ?1|100%)(?: remedy)?", re.I),
    "branches": re.compile(B + r"(?:amazing)\s+\w+|" + B + r"results\s+(?:were|are)\s+great", re.I),
    "cased": re.compile(B + r"(?:Cancer|Diabetes)(?![\w])"),
    # No boundary before: tried wherever a prefix stands, inside words too.
    "free": re.compile(r"\bper (?:the )?[A-Z]|(?:^|(?<=[.] ))In |itis\b"),
    "starts anywhere": re.compile(r"\w+itis\b", re.I),  # no prefix: its own finditer
    "may be empty": re.compile(r"(?:cure)?", re.I),  # an empty match: its own finditer
    # White space: `\s` and white-space literals are read as a space (any white space).
    "spaced": re.compile(B + r"(?:an?|the)\s?(?:new|novel)\s+(?:cure|way)", re.I),
    "tab or space": re.compile(r"side[\t ]effects?|zero\s(?:side|1)|\n\s*results", re.I),
    # A character repeated opens or carries on a prefix (issue 20, session 29): a run of white
    # space before a word after a stop, a letter repeated a fixed or a bounded number of times.
    "repeated": re.compile(r"(?:^|(?<=[.,]))\s*no\s+cure|zero{2}|side\s{1,2}effects?", re.I),
    # Characters no case touches, in a prefix ("’" after "won").
    "caseless": re.compile(r"\b(?:won[’']t|isn[’']t)\s+(?:cure|work)|—\s*cures?", re.I),
}
WORDS = [
    "cure", "Cures", "CURING", "miracle", "free", "of", "from", "zero", "side", "effects",
    "side-effects", "a", "an", "new", "novel", "way", "#1", "no.", "1", "no.1", "100%", "remedy",
    "amazing", "results", "were", "great", "cancer", "Cancer", "Diabetes", "arthritis", "non-cure",
    "per", "the", "The", "WHO", "In", "in", "x.", "itis", "Per", "no", "No", "won’t", "isn't",
    "WON’T", "work", "—", "zeroo", "zerooo", "zer", "No.", "x,",
    "ſide", "İ", "\u212aill", "ı", "é", "-", "—", "’", ",", ".", "",
]  # fmt: skip


def each(patterns: dict[str, re.Pattern[str]], text: str) -> dict[str, list[tuple[int, int]]]:
    return {name: [m.span() for m in p.finditer(text)] for name, p in patterns.items()}


def scanned(patterns: dict[str, re.Pattern[str]], text: str) -> tuple[dict, dict]:
    """The scan before the patterns are read (pattern by pattern) and after."""
    return MultiMatcher(patterns, build_after=10**9).scan(text), MultiMatcher(
        patterns, build_after=0
    ).scan(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=30),
    st.lists(
        st.sampled_from([" ", "  ", "-", "\n", ", ", "\t", "\xa0", "\u2009", " \n ", ""]),
        min_size=30,
        max_size=30,
    ),
)
def test_scanning_together_finds_what_each_pattern_finds(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    expected = each(PATTERNS, text)
    assert scanned(PATTERNS, text) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        ("A miracle cure, curing all.", "cure", [(2, 14), (16, 22)]),
        ("Zero side-effects, free of side effects", "grouped", [(0, 17), (19, 39)]),
        ("It is a novel cure", "optional", [(6, 18)]),
        ("The #1 remedy and no.1", "symbol", [(4, 13), (18, 22)]),
        ("The results were great", "branches", [(4, 22)]),
        ("cancer and Cancer", "cased", [(11, 17)]),
        # Whole words: no match inside a word or after a hyphen.
        ("non-cure and procure", "cure", []),
        # `_sre` matches "ſ" with "s" and the Kelvin sign with "k" under IGNORECASE.
        ("zero ſide effects", "grouped", [(0, 17)]),
        ("arthritis", "starts anywhere", [(0, 9)]),
        ("arthritis. In per the WHO", "free", [(5, 9), (11, 14), (14, 23)]),
        ("a\u2009new\n\tcure, the novel way", "spaced", [(0, 11), (13, 26)]),
        ("side\teffects, zero\u20091\n \nresults", "tab or space", [(0, 12), (14, 20), (20, 30)]),
    ],
)
def test_matches(text: str, name: str, spans: list[tuple[int, int]]) -> None:
    listwise, together = scanned(PATTERNS, text)
    assert listwise[name] == together[name] == spans


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_first_gives_each_patterns_leftmost_match(text: str) -> None:
    """`first`: whether a pattern matches (a trigger), by its leftmost match, read or not."""
    expected = {name: [m.span() for m in p.finditer(text)][:1] for name, p in PATTERNS.items()}
    for build_after in (10**9, 0):
        found = MultiMatcher(PATTERNS, build_after=build_after).matches(text, first=True)
        assert {name: [m.span() for m in ms] for name, ms in found.items()} == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), st.booleans(), st.booleans())
def test_found_holds_only_the_patterns_that_match(text: str, plain: bool, first: bool) -> None:
    """`found`: what `matches` gives, less the patterns with no match, which read as none."""
    for build_after in (10**9, 0):
        matcher = MultiMatcher(PATTERNS, build_after=build_after)
        found = matcher.found(text, plain=plain, first=first)
        expected = MultiMatcher(PATTERNS, build_after=build_after).matches(
            text, plain=plain, first=first
        )
        spans = {name: [m.span() for m in ms] for name, ms in found.items()}
        assert spans == {name: [m.span() for m in ms] for name, ms in expected.items() if ms}
        assert all(found[name] == [] for name in PATTERNS if name not in spans)
        assert set(found) == set(spans)  # asking for a missing name keeps nothing


def test_prefixes_are_read_from_the_parsed_pattern() -> None:
    assert prefixes(PATTERNS["cure"], 4) == {"cure", "curi", "mira"}
    assert prefixes(PATTERNS["optional"], 3) == {"a n", "an ", "new", "nov"}
    assert prefixes(PATTERNS["starts anywhere"]) is None
    assert prefixes(PATTERNS["may be empty"]) is None


def test_white_space_is_read_as_a_space() -> None:
    # "a" alone was a prefix of "spaced" (`\s` ended it), tried at every word with an "a".
    # A run of white space (`\s+`) is read on, one to six spaces: "anew " ended the prefix.
    assert prefixes(PATTERNS["spaced"], 6) == {
        "a new ", "a nove", "an new", "an nov", "anew c", "anew w", "anew  ", "anovel",
        "the ne", "the no", "thenew", "thenov", "annew ", "annove",
    }  # fmt: skip
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and c != 32)
    assert every == WHITE_SPACE
    text = "a\u2009b\nc\x1fd é\u3000"
    assert spaced(text) == "a b c d é " and spaced("plain text") == "plain text"


def test_fold_keeps_offsets() -> None:
    text = "İſ K Straße"
    assert len(fold(text)) == len(text)
    assert fold(text)[1] == "s" and fold(text)[3] == "k"


def test_patterns_are_read_only_after_enough_text() -> None:
    expect(0)  # no file said to be big (the reader says so for each file it reads)
    matcher = MultiMatcher(PATTERNS, build_after=40)
    text = "A miracle cure is free of side effects."
    first = matcher.scan(text)
    assert not matcher._built
    assert matcher.scan(text) == first == each(PATTERNS, text)
    assert matcher._built


def test_a_big_file_has_the_patterns_read_before_its_first_scan() -> None:
    text = "A miracle cure is free of side effects."
    try:
        expect(41)
        matcher = MultiMatcher(PATTERNS, build_after=40)
        assert matcher.scan(text) == each(PATTERNS, text)
        assert matcher._built
    finally:
        expect(0)
    small = MultiMatcher(PATTERNS, build_after=40)
    small.scan(text)
    assert not small._built


def test_bundled_hype_classes_agree() -> None:
    """Every class of the hype lexicon is read (none left to its own finditer), and finds the
    same spans both ways in sentences built from the lexicon's own words."""
    patterns = class_patterns(CLASSES)
    matcher = MultiMatcher(patterns, build_after=0)
    matcher.build()
    assert matcher._plain == []
    words = [w for p in patterns.values() for w in re.findall(r"[a-z][a-z ]{3,}", p.pattern)]
    for i in range(0, len(words) - 3, 3):
        text = f"This {words[i]} is {words[i + 1].title()}; {words[i + 2].upper()}-{words[i + 3]}."
        assert matcher.scan(text) == each(patterns, text), text


def test_repeated_characters_and_caseless_ones_are_read_on() -> None:
    """A character repeated is read as every count of it up to the prefix's length, and a
    character no case touches is read like an ASCII one (issue 20, session 29): "no cure" after
    a stop was tried at every space of a text, where now only at spaces before "no"."""
    assert prefixes(PATTERNS["repeated"], 6) == {
        "no cur", "no  cu", "no   c", "no    ", " no cu", " no  c", " no   ",
        "  no c", "  no  ", "   no ", "    no", "     n", "      ",
        "zeroo", "side e", "side  ",
    }  # fmt: skip
    assert prefixes(PATTERNS["caseless"], 6) == {
        "won’t ", "won't ", "isn’t ", "isn't ", "—cure", "—cures", "— cure", "—  cur", "—   cu", "—    c",
        "—     ",
    }  # fmt: skip
    # A letter outside ASCII may match another under IGNORECASE ("ς" and "σ"): it ends a prefix.
    assert prefixes(re.compile("xσa", re.I), 6) == {"x"}


def test_bundled_matchers_agree_on_white_space_runs() -> None:
    """The hype classes, scanned together, find what each finds alone in sentences whose
    words are the lexicon's own, set after stops and line ends and with runs of white space
    before them: where the readings of repeated white space start a prefix."""
    patterns = class_patterns(CLASSES)
    matcher = MultiMatcher(patterns, build_after=0)
    words = [w for p in patterns.values() for w in re.findall(r"[a-z][a-z ]{3,}", p.pattern)]
    gaps = (".  ", ",\n ", ":\t", ".", "\n\n   ", " •  ")
    for i in range(0, len(words) - 2, 2):
        gap = gaps[i % len(gaps)]
        text = f"Fast{gap}no {words[i]}{gap}No  {words[i + 1].title()}{gap}{words[i + 2]}."
        assert matcher.scan(text) == each(patterns, text), text
