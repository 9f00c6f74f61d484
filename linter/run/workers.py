"""`--jobs N`: check files in a pool of worker processes, each with its own Checker and pipeline.

Results come back in the order the files were given, so the run's output is the same as with
one process. A worker never prints; an exception in a worker, or a worker that dies, becomes
that file's error and the other files are still checked.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from linter.errors import HealthlintError
from linter.run.cache import FileResult
from linter.run.checker import Checked, Checker
from linter.run.settings import Overrides

if TYPE_CHECKING:
    from concurrent.futures import Future

# Each worker builds its own pipeline (about half a second), which pays only when there is
# more to check than that: at least this many files, and this many bytes in all.
POOL_MIN_FILES = 4
POOL_MIN_BYTES = 256_000

_checker: Checker | None = None


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def idle_cpus(cpus: int | None = None, load: float | None = None) -> int:
    """CPUs not busy with other work: the CPUs less the one-minute load average, at least one.

    On a machine that others load (CI runners, a shared box, a laptop compiling), a worker per
    CPU only adds pipelines to build and processes to switch: measured with bench/jobs.py on 100
    files of a real site on two loaded cores (load 11), one process took 61 s and a worker per
    CPU 82 s (medians of 3). Where the CPUs are idle, a worker per CPU is the fastest.
    """
    cpus = available_cpus() if cpus is None else cpus
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (OSError, AttributeError):  # no load average (Windows): assume idle
            load = 0.0
    return max(1, min(cpus, int(cpus - load + 0.5)))


def resolve_jobs(jobs: int) -> int:
    """`--jobs 0` (the default) means one per idle CPU (see idle_cpus); N means N."""
    return jobs if jobs > 0 else idle_cpus()


def use_pool(jobs: int, paths: list[str]) -> bool:
    """Whether checking `paths` is worth starting `jobs` workers."""
    if resolve_jobs(jobs) < 2 or len(paths) < POOL_MIN_FILES:
        return False
    size = 0
    for path in paths:
        with contextlib.suppress(OSError):
            size += os.path.getsize(path)
        if size >= POOL_MIN_BYTES:
            return True
    return False


def check_in_pool(
    paths: list[str], overrides: Overrides, jobs: int, inventory: bool = False
) -> Iterator[Checked]:
    """Check `paths` in `jobs` worker processes; results in the order of `paths`."""
    # Imported here: a check of one file never starts a pool (about 30 ms of a cold start).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(resolve_jobs(jobs), len(paths))
    # Fork where it is safe and cheap (Linux): workers inherit the imported modules, so only
    # the pipeline is built in each. Elsewhere, spawn (macOS and Windows default).
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    worker_overrides = replace(overrides, jobs=1, use_cache=False)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(worker_overrides, os.getpid()),
    )
    futures: list[Future[Any] | None] = []
    finished = False
    try:
        futures = [pool.submit(_check_in_worker, p, inventory) for p in paths]
        for index, path in enumerate(paths):
            future, futures[index] = futures[index], None  # its result is not kept twice
            assert future is not None
            try:
                data_digest, result, cacheable, settings = future.result()
            except Exception as exc:  # the worker died (killed, out of memory) or broke
                message = f"internal error: the worker checking it failed ({exc!r})"
                error = HealthlintError(path, message)
                yield Checked(path, None, FileResult(errors=[error], ok=False))
                continue
            result = FileResult.from_json(result, claims=inventory)
            yield Checked(path, data_digest, result, cacheable, settings=settings)
        finished = True
    finally:
        for left in futures:
            if left is not None:
                left.cancel()
        if not finished:
            # Ctrl-C, SIGTERM or an error: stop the workers now rather than wait for the files
            # they are checking (ProcessPoolExecutor keeps them in `_processes`).
            for process in list(getattr(pool, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        pool.shutdown(wait=finished, cancel_futures=True)


def _start_worker(overrides: Overrides, parent: int) -> None:
    """Once per worker: die with the parent, silence output, make the Checker (built lazily)."""
    global _checker
    _die_with_parent(parent)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is for the parent
    devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the worker
    sys.stdout = sys.stderr = devnull
    warnings.simplefilter("ignore")
    _checker = Checker(overrides)


def _die_with_parent(parent: int) -> None:
    """End this worker when the parent ends, however it ends (SIGKILL included).

    A worker waits on the pool's queue, whose pipe it holds open itself (forked), so it would
    never see the parent go: without this, each is an orphan of 85 MB for ever. Linux kills it
    at once (PR_SET_PDEATHSIG); elsewhere, and as a second guard, a thread polls the parent.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent went before the call above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="healthlint-parent-watch", daemon=True).start()


def _check_in_worker(
    path: str, inventory: bool
) -> tuple[str | None, dict[str, Any], bool, str | None]:
    """One file, its result as JSON-able data: exceptions do not survive pickling as they are."""
    assert _checker is not None, "the pool's initializer did not run"
    try:
        checked = _checker.check_file(path, inventory)
    except Exception as exc:  # a bug: in-process it is a traceback; here, the file's error
        error = HealthlintError(path, f"internal error: {type(exc).__name__}: {exc}")
        return None, FileResult(errors=[error], ok=False).to_json(), False, None
    return checked.digest, checked.result.to_json(), checked.cacheable, checked.settings
