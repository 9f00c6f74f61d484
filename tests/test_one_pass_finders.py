"""The attribution, evidence and source finders give the same finds whether their patterns run
one by one (a short text) or in the MultiMatcher's one pass (once the patterns are read)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from linter.config.lexicon import default_lexicon
from linter.config.multi_match import MultiMatcher
from linter.nlp import evidence
from linter.nlp.components.attribution_named import NamedFinder
from linter.nlp.components.attribution_vague import VagueFinder
from linter.nlp.components.attribution_words import words_of

CASES = Path(__file__).parent / "rule_cases"


def _texts() -> list[str]:
    """Every rule case's text (our own sentences), and one passage of all of them."""
    texts = [
        case["text"]
        for path in sorted(CASES.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    return [*texts, "\n\n".join(texts)]


TEXTS = _texts()


def _bounds(text: str) -> list[tuple[int, int]]:
    """Sentences cut at every full stop: the finders only need some bounds, the same on both
    sides."""
    bounds, start = [], 0
    for at, char in enumerate(text):
        if char in ".!?\n":
            bounds.append((start, at + 1))
            start = at + 1
    return [*bounds, (start, len(text))]


def _built(matcher: MultiMatcher) -> MultiMatcher:
    matcher.build()
    return matcher


@pytest.mark.parametrize("finder_class", [NamedFinder, VagueFinder])
def test_attribution_finders_find_the_same_in_one_pass(finder_class: type) -> None:
    words = words_of(default_lexicon())
    one_by_one, together = finder_class(words), finder_class(words)
    for finder, build in ((together, True), (one_by_one, False)):
        for matcher in vars(finder).values():  # the patterns' pass, and the triggers' if any
            if isinstance(matcher, MultiMatcher):
                if build:
                    _built(matcher)
                else:
                    matcher._build_after = 10**12  # never read, however much text it sees
    assert together.matcher.plain != one_by_one.matcher.plain  # the pass is really used
    total = 0
    for text in TEXTS:
        bounds = _bounds(text)
        expected = one_by_one.find(text, bounds)
        assert together.find(text, bounds) == expected
        total += len(expected)
    assert total > 50  # the texts hold many attributions: the comparison means something


def test_a_short_text_runs_its_patterns_one_by_one() -> None:
    finder = NamedFinder(words_of(default_lexicon()))
    finder.find("Researchers at Harvard found that it helps.", [(0, 44)])
    assert len(finder.matcher.plain) == len(finder.patterns)  # nothing read for a short text


def test_evidence_cues_are_the_same_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = evidence._patterns()
    one_by_one = MultiMatcher({n: patterns[n] for n in evidence._SCANNED}, build_after=10**12)
    together = _built(MultiMatcher({n: patterns[n] for n in evidence._SCANNED}))
    found = 0
    for text in TEXTS:
        monkeypatch.setattr(evidence, "_matcher", lambda: one_by_one)
        expected = evidence.find_evidence(text)
        monkeypatch.setattr(evidence, "_matcher", lambda: together)
        assert evidence.find_evidence(text) == expected
        found += len(expected[0])
    assert found > 20


def test_the_pass_tells_which_vague_patterns_match_nowhere() -> None:
    """A pattern the pass found nowhere is skipped before its guard's substring searches; a
    pattern run on its own is never taken as matching nowhere."""
    from linter.nlp.components.vague_scan import PatternScan

    finder = VagueFinder(words_of(default_lexicon()))
    text = "Studies show that it is widely known to help. It was recommended by doctors."
    _built(finder.matcher)
    scan = PatternScan(finder.matcher, text)
    for name, pattern in finder.matcher.patterns.items():
        assert scan.none(name) == (name not in scan.plain and not list(pattern.finditer(text)))
    assert not all(scan.none(name) for name in finder.matcher.patterns)
    assert any(scan.none(name) for name in finder.matcher.patterns)
    unread = PatternScan(VagueFinder(words_of(default_lexicon())).matcher, text)
    assert not any(unread.none(name) for name in finder.matcher.patterns)


def test_the_agentless_patterns_worth_trying_are_those_the_pass_lets_through() -> None:
    """The vague finder tries, in order, exactly the agentless patterns `none` does not rule
    out: before the patterns are read (every one is run on its own) and after, in a text where
    some match and some do not, and in one where none does."""
    from linter.nlp.components.vague_scan import PatternScan

    finder = VagueFinder(words_of(default_lexicon()))
    order = finder.agentless_order
    texts = ("It is widely known to help, and it was recommended.", "Walk the dog at noon.")
    for built in (False, True):
        if built:
            _built(finder.matcher)
        for text in texts:
            scan = PatternScan(finder.matcher, text)
            expected = [i for name, i in order.items() if not scan.none(name)]
            assert scan.worth_trying(order) == expected
            assert (not built) == (expected == list(range(len(order))))
    assert PatternScan(finder.matcher, texts[0]).worth_trying(order)
