"""`--fix` and `--diff`: apply safe, mechanical edits, atomically, changing nothing else."""

from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import stat
from collections.abc import Iterable

from linter.documents.decode import decode
from linter.errors import InputError
from linter.findings import Finding
from linter.run.atomic import write_atomic

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


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


def encode_like(original: bytes, text: str) -> bytes:
    """Encode `text` as `original` was: its BOM and encoding (line endings are in the text)."""
    for bom, encoding in _BOMS:
        if original.startswith(bom):
            return bom + text.encode(encoding)
    try:
        original.decode("utf-8")
        return text.encode("utf-8")
    except UnicodeDecodeError:
        try:
            original.decode("cp1252")
            return text.encode("cp1252")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return text.encode("latin-1")


def fixed_text(path: str, data: bytes, findings: list[Finding]) -> tuple[str, str, int]:
    """(original text, fixed text, fixes applied) for one file's bytes."""
    text, _ = decode(path, data)
    new, applied = apply(text, (f.fix for f in findings if f.fix is not None))
    return text, new, applied


def unified_diff(path: str, old: str, new: str) -> str:
    shown = path.lstrip("/")
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{shown}", f"b/{shown}"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def write_fixed(path: str, expected_digest: str, findings: list[Finding]) -> int:
    """Apply the findings' fixes to the file; refuse a file that changed or is read-only."""
    try:
        data = open(path, "rb").read()  # noqa: SIM115 - read once, closed by refcount
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    if digest(data) != expected_digest:
        raise InputError(path, "changed since it was checked; not fixed")
    if not mode & stat.S_IWUSR:
        raise InputError(path, "read-only; not fixed")
    _, new, applied = fixed_text(path, data, findings)
    if not applied:
        return 0
    try:
        write_atomic(path, encode_like(data, new))  # keeps the file's mode
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
    return applied
