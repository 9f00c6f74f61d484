"""The agentless patterns' guards (vague_agentless.AGENTLESS_GUARDS) are written by hand beside
lexicon classes: a guard that misses a word its pattern matches would drop that appeal without
a sound. Every match must hold one of its guard's words."""

from __future__ import annotations

from pathlib import Path

import yaml

from linter.config.lexicon import default_lexicon
from linter.nlp.components.attribution_words import words_of
from linter.nlp.components.vague_patterns import build_vague

CASES = Path(__file__).parent / "rule_cases"
ADVICE = default_lexicon().get("attribution.advice_participles")


def _texts() -> list[str]:
    """Every rule case's text, and each advice participle of the lexicon in both advice
    patterns (extraposed with a consensus adverb, and the perfect before "for")."""
    texts = [
        case["text"]
        for path in sorted(CASES.glob("*.yaml"))
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    for word in ADVICE:
        texts += [f"It is widely {word} that adults rest.", f"Sage has long been {word} for pain."]
    return texts


def test_every_agentless_match_holds_a_word_of_its_guard() -> None:
    patterns = build_vague(words_of(default_lexicon()))
    matched = 0
    for text in _texts():
        for index, (pattern, guard) in enumerate(
            zip(patterns.agentless, patterns.guards, strict=True)
        ):
            for m in pattern.finditer(text):
                matched += 1
                if guard is not None:
                    assert any(word in text.lower() for word in guard), (index, m.group(0))
    assert matched > 50  # the cases reach the patterns at all


def test_each_advice_participle_is_read_by_both_advice_patterns() -> None:
    assert ADVICE  # the class is found under its name
    patterns = build_vague(words_of(default_lexicon()))
    for word in ADVICE:
        for text in (
            f"It is widely {word} that adults rest.",
            f"Sage has long been {word} for pain.",
        ):
            assert any(p.search(text) for p in patterns.agentless), text
        assert not any(p.search(f"It is {word} that adults rest.") for p in patterns.agentless)
