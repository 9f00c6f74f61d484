"""The lexicons in rules/lexicon/*.yaml, validated and compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from linter.config.regex_safety import problem
from linter.config.resources import data_dir
from linter.config.yamlio import LineDict, load_yaml_file
from linter.errors import ConfigError

MODIFIER_CATEGORIES = (
    "negation",
    "hedge",
    "booster",
    "reported",
    "pseudo",
    "terminate",
    "announcing",
)
DIRECTIONS = ("forward", "backward", "both")
MODIFIER_KEYS = {"category", "direction", "max_scope", "phrases"}


@dataclass(frozen=True)
class ModifierRule:
    """One ConText-style modifier group: its phrases share category, direction and reach."""

    category: str
    direction: str
    max_scope: int
    phrases: tuple[str, ...]  # regex fragments, as nlp/phrase_regex.py's phrase_pattern reads them


def _longest_first(phrase: str) -> tuple[int, str]:
    """The longest first; phrases of one length in alphabetical order, so the same phrases make
    the same pattern text in every run (a set's order follows the string hash seed)."""
    return -len(phrase), phrase


def alternation(phrases: list[str]) -> str:
    """A non-capturing alternation of regex fragments, longest first so the longest wins."""
    ordered = sorted({p.strip() for p in phrases if p and p.strip()}, key=_longest_first)
    return "(?:" + "|".join(ordered) + ")"


def lists_alternation(pack: str, *names: str) -> str:
    """One alternation of several word lists of a bundled lexicon pack ("figures", "people")."""
    return alternation([word for name in names for word in default_lexicon().get(f"{pack}.{name}")])


def word_pattern(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Match any phrase as whole words (no letter or digit directly before or after)."""
    return re.compile(r"(?<![\w-])" + alternation(phrases) + r"(?![\w])", flags)


def _compile(fragment: str, path: Path, line: int, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    why = problem(fragment)
    if why:
        raise ConfigError(str(path), f"pattern {fragment!r}: {why}", line)
    return word_pattern([fragment], flags)


def _string_list(data: LineDict, key: str, path: Path, check: bool = True) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(str(path), f"'{key}' must be a list of strings", data.line_of(key))
    for fragment in value:
        if check:
            _compile(fragment, path, data.line_of(key))
    return value


def _modifier_rules(path: Path, data: LineDict, check: bool = True) -> list[ModifierRule]:
    rules = []
    for entry in data.get("modifiers", []):
        if not isinstance(entry, LineDict):
            raise ConfigError(
                str(path), "each modifier must be a mapping", data.line_of("modifiers")
            )
        unknown = set(entry) - MODIFIER_KEYS
        if unknown:
            allowed = ", ".join(sorted(MODIFIER_KEYS))
            raise ConfigError(
                str(path), f"unknown key {sorted(unknown)[0]!r} (allowed: {allowed})", entry.line
            )
        category = entry.get("category")
        direction = entry.get("direction", "forward")
        if category not in MODIFIER_CATEGORIES:
            allowed = ", ".join(MODIFIER_CATEGORIES)
            raise ConfigError(str(path), f"category must be one of {allowed}", entry.line)
        if direction not in DIRECTIONS:
            raise ConfigError(
                str(path), f"direction must be one of {', '.join(DIRECTIONS)}", entry.line
            )
        phrases = _string_list(entry, "phrases", path, check)
        scope = entry.get("max_scope", 8)
        if not isinstance(scope, int) or scope < 1:
            raise ConfigError(str(path), "max_scope must be a positive integer", entry.line)
        rules.append(ModifierRule(category, direction, scope, tuple(phrases)))
    return rules


@dataclass(frozen=True)
class Lexicon:
    """Term lists by name (`attribution.journals`, ...) and the ConText modifier rules."""

    terms: dict[str, list[str]]
    modifiers: tuple[ModifierRule, ...]

    def get(self, name: str) -> list[str]:
        return self.terms.get(name, [])


def load_lexicon(paths: tuple[Path, ...], check: bool = True) -> Lexicon:
    """Merge lexicon files: later files extend the lists of earlier ones."""
    terms: dict[str, list[str]] = {}
    modifiers: list[ModifierRule] = []
    for path in paths:
        data = load_yaml_file(path)
        if not isinstance(data, LineDict):
            raise ConfigError(str(path), "a lexicon file must be a mapping", 1)
        modifiers.extend(_modifier_rules(path, data, check))
        for key in data:
            if key != "modifiers":
                terms.setdefault(f"{path.stem}.{key}", []).extend(
                    _string_list(data, key, path, check)
                )
    return Lexicon(terms, tuple(modifiers))


@cache
def default_lexicon() -> Lexicon:
    """The bundled lexicons, loaded once per process.

    Each fragment is checked one by one only in the tests (test_lexicon_fragments_are_safe):
    compiling some nine hundred of them again at every start costs half a second.
    """
    return load_lexicon(tuple(sorted((data_dir("rules") / "lexicon").glob("*.yaml"))), check=False)
