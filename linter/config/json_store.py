"""What a run works out at start-up from fixed inputs, kept between runs in plain JSON.

A cold check parses the bundled YAML files and reads the prefixes of the lexicons' long
patterns (linter/config/multi_match.py) in every run, though they change only with the files
and the code. A `JsonStore` keeps such results in one file of the cache folder, each under a
digest of everything it is a function of (the input's bytes, the code that read it, the
library versions), so that a changed input or changed code is a miss, never a stale answer.

Why a store cannot do harm:
- It is plain JSON, read by `json.loads`: a tampered or damaged file can run no code. The whole
  file is checked by its BLAKE2 digest (a torn or edited file is ignored), and its reader checks
  the shape of every value it takes (`decode`); anything else is worked out as usual.
- It holds nothing that depends on what is checked, only what the bundled data and the code
  determine, so `--no-cache` still uses it (as Python uses .pyc files). A folder that cannot be
  written leaves it unwritten; nothing else changes.
- It is used only where the command line installs it (linter/run/startup.py): a library import
  reads and writes no such file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from linter.config.sealed_file import read_sealed, write_sealed

# A store's file at most (about): what this run used is kept first.
MAX_BYTES = 4_000_000

Result = TypeVar("Result")


def digest(*parts: str | bytes) -> str:
    """A key made of the parts (each length-prefixed, so that no two lists give one key)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def source_digest(module_file: str | None) -> str:
    """The digest of a module's source: results a module works out are keyed by its code."""
    if module_file is None:
        return ""
    try:
        return digest(Path(module_file).read_bytes())
    except OSError:
        return ""


class JsonStore:
    """JSON values by key, in one file read on the first `get` and written by `save`."""

    def __init__(
        self,
        path: Path | Callable[[], Path],
        hook: Callable[[dict[str, Any]], Any] | None = None,
        encode: Callable[[Any], Any] | None = None,
    ) -> None:
        self._where = path
        # How values are read back (json's object_hook) and written (to what json writes).
        self._hook = hook
        self._encode = encode
        self._stored: dict[str, Any] = {}  # as read back (through the hook)
        self._new: dict[str, Any] = {}  # as JSON will write them
        self._used: set[str] = set()
        self._loaded = False

    @property
    def path(self) -> Path:
        if callable(self._where):
            self._where = self._where()
        return self._where

    def _load(self) -> None:
        self._loaded = True
        payload = read_sealed(self.path)
        if payload is None:
            return
        try:
            entries = json.loads(payload, object_hook=self._hook)
        except (ValueError, TypeError, RecursionError):
            return
        if isinstance(entries, dict):
            self._stored = {**entries, **self._stored}

    def get(self, key: str) -> Any:
        """The value kept under `key`, or None (the caller checks its shape)."""
        if not self._loaded:
            self._load()
        value = self._stored.get(key)
        if value is not None:
            self._used.add(key)
        return value

    def put(self, key: str, value: Any, encoded: Any = None) -> None:
        """Keep a value: `encoded` is how JSON writes it (the value itself by default), read
        back through the hook as `value`."""
        self._stored[key] = value
        self._new[key] = value if encoded is None else encoded
        self._used.add(key)

    def forget(self, key: str) -> None:
        """Drop an entry whose value the caller refused."""
        self._stored.pop(key, None)
        self._used.discard(key)

    def save(self) -> None:
        """Write the file if this run added entries: those used first, then older ones while the
        file stays under MAX_BYTES; atomically, so that runs side by side never read half a
        file. Failures are ignored."""
        if not self._new:
            return
        if not self._loaded:
            self._load()
        encode = self._encode or (lambda value: value)
        entries: dict[str, Any] = {}
        size = 0
        older = {k: encode(v) for k, v in self._stored.items() if k not in self._new}
        every = {**older, **self._new}
        for key in [*(k for k in every if k in self._used), *every]:
            if key in entries:
                continue
            text = json.dumps(every[key])
            if size + len(text) > MAX_BYTES and key not in self._used:
                continue
            entries[key], size = every[key], size + len(text)
        payload = json.dumps(entries).encode("ascii")
        write_sealed(self.path, payload, ".store-")
        self._new = {}


class Readings(Generic[Result]):
    """What one module works out from a pattern, kept in the store the command line installs
    (`use`; linter/run/startup.py), each result under the digest of that module's code,
    Python's version (its regular-expression parser) and the result's own inputs. Without a
    store, every result is worked out."""

    def __init__(self, module_file: str) -> None:
        self.store: JsonStore | None = None
        self._module_file = module_file
        self._code: str | None = None

    def use(self, store: JsonStore | None) -> None:
        """Keep results in `store` between runs, or (None) stop."""
        self.store = store

    def read(
        self,
        inputs: Sequence[str],
        work: Callable[[], Result],
        encode: Callable[[Result], Any],
        decode: Callable[[Any], tuple[Result] | None],
    ) -> Result:
        """The kept result for `inputs`, or `work()` kept as `encode` writes it. `decode` gives
        a kept value back in a 1-tuple (a result may itself be None), or None for a value of a
        shape this code does not write."""
        store = self.store
        if store is None:
            return work()
        if self._code is None:
            self._code = digest(source_digest(self._module_file), sys.version)
        key = digest(self._code, *inputs)
        kept = decode(store.get(key))
        if kept is not None:
            return kept[0]
        store.forget(key)  # absent, or of a shape this code does not write
        found = work()
        store.put(key, encode(found))
        return found
