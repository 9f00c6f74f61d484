"""Errors that healthlint reports as one line (file:line: message) and exit code 2."""

from __future__ import annotations


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
