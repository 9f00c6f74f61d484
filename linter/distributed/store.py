"""The results folder of a distributed audit, and sources, on any fsspec storage.

A results folder (a local folder, `file://`, `memory://`, `s3://`, `gs://` ...) holds:

  manifest/000000.jsonl  the files listed, CHUNK a part, one JSON line each: {"path", "error"}
  shards/000000.parquet  the results of the files of the manifest part of the same number, as
                         Parquet where the writer has pyarrow (parquet.py), else
  shards/000000.jsonl    as JSON Lines; a folder may hold both kinds (workers of different
                         environments, a shard with text that is not UTF-8), never for one part
                         (unless a part written twice by a rescheduled task: then the two agree)

Every part is written whole or not at all (a local folder: a temporary name, then a rename;
an object store writes an object whole), so a killed run leaves no part cut short.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

import fsspec
from fsspec.implementations.local import LocalFileSystem

from linter.distributed import parquet
from linter.documents import FORMATS
from linter.errors import HealthlintError, InputError
from linter.run.files import MAX_FILE_BYTES, Skipped, skip_folder
from linter.run.site_output import MAX_CONFIG_BYTES, configured_output

MANIFEST = "manifest"
SHARDS = "shards"
PARQUET, JSONL = "parquet", "jsonl"  # shard formats: Parquet where pyarrow is, or JSON Lines
SHARDS_VAR = "HEALTHLINT_SHARDS"  # "jsonl": JSON Lines shards, even where pyarrow is


def is_url(source: str) -> bool:
    """Whether a source is an fsspec URL (`s3://...`, `memory://...`), not a local path."""
    return "://" in source


class Folder:
    """One results folder: its parts by number, written atomically; `kind`: its shards' format
    (Parquet where pyarrow is, or JSON Lines)."""

    def __init__(self, url: str, kind: str = PARQUET) -> None:
        self.url = url
        self.kind = kind
        self.fs, self.root = fsspec.core.url_to_fs(url)
        self.local = isinstance(self.fs, LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *parts])

    def manifest(self, index: int) -> str:
        return self.path(MANIFEST, f"{index:06d}.jsonl")

    def shard(self, index: int, kind: str = JSONL) -> str:
        return self.path(SHARDS, f"{index:06d}.{kind}")

    def write_shard(
        self, index: int, records: list[dict[str, Any]], kind: str | None = None
    ) -> str:
        """Write shard `index`: Parquet when asked (`kind`, else the folder's) and pyarrow is
        here (and its texts are UTF-8), else JSON Lines; the format written."""
        if (kind or self.kind) == PARQUET and parquet.available():
            data = parquet.encode(records)
            if data is not None:
                self.write_bytes(self.shard(index, PARQUET), data)
                return PARQUET
        self.write_lines(self.shard(index), records)
        return JSONL

    def read_shard(self, index: int) -> Iterator[dict[str, Any]]:
        """Shard `index`'s records, whichever format it was written in."""
        name = self.shard(index, PARQUET)
        if not self.fs.exists(name):
            yield from self.read_lines(self.shard(index))
        elif parquet.available():
            with self.fs.open(name, "rb") as handle:
                yield from parquet.read(handle)
        elif self.fs.exists(self.shard(index)):  # the part written twice, in either format
            yield from self.read_lines(self.shard(index))
        else:
            raise parquet.missing(name)

    def reset(self) -> None:
        """Remove the parts of an earlier run (the cache, elsewhere, is what a rerun reuses)."""
        for part in (MANIFEST, SHARDS):
            if self.fs.exists(self.path(part)):
                self.fs.rm(self.path(part), recursive=True)
        self.fs.makedirs(self.path(MANIFEST), exist_ok=True)
        self.fs.makedirs(self.path(SHARDS), exist_ok=True)

    def write_lines(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        self.write_bytes(name, text.encode("utf-8", "surrogatepass"))

    def write_bytes(self, name: str, data: bytes) -> None:
        if not self.local:
            self.fs.pipe_file(name, data)
            return
        temporary = f"{name}.tmp-{uuid.uuid4().hex}"
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, name)

    def read_lines(self, name: str) -> Iterator[dict[str, Any]]:
        with self.fs.open(name, "rb") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line.decode("utf-8", "surrogatepass"))


Wanted = Callable[[str, str], bool]  # (path, its path relative to the source) -> checked?


def list_url(source: str, wanted: Wanted) -> Iterator[tuple[str, HealthlintError | None]]:
    """Files under a URL, in the order linter.run.files.walk gives a folder's.

    A folder's files in name order, then its folders in name order; hidden folders, the
    folders a walk never enters and a site generator's configured output
    (linter/run/site_output.py) are skipped. Paths keep the source's own spelling
    (`memory://site/a.md` under `memory://site`).
    """
    fs, root = fsspec.core.url_to_fs(source)
    if not fs.exists(root):
        yield source, InputError(source, "no such file or directory")
        return
    if not fs.isdir(root):
        if PurePosixPath(root).suffix.lower() in FORMATS:
            yield source, None
        return
    base = source.rstrip("/")
    stack = [""]
    generated: set[str] = set()  # the site generators' output folders, as linter.run.files skips
    while stack:
        relative = stack.pop()
        try:
            entries = fs.ls(f"{root.rstrip('/')}/{relative}".rstrip("/"), detail=True)
        except OSError as exc:
            where = f"{base}/{relative}".rstrip("/")
            yield where, InputError(where, f"cannot read: {exc.strerror or exc}")
            continue
        folders = []
        named = {PurePosixPath(str(entry["name"])).name: entry for entry in entries}
        generated |= {
            f"{relative}/{path}".lstrip("/")
            for path in configured_output(set(named), _config_reader(fs, named))
        }
        for entry in sorted(entries, key=lambda e: str(e["name"])):
            name = PurePosixPath(str(entry["name"])).name
            inner = f"{relative}/{name}".lstrip("/")
            if entry.get("type") == "directory":
                if not skip_folder(name) and inner not in generated:
                    folders.append(inner)
            elif PurePosixPath(name).suffix.lower() in FORMATS and wanted(f"{base}/{inner}", inner):
                yield f"{base}/{inner}", None
        stack.extend(reversed(folders))


def _config_reader(fs: Any, entries: dict[str, Any]) -> Callable[[str], bytes]:
    """A folder's config file's bytes by name, capped; OSError when it is no file or too large."""

    def read(name: str) -> bytes:
        entry = entries[name]
        if entry.get("type") != "file":
            raise OSError(f"{name}: not a file")
        with fs.open(str(entry["name"]), "rb") as handle:
            data: bytes = handle.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            raise OSError(f"{name}: larger than {MAX_CONFIG_BYTES} bytes")
        return data

    return read


def read_url(path: str) -> bytes:
    """A file's bytes from a URL, capped as a local file is."""
    try:
        fs, inner = fsspec.core.url_to_fs(path)
        with fs.open(inner, "rb") as handle:
            data: bytes = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path, f"larger than {MAX_FILE_BYTES} bytes; skipped")
    return data


def error_to_json(error: HealthlintError) -> dict[str, Any]:
    """A listing's error as a manifest line keeps it: a Skipped file is a warning, not an error."""
    return {
        "skipped": isinstance(error, Skipped),
        "type": type(error).__name__,
        "path": error.path,
        "message": error.message,
        "line": error.line,
    }
