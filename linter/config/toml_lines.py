"""TOML tables as LineDicts: the line of every key, so config errors in pyproject.toml name it.

tomllib gives values without positions. The text has already parsed, so a light scanner only
has to follow key paths (table headers, dotted keys, inline tables) and skip over values.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from typing import Any, cast

from linter.config.yamlio import LineDict

Path = tuple[str, ...]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SPACE = re.compile(r"[ \t]*")
# Whitespace, newlines and comments between a table's entries or an array's items.
_GAP = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_STRINGS = (
    re.compile(r'"""(?:[^\\]|\\.)*?"""(?!")', re.S),
    re.compile(r"'''.*?'''(?!')", re.S),
    re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    re.compile(r"'[^'\n]*'"),
)
_SCALAR = re.compile(r"[^,\]}\n#]*")


class _Scanner:
    """Records the 1-based line where each key path first appears."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self.lines: dict[Path, int] = {}

    def line(self) -> int:
        return bisect.bisect_right(self.newlines, self.at - 1) + 1

    def skip(self, pattern: re.Pattern[str]) -> None:
        match = pattern.match(self.text, self.at)
        self.at = match.end() if match else self.at

    def peek(self, token: str) -> bool:
        return self.text.startswith(token, self.at)

    def document(self) -> dict[Path, int]:
        table: Path = ()
        while True:
            self.skip(_GAP)
            if self.at >= len(self.text):
                return self.lines
            if self.peek("["):
                double = self.peek("[[")
                self.at += 2 if double else 1
                table = self.key_path(())
                self.skip(_SPACE)
                self.at += 2 if double else 1
            else:
                self.entry(table)

    def key_path(self, prefix: Path | None) -> Path:
        """A dotted key; each of its prefixes is recorded (under `prefix`) at this line."""
        keys: list[str] = []
        while True:
            self.skip(_SPACE)
            keys.append(self.key())
            if prefix is not None:
                self.lines.setdefault((*prefix, *keys), self.line())
            self.skip(_SPACE)
            if not self.peek("."):
                return tuple(keys)
            self.at += 1

    def key(self) -> str:
        for pattern in _STRINGS[2:]:
            match = pattern.match(self.text, self.at)
            if match:
                self.at = match.end()
                return str(tomllib.loads(f"k = {match.group()}")["k"])
        match = _BARE_KEY.match(self.text, self.at)
        if match is None:
            raise ValueError(f"no key at offset {self.at}")
        self.at = match.end()
        return match.group()

    def entry(self, table: Path | None) -> None:
        """`key = value`; keys inside an array's tables are not recorded (table is None)."""
        keys = self.key_path(table)
        self.skip(_SPACE)
        self.at += 1  # "="
        self.skip(_SPACE)
        self.value(None if table is None else (*table, *keys))

    def value(self, path: Path | None) -> None:
        if self.peek("{"):
            self.at += 1
            while True:
                self.skip(_GAP)
                if self.peek("}"):
                    self.at += 1
                    return
                if self.peek(","):
                    self.at += 1
                    continue
                self.entry(path)
        elif self.peek("["):
            self.at += 1
            while True:
                self.skip(_GAP)
                if self.peek("]"):
                    self.at += 1
                    return
                if self.peek(","):
                    self.at += 1
                    continue
                self.value(None)
        else:
            for pattern in _STRINGS:
                match = pattern.match(self.text, self.at)
                if match:
                    self.at = match.end()
                    return
            self.skip(_SCALAR)


def key_lines(text: str) -> dict[Path, int]:
    """Key path -> the line it first appears on, for a TOML text that tomllib accepts."""
    return _Scanner(text).document()


def with_lines(value: Any, lines: dict[Path, int], path: Path, line: int) -> Any:
    """`value` with every mapping in it a LineDict that knows its own and its keys' lines."""
    if isinstance(value, dict):
        mapping = LineDict(
            {
                k: with_lines(v, lines, (*path, k), lines.get((*path, k), line))
                for k, v in value.items()
            }
        )
        mapping.line = line
        mapping.key_lines = {k: lines[(*path, k)] for k in value if (*path, k) in lines}
        return mapping
    if isinstance(value, list):
        return [with_lines(v, lines, path, line) for v in value]
    return value


def load_toml_table(text: str, *table: str) -> LineDict:
    """The table at `table` (e.g. "tool", "healthlint") of a TOML text, with its lines.

    Raises tomllib.TOMLDecodeError for text that is not TOML.
    """
    value: Any = tomllib.loads(text)
    for name in table:
        value = value.get(name, {}) if isinstance(value, dict) else {}
    try:
        lines = key_lines(text)
    except (ValueError, IndexError):  # a form the scanner does not follow: every key at line 1
        lines = {}
    found = with_lines(value if isinstance(value, dict) else {}, lines, table, lines.get(table, 1))
    return cast(LineDict, found)
