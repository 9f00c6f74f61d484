"""Rows a report sorts or groups, kept in a private temporary SQLite database on disk rather
than in memory, so a report's memory does not grow with the number of files it covers."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any


def disk() -> sqlite3.Connection:
    """A private temporary SQLite database: on disk past its page cache (1 MB), removed when
    closed. Texts go in as UTF-8 blobs (surrogates kept), so no path or sentence is refused."""
    db = sqlite3.connect("")
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1024")  # KiB: 1 MB of pages in memory, the rest on disk
    return db


def blob(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def unblob(data: bytes) -> Any:
    return json.loads(data.decode("utf-8", "surrogatepass"))


class SortedOnDisk:
    """Values appended with their sort keys, given back in key order (as often as asked).

    `down` says, for each key, whether it sorts descending. A key is an int or a str; a str is
    compared as its UTF-8 bytes, which order as the code points do: SQLite's order is then
    Python's (ties keep the order of appending, as sorted() keeps it).
    """

    def __init__(self, down: Sequence[bool]) -> None:
        self.count = 0
        self.keys = len(down)
        self.order = ", ".join(f"k{i}{' DESC' * d}" for i, d in enumerate(down)) + ", rowid"
        self.db: sqlite3.Connection | None = None

    def __len__(self) -> int:
        return self.count

    def append(self, keys: Sequence[int | str], value: object) -> None:
        if self.db is None:
            self.db = disk()
            columns = ", ".join(f"k{i}" for i in range(self.keys))
            self.db.execute(f"CREATE TABLE rows ({columns}, value BLOB)")
        cells = [k.encode("utf-8", "surrogatepass") if isinstance(k, str) else k for k in keys]
        marks = ", ".join("?" * (self.keys + 1))
        self.db.execute(f"INSERT INTO rows VALUES ({marks})", (*cells, blob(value)))
        self.count += 1

    def sorted(self, size: int = 1000) -> Iterator[list[Any]]:
        """The values in key order, `size` at a time."""
        if self.db is None:
            return
        found = self.db.execute(f"SELECT value FROM rows ORDER BY {self.order}")
        while batch := found.fetchmany(size):
            yield [unblob(data) for (data,) in batch]

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
