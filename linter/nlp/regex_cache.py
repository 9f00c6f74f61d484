"""Compiled regular-expression programs kept between runs, as Python keeps bytecode in .pyc files.

A cold `healthlint check` of one article compiles some 640 regular expressions (the grammar's
long alternations, the lexicons' tries, spaCy's tokenizer rules): about 0.9 s of CPU, in
Python code (`re._parser` and `re._compiler`). What that produces is a list of integers, the
program `_sre` runs, and `_sre.compile` turns such a list into a pattern in microseconds. This
module keeps those programs in one file and hands them to `_sre.compile` on the next run: 640
patterns in about 15 ms instead of 0.9 s.

A program is kept as packed bytes (`_sre.CODESIZE` bytes a word, `array`), in the file and in
memory, and made a list only when its pattern is compiled: a check now compiles some 1,300
patterns (1.7 million words), and as lists of ints the file's programs held some 18 MB of
objects (30 MB of RSS) through the whole run, before its first file was read; as bytes, 7 MB.

Why this is sound, though `_sre`'s program format is internal and changes between versions:

- A pattern comes from the cache only under a key of the exact interpreter (implementation,
  `sys.version`, its cache tag), `_sre.MAGIC` (the program format's version), `_sre.CODESIZE`
  and `sys.maxunicode`, and under its own text and flags; anything else is compiled as usual.
- The file is checked whole by its BLAKE2 digest; `_sre.compile` validates every program it is
  given; a file that cannot be read, or a program `_sre` refuses, is compiled as usual.
- On install, a probe pattern is compiled both ways and the two compared (`re.Pattern` equality
  compares the programs word by word): if they differ, nothing is installed.
- It lives in healthlint's cache folder (`regex/` beside the results, which pruning never
  touches) and holds no result, only programs that are a function of the pattern and the
  interpreter, as .pyc files are of the source: `--no-cache` (no results read or written) still
  uses it. A folder that cannot be written leaves it unwritten; nothing else changes.

CPython's `re` cannot pickle a compiled pattern; this relies on the internals of `re._compiler`
of Python 3.11 to 3.13 (`_code` and the arguments of `_sre.compile`), and installs nothing on
any other version. It changes no match: a pattern compiled from the cache is the same program.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import re
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linter.config.sealed_file import read_sealed, write_sealed

_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)

# (flags, program, number of groups less one, group index, index group): `_sre.compile`'s
# arguments after the pattern, the program's words packed as bytes (`unpacked` gives them back as
# the list `_sre.compile` takes).
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# The array type code of a word of `_sre`'s programs (SRE_CODE: 4 bytes on CPython 3.11 to 3.13).
WORD = "I"

VERSIONS = ((3, 11), (3, 12), (3, 13))
# The file's size at most (about): what this run used comes first, then what earlier runs
# wrote, while it fits. One check of an article needs about 2.6 MB.
MAX_BYTES = 8_000_000
# The file is rewritten only when this run spent at least this long compiling what it lacks:
# rewriting it costs about as much, and a pattern whose text changes from run to run (one
# markdown-it builds from a set) would otherwise rewrite it in every run.
SAVE_AFTER_SECONDS = 0.05


KEY = "|".join(
    str(part)
    for part in (
        sys.implementation.name,
        sys.version,
        sys.implementation.cache_tag,
        getattr(_sre, "MAGIC", None),
        getattr(_sre, "CODESIZE", None),
        sys.maxunicode,
        "packed",  # the file's format: programs as bytes (an older file, of lists, is not read)
    )
)


def file_in(cache_dir: Path) -> Path:
    """The programs' file in a cache folder: one for each interpreter (a venv's Python 3.11 and
    3.12 sharing ~/.cache keep a file each)."""
    import hashlib  # here, as in `load` and `save`: `--version` never needs it

    tag = hashlib.blake2b(KEY.encode(), digest_size=6).hexdigest()
    return cache_dir / "regex" / f"programs-{sys.implementation.cache_tag}-{tag}.bin"


class ProgramCache:
    """`re._compiler.compile`, answered from a file of programs when it holds the pattern."""

    def __init__(
        self,
        path: Path | Callable[[], Path],
        original: Any,
        save_after: float = SAVE_AFTER_SECONDS,
    ) -> None:
        self._where = path
        self.save_after = save_after
        self._original = original
        self._stored: dict[tuple[str, int], Program] = {}
        self._new: dict[tuple[str, int], Program] = {}
        self._used: set[tuple[str, int]] = set()
        self._loaded = False
        self._new_cost = 0.0

    @property
    def path(self) -> Path:
        """The file, worked out when first needed (a run that compiles nothing never asks)."""
        if callable(self._where):
            self._where = self._where()
        return self._where

    def load(self) -> None:
        """Read the file, if it is there, whole and made by this interpreter; else keep none."""
        self._loaded = True
        payload = read_sealed(self.path)
        if payload is None:
            return
        try:
            key, entries = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return
        if key == KEY and isinstance(entries, dict):
            self._stored = entries

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """What `re._compiler.compile(pattern, flags)` returns."""
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return self._original(pattern, flags)  # type: ignore[no-any-return]
        if not self._loaded:  # on the first compilation: `--version` never reads the file
            self.load()
        key = (pattern, int(flags))
        program = self._stored.get(key) or self._new.get(key)
        if program is not None:
            try:
                compiled = _sre.compile(pattern, *unpacked(program))
            except Exception:  # a program _sre refuses: compile it as usual
                self._stored.pop(key, None)
            else:
                self._used.add(key)
                return compiled  # type: ignore[no-any-return]
        started = time.perf_counter()
        program = make_program(pattern, int(flags))
        self._new_cost += time.perf_counter() - started
        self._new[key] = program
        self._used.add(key)
        return _sre.compile(pattern, *unpacked(program))  # type: ignore[no-any-return]

    def save(self) -> None:
        """Write the programs compiled in this process, with those read, if compiling the new
        ones took long enough to be worth it (`SAVE_AFTER_SECONDS`); atomically, so that runs side
        by side never read half a file. Failures are ignored."""
        if not self._new or self._new_cost < self.save_after:
            return
        everything = {**self._stored, **self._new}
        entries, size = {}, 0
        for key in [*(k for k in everything if k in self._used), *everything]:
            if key not in entries:
                weight = len(key[0]) + len(everything[key][1])
                if size + weight > MAX_BYTES and key not in self._used:
                    continue
                entries[key], size = everything[key], size + weight
        payload = marshal.dumps((KEY, entries))
        write_sealed(self.path, payload, ".regex-")
        self._stored, self._new, self._new_cost = entries, {}, 0.0


def unpacked(
    program: Program,
) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """`_sre.compile`'s arguments after the pattern: the program's words as a list."""
    flags, code, groups, groupindex, indexgroup = program
    return flags, array(WORD, code).tolist(), groups, groupindex, indexgroup


def make_program(pattern: str, flags: int) -> Program:
    """`re._compiler.compile`'s work up to `_sre.compile`, as plain ints, bytes and dicts."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | tree.state.flags),
        array(WORD, code).tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_installed: ProgramCache | None = None
_PROBE = r"(?P<word>(?<![\w-])(?:ab(?:c|d)?|e[fg]+h{2,3})(?!\w))|\d+(?:\.\d+)?|(?i:x)y\1?"


def install(path: Path | Callable[[], Path]) -> ProgramCache | None:
    """Answer `re.compile`'s compilations from the file `path` (see `file_in`; or a function
    that says where, asked on the first compilation) from now on, once per process, if this
    interpreter's `re` is one this module knows and a probe compiles to the same program."""
    global _installed
    if _installed is not None:
        return _installed
    if sys.version_info[:2] not in VERSIONS or _compiler is None or _parser is None:
        return None
    if array(WORD).itemsize != getattr(_sre, "CODESIZE", None):
        return None
    original = _compiler.compile
    cache = ProgramCache(path, original)
    cache._loaded = True  # the probe is compiled, not read
    try:
        same = cache.compile(_PROBE, re.UNICODE) == original(_PROBE, re.UNICODE)
    except Exception:  # internals other than expected: leave `re` alone
        return None
    if not same:
        return None
    cache._new.clear()
    cache._used.clear()
    cache._new_cost = 0.0
    cache._loaded = False
    _compiler.compile = cache.compile
    _installed = cache
    return cache


def save() -> None:
    """Keep this process's new programs for the next run (nothing if not installed)."""
    if _installed is not None:
        _installed.save()
