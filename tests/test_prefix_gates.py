"""The one-pass matchers' gates never hide a match (issue 20, session 30).

A read pattern is tried at its prefixes only in a text that holds one of the strings every
match of it holds (`prefix_gate`), and the named grammar does not try the patterns whose
trigger the triggers' pass found nowhere (their matches were dropped). Both only spare tries:
the matches of every bundled matcher, and the named grammar's finds, are what they were.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from linter.checks.hype import class_patterns
from linter.checks.hype_words import CLASSES
from linter.config.lexicon import default_lexicon
from linter.config.literal_tries import prefix_gate
from linter.config.multi_match import MultiMatcher, fold, read
from linter.nlp import evidence
from linter.nlp.components.attribution_named import NamedFinder
from linter.nlp.components.attribution_vague import VagueFinder
from linter.nlp.components.attribution_words import words_of
from linter.nlp.components.sources import SOURCE_PATTERNS

CASES = Path(__file__).parent / "rule_cases"
Patterns = dict[str, re.Pattern[str]]


def _case_texts() -> list[str]:
    return [
        case["text"]
        for path in sorted(CASES.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def _bundled() -> dict[str, Patterns]:
    """Every one-pass matcher's patterns: the hype classes, the named grammar and its
    triggers, the vague grammar, the evidence cues and the sources."""
    words = words_of(default_lexicon())
    named, vague = NamedFinder(words), VagueFinder(words)
    scanned = evidence._patterns()
    return {
        "hype": dict(class_patterns(CLASSES)),
        "named": dict(named.matcher.patterns),
        "triggers": dict(named.triggers.patterns),
        "vague": dict(vague.matcher.patterns),
        "evidence": {name: scanned[name] for name in evidence._SCANNED},
        "sources": dict(SOURCE_PATTERNS),
    }


BUNDLED = _bundled()
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


def _each(patterns: Patterns, text: str) -> dict[str, list[tuple[int, int]]]:
    spans = {name: [m.span() for m in p.finditer(text)] for name, p in patterns.items()}
    return {name: found for name, found in spans.items() if found}


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_a_gate_finds_a_string_wherever_its_pattern_matches(name: str) -> None:
    """The property itself, pattern by pattern: every match of a gated pattern, in the rule
    cases' texts and in sentences of the lexicon's own terms, stands in a text the gate finds
    something in. And the gates exist: most matchers have patterns that a prefix found does
    not settle."""
    patterns = BUNDLED[name]
    gates = {}
    for key, pattern in patterns.items():
        starts, _ = read(pattern)
        gate = None if starts is None else prefix_gate(pattern, starts)
        if gate is not None:
            gates[key] = (pattern, gate)
    assert name == "sources" or gates, "no pattern of this matcher has a gate"
    matched = 0
    for text in [*TEXTS, *_lexicon_texts(patterns, seed=len(name), count=400)]:
        low = fold(text)
        for key, (pattern, gate) in gates.items():
            if pattern.search(text) is not None:
                matched += 1
                assert gate.search(low) is not None, (name, key, text)
    assert name == "sources" or matched > 0


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_a_built_matcher_finds_what_each_pattern_finds(name: str) -> None:
    """The matcher with its gates, read at once, against each pattern's own `finditer`, over
    the rule cases' texts (one passage of them all too) and sentences of the lexicon's terms."""
    patterns = BUNDLED[name]
    matcher = MultiMatcher(patterns, build_after=0)
    matcher.build()
    texts = [*TEXTS, "\n\n".join(TEXTS), *_lexicon_texts(patterns, seed=7, count=300)]
    for text in texts:
        found = {key: [m.span() for m in ms] for key, ms in matcher.found(text).items()}
        assert found == _each(patterns, text), (name, text)


def test_the_gate_is_kept_only_where_a_prefix_does_not_settle_it() -> None:
    """ "cure" is found by its prefix: no gate. "a ... cure works" starts at "a ": its gate
    asks for "works" or "worked", which no prefix holds."""
    bare = re.compile(r"(?<![\w-])(?:cures?|curing)\b", re.I)
    starts, _ = read(bare)
    assert starts is not None and prefix_gate(bare, starts) is None
    late = re.compile(r"(?<![\w-])(?:an?|the) (?:[\w-]+ )?cure (?:works|worked)\b", re.I)
    starts, _ = read(late)
    gate = prefix_gate(late, starts or frozenset())
    assert gate is not None
    assert gate.search(fold("The new cure WORKS.")) and not gate.search(fold("A new cure."))


def test_skipped_patterns_are_not_tried_and_the_others_are_unchanged() -> None:
    patterns = BUNDLED["hype"]
    matcher = MultiMatcher(patterns, build_after=0)
    text = "\n\n".join(TEXTS)
    whole = matcher.found(text)
    skip = sorted(whole)[::2]
    part = matcher.found(text, skip=skip)
    assert skip and not set(skip) & set(part)
    spans = {key: [m.span() for m in ms] for key, ms in part.items()}
    assert {k: [m.span() for m in v] for k, v in whole.items() if k not in skip} == spans


def test_named_patterns_whose_trigger_is_silent_are_skipped_and_the_finds_kept() -> None:
    """The named grammar drops the matches of a pattern whose trigger did not fire; not
    trying it at all gives the same finds, in texts where some triggers fire and some do not."""
    words = words_of(default_lexicon())
    skipping, trying = NamedFinder(words), NamedFinder(words)
    trying._by_trigger = []  # every pattern tried, as before the skip
    for finder in (skipping, trying):
        finder.matcher.build()
        finder.triggers.build()
    asked: list[list[str]] = []
    found = skipping.matcher.found

    def recorded(*args: object, skip: list[str], **named: object) -> object:
        asked.append(skip)
        return found(*args, skip=skip, **named)  # type: ignore[arg-type]

    skipping.matcher.found = recorded  # type: ignore[method-assign]
    total = 0
    for text in [*TEXTS, "\n\n".join(TEXTS)]:
        bounds = [(0, len(text))]
        expected = trying.find(text, bounds)
        assert skipping.find(text, bounds) == expected, text
        total += len(expected)
    assert total > 50
    assert any(asked) and not all(len(s) == len(skipping.patterns) for s in asked)
