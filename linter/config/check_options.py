"""The options each rule type (`check:`) takes: type, allowed values, default; spaCy-free."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from linter.config.regex_safety import problem as regex_problem
from linter.errors import ConfigError
from linter.findings import LEVEL_NAMES
from linter.registry.schema import STRENGTHS

# What the attribution check can look for: the labels the attributions component gives.
ATTRIBUTION_KINDS = ("named", "vague")
EVIDENCE_KINDS = ("observational", "preliminary", "animal", "in_vitro")
FIGURE_KINDS = ("percent", "fold", "one-in-n", "rate", "ratio", "count")

_TYPE_NAMES = {bool: "true or false", str: "a string", list: "a list"}


@dataclass(frozen=True)
class Option:
    """One option of a check: its type, its default and the values it allows.

    A value outside `choices` is refused at load, not ignored at run time: a misspelt kind
    would otherwise switch a rule off without a word.
    """

    type: type  # bool, str or list (a list holds strings)
    default: Any
    choices: tuple[str, ...] = ()  # a str's allowed values, or a list's allowed items; () any
    item_problem: Callable[[str], str | None] | None = None  # why a list item is refused
    fold_case: bool = False  # a level is matched case-insensitively, as everywhere in config

    def problem(self, name: str, value: Any) -> str | None:
        """Why `name: value` is refused, naming what is allowed; None when it is fine."""
        if not isinstance(value, self.type):
            return f"option {name!r} must be {_TYPE_NAMES[self.type]}"
        items = value if isinstance(value, list) else [value] if self.type is str else []
        for item in items:
            if not isinstance(item, str):
                return f"option {name!r}: {item!r}: items must be strings"
            if self.choices and (item.lower() if self.fold_case else item) not in self.choices:
                return f"option {name!r}: {item!r} is not one of: {', '.join(self.choices)}"
            why = self.item_problem(item) if self.item_problem else None
            if why:
                return f"option {name!r}: {item!r}: {why}"
        return None


# check name -> option name -> Option
OPTIONS: dict[str, dict[str, Option]] = {
    "attribution": {"kind": Option(str, "named", ATTRIBUTION_KINDS)},
    "causal": {
        "evidence": Option(list, list(EVIDENCE_KINDS), EVIDENCE_KINDS),
        "paragraph": Option(bool, True),
    },
    "registry-contradiction": {},
    "registry-overstated": {"min_strength": Option(str, "direct", STRENGTHS)},
    "registry-source-mismatch": {},
    "statistic": {"kinds": Option(list, list(FIGURE_KINDS), FIGURE_KINDS)},
    "wording": {
        "terms": Option(list, [], item_problem=regex_problem),
        "pseudo": Option(list, [], item_problem=regex_problem),
        "hedged_level": Option(str, "warning", LEVEL_NAMES, fold_case=True),
        "skip_scare_quotes": Option(bool, True),
    },
}

# check name -> option name -> (type, default): the view linter/checks reads its defaults from.
CHECK_OPTIONS: dict[str, dict[str, tuple[type, Any]]] = {
    check: {name: (option.type, option.default) for name, option in options.items()}
    for check, options in OPTIONS.items()
}


def option_problem(check: str, key: str, value: Any) -> str | None:
    """Why `key: value` is not an option of `check` (naming what is allowed), or None."""
    options = OPTIONS[check]
    if key not in options:
        return f"unknown option {key!r} (allowed: {', '.join(sorted(options)) or 'none'})"
    return options[key].problem(key, value)


def validate_options(
    check: str, options: Mapping[str, Any], path: str, line_of: Callable[[str], int]
) -> None:
    """Raise ConfigError at the option's own line for the first option `check` refuses."""
    for key, value in options.items():
        why = option_problem(check, str(key), value)
        if why:
            raise ConfigError(path, why, line_of(str(key)))
