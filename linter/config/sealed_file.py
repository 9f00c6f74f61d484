"""Files that the tool keeps between runs (parsed YAML, regex programs, prefix readings), sealed
with a digest of their bytes: a file cut short, damaged or changed by hand reads as absent, and a
file is replaced atomically, so that runs side by side never read half of one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIGEST_BYTES = 32


def read_sealed(path: Path) -> bytes | None:
    """The payload of a sealed file, or None if it is missing or its digest does not match."""
    import hashlib  # only in a run that reads a store

    try:
        data = path.read_bytes()
    except OSError:
        return None
    check, payload = data[:DIGEST_BYTES], data[DIGEST_BYTES:]
    if hashlib.blake2b(payload, digest_size=DIGEST_BYTES).digest() != check:
        return None
    return payload


def write_sealed(path: Path, payload: bytes, prefix: str) -> None:
    """Write `payload` with its digest in front, atomically; failures are ignored (a store is
    only a cache)."""
    import hashlib
    import tempfile  # only in a run that writes the file: 10 ms of imports otherwise

    data = hashlib.blake2b(payload, digest_size=DIGEST_BYTES).digest() + payload
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
