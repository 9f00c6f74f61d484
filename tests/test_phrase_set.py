"""PhraseSet: one pass over a sentence finds exactly what each phrase list's own scan finds."""

from __future__ import annotations

import itertools
import re

import pytest

from linter.config.lexicon import default_lexicon
from linter.nlp.components.strength_lexicon import _LISTS
from linter.nlp.phrase_regex import lower, phrase_pattern
from linter.nlp.phrase_set import PhraseSet, starts

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LISTS = {
    "hedge": ["may", "may not", "might", "could", "(possibly|perhaps)"],
    "negation": ["not", "no evidence (that|of)", r"\w+n[’']t", "never"],
    "cause": ["cause(s|d)?", "lead(s)? to", "reduce(s|d)?", "prevent(s|ed)?"],
    "link": ["linked to", "associated with", "risk"],
    "stop": [";", ":", "but", "—"],
    "date": [r"\d{1,2} may"],
    "empty": [],
}
WORDS = [
    "may", "May", "not", "no", "evidence", "that", "of", "doesn't", "can’t", "never", "cause",
    "caused", "causes", "leads", "lead", "to", "reduced", "prevents", "linked", "associated",
    "with", "risk", "risky", "non-risk", "high-risk", "5", "12", ";", ":", "—", "but", "butter",
    "possibly", "perhaps", "(", ")", ",", ".", "", "x", "É", "İ",
]  # fmt: skip


def each_list(lists: dict[str, list[str]], text: str) -> dict[str, list[tuple[int, int]]]:
    low = lower(text)
    return {name: [m.span() for m in phrase_pattern(f).finditer(low)] for name, f in lists.items()}


def both_ways(lists: dict[str, list[str]], text: str) -> tuple[dict, dict]:
    """The scan before the one-pass index is built and after."""
    low = lower(text)
    return PhraseSet(lists, index_after=10**9).scan(low), PhraseSet(lists, index_after=0).scan(low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_one_pass_finds_what_each_list_finds(text: str) -> None:
    expected = each_list(LISTS, text)
    listwise, indexed = both_ways(LISTS, text)
    assert listwise == expected
    assert indexed == expected


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        # Two lists may match the same words; each keeps its own match.
        ("It may not work.", "hedge", [(3, 10)]),
        ("It may not work.", "negation", [(7, 10)]),
        # A list whose phrase starts with a pattern, not a letter, is still tried everywhere.
        ("It doesn't help.", "negation", [(3, 10)]),
        ("On 12 may 2020", "date", [(3, 9)]),
        # Within one list, matches do not overlap: the leftmost wins, as with finditer.
        ("no evidence that it leads to risk", "negation", [(0, 16)]),
        # Whole words only: "butter" is not "but", "non-risk" and "risky" are not "risk".
        ("butter, non-risk and risky", "link", []),
        ("", "cause", []),
    ],
)
def test_matches(text: str, name: str, spans: list[tuple[int, int]]) -> None:
    listwise, indexed = both_ways(LISTS, text)
    assert listwise[name] == spans
    assert indexed[name] == spans


def test_the_index_is_built_only_after_enough_text() -> None:
    phrases = PhraseSet(LISTS, index_after=40)
    sentence = lower("Smoking may cause cancer; it is linked to risk.")
    first = phrases.scan(sentence)  # 47 characters: now past the threshold
    assert phrases.scan(sentence) == first == each_list(LISTS, sentence)


def test_bundled_lexicons_agree_on_varied_text() -> None:
    """Every phrase of the shipped lists, in a few sentence frames, found the same both ways."""
    lexicon = default_lexicon()
    lists = {name: lexicon.get(f"strength.{key}") for name, key in _LISTS.items()}
    lists |= {f"modifier {i}": list(m.phrases) for i, m in enumerate(lexicon.modifiers)}
    plain = [p for fragments in lists.values() for p in fragments if re.fullmatch("[a-z ]+", p)]
    frames = ["{a} it {b}", "Smoking {a} cancer, (not) {b}.", "{a}-{b} {a}; {b}"]
    for i, (a, b) in enumerate(itertools.pairwise(plain)):
        text = frames[i % len(frames)].format(a=a, b=b)
        expected = each_list(lists, text)
        assert both_ways(lists, text) == (expected, expected), text


def test_the_two_passes_positions_are_joined_in_order_each_once() -> None:
    # The words' pass finds 0 and 3, the marks' pass 0, 1, 3 and 4: both find 0 and 3.
    words, marks = re.compile(r"(?=a)"), re.compile(r"[a;]")
    assert list(starts("a;ba;", words, marks)) == [0, 1, 3, 4]
    assert list(starts("a;ba;", words, None)) == [0, 3]
    assert list(starts(";;", words, marks)) == [0, 1]
    assert list(starts("", words, marks)) == []
