"""The named grammar's trigger gate never hides a find (issue 20, session 30).

The named grammar drops the matches of a pattern whose trigger did not fire; it now tells its
one-pass matcher not to try those patterns at all (`MultiMatcher.found`'s `skip`). That only
spares tries: the matcher's other matches, and the grammar's finds, are what they were.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from linter.checks.hype import class_patterns
from linter.checks.hype_words import CLASSES
from linter.config.lexicon import default_lexicon
from linter.config.multi_match import MultiMatcher
from linter.nlp.components.attribution_named import NamedFinder
from linter.nlp.components.attribution_words import words_of

CASES = Path(__file__).parent / "rule_cases"
Patterns = dict[str, re.Pattern[str]]


def _case_texts() -> list[str]:
    return [
        case["text"]
        for path in sorted(CASES.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


TEXTS = _case_texts()


def _lexicon_texts(patterns: Patterns, seed: int, count: int) -> list[str]:
    """Sentences of the patterns' own words and phrases (their literal stretches), in random
    order, case and punctuation: where prefixes stand with and without what follows them."""
    terms = sorted(
        {w for p in patterns.values() for w in re.findall(r"[A-Za-z][a-z ]{2,}", p.pattern)}
    )
    rng = random.Random(seed)
    gaps = (" ", ", ", ". ", "\n", " that ", " the ", "; ", " a ")
    texts = []
    for _ in range(count):
        picked = rng.sample(terms, min(len(terms), rng.randint(2, 8)))
        words = [w.title() if rng.random() < 0.3 else w for w in picked]
        texts.append("".join(w + rng.choice(gaps) for w in words).strip() + ".")
    return texts


def test_skipped_patterns_are_not_tried_and_the_others_are_unchanged() -> None:
    matcher = MultiMatcher(class_patterns(CLASSES), build_after=0)
    text = "\n\n".join(TEXTS)
    whole = matcher.found(text)
    skip = sorted(whole)[::2]
    part = matcher.found(text, skip=skip)
    assert skip and not set(skip) & set(part)
    spans = {key: [m.span() for m in ms] for key, ms in part.items()}
    assert {k: [m.span() for m in v] for k, v in whole.items() if k not in skip} == spans


def test_named_patterns_whose_trigger_is_silent_are_skipped_and_the_finds_kept() -> None:
    """Not trying the patterns whose trigger did not fire gives the same finds, in the rule
    cases' texts (one passage of them all too) and in sentences of the grammar's own terms."""
    words = words_of(default_lexicon())
    skipping, trying = NamedFinder(words), NamedFinder(words)
    trying._by_trigger = []  # every pattern tried, as before the skip
    for finder in (skipping, trying):
        finder.matcher.build()
        finder.triggers.build()
    asked: list[set[str]] = []
    found = skipping.matcher.found

    def recorded(*args: object, skip: set[str], **named: object) -> object:
        asked.append(skip)
        return found(*args, skip=skip, **named)  # type: ignore[arg-type]

    skipping.matcher.found = recorded  # type: ignore[method-assign]
    total = 0
    lexicon = _lexicon_texts(skipping.matcher.patterns, seed=3, count=600)
    for text in [*TEXTS, "\n\n".join(TEXTS), *lexicon]:
        bounds = [(0, len(text))]
        expected = trying.find(text, bounds)
        assert skipping.find(text, bounds) == expected, text
        total += len(expected)
    assert total > 50
    assert any(asked) and not all(len(s) == len(skipping.patterns) for s in asked)
