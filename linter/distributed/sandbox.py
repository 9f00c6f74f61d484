"""A child process that lists and checks files for one worker thread, so that one file cannot
hang or crash the worker: the thread waits for each answer with a time limit, and a child that
does not answer in time, or dies, is killed and started afresh.

The child is `python -m linter.distributed.sandbox`, run from the client's folder (relative
paths and the nearest config are then found as the single-process audit finds them). It
speaks length-prefixed pickle frames on its standard input and output; anything the linter
prints goes to standard error. It needs no dask: it is a plain subprocess, which a worker
process (a daemon, in Dask) may start where multiprocessing may not.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from typing import IO, Any

from linter.run.settings import Overrides

# For the fault tests only: {"hang": "text", "crash": "text", "slow": "text"} makes a file
# whose path contains the text hang, end the child, or take a second longer.
FAULTS_VAR = "HEALTHLINT_SANDBOX_FAULTS"
START_TIMEOUT = 600.0  # importing the linter and building its pipeline, on a loaded machine
_HEADER = struct.Struct(">Q")


@dataclass(frozen=True)
class Setup:
    """What every sandbox of a run is started with."""

    overrides: Overrides
    cache_dir: str | None  # None: no cache (--no-cache)
    cwd: str  # the client's folder: relative paths are relative to it


class SandboxFailed(Exception):
    """The child did not answer: it timed out, or it died (the message says which)."""


class Sandbox:
    """The parent's end: one child, started when first needed, restarted after a failure."""

    def __init__(self, setup: Setup) -> None:
        self.setup = setup
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0  # children started, for the tests

    def ensure(self) -> None:
        """Start the child now (importing the linter, building its pipeline), if not yet."""
        if self.process is None:
            self._start()

    def call(self, request: tuple[Any, ...], timeout: float | None) -> Any:
        """The child's answer to `request`; SandboxFailed when it does not come in time."""
        self.ensure()
        assert self.process is not None
        try:
            return _exchange(self.process, request, timeout)
        except SandboxFailed:
            self.close()
            raise

    def _start(self) -> None:
        cwd = self.setup.cwd if os.path.isdir(self.setup.cwd) else None
        self.process = subprocess.Popen(
            [sys.executable, "-m", "linter.distributed.sandbox", str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=cwd,
        )
        self.started += 1
        try:
            _exchange(self.process, ("start", self.setup), START_TIMEOUT)
        except SandboxFailed:
            self.close()
            raise

    def close(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        with contextlib.suppress(OSError):
            process.kill()
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)


def _exchange(process: subprocess.Popen[bytes], request: Any, timeout: float | None) -> Any:
    assert process.stdin is not None and process.stdout is not None
    try:
        _write_frame(process.stdin, request)
    except OSError:
        raise SandboxFailed(_died(process)) from None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        raise SandboxFailed(f"no answer in {timeout:g} s")
    answer = _read_frame(process.stdout)
    if answer is None:
        raise SandboxFailed(_died(process))
    return answer


def _died(process: subprocess.Popen[bytes]) -> str:
    try:
        code = process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        return "the checking process stopped answering"
    return f"the checking process died (exit code {code})"


def _write_frame(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_frame(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # our own child, over our own pipe


def _die_with_parent(parent: int) -> None:
    """A child whose worker is killed ends too (Linux: at once; elsewhere at its next read)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _start_as_the_command_line() -> None:
    """Start as `healthlint` does (linter/cli/main.py), before the linter is imported: without
    spaCy's command line and OpenBLAS's threads, the regular expressions compiled, the YAML
    parsed and the pattern prefixes read by earlier runs from the cache folder. Without this
    every checking process compiled and parsed them again: about 0.7 s of each one's start-up
    and first parts (1.8 -> 1.0 s), which more workers do not share (bench/dask_phases.py)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # a user's own setting wins
    from linter.nlp.spacy_import import defer_spacy_cli
    from linter.run import startup

    defer_spacy_cli()
    startup.install()


def _keep_what_was_worked_out() -> None:
    """Write what this child compiled or read that the stores lacked. A child is killed rather
    than ended (with its worker, or after a failure), so it keeps them as it goes, not at its
    exit: each store writes only when it has something new (the pipeline's programs after the
    start, the one-pass matcher's prefixes once it is built), else this costs nothing."""
    from linter.run import startup

    startup.save()


def main() -> None:
    """The child: answer requests until standard input ends."""
    _die_with_parent(int(sys.argv[1]))
    _start_as_the_command_line()
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever the linter prints goes to standard error, never into a frame
    sys.stdout = sys.stderr
    requests = sys.stdin.buffer
    faults: dict[str, str] = {}
    with contextlib.suppress(ValueError):
        faults = dict(__import__("json").loads(os.environ.get(FAULTS_VAR) or "{}"))
    side: Any = None
    while True:
        request = _read_frame(requests)
        if request is None:
            return
        kind, *args = request
        if kind == "start":
            from linter.distributed.worker_side import WorkerSide

            setup: Setup = args[0]
            side = WorkerSide(replace(setup.overrides, jobs=1), setup.cache_dir)
            side.warm()  # the pipeline is built now, not inside the first file's time limit
            _keep_what_was_worked_out()
            _write_frame(answers, "ready")
            continue
        path = str(args[0]) if args else ""
        for fault, word in faults.items():
            if kind == "check" and word and word in path:
                if fault == "hang":
                    time.sleep(3600)
                elif fault == "crash":
                    os._exit(3)
                elif fault == "slow":
                    time.sleep(1)
        answer = getattr(side, kind)(*args)
        _keep_what_was_worked_out()  # before the answer: the parent may end the child after it
        _write_frame(answers, answer)


if __name__ == "__main__":
    main()
