"""The project's allow list: phrases and sentences accepted for the whole project.

Like Vale's accept.txt: the config's `accept:` list and its `accept_file:` (one entry a line)
name text that the project has decided is fine. A finding is not reported when an accepted
entry occurs in the same prose block and covers the flagged words: an entry equal to the
flagged words, a longer phrase around them, or the whole sentence. Entries are plain text,
not patterns (so none can take exponential time); case, runs of white space and straight
against curly quotes do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from linter.errors import ConfigError

# An entry longer than this is not a phrase or a sentence but a pasted paragraph.
MAX_ENTRY_CHARS = 1000
_QUOTES = {
    "'": "['‘’]",
    "‘": "['‘’]",
    "’": "['‘’]",
    '"': '["“”]',
    "“": '["“”]',
    "”": '["“”]',
}


def entry_problem(entry: str) -> str | None:
    """Why an allow-list entry cannot be used, or None."""
    if not any(ch.isalnum() for ch in entry):
        return "an accepted entry must contain a word"
    if len(entry) > MAX_ENTRY_CHARS:
        return f"an accepted entry is longer than {MAX_ENTRY_CHARS} characters"
    return None


def read_accept_file(path: Path) -> tuple[list[str], list[ConfigError]]:
    """The entries of an accept file (one a line; blank lines and `#` comments skipped)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        return [], [ConfigError(str(path), f"cannot read the accept file: {reason}")]
    entries, problems = [], []
    for number, raw in enumerate(text.splitlines(), 1):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        why = entry_problem(entry)
        if why:
            problems.append(ConfigError(str(path), why, number))
        else:
            entries.append(entry)
    return entries, problems


def _pattern(entry: str) -> re.Pattern[str]:
    words = entry.split()
    parts = ["".join(_QUOTES.get(ch, re.escape(ch)) for ch in word) for word in words]
    body = r"\s+".join(parts)
    # Whole words only: "cure" does not accept the "cure" in "secure".
    before = r"(?<!\w)" if words[0][0].isalnum() or words[0][0] == "_" else ""
    after = r"(?!\w)" if words[-1][-1].isalnum() or words[-1][-1] == "_" else ""
    return re.compile(before + body + after, re.IGNORECASE)


class AcceptList:
    """Accepted entries, compiled once; `covers` answers for one flagged span."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.entries = tuple(dict.fromkeys(" ".join(e.split()) for e in entries if e.strip()))
        self._patterns = [_pattern(entry) for entry in self.entries]

    def __bool__(self) -> bool:
        return bool(self.entries)

    def covers(self, text: str, start: int, end: int) -> bool:
        """Whether an accepted entry occurs in `text` around the characters [start, end)."""
        for entry, pattern in zip(self.entries, self._patterns, strict=True):
            # A match that covers the span starts at most this far before it (white space in
            # the text may be longer than in the entry: generously).
            reach = 4 * len(entry) + 64
            for match in pattern.finditer(text, max(0, start - reach)):
                if match.start() > start:
                    break
                if end <= match.end():
                    return True
        return False
