"""The words leading a figure ("more than a", "for every") are looked for only as far back as
the leader can reach: the same lead as a search of the old 40-character window."""

from __future__ import annotations

import re

import pytest

from linter.config.lexicon import default_lexicon
from linter.nlp.components.figures import LEADER_REACH, FigureFinder, reach_of

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FINDER = FigureFinder("test", default_lexicon())
WORDS = [
    "more", "than", "less", "up", "to", "at", "least", "almost", "around", "about", "nearly",
    "an", "a", "one", "A", "ONE", "for", "every", "in", "out", "of", "data", "as", "many",
    "anywhere", "between", "average", "estimated", "approx.", "over", "under", "fewer", "-",
    "the", "risk", "fell", "by", "half", "1", "12", "3.5", "20%", "1,000", "twice", "three",
]  # fmt: skip


def test_reach_is_the_widest_match_and_the_newline_before_the_end() -> None:
    assert reach_of(re.compile(r"(?:ab|cde)\s?$"), 40) == 5  # 4 characters, and a newline
    assert reach_of(re.compile(r"(?:ab|c)\s?$", re.IGNORECASE), 40) == 4
    assert reach_of(re.compile(r"a+$"), 40) == 40  # unbounded: the whole window
    assert reach_of(re.compile(r"(?:abcdef)$"), 3) == 3  # never wider than asked
    assert FINDER.leader_reach < LEADER_REACH  # the lexicon's leaders are shorter: it saves


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=25),
    st.lists(st.sampled_from([" ", "  ", "-", "\n", " \n", ""]), min_size=25, max_size=25),
)
def test_the_lead_is_what_the_whole_window_gives(words: list[str], gaps: list[str]) -> None:
    sentence = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for start in range(len(sentence) + 1):
        for last in (0, max(0, start - 30), max(0, start - 5)):
            whole = FINDER.leader.search(sentence, max(last, start - LEADER_REACH), start)
            near = FINDER.leader.search(sentence, max(last, start - FINDER.leader_reach), start)
            assert (near and near.span()) == (whole and whole.span())


def test_figures_led_by_long_leaders_are_still_read() -> None:
    sentence = "The drug cut deaths in anywhere between one in 5 and 1 in 10 patients."
    found = [m.group(0) for _, m, _ in FINDER.read(sentence)]
    assert found and all(f.startswith(("anywhere between", "one in", "1 in")) for f in found)
