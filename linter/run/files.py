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

# Folders a walk never enters, and why: build output (copies of the pages) and tooling (other
# people's packages, templates), not the site's pages. Hidden folders (.git, .venv,
# .jekyll-cache ...) are skipped too. Every other folder is walked, "_"-folders included:
# Jekyll keeps its pages in _posts/, _drafts/ and collections such as _docs/.
SKIPPED_FOLDERS = {
    "_site": "build output of Jekyll and Eleventy: the pages again, as HTML",
    "_build": "build output of Sphinx",
    "_book": "build output of GitBook and HonKit",
    "_freeze": "stored computation output of Quarto",
    "_layouts": "Jekyll page templates: the furniture every page shares, not a page",
    "_includes": "Jekyll fragments (headers, footers, banners) included in every page",
    "_sass": "Jekyll stylesheets",
    "node_modules": "npm packages",
    "bower_components": "Bower packages",
    "vendor": "dependencies vendored by Bundler, Composer or Go",
    "site-packages": "Python packages",
    "__pycache__": "Python bytecode",
}


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
            d for d in dirnames if not d.startswith(".") and d not in SKIPPED_FOLDERS
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
