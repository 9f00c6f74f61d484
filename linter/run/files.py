"""Which files a run checks: walking folders, include/exclude globs, reading bytes safely."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from linter.config.safe_read import ReadRefused, read_capped
from linter.documents import FORMATS
from linter.errors import HealthlintError, InputError
from linter.run.site_output import output_folders

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
    # A WordPress site (its files kept in git, or a static export) keeps its posts elsewhere:
    # these hold WordPress itself and its plugins' and themes' readme files, and uploads.
    "wp-admin": "WordPress's own files",
    "wp-includes": "WordPress's own files",
    "wp-content": "WordPress plugins, themes (their readme files) and uploaded media",
}


class Glob:
    """A gitignore-like glob: `**` crosses folders, `*` and `?` do not.

    Matched by stepping a set of positions in the pattern along the path, once per character:
    time is at most (path length x pattern length), whatever the pattern. (Translated to a
    regular expression, as it once was, `**/**/**/...` backtracks for minutes on a deep path.)
    """

    def __init__(self, pattern: str) -> None:
        pattern = pattern.removeprefix("./")
        tokens: list[tuple[str, str]] = []
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                if not tokens or tokens[-1][0] != "dirs":  # `**/**/` is `**/`
                    tokens.append(("dirs", ""))
                i += 3
            elif pattern.startswith("**", i):
                tokens.append(("any", ""))
                i += 2
            elif pattern[i] in "*?":
                tokens.append(("star" if pattern[i] == "*" else "one", ""))
                i += 1
            else:
                tokens.append(("lit", pattern[i]))
                i += 1
        self.tokens = tokens

    def _closure(self, states: set[tuple[int, bool]]) -> set[tuple[int, bool]]:
        """Add the positions reachable without a character: past `*`, `**`, or an empty `**/`."""
        todo = list(states)
        while todo:
            index, inside = todo.pop()
            skippable = index < len(self.tokens) and self.tokens[index][0] not in ("lit", "one")
            if skippable and not inside and (index + 1, False) not in states:
                states.add((index + 1, False))
                todo.append((index + 1, False))
        return states

    def fullmatch(self, path: str) -> bool:
        tokens, end = self.tokens, len(self.tokens)
        states = self._closure({(0, False)})
        for char in path:
            following: set[tuple[int, bool]] = set()
            for index, _inside in states:
                if index == end:
                    continue
                kind, literal = tokens[index]
                if kind == "lit":
                    if char == literal:
                        following.add((index + 1, False))
                elif kind == "one":
                    if char != "/":
                        following.add((index + 1, False))
                elif kind == "star":
                    if char != "/":
                        following.add((index, False))
                elif kind == "any":
                    following.add((index, False))
                else:  # dirs: `(?:.*/)?`, a run of characters that ends with "/"
                    following.add((index, True))
                    if char == "/":
                        following.add((index + 1, False))
            if not following:
                return False
            states = self._closure(following)
        return (end, False) in states


@cache
def glob_pattern(pattern: str) -> Glob:
    """The compiled glob (kept per process: a run matches every file against the same few)."""
    return Glob(pattern)


def read_bytes(path: str) -> bytes:
    """A file's bytes: a regular file of at most MAX_FILE_BYTES, never a FIFO or a device."""
    try:
        return read_capped(path, MAX_FILE_BYTES)
    except ReadRefused as exc:
        raise InputError(path, f"{exc}; skipped") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


class Skipped(HealthlintError):
    """A path the walk leaves alone on purpose (a symlink out of the tree): a warning line."""


def skip_folder(name: str) -> bool:
    """Folders a walk does not enter: hidden ones and SKIPPED_FOLDERS."""
    return name.startswith(".") or name in SKIPPED_FOLDERS


def inside(path: str, root: str) -> bool:
    """Whether a resolved path is `root` or under it (both resolved)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def walk(root: str) -> Iterator[tuple[str, HealthlintError | None]]:
    """Files under `root` in a stable order, with an error (or Skipped) for each one left out.

    Symlinks are followed only to what lies inside `root` itself (a link to `/` or to
    `/dev/zero` is a one-line warning, never a walk of the whole disk), and a folder reached
    twice (a link to a folder the walk also reaches, or a loop) is walked once. Files that are
    not regular (FIFOs, devices, sockets) with a checked extension are errors.
    """
    tree = os.path.realpath(root)
    seen: set[tuple[int, int]] = set()
    generated: set[str] = set()  # the output folders the site configs met so far name
    stack = [root]
    # Symlinks are walked after every real path, so that a file reached both ways is reported
    # (and checked once) at its own path, which a repository's web view and SARIF can open.
    linked_folders: list[str] = []
    linked_files: list[str] = []
    while stack or linked_folders:
        if not stack:  # the links, once every config has named its output: into none of it
            linked = [f for f in linked_folders if os.path.realpath(f) not in generated]
            stack, linked_folders = list(reversed(linked)), []
            continue
        directory = stack.pop()
        try:
            info = os.stat(directory)
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            yield directory, InputError(directory, f"cannot read: {exc.strerror or exc}")
            continue
        if (info.st_dev, info.st_ino) in seen:  # a symlink loop, or a second way in
            continue
        seen.add((info.st_dev, info.st_ino))
        for folder in output_folders(directory, {entry.name for entry in entries}):
            generated |= {folder, os.path.realpath(folder)}  # the second for symlinks to it
        folders: list[str] = []
        for entry in entries:
            path = os.path.join(directory, entry.name)
            wanted = Path(entry.name).suffix.lower() in FORMATS
            try:
                link = entry.is_symlink()
                if link:
                    target = os.path.realpath(path)
                    if not inside(target, tree):
                        if wanted or os.path.isdir(path):
                            yield path, Skipped(path, f"a symlink to outside {root}; not followed")
                        continue
                is_dir = entry.is_dir()  # follows a link, now known to stay in the tree
            except OSError as exc:
                yield path, InputError(path, f"cannot read: {exc.strerror or exc}")
                continue
            if is_dir:
                if not skip_folder(entry.name) and path not in generated:
                    (linked_folders if link else folders).append(path)
            elif wanted and link:
                linked_files.append(path)
            elif wanted:
                yield path, None  # read_bytes refuses a FIFO or a device, one line each
        stack.extend(reversed(folders))
    for path in linked_files:
        yield path, None
