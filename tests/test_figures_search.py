"""Where the figures component does not search: the words leading a figure ("more than a",
"for every") only as far back as the leader can reach, and a shape only in a sentence or
stretch holding what its every match holds. The figures are the same as searching it all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from linter.config.lexicon import default_lexicon
from linter.nlp.components.figures import LEADER_REACH, FigureFinder
from linter.nlp.components.figures_search import reach_of

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


def _sentences() -> list[str]:
    """Every rule case's text (our own sentences), cut at full stops."""
    cases = Path(__file__).parent / "rule_cases"
    texts = [
        case["text"]
        for path in sorted(cases.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_shapes_tested_first_find_the_same_figures() -> None:
    guarded, searched = FigureFinder("a", default_lexicon()), FigureFinder("b", default_lexicon())
    guarded.guards._seen = 10**9  # read the tests at once
    searched.guards._seen = -(10**12)  # never any test, however much it reads
    total = 0
    for sentence in _sentences():
        expected = [(k, m.span(), r) for k, m, r in searched.read(sentence)]
        assert [(k, m.span(), r) for k, m, r in guarded.read(sentence)] == expected
        total += len(expected)
    assert total > 100  # the cases hold many figures: the comparison means something
    low, tests = guarded.guards.folded("Deaths fell by a third in 2020.")
    assert low == "deaths fell by a third in 2020." and sum(t is not None for t in tests) > 10
