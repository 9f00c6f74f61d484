"""The registry's word classes (rules/lexicon/registry.yaml), compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from linter.config.lexicon import alternation, default_lexicon
from linter.registry.values import timeframes


def _pattern(fragments: list[str]) -> re.Pattern[str] | None:
    """Whole-word pattern: fragments in capitals match in capitals only, the rest in any case."""
    capitals = [f for f in fragments if re.sub(r"\\.|[^A-Za-z]", "", f).isupper()]
    others = [f for f in fragments if f not in capitals]
    parts = []
    if others:
        parts.append(f"(?i:{alternation(others)})")
    if capitals:
        parts.append(alternation(capitals))
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@dataclass(frozen=True)
class RegistryWords:
    """Compiled word classes; see the comments in rules/lexicon/registry.yaml."""

    function_words: frozenset[str]
    condition: re.Pattern[str] | None
    named_condition: re.Pattern[str]  # by name or suffix only ("nephritis", not "symptoms")
    populations: tuple[tuple[str, re.Pattern[str]], ...]
    debunking: re.Pattern[str] | None
    non_assertive: re.Pattern[str] | None
    change: re.Pattern[str] | None
    measure_kinds: re.Pattern[str] | None
    measure_nouns: re.Pattern[str] | None
    sites: re.Pattern[str] | None
    safety: re.Pattern[str] | None
    adjective: re.Pattern[str]


@cache
def registry_words() -> RegistryWords:
    lexicon = default_lexicon()
    heads = lexicon.get("registry.condition_heads") + lexicon.get("registry.condition_names")
    suffixes = alternation(lexicon.get("registry.condition_suffixes"))
    condition = _pattern(heads)
    names = _pattern(lexicon.get("registry.condition_names"))
    exceptions = alternation(lexicon.get("registry.condition_suffix_exceptions"))
    suffix = re.compile(
        rf"(?<![\w-])(?!(?i:{exceptions})(?![\w-]))(?i:[a-z]{{3,}}{suffixes})(?![\w-])"
    )
    combined = (
        re.compile(f"{condition.pattern}|{suffix.pattern}") if condition is not None else suffix
    )
    named = re.compile(f"{names.pattern}|{suffix.pattern}") if names is not None else suffix
    populations = []
    for name, fragments in sorted(lexicon.terms.items()):
        if name.startswith("registry.population_"):
            pattern = _pattern(fragments)
            if pattern is not None:
                populations.append((name.removeprefix("registry.population_"), pattern))
    return RegistryWords(
        function_words=frozenset(w.lower() for w in lexicon.get("registry.function_words")),
        condition=combined,
        named_condition=named,
        populations=tuple(populations),
        debunking=_pattern(lexicon.get("registry.debunking")),
        non_assertive=_pattern(lexicon.get("registry.non_assertive")),
        change=_pattern(lexicon.get("registry.change_words")),
        measure_kinds=_pattern(lexicon.get("registry.measure_kinds")),
        measure_nouns=_pattern(lexicon.get("registry.measure_nouns")),
        sites=_pattern(lexicon.get("registry.sites")),
        safety=_pattern(lexicon.get("registry.safety_words")),
        adjective=re.compile(
            rf"(?i)[a-z]{{4,}}{alternation(lexicon.get('registry.adjective_suffixes'))}"
        ),
    )


@lru_cache(maxsize=4096)  # entries' statements and populations are asked about again and again
def populations_in(text: str) -> frozenset[str]:
    """The population groups a text names (age, sex, stage, place)."""
    return frozenset(name for name, pattern in registry_words().populations if pattern.search(text))


def is_function_word(word: str | None) -> bool:
    return word is None or word.lower() in registry_words().function_words


def narrows(word: str) -> bool:
    """Whether a word before a condition names a narrower kind of it: a body site, a population
    word (childhood, metastatic), a condition word, an adjective by its suffix, a number ("type
    2"), or a hyphenated compound ("HPV-related")."""
    words = registry_words()
    if timeframes(word):
        return False  # "5-year cancer survival"
    if "-" in word or any(ch.isdigit() for ch in word):
        return True
    if words.adjective.fullmatch(word):
        return True
    for pattern in (words.sites, words.condition):
        if pattern is not None and pattern.fullmatch(word):
            return True
    return any(pattern.fullmatch(word) for _, pattern in words.populations)
