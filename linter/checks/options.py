"""How a check declares its options (type, allowed values, default) and how they are validated.

Each check keeps its own table next to its code (`OPTIONS` on the class); a value outside the
table is refused when the rules are loaded, at its file:line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from linter.errors import ConfigError

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


def option_problem(options: Mapping[str, Option], key: str, value: Any) -> str | None:
    """Why `key: value` is not one of `options` (naming what is allowed), or None."""
    if key not in options:
        return f"unknown option {key!r} (allowed: {', '.join(sorted(options)) or 'none'})"
    return options[key].problem(key, value)


def validate_options(
    table: Mapping[str, Option],
    options: Mapping[str, Any],
    path: str,
    line_of: Callable[[str], int],
) -> None:
    """Raise ConfigError at the option's own line for the first option the table refuses."""
    for key, value in options.items():
        why = option_problem(table, str(key), value)
        if why:
            raise ConfigError(path, why, line_of(str(key)))
