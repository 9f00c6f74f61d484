"""`--fix` and `--diff`: apply safe, mechanical edits, atomically, changing nothing else."""

from __future__ import annotations

import difflib
import hashlib
import os
import stat
from collections.abc import Iterable

from linter.config.safe_read import read_capped
from linter.documents.decode import decode_as, encode_as
from linter.errors import InputError
from linter.findings import Finding
from linter.report.safe_text import printable
from linter.run.atomic import write_atomic
from linter.run.files import MAX_FILE_BYTES, inside


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply(text: str, fixes: Iterable[tuple[int, int, str]]) -> tuple[str, int]:
    """The text with every fix that does not overlap an earlier one; and how many applied."""
    applied, last_start = 0, len(text) + 1
    for start, end, replacement in sorted(set(fixes), key=lambda f: (f[0], f[1]), reverse=True):
        if end > last_start or (start == end == last_start):
            continue  # overlaps a fix already applied further on
        text = text[:start] + replacement + text[end:]
        applied, last_start = applied + 1, start
    return text, applied


def fixed_text(path: str, data: bytes, findings: list[Finding]) -> tuple[str, str, int]:
    """(original text, fixed text, fixes applied) for one file's bytes.

    Raises InputError for a file whose bytes do not come back from their text exactly (bad
    bytes were replaced, or a BOM disagrees with the bytes after it): writing it back would
    change bytes that no fix touched.
    """
    text, _, encoding = decode_as(path, data)
    new, applied = apply(text, (f.fix for f in findings if f.fix is not None))
    if applied:
        encode_fixed(path, data, text, encoding, new)  # refused here, before any diff is shown
    return text, new, applied


def encode_fixed(path: str, data: bytes, text: str, encoding: str, new: str) -> bytes:
    """The fixed text in the file's own encoding; only the inserted bytes differ."""
    try:
        same = encode_as(data, text, encoding) == data
        out = encode_as(data, new, encoding) if same else b""
    except UnicodeError:
        same = False
    if not same:
        raise InputError(path, f"not valid {encoding}: cannot fix without re-encoding; not fixed")
    return out


def unified_diff(path: str, old: str, new: str) -> str:
    shown = printable(path.lstrip("/"))  # a file name cannot forge a line of the output
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{shown}", f"b/{shown}"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def write_fixed(path: str, expected_digest: str, findings: list[Finding]) -> int:
    """Apply the findings' fixes to the file; refuse a file that changed or is read-only.

    A symlink is fixed in its target when that lies inside the repository (and refused when
    it does not); a file with several hard links is refused (a new file would split them); the
    new file keeps the old one's mode, owner and group, or the fix is refused.
    """
    target = os.path.realpath(path)
    if os.path.islink(path):
        root = os.path.realpath(repository_root(path))
        if not inside(target, root):
            raise InputError(path, f"a symlink to outside the repository ({root}); not fixed")
    try:
        data = read_capped(target, MAX_FILE_BYTES)
        info = os.stat(target)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if digest(data) != expected_digest:
        raise InputError(path, "changed since it was checked; not fixed")
    if not info.st_mode & stat.S_IWUSR:
        raise InputError(path, "read-only; not fixed")
    if info.st_nlink > 1:
        raise InputError(
            path, f"has {info.st_nlink} hard links, which a fix would split; not fixed"
        )
    text, _, encoding = decode_as(path, data)
    new, applied = apply(text, (f.fix for f in findings if f.fix is not None))
    if not applied:
        return 0
    out = encode_fixed(path, data, text, encoding, new)
    try:
        write_atomic(target, out, keep_owner=True)  # keeps the file's mode, owner and group
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}; not fixed") from None
    return applied


def repository_root(path: str) -> str:
    """The nearest folder at or above `path` with a `.git`, else the current folder."""
    folder = os.path.dirname(os.path.abspath(path))
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return os.getcwd()
        folder = parent
