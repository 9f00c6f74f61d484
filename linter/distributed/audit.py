"""The audit on a Dask cluster: the workers list, read and check; the client counts.

1. One task lists the sources into manifest parts (CHUNK files each) in the results folder;
   meanwhile every worker starts its checking process, and the client submits each part as
   soon as it is written (it looks for them every LIST_POLL seconds until the listing ends).
2. One task per part checks its files into a shard of the same number; at most a few parts
   per worker thread are submitted at a time, so the client holds a window of futures and a
   few counters however large the site. A part whose task fails twice (a bug, a file that
   upsets the worker, its worker lost) is split: each of its files is tried in a task of its
   own, twice at most, then recorded as an input error; the client writes that part's shard.
3. The report is written from the shards (report.py), or an AuditResult built from them
   (shards.py), in listing order, as the single-process audit builds it.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sys
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from linter.distributed.progress import ClusterProgress, TerminalProgress
from linter.distributed.sandbox import Setup
from linter.distributed.scheduler import connect, parse_scheduler, threads
from linter.distributed.shards import build_result
from linter.distributed.store import PARQUET, SHARDS_VAR, Folder, is_url
from linter.distributed.tasks import (
    SplitPart,
    check_file,
    check_part,
    list_sources,
    merge_counts,
    new_counts,
    warm,
)
from linter.errors import InputError
from linter.run.audit import AuditResult
from linter.run.cache import default_cache_dir
from linter.run.session import Session
from linter.run.settings import Overrides

# Files a part (at most; see worker_side.PART_BYTES): a task of a second or two of checking, so
# the last parts leave no worker idle for long, and a shard of a hundred KB or so.
CHUNK = 64
TIMEOUT_VAR = "HEALTHLINT_FILE_TIMEOUT"
DEFAULT_TIMEOUT = 120.0  # seconds a file may take (a 20 MB page takes about 25 s)
# While the listing runs, how often the client looks for the parts it has written (a file
# system's stat, or an object store's HEAD request).
LIST_POLL = 0.05
LIST_POLL_REMOTE = 1.0


def results_folder(output: str) -> str:
    """OUT's results folder: `report.html` -> `report.html.results`."""
    return f"{output}.results"


@dataclass
class Run:
    """A finished run: its results folder, its number of parts, the client's session."""

    folder: Folder
    parts: int
    session: Session
    counts: dict[str, Any]
    date: str = ""  # when the audit started, ISO 8601 in UTC
    sources: tuple[str, ...] = ()  # the paths (or URLs) audited, as given
    config: str = ""  # the config file of the current folder, or "" for the defaults

    def about(self) -> dict[str, Any]:
        """The report header's date, sources and config (AuditResult's fields)."""
        return {"date": self.date, "sources": list(self.sources), "config": self.config}


def audit_on_cluster(
    paths: Iterable[str | Path],
    overrides: Overrides | None = None,
    scheduler: str = "local",
    output: str | None = None,
    **options: Any,
) -> AuditResult:
    """Audit `paths` (local folders or fsspec URLs) on a Dask cluster; the AuditResult.

    The options are run_on_cluster's.
    """
    run = run_on_cluster(paths, overrides, scheduler, output, **options)
    return build_result(run.folder, run.parts, run.session, **run.about())


def run_on_cluster(
    paths: Iterable[str | Path],
    overrides: Overrides | None = None,
    scheduler: str = "local",
    output: str | None = None,
    *,
    results: str | None = None,
    client: Any = None,
    file_timeout: float | None = None,
    chunk: int = CHUNK,
    progress: ClusterProgress | None = None,
    say: Callable[[str], None] | None = None,
    shards: str | None = None,
) -> Run:
    """List and check every file on the cluster into the shards; the client keeps counts only.

    `results`: the results folder (default: OUT's, `report.html.results`); it and the cache
    must be storage every worker reaches. `client`: a dask Client to use instead of
    connecting to `scheduler`. Without a progress callback, a terminal gets a progress line.
    `shards`: "jsonl" for JSON Lines shards (default: $HEALTHLINT_SHARDS, else Parquet where
    a worker has pyarrow).
    """
    overrides = overrides or Overrides()
    started = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    sources = [str(p) for p in paths] or ["."]
    session = Session(overrides)  # a bad --select, --claims or --model: before any work
    config = session.config_for(".")
    session.engine_for(config)
    if results is None:
        if output is None:
            raise InputError(None, "a distributed audit needs a report or a results folder")
        results = results_folder(output)
    remote = client is None and parse_scheduler(scheduler)[0] is not None
    setup = Setup(
        overrides=replace(overrides, jobs=1, use_cache=False),
        cache_dir=_cache_location(overrides, results, remote),
        cwd=os.getcwd(),
    )
    timeout = file_timeout or float(os.environ.get(TIMEOUT_VAR) or DEFAULT_TIMEOUT)
    folder = Folder(results, shards or os.environ.get(SHARDS_VAR) or PARQUET)
    folder.reset()
    if progress is None and sys.stderr.isatty():
        progress = TerminalProgress()
    counts = new_counts()
    if client is not None:
        parts = _run(client, setup, sources, folder, chunk, timeout, progress, say, counts)
    else:
        with connect(scheduler) as made:
            parts = _run(made, setup, sources, folder, chunk, timeout, progress, say, counts)
    if isinstance(progress, TerminalProgress):
        progress.finish()
    date = started.isoformat().replace("+00:00", "Z")
    return Run(folder, parts, session, counts, date, tuple(sources), config.path or "")


def _cache_location(overrides: Overrides, results: str, remote: bool) -> str | None:
    """The cache the workers share: --cache-dir; on this machine the usual one; on a remote
    cluster, inside the results folder (storage the workers share)."""
    if not overrides.use_cache:
        return None
    if overrides.cache_dir is not None:
        return str(overrides.cache_dir)
    if remote or is_url(results):
        return f"{results.rstrip('/')}/cache"
    return str(default_cache_dir())


def _run(
    client: Any,
    setup: Setup,
    sources: list[str],
    folder: Folder,
    chunk: int,
    timeout: float,
    progress: ClusterProgress | None,
    say: Callable[[str], None] | None,
    counts: dict[str, Any],
) -> int:
    """List, and check every part as soon as it is listed; the number of parts."""
    from distributed import as_completed, wait

    info = _scheduler_info(client)
    link = getattr(client, "dashboard_link", "") if "dashboard" in info.get("services", {}) else ""
    if link and say is not None:
        say(f"Dask dashboard: {link}")
    run = uuid.uuid4().hex[:8]
    listing = client.submit(
        list_sources, setup, sources, folder.url, chunk, key=f"healthlint-list-{run}", retries=1
    )
    # While one worker lists, every other starts its checking process (spaCy, the pipeline);
    # each part is checked as soon as it is written, so the checking starts before the listing
    # ends.
    warming = [
        client.submit(
            warm, setup, key=f"healthlint-warm-{run}-{n}", workers=[address],
            allow_other_workers=False, pure=False,
        )
        for n, address in enumerate(info.get("workers", {}))
    ]  # fmt: skip
    window = 4 * threads(client) + 2
    running = as_completed()
    which: dict[str, tuple[int, int, Any]] = {}  # key -> (part, file in it or -1, future)
    split: dict[int, SplitPart] = {}  # parts whose task failed twice, retried a file at a time
    listed: list[int] = []  # [parts, files] once the listing is done
    written = 0  # parts submitted: each as soon as its manifest part is written
    poll = LIST_POLL if folder.local else LIST_POLL_REMOTE

    def next_part() -> int | None:
        """The next part to check: one the listing has written (a part is written whole, by
        a rename or an object store's put, so it is there only once it is complete)."""
        nonlocal written
        if listed and written >= listed[0]:
            return None
        if not listed and not folder.fs.exists(folder.manifest(written)):
            return None
        written += 1
        return written - 1

    def submit_next() -> None:
        index = next_part()
        if index is not None:
            future = client.submit(
                check_part, setup, folder.url, index, timeout, folder.kind,
                key=f"healthlint-part-{run}-{index}", retries=1,
            )  # fmt: skip
            which[future.key] = (index, -1, future)
            running.add(future)

    def retry_files(index: int, exc: BaseException) -> None:
        """The part failed twice (a bug, a file that upsets the worker, its worker lost):
        each of its files is tried alone, twice at most, so one file cannot sink the others."""
        paths = [row["path"] for row in folder.read_lines(folder.manifest(index))]
        split[index] = SplitPart(paths, type(exc).__name__)
        if not paths:  # an empty part (not written by write_manifest): nothing to retry
            done(split.pop(index).write(folder, index))
        for position in range(len(paths)):
            future = client.submit(
                check_file, setup, folder.url, index, position, timeout,
                key=f"healthlint-file-{run}-{index}-{position}", retries=1,
            )  # fmt: skip
            which[future.key] = (index, position, future)
            running.add(future)

    def done(part: dict[str, Any]) -> None:
        merge_counts(counts, part)
        if progress is not None:
            total = listed[1] if listed else 0  # 0: still listing
            progress(counts["files"], total, sum(counts["findings"].values()), counts)

    def handle(future: Any) -> None:
        index, position, _ = which.pop(future.key)
        try:
            answer = future.result()
        except Exception as exc:
            answer = exc
        future.release()
        if position < 0 and isinstance(answer, Exception):
            retry_files(index, answer)
        elif position < 0:
            done(answer)
        elif split[index].add(position, answer):
            done(split.pop(index).write(folder, index))

    def fill() -> None:
        before = -1
        while len(which) < window and before != len(which):
            before = len(which)
            submit_next()

    try:
        while True:
            # Asked here, not as the window fills: else, the window full, `wait` on the ended
            # listing returned at once and the client spun until a part was done.
            if not listed and listing.done():
                listed.extend(listing.result())  # the listing's error, if it failed twice
                listing.release()
            fill()
            if not listed:  # still listing: take what is done, and look again soon
                finished = running.next_batch(block=False)
                if not finished:
                    with contextlib.suppress(TimeoutError):
                        wait([listing], timeout=poll)
                    continue
            elif not which:
                break
            else:
                finished = [next(running)]
            for future in finished:
                handle(future)
    finally:  # interrupted (Ctrl-C, an error): the parts not yet started are not started
        if which:
            client.cancel([future for _, _, future in which.values()])
        for future in warming:  # done, or no longer worth doing
            future.release()
        if not listed:
            client.cancel([listing])
    return int(listed[0])


def _scheduler_info(client: Any) -> dict[str, Any]:
    """The scheduler's workers and services ({} when it cannot be asked)."""
    try:
        return dict(client.scheduler_info())
    except Exception:
        return {}
