"""Errors that healthlint reports as one line (file:line: message) and exit code 2."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class HealthlintError(Exception):
    """A user-facing error about a file, config, rule pack or registry; never a traceback."""

    def __init__(self, path: str | None, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = self.path or "healthlint"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class InputError(HealthlintError):
    """A file to be checked could not be read or decoded (binary, unreadable, bad encoding)."""


class ConfigError(HealthlintError):
    """A config file, rule pack or registry file is invalid."""


class ConfigErrors(ConfigError):
    """Every error found in one config file, reported together (one line each).

    `config` is what could be read of the file despite them, so that later checks (its rule
    ids, its options) can add their errors to the same report; None when nothing could be.
    """

    def __init__(self, errors: list[ConfigError], config: object = None) -> None:
        self.errors = sorted(errors, key=lambda e: (e.path or "", e.line or 0))
        first = self.errors[0]
        super().__init__(first.path, first.message, first.line)
        self.config = config

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def each_error(error: HealthlintError) -> list[HealthlintError]:
    """The single errors in `error`: itself, or each of a ConfigErrors."""
    return list(error.errors) if isinstance(error, ConfigErrors) else [error]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the choice closest to a misspelt word, else ""."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
