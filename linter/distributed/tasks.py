"""The tasks a Dask worker runs: list the sources, and check one manifest part into its shard.

Each worker thread drives its own sandbox child (sandbox.py). A file whose check does not
answer within the time limit, or kills the child, is tried once more in a new child, then
recorded as an input error; the rest of the part goes on. A task is idempotent (its shard is
written whole, under its part's number), so Dask may run it again after losing a worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from itertools import groupby
from typing import Any

from linter.distributed.sandbox import FAULTS_VAR, Sandbox, SandboxFailed, Setup
from linter.distributed.store import PARQUET, Folder, is_url, list_url, read_url
from linter.distributed.worker_side import wanted_url, write_manifest
from linter.errors import InputError
from linter.findings import LEVEL_NAMES, Level
from linter.run.cache import FileResult
from linter.run.checker import Checker

_local = threading.local()


def _sandbox(setup: Setup) -> Sandbox:
    """This thread's sandbox for this run (a new run's setup starts a new child)."""
    sandbox: Sandbox | None = getattr(_local, "sandbox", None)
    if sandbox is None or sandbox.setup != setup:
        if sandbox is not None:
            sandbox.close()
        sandbox = _local.sandbox = Sandbox(setup)
    return sandbox


def warm(setup: Setup) -> None:
    """Start this worker thread's checking process, so it is ready when the first part comes
    (submitted to every worker while one of them lists the sources)."""
    _sandbox(setup).ensure()


def list_sources(setup: Setup, sources: list[str], folder_url: str, chunk: int) -> tuple[int, int]:
    """Write the manifest: (parts, files). Listing has no time limit: it is one walk.

    Local folders are walked by the sandbox (from the client's folder, as the single-process
    audit walks them); URLs are listed here, where the worker's fsspec file systems are.
    """
    folder = Folder(folder_url)
    part = files = 0
    for url, group in groupby(sources, key=is_url):
        if url:
            wanted = wanted_url(Checker(setup.overrides))
            rows = (
                {"path": p, "error": e} for source in group for p, e in list_url(source, wanted)
            )
            part, listed = write_manifest(folder, rows, chunk, part)
        else:
            part, listed = _sandbox(setup).call(
                ("list", list(group), folder_url, chunk, part), None
            )
        files += listed
    return part, files


def check_part(
    setup: Setup, folder_url: str, index: int, timeout: float, kind: str = PARQUET
) -> dict[str, Any]:
    """Check the files of manifest part `index` into shard `index` (Parquet where this worker
    has pyarrow, when `kind` asks for it); its counts."""
    folder = Folder(folder_url)
    sandbox = _sandbox(setup)
    counts = new_counts()
    records = []
    for row in folder.read_lines(folder.manifest(index)):
        record = _row_record(sandbox, row, timeout, counts)
        add_counts(counts, record)
        records.append(record)
    folder.write_shard(index, records, kind)
    return counts


def check_file(
    setup: Setup, folder_url: str, index: int, position: int, timeout: float
) -> dict[str, Any]:
    """The record of one file of manifest part `index` (its row number `position`): how the
    client retries, a file at a time, a part whose task failed twice."""
    folder = Folder(folder_url)
    for number, row in enumerate(folder.read_lines(folder.manifest(index))):
        if number == position:
            return _row_record(_sandbox(setup), row, timeout, new_counts())
    raise IndexError(f"part {index} has no file {position}")


def _row_record(
    sandbox: Sandbox, row: dict[str, Any], timeout: float, counts: dict[str, Any]
) -> dict[str, Any]:
    """A manifest row's record for its shard (the file's, or its listing error's)."""
    path, error = row["path"], row["error"]
    _worker_fault(path)
    if error is not None:
        return {"path": path, "digest": None, "listing": error}
    if is_url(path):
        try:
            return _check(sandbox, path, read_url(path), timeout, counts)
        except InputError as exc:
            failed = FileResult(errors=[exc], ok=False)
            return {"path": path, "digest": None, "result": failed.to_json()}
    return _check(sandbox, path, None, timeout, counts)


def failed_record(path: str, why: str) -> dict[str, Any]:
    """The record of a file that could not be checked: one input error."""
    error = InputError(path, f"not checked: {why}")
    return {"path": path, "digest": None, "result": FileResult(errors=[error], ok=False).to_json()}


def _worker_fault(path: str) -> None:
    """For the fault tests only: FAULTS_VAR's {"worker": "text"} makes the task in the Dask
    worker itself fail (not its checking process) on a file whose path contains the text."""
    word = _faults().get("worker")
    if word and word in path:
        raise RuntimeError(f"injected worker fault on {path}")


def _faults() -> dict[str, str]:
    faults: dict[str, str] | None = getattr(_local, "faults", None)
    if faults is None:
        faults = {}
        with contextlib.suppress(ValueError, TypeError):
            faults = dict(json.loads(os.environ.get(FAULTS_VAR) or "{}"))
        _local.faults = faults
    return faults


def _check(
    sandbox: Sandbox, path: str, data: bytes | None, timeout: float, counts: dict[str, Any]
) -> dict[str, Any]:
    """One file, tried twice at most: a file that hangs or crashes twice is an input error."""
    reasons = []
    for attempt in (1, 2):
        try:
            answer: dict[str, Any] = sandbox.call(("check", path, data), timeout)
            return answer
        except SandboxFailed as exc:
            reasons.append(str(exc))
            counts["retried"] += attempt == 1
    error = InputError(path, f"not checked: {reasons[-1]} (tried twice)")
    counts["gave_up"] += 1
    return {
        "path": path,
        "digest": None,
        "cached": False,
        "fail_on": None,
        "boilerplate": None,
        "result": FileResult(errors=[error], ok=False).to_json(),
    }


def new_counts() -> dict[str, Any]:
    return {
        "files": 0,  # listed files (also those that could not be read)
        "audited": 0,  # read and checked to the end
        "cached": 0,  # answered from the cache
        "checked": 0,  # checked by the engine (a cache miss)
        "findings": dict.fromkeys(reversed(LEVEL_NAMES), 0),
        "claims": 0,
        "errors": 0,
        "retried": 0,
        "gave_up": 0,
    }


def add_counts(counts: dict[str, Any], record: dict[str, Any]) -> None:
    """One record's share (findings before boilerplate is collapsed: the run's progress)."""
    counts["files"] += 1
    result = record.get("result")
    if record.get("listing") is not None:
        counts["errors"] += not record["listing"]["skipped"]
        return
    assert result is not None
    if record.get("cached"):
        counts["cached"] += 1
    elif record["digest"] is not None:
        counts["checked"] += 1
    if record["digest"] is None or not result["ok"]:
        counts["errors"] += len(result["errors"])
        return
    counts["audited"] += 1
    counts["errors"] += len(result["errors"])
    counts["claims"] += len(result["claims"] or ())
    for finding in result["findings"]:
        counts["findings"][str(Level(finding[_LEVEL_AT]))] += 1


def merge_counts(total: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, dict):
            for name, n in value.items():
                total[key][name] = total[key].get(name, 0) + n
        else:
            total[key] += value


def _level_index() -> int:
    from dataclasses import fields

    from linter.findings import Finding

    return [f.name for f in fields(Finding)].index("level")


_LEVEL_AT = _level_index()


class SplitPart:
    """A failed part's files, retried one task each: their records as they come back."""

    def __init__(self, paths: list[str], part_failure: str) -> None:
        self.paths = paths
        self.part_failure = part_failure
        self.records: list[dict[str, Any] | None] = [None] * len(paths)
        self.left = len(paths)

    def add(self, position: int, answer: dict[str, Any] | BaseException) -> bool:
        """One file's record (or its task's second failure); True when the part is whole."""
        if isinstance(answer, BaseException):
            why = (
                f"its part failed twice ({self.part_failure}), then the file alone failed"
                f" twice ({type(answer).__name__})"
            )
            answer = failed_record(self.paths[position], why)
        self.records[position] = answer
        self.left -= 1
        return self.left == 0

    def write(self, folder: Folder, index: int) -> dict[str, Any]:
        """Write the part's shard (in the folder's format); its counts."""
        counts = new_counts()
        records = [r for r in self.records if r is not None]
        for record in records:
            add_counts(counts, record)
        folder.write_shard(index, records)
        return counts
