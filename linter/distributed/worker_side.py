"""What a sandbox child does: list the sources into manifest parts, and check one file.

A file is checked exactly as the single-process audit checks it (Checker.check_bytes, with
the claim inventory) and looked up in, and stored to, the same cache under the same key, so a
rerun (distributed or not) skips what is unchanged.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import fsspec

from linter.distributed.store import Folder, Wanted, error_to_json, is_url
from linter.errors import HealthlintError
from linter.run.cache import FORMAT, Cache, FileResult
from linter.run.checker import Checked, Checker
from linter.run.files import glob_pattern, read_bytes
from linter.run.fixes import digest
from linter.run.session import Session
from linter.run.settings import Overrides


class UrlCache(Cache):
    """The cache's entries, keyed as Cache keys them, on fsspec storage (`s3://bucket/cache`)."""

    def __init__(self, url: str) -> None:
        self.fs, root = fsspec.core.url_to_fs(url)
        super().__init__(Path(root))
        self.base = f"{root.rstrip('/')}/v{FORMAT}"

    def _name(self, key: str) -> str:
        return f"{self.base}/{key[:2]}/{key[2:]}.json"

    def get(self, key: str, claims: bool = False) -> FileResult | None:
        try:
            data = json.loads(self.fs.cat_file(self._name(key)))
            if data.get("key") != key:
                return None
            result = FileResult.from_json(data["result"], claims=claims)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return None if claims and result.claims is None else result

    def put(self, key: str, result: FileResult) -> None:
        text = json.dumps({"key": key, "result": result.to_json()}, ensure_ascii=False)
        with contextlib.suppress(OSError, ValueError):
            self.fs.pipe_file(self._name(key), text.encode("utf-8", "surrogatepass"))
            self.written += 1

    def prune(self, now: float | None = None) -> int:
        return 0  # an object store's own lifecycle rules bound it


def open_cache(where: str | None) -> Cache | None:
    if where is None:
        return None
    return UrlCache(where) if is_url(where) else Cache(Path(where))


class WorkerSide:
    """One child's Session (configs, engines, the walk) and the run's cache."""

    def __init__(self, overrides: Overrides, cache_dir: str | None) -> None:
        self.session = Session(replace(overrides, use_cache=False))
        self.checker = self.session.checker
        self.cache = open_cache(cache_dir)

    def warm(self) -> None:
        """Build the pipeline of the current folder's config now."""
        with contextlib.suppress(HealthlintError):
            engine: Any = self.checker.engine_for(self.checker.config_for("."))
            if hasattr(engine, "built"):
                engine.built()

    def list(self, sources: list[str], folder_url: str, chunk: int, first: int) -> tuple[int, int]:
        """Write the files under local `sources` as manifest parts from number `first`, as the
        single-process audit walks them (together: a file reached twice is listed once).

        Returns (the next part's number, files listed).
        """
        rows = ({"path": p, "error": e} for p, e in self.session.files(sources))
        return write_manifest(Folder(folder_url), rows, chunk, first)

    def check(self, path: str, data: bytes | None = None) -> dict[str, Any]:
        """One file's record for its shard: from the cache, else checked (and then stored).

        `data`: the bytes, read by the worker from a URL; None: read the local file here.
        """
        try:
            data = read_bytes(path) if data is None else data
        except HealthlintError as exc:
            return _record(Checked(path, None, FileResult(errors=[exc], ok=False)), None, False)
        try:
            checked = self._cached(path, data)
            if checked is not None:
                return _record(checked, self.session.fail_on(checked), True)
            checked = self.checker.check_bytes(path, data, inventory=True)
        except Exception as exc:  # a bug: here as in a --jobs worker, the file's error
            error = HealthlintError(path, f"internal error: {type(exc).__name__}: {exc}")
            return _record(Checked(path, None, FileResult(errors=[error], ok=False)), None, False)
        if self.cache is not None and checked.cacheable and checked.settings is not None:
            assert checked.digest is not None
            self.cache.put(self.cache.key(path, checked.digest, checked.settings), checked.result)
        return _record(checked, self.session.fail_on(checked), False)

    def _cached(self, path: str, data: bytes) -> Checked | None:
        if self.cache is None:
            return None
        try:
            config = self.checker.config_for(path)
            _, settings = self.checker.engine_and_settings(config)
        except HealthlintError:
            return None  # checked, which reports the error
        if settings is None:
            return None
        data_digest = digest(data)
        stored = self.cache.get(self.cache.key(path, data_digest, settings), claims=True)
        if stored is None:
            return None
        return Checked(path, data_digest, stored, config=config, settings=settings)


# A part also ends at this many bytes of local files (a part of big pages takes as long as one
# of many small ones: about a second or two of a worker's time).
PART_BYTES = 256_000


def write_manifest(
    folder: Folder,
    rows: Iterable[dict[str, Any]],
    chunk: int,
    first: int,
    max_bytes: int = PART_BYTES,
) -> tuple[int, int]:
    """Write listed files as manifest parts from number `first`, a part `chunk` rows at most
    (and `max_bytes` of local files, when their size can be read): (next, files)."""
    part, files, buffer, size = first, 0, [], 0
    for row in rows:
        error = row["error"]
        buffer.append(
            {"path": row["path"], "error": None if error is None else error_to_json(error)}
        )
        files += 1
        if error is None and not is_url(row["path"]):
            with contextlib.suppress(OSError, ValueError):
                size += os.path.getsize(row["path"])
        if len(buffer) >= chunk or size >= max_bytes:
            folder.write_lines(folder.manifest(part), buffer)
            part, buffer, size = part + 1, [], 0
    if buffer:
        folder.write_lines(folder.manifest(part), buffer)
        part += 1
    return part, files


def wanted_url(checker: Checker) -> Wanted:
    """A URL's file is checked unless its config's exclude (or include) says otherwise; the
    globs match its path relative to the source URL."""

    def wanted(path: str, relative: str) -> bool:
        try:
            config = checker.config_for(path)
        except HealthlintError:
            return True  # the error is reported when the file is checked
        if any(glob_pattern(p).fullmatch(relative) for p in config.exclude):
            return False
        return not config.include or any(
            glob_pattern(p).fullmatch(relative) for p in config.include
        )

    return wanted


def _record(checked: Checked, fail_on: str | None, cached: bool) -> dict[str, Any]:
    config = checked.config
    return {
        "path": checked.path,
        "digest": checked.digest,
        "cached": cached,
        "fail_on": fail_on,
        "boilerplate": None
        if config is None
        else [config.boilerplate_min_pages, config.boilerplate_report],
        "result": checked.result.to_json(),
    }
