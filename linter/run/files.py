"""Which files a run checks: walking folders, include/exclude globs, reading bytes safely."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from linter.documents import FORMATS
from linter.errors import HealthlintError, InputError

MAX_FILE_BYTES = 20_000_000


@cache
def glob_pattern(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: `**` crosses folders, `*` and `?` do not."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            out.append({"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i])))
            i += 1
    return re.compile("".join(out).removeprefix("\\./"))


def read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise InputError(path, f"file is {size} bytes, larger than {MAX_FILE_BYTES}; skipped")
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def walk(root: str) -> Iterator[tuple[str, HealthlintError | None]]:
    seen: set[tuple[int, int]] = set()
    errors: list[OSError] = []
    for directory, dirnames, filenames in os.walk(root, followlinks=True, onerror=errors.append):
        while errors:
            failed = errors.pop()
            yield (
                failed.filename or directory,
                InputError(failed.filename or directory, f"cannot read: {failed.strerror}"),
            )
        try:
            stat = os.stat(directory)
        except OSError as exc:
            yield directory, InputError(directory, f"cannot read: {exc.strerror}")
            continue
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith((".", "_")) and d != "node_modules"
        )
        for name in sorted(filenames):
            if Path(name).suffix.lower() in FORMATS:
                yield os.path.join(directory, name), None
    while errors:
        failed = errors.pop()
        yield (
            failed.filename or root,
            InputError(failed.filename or root, f"cannot read: {failed.strerror}"),
        )
